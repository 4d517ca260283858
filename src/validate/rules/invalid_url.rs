//! `invalid-url`: a URL property holds text that is not a URL, or a URL
//! with another scheme than http(s). Relative URLs have their own rule,
//! [`relative-url`](super::relative_url).

use crate::diagnostic::Severity;
use crate::model::Url;
use crate::validate::registry::{Layer, Rule};

/// The rule.
pub const RULE: Rule = Rule {
    id: "invalid-url",
    severity: Severity::Error,
    layer: Layer::Semantic,
    summary: "A property whose schema.org range is URL holds text that is not a URL, or a URL whose scheme is not http or https.",
    help: "Write the full address with its scheme and host, like https://example.com/page.",
};

/// Why a URL text failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UrlProblem {
    /// A relative reference (`/p/1`, `//cdn.example.com/a.jpg`).
    Relative(String),
    /// Not a URL, or not http(s).
    Invalid(String),
}

/// Checks a URL text with the model's `Url` type.
pub fn check(property: &str, text: &str) -> Result<(), UrlProblem> {
    match Url::check(text) {
        Ok(()) => Ok(()),
        Err(error) => match url::Url::parse(text) {
            // A relative reference has no spaces; "wayne enterprises" is
            // not a reference to anything.
            Err(url::ParseError::RelativeUrlWithoutBase)
                if !text.chars().any(|c| c.is_whitespace() || c.is_control()) =>
            {
                Err(UrlProblem::Relative(format!(
                    "`{property}` is the relative URL `{}`; schema.org URLs must be absolute",
                    super::shorten(text)
                )))
            }
            _ => Err(UrlProblem::Invalid(format!("`{property}`: {error}"))),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tells_relative_from_invalid() {
        assert_eq!(check("url", "https://example.com/a"), Ok(()));
        assert!(matches!(check("url", "/a/b"), Err(UrlProblem::Relative(_))));
        assert!(matches!(
            check("image", "//cdn.example.com/a.jpg"),
            Err(UrlProblem::Relative(_))
        ));
        assert!(matches!(
            check("url", "javascript:alert(1)"),
            Err(UrlProblem::Invalid(_))
        ));
        assert!(matches!(
            check("url", "http://exa mple.com"),
            Err(UrlProblem::Invalid(_))
        ));
    }
}
