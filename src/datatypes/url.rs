//! URLs as schema.org data gives them: absolute, with any scheme a page
//! means to publish (`https:`, `mailto:`, `tel:`, `android-app:`…), or
//! relative to the document they are in.

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};
use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A URL, kept as written.
///
/// schema.org's `URL` is any URL. A relative one (`/p/1`,
/// `photo.jpg`) resolves against the document's base, which JSON-LD takes
/// from the page's address: it is read, and a rule warns that a consumer
/// reading the data away from its page resolves it against the wrong
/// address or not at all. What is refused is text that is no URL at all
/// (spaces, a broken host) and the schemes that never name something to
/// publish: `javascript:`, `vbscript:`, `data:` and `file:`.
///
/// The properties whose range is `URL` are typed `@id` in schema.org's
/// context, so `{"@id": "https://…"}` is the same URL and is read too.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Url(String);

/// How a good URL text is written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum UrlForm {
    /// With a scheme (`https://…`, `mailto:…`).
    Absolute,
    /// Relative to the document: a path (`/p/1`, `photo.jpg`), a host
    /// without scheme (`//cdn…`, `www.example.com`), or a query.
    Relative,
    /// Only a fragment (`#offer`): a part of the document itself.
    Fragment,
}

impl Url {
    /// The URL as written.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The URL parsed, for an absolute one.
    pub fn parsed(&self) -> Option<url::Url> {
        url::Url::parse(&self.0).ok()
    }

    /// True when `text` reads as a `Url`, without building one.
    pub fn is_valid(text: &str) -> bool {
        Url::check(text).is_ok()
    }

    /// True when `text` is an absolute URL that reads as a `Url`.
    pub fn is_absolute(text: &str) -> bool {
        Url::check(text) == Ok(UrlForm::Absolute)
    }

    /// How a URL text is written, or why it is no URL; the error (and its
    /// allocation) only on failure. `plainly_absolute` answers the common
    /// case without the parser.
    pub fn check(text: &str) -> Result<UrlForm, UrlError> {
        if plainly_absolute(text) {
            return Ok(UrlForm::Absolute);
        }
        let trimmed = text.trim();
        if trimmed.is_empty() {
            return Err(UrlError::Invalid {
                text: text.to_owned(),
                reason: "it is empty".to_owned(),
            });
        }
        if let Some(c) = trimmed
            .chars()
            .find(|c| c.is_whitespace() || c.is_control())
        {
            let what = if c.is_whitespace() {
                "a space"
            } else {
                "a control character"
            };
            return Err(UrlError::Invalid {
                text: text.to_owned(),
                reason: format!("it contains {what}"),
            });
        }
        match url::Url::parse(trimmed) {
            Ok(url) => match url.scheme() {
                scheme @ ("javascript" | "vbscript" | "data" | "file") => Err(UrlError::Scheme {
                    text: text.to_owned(),
                    scheme: scheme.to_owned(),
                }),
                _ => Ok(UrlForm::Absolute),
            },
            Err(url::ParseError::RelativeUrlWithoutBase) if trimmed.starts_with('#') => {
                Ok(UrlForm::Fragment)
            }
            Err(url::ParseError::RelativeUrlWithoutBase) => {
                // Relative to a base: it must resolve against one.
                let base = url::Url::parse("https://base.invalid/dir/").map_err(|error| {
                    UrlError::Invalid {
                        text: text.to_owned(),
                        reason: error.to_string(),
                    }
                })?;
                match base.join(trimmed) {
                    Ok(_) => Ok(UrlForm::Relative),
                    Err(error) => Err(UrlError::Invalid {
                        text: text.to_owned(),
                        reason: error.to_string(),
                    }),
                }
            }
            Err(error) => Err(UrlError::Invalid {
                text: text.to_owned(),
                reason: error.to_string(),
            }),
        }
    }
}

/// Why a text is not a URL.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum UrlError {
    /// Not a URL at all.
    #[error("`{text}` is not a URL ({reason}); write the address with its scheme and host, like https://example.com/page")]
    Invalid {
        /// The text as read.
        text: String,
        /// What is wrong with it.
        reason: String,
    },
    /// A scheme that never names something to publish.
    #[error("`{text}` is a `{scheme}:` URL, which consumers never follow; give the https address of what it shows")]
    Scheme {
        /// The text as read.
        text: String,
        /// The scheme found.
        scheme: String,
    },
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
    visible_ascii(tail)
}

/// True when every byte is visible ASCII (`!` to `~`): no white space, no
/// control character, nothing outside ASCII. A fold with no early exit,
/// so that it compiles to vector instructions: the texts it sees (URLs)
/// pass whole, and a byte-at-a-time loop cost about 5 instructions a byte.
pub(crate) fn visible_ascii(bytes: &[u8]) -> bool {
    bytes
        .iter()
        .fold(true, |all, &b| all & (b.wrapping_sub(0x21) < 0x5e))
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
        Url::check(text).map(|_| Url(text.to_owned()))
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
        f.write_str(&self.0)
    }
}

impl Serialize for Url {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(&self.0)
    }
}

impl<'de> Deserialize<'de> for Url {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(UrlVisitor)
    }
}

/// Reads `"https://…"` or `{"@id": "https://…"}`.
#[derive(Clone, Copy)]
struct UrlVisitor;

impl<'de> Visitor<'de> for UrlVisitor {
    type Value = Url;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a URL")
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Url, E> {
        text.parse().map_err(E::custom)
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Url, A::Error> {
        let mut url = None;
        while let Some(key) = map.next_key::<Cow<'de, str>>()? {
            if key != "@id" || url.is_some() {
                return Err(de::Error::custom(format_args!(
                    "a URL is text or {{\"@id\": …}}; found the key `{key}`"
                )));
            }
            let text: Cow<'de, str> = map.next_value()?;
            url = Some(self.visit_str::<A::Error>(&text)?);
        }
        url.ok_or_else(|| de::Error::custom("a URL is text or {\"@id\": …}; found {}"))
    }
}

/// Text without inner spaces that does not start with a scheme sdx
/// refuses. (The URL parser decides the rest, such as hosts.)
const URL_PATTERN: &str = "^\\s*\\S+\\s*$";
const REFUSED_SCHEME: &str = "^\\s*([Jj][Aa][Vv][Aa][Ss][Cc][Rr][Ii][Pp][Tt]|[Vv][Bb][Ss][Cc][Rr][Ii][Pp][Tt]|[Dd][Aa][Tt][Aa]|[Ff][Ii][Ll][Ee]):";

impl JsonSchema for Url {
    fn schema_name() -> Cow<'static, str> {
        "URL".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        let text = json_schema!({
            "type": "string",
            "pattern": URL_PATTERN,
            "not": {"pattern": REFUSED_SCHEME}
        });
        json_schema!({
            "description": "A URL: absolute (any scheme but javascript:, vbscript:, data: and file:) or relative to the document; also as {\"@id\": URL}.",
            "anyOf": [
                text.clone(),
                {
                    "type": "object",
                    "properties": {"@id": text},
                    "required": ["@id"],
                    "additionalProperties": false
                }
            ]
        })
    }
}

#[cfg(test)]
mod tests;
