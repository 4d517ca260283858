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

/// Why a page could not be fetched, worded for a message naming the URL.
#[derive(Debug, thiserror::Error)]
pub enum FetchError {
    /// The text is not a URL.
    #[error("not a URL: {0}")]
    NotAUrl(url::ParseError),
    /// A URL of a scheme other than http and https.
    #[error("sdx fetches http and https URLs only, not {0}:")]
    Scheme(String),
    /// No complete response within the timeout.
    #[error("no complete response within {} s (--timeout)", .0.as_secs_f64())]
    Timeout(Duration),
    /// The body is larger than `max_bytes`.
    #[error("the page is larger than {0} bytes (--max-size)")]
    TooLarge(u64),
    /// More redirects than sdx follows (5).
    #[error("more than {MAX_REDIRECTS} redirects")]
    TooManyRedirects,
    /// The server answered with an error status.
    #[error("the server answered HTTP {0}")]
    Status(u16),
    /// The body stopped before its end.
    #[error("{0}")]
    Read(std::io::Error),
    /// Anything else the HTTP client reports (no connection, TLS, DNS…).
    #[error("{0}")]
    Http(ureq::Error),
}

/// Fetches `url` and returns its body.
pub fn fetch(url: &str, options: FetchOptions) -> Result<Vec<u8>, FetchError> {
    let parsed = url::Url::parse(url).map_err(FetchError::NotAUrl)?;
    if !matches!(parsed.scheme(), "http" | "https") {
        return Err(FetchError::Scheme(parsed.scheme().to_owned()));
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
        .map_err(|error| classify(error, options))?;
    let mut body = response.into_body();
    if options.max_document < options.max_bytes {
        use std::io::Read;
        let mut bytes = Vec::new();
        body.with_config()
            .limit(u64::MAX)
            .reader()
            .take(options.max_document.saturating_add(1))
            .read_to_end(&mut bytes)
            .map_err(FetchError::Read)?;
        return Ok(bytes);
    }
    body.with_config()
        .limit(options.max_bytes)
        .read_to_vec()
        .map_err(|error| classify(error, options))
}

/// The client's error as one of ours: the limits sdx sets are named with
/// the flag that sets them.
fn classify(error: ureq::Error, options: FetchOptions) -> FetchError {
    match error {
        ureq::Error::Timeout(_) => FetchError::Timeout(options.timeout),
        ureq::Error::BodyExceedsLimit(_) => FetchError::TooLarge(options.max_bytes),
        ureq::Error::TooManyRedirects => FetchError::TooManyRedirects,
        ureq::Error::StatusCode(code) => FetchError::Status(code),
        other => FetchError::Http(other),
    }
}
