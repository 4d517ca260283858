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
    use super::Url;

    #[test]
    fn accepts_absolute_http_urls_only() {
        assert!("https://www.nvidia.com/".parse::<Url>().is_ok());
        assert!("http://example.com/a?b=c".parse::<Url>().is_ok());
        assert!("/relative/path".parse::<Url>().is_err());
        assert!("javascript:alert(1)".parse::<Url>().is_err());
        assert!("ftp://example.com/".parse::<Url>().is_err());
    }
}
