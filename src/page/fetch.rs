//! Live pages for `sdx validate --url`: the only network I/O sdx does, and
//! only when that flag asks for it.
//!
//! ureq is a maintained blocking HTTP client: sdx fetches a handful of
//! pages, so an async runtime would be weight without benefit. It is built
//! with rustls (no system OpenSSL) and without its cookie store, so no
//! request carries state from an earlier one. Every request has an overall
//! timeout, follows at most [`MAX_REDIRECTS`] redirects and reads at most
//! `max_bytes` of body.

use std::time::Duration;

/// Redirects followed before giving up.
pub const MAX_REDIRECTS: u32 = 5;

/// How pages are fetched.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct FetchOptions {
    /// The whole request, from connecting to the last body byte.
    pub timeout: Duration,
    /// The largest body read; a larger page is an error, not a truncation.
    pub max_bytes: u64,
    /// The largest document validation reads (`--max-document-size`): a
    /// body is never read past one byte more than this, which is enough
    /// to know it is over the limit (a `limit-exceeded` finding, as for a
    /// file), however large `max_bytes` is.
    pub max_document: u64,
}

/// Fetches `url` and returns its body. Errors say what went wrong, for a
/// message naming the URL.
pub fn fetch(url: &str, options: FetchOptions) -> Result<Vec<u8>, String> {
    let parsed = url::Url::parse(url).map_err(|error| format!("not a URL: {error}"))?;
    if !matches!(parsed.scheme(), "http" | "https") {
        return Err(format!(
            "sdx fetches http and https URLs only, not {}:",
            parsed.scheme()
        ));
    }
    let agent: ureq::Agent = ureq::Agent::config_builder()
        .timeout_global(Some(options.timeout))
        .max_redirects(MAX_REDIRECTS)
        .max_redirects_will_error(true)
        .user_agent(concat!("sdx/", env!("CARGO_PKG_VERSION")))
        .http_status_as_error(true)
        .build()
        .into();
    let response = agent
        .get(url)
        .call()
        .map_err(|error| describe(&error, options))?;
    let mut body = response.into_body();
    if options.max_document < options.max_bytes {
        use std::io::Read;
        let mut bytes = Vec::new();
        body.with_config()
            .limit(u64::MAX)
            .reader()
            .take(options.max_document.saturating_add(1))
            .read_to_end(&mut bytes)
            .map_err(|error| error.to_string())?;
        return Ok(bytes);
    }
    body.with_config()
        .limit(options.max_bytes)
        .read_to_vec()
        .map_err(|error| describe(&error, options))
}

fn describe(error: &ureq::Error, options: FetchOptions) -> String {
    match error {
        ureq::Error::Timeout(_) => format!(
            "no complete response within {} s (--timeout)",
            options.timeout.as_secs_f64()
        ),
        ureq::Error::BodyExceedsLimit(_) => format!(
            "the page is larger than {} bytes (--max-size)",
            options.max_bytes
        ),
        ureq::Error::TooManyRedirects => {
            format!("more than {MAX_REDIRECTS} redirects")
        }
        ureq::Error::StatusCode(code) => format!("the server answered HTTP {code}"),
        other => other.to_string(),
    }
}
