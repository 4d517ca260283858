//! Absolute http(s) URLs, as schema.org's URL properties expect.

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};

use super::string_datatype;

/// An absolute `http` or `https` URL.
///
/// Search engines ignore relative URLs in structured data and other schemes
/// (`javascript:`, `file:`) are never what a page means to publish.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Url(url::Url);

impl Url {
    /// The URL as text.
    pub fn as_str(&self) -> &str {
        self.0.as_str()
    }

    /// The parsed URL.
    pub fn as_url(&self) -> &url::Url {
        &self.0
    }
}

/// Why a text is not an absolute http(s) URL.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum UrlError {
    /// Not a URL at all, or a relative one.
    #[error("`{text}` is not an absolute URL ({reason}); write it with its scheme and host, like https://example.com/page")]
    Invalid {
        /// The text as read.
        text: String,
        /// What the URL parser said.
        reason: String,
    },
    /// A URL with another scheme than http or https.
    #[error("`{text}` uses the `{scheme}` scheme; schema.org URLs must be http or https")]
    Scheme {
        /// The text as read.
        text: String,
        /// The scheme found.
        scheme: String,
    },
}

impl Url {
    /// True when `text` reads as a `Url`, without building one.
    pub fn is_valid(text: &str) -> bool {
        plainly_absolute(text) || text.parse::<Url>().is_ok()
    }

    /// Checks a URL text without keeping it; the error only on failure.
    pub fn check(text: &str) -> Result<(), UrlError> {
        if plainly_absolute(text) {
            return Ok(());
        }
        text.parse::<Url>().map(drop)
    }
}

/// A cheap yes for the URLs seen in nearly all structured data:
/// `http(s)://` + a lower-risk ASCII host name (letters, digits, inner
/// hyphens; last label starting with a letter, so never an IPv4 address;
/// no `xn--` label needing IDNA) + an optional port + visible ASCII.
/// Every text it accepts the WHATWG parser accepts too (a property test
/// holds it to that); anything else goes through the full parser, which
/// allocates the serialized URL. Measured: the full parse was a tenth of
/// the validator's instructions on a product feed.
pub(crate) fn plainly_absolute(text: &str) -> bool {
    let Some(rest) = after_http_scheme(text) else {
        return false;
    };
    // One pass over the host, its labels judged as each ends; it was five
    // (authority, port, labels, characters, tail) and a tenth of the
    // vocabulary layer on a feed whose records carry a handful of URLs.
    let mut at = 0;
    let mut label_start = 0;
    while let Some(&byte) = rest.get(at) {
        if byte.is_ascii_alphanumeric() || byte == b'-' {
            at += 1;
        } else if byte == b'.' {
            if !plain_label(&rest[label_start..at]) {
                return false;
            }
            at += 1;
            label_start = at;
        } else {
            break;
        }
    }
    let last = &rest[label_start..at];
    if at > 253 || !plain_label(last) || !last[0].is_ascii_alphabetic() {
        return false;
    }
    if rest.get(at) == Some(&b':') {
        at += 1;
        let digits = rest[at..].iter().take_while(|b| b.is_ascii_digit()).count();
        let port = rest[at..at + digits]
            .iter()
            .fold(0u32, |n, b| n * 10 + u32::from(b - b'0'));
        if digits == 0 || digits > 5 || port > 65_535 {
            return false;
        }
        at += digits;
    }
    let tail = &rest[at..];
    if tail
        .first()
        .is_some_and(|b| !matches!(b, b'/' | b'?' | b'#'))
    {
        return false;
    }
    tail.iter().all(|b| (0x21..0x7f).contains(b))
}

/// What follows `http://` or `https://` (in any case), if `text` starts
/// with either.
fn after_http_scheme(text: &str) -> Option<&[u8]> {
    let bytes = text.as_bytes();
    [b"https://".as_slice(), b"http://".as_slice()]
        .into_iter()
        .find_map(|scheme| {
            let head = bytes.get(..scheme.len())?;
            head.eq_ignore_ascii_case(scheme)
                .then(|| &bytes[scheme.len()..])
        })
}

/// A host label the shortcut takes (its characters are checked by the
/// caller): 1 to 63 bytes, no hyphen at either end, no `xn--` prefix.
fn plain_label(label: &[u8]) -> bool {
    match (label.first(), label.last()) {
        (Some(first), Some(last)) => {
            label.len() <= 63
                && *first != b'-'
                && *last != b'-'
                && !label
                    .get(..4)
                    .is_some_and(|p| p.eq_ignore_ascii_case(b"xn--"))
        }
        _ => false,
    }
}

impl FromStr for Url {
    type Err = UrlError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let url = url::Url::parse(text).map_err(|error| UrlError::Invalid {
            text: text.to_owned(),
            reason: error.to_string(),
        })?;
        match url.scheme() {
            "http" | "https" => Ok(Url(url)),
            scheme => Err(UrlError::Scheme {
                text: text.to_owned(),
                scheme: scheme.to_owned(),
            }),
        }
    }
}

impl TryFrom<&str> for Url {
    type Error = UrlError;
    fn try_from(text: &str) -> Result<Self, Self::Error> {
        text.parse()
    }
}

impl fmt::Display for Url {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.0.as_str())
    }
}

string_datatype!(Url);

impl JsonSchema for Url {
    fn schema_name() -> Cow<'static, str> {
        "URL".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "An absolute http or https URL.",
            "type": "string",
            "format": "uri",
            "pattern": "^[Hh][Tt][Tt][Pp][Ss]?://"
        })
    }
}

#[cfg(test)]
mod tests {
    use super::{after_http_scheme, plainly_absolute, Url};
    use proptest::prelude::*;

    /// The shortcut as first written, in five passes: the one-pass
    /// version must answer as it does.
    fn reference(text: &str) -> bool {
        let Some(rest) = after_http_scheme(text) else {
            return false;
        };
        let authority_end = rest
            .iter()
            .position(|b| matches!(b, b'/' | b'?' | b'#'))
            .unwrap_or(rest.len());
        let (authority, tail) = rest.split_at(authority_end);
        let (host, port) = match authority.iter().position(|b| *b == b':') {
            Some(colon) => (&authority[..colon], Some(&authority[colon + 1..])),
            None => (authority, None),
        };
        if let Some(port) = port {
            let number = port.iter().try_fold(0u32, |n, b| {
                b.is_ascii_digit().then(|| n * 10 + u32::from(b - b'0'))
            });
            if port.is_empty() || port.len() > 5 || number.is_none_or(|n| n > 65_535) {
                return false;
            }
        }
        reference_host(host) && tail.iter().all(|b| (0x21..0x7f).contains(b))
    }

    fn reference_host(host: &[u8]) -> bool {
        if host.is_empty() || host.len() > 253 {
            return false;
        }
        let mut last = &host[..0];
        for label in host.split(|b| *b == b'.') {
            let inner_hyphens_only = label.first() != Some(&b'-') && label.last() != Some(&b'-');
            if label.is_empty()
                || label.len() > 63
                || !inner_hyphens_only
                || !label
                    .iter()
                    .all(|b| b.is_ascii_alphanumeric() || *b == b'-')
                || label
                    .get(..4)
                    .is_some_and(|p| p.eq_ignore_ascii_case(b"xn--"))
            {
                return false;
            }
            last = label;
        }
        last[0].is_ascii_alphabetic()
    }

    proptest! {
        #[test]
        fn one_pass_answers_as_five_passes(
            text in "(?i:https?)://[a-zX0-9.:@_-]{0,24}([/?#][ -~]{0,8})?|(?i:https?)://(xn--)?[a-z]{1,3}(-[a-z0-9]{1,2})?(\\.[a-z0-9-]{1,4}){0,3}(:[0-9]{0,7})?(/[!-~ ]{0,6})?",
        ) {
            prop_assert_eq!(plainly_absolute(&text), reference(&text), "{}", text);
        }
    }

    proptest! {
        // The shortcut never says yes where the full parser says no.
        #[test]
        fn shortcut_accepts_only_what_the_parser_accepts(
            text in "(?i:https?)://[a-z0-9.:-]{0,20}(/[ -~]{0,12})?",
        ) {
            if plainly_absolute(&text) {
                prop_assert!(text.parse::<Url>().is_ok(), "{}", text);
            }
        }
    }

    #[test]
    fn shortcut_takes_common_urls_and_leaves_odd_ones_to_the_parser() {
        for plain in [
            "https://shop.example.com/p/1?x=1#a",
            "HTTP://Example.COM:8080",
            "https://a-b.example.org/%zz/\\x",
        ] {
            assert!(plainly_absolute(plain), "{plain}");
            assert!(Url::is_valid(plain));
        }
        for odd in [
            "https://1.2.3.4/",
            "https://xn--nxasmq6b.com/",
            "https://user@example.com/",
            "https://example.com:99999/",
            "https://exa mple.com/",
            "https://ex_ample.com/",
            "https://-a.com/",
        ] {
            assert!(!plainly_absolute(odd), "{odd}");
            assert_eq!(Url::is_valid(odd), odd.parse::<Url>().is_ok(), "{odd}");
        }
    }

    #[test]
    fn accepts_absolute_http_urls_only() {
        assert!("https://www.nvidia.com/".parse::<Url>().is_ok());
        assert!("http://example.com/a?b=c".parse::<Url>().is_ok());
        assert!("/relative/path".parse::<Url>().is_err());
        assert!("javascript:alert(1)".parse::<Url>().is_err());
        assert!("ftp://example.com/".parse::<Url>().is_err());
    }
}
