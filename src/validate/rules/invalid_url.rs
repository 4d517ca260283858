//! `invalid-url`: a URL property holds text that is not a URL (spaces, a
//! broken host), or a `javascript:`, `vbscript:`, `data:` or `file:` URL.
//!
//! Reading: schema.org's `URL` is any URL: absolute with any scheme a page
//! means to publish (`https:`, `mailto:`, `tel:`, `android-app:`), or
//! relative ([`relative-url`](super::relative_url), a warning). Text that
//! is no URL at all, or a scheme that never names something to publish,
//! leaves consumers nothing to follow: an error. Where the property also
//! takes a node, a text that is no URL is text standing for the node
//! ([`text-for-entity`](super::text_for_entity)), not this.

use crate::diagnostic::Severity;
use crate::model::{Url, UrlForm};
use crate::validate::rule::{Layer, Rule};

/// The rule.
pub const RULE: Rule = Rule {
    id: "invalid-url",
    severity: Severity::Error,
    layer: Layer::Semantic,
    summary: "A URL property holds text that is no URL (spaces, a broken host) or a `javascript:`, `vbscript:`, `data:` or `file:` URL: consumers have nothing to follow.",
    help: "Write the full address with its scheme and host, like https://example.com/page.",
    why: r##"Consumers follow URLs to images, pages and profiles; text that is not a URL, or a script URL, gives them nothing to follow or something unsafe."##,
    wrong: r##"{"@type": "Organization", "logo": "javascript:void(0)"}"##,
    right: r##"{"@type": "Organization", "logo": "https://example.com/logo.png"}"##,
};

/// Why a URL text failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum UrlProblem {
    /// A relative reference (`/p/1`, `//cdn.example.com/a.jpg`).
    Relative(String),
    /// Not a URL, or a scheme that names nothing to publish.
    Invalid(String),
}

/// Checks a URL text with the model's `Url` type.
pub fn check(property: &str, text: &str) -> Result<(), UrlProblem> {
    match Url::check(text) {
        Ok(UrlForm::Absolute | UrlForm::Fragment) => Ok(()),
        Ok(UrlForm::Relative) => Err(UrlProblem::Relative(format!(
            "`{property}` is the relative URL `{}`; it resolves against the address of the page or file it is read from",
            super::shorten(text)
        ))),
        Err(error) => Err(UrlProblem::Invalid(format!("`{property}`: {error}"))),
    }
}

/// The help for a relative URL that is most likely a host without its
/// scheme (`www.example.com/p`).
pub fn scheme_help(text: &str) -> Option<String> {
    let host = text.split(['/', '?', '#']).next().unwrap_or_default();
    let looks_like_host = host.starts_with("www.")
        || (host.contains('.')
            && !host.contains(' ')
            && host.rsplit('.').next().is_some_and(|tld| {
                (2..=6).contains(&tld.len())
                    && tld.bytes().all(|b| b.is_ascii_alphabetic())
                    && !matches!(
                        tld,
                        "html"
                            | "htm"
                            | "php"
                            | "jpg"
                            | "jpeg"
                            | "png"
                            | "gif"
                            | "svg"
                            | "webp"
                            | "pdf"
                            | "aspx"
                            | "json"
                    )
            }));
    looks_like_host.then(|| format!("did you mean `https://{text}`? Without a scheme the address is read as a path on the current site"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tells_relative_from_invalid() {
        assert_eq!(check("url", "https://example.com/a"), Ok(()));
        assert_eq!(check("url", "mailto:jane@example.com"), Ok(()));
        assert_eq!(check("speakable", "#summary"), Ok(()));
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

    #[test]
    fn suggests_a_scheme_for_a_bare_host() {
        assert!(scheme_help("www.example.com").is_some());
        assert!(scheme_help("shop.example.co.uk/p/1").is_some());
        assert_eq!(scheme_help("photo.jpg"), None);
        assert_eq!(scheme_help("/images/a.png"), None);
    }
}
