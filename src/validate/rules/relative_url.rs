//! `relative-url`: a URL property holds a relative reference (`/p/1`,
//! `photo.jpg`, `www.example.com`).
//!
//! Reading: JSON-LD resolves a relative URL against the document's base,
//! the address of the page it is in, so it is valid data. But the same data
//! is read in other places — a feed, a cache, a copy under another URL,
//! the same template on every page — where it resolves against the wrong
//! address or none: a warning. A fragment alone (`#offer`) names a part of
//! the document itself and is not reported. Checked together with
//! [`invalid-url`](super::invalid_url).

use crate::diagnostic::Severity;
use crate::rule::{Layer, Rule};

use super::verdict::{shorten, Failure};

/// The rule.
pub const RULE: Rule = Rule {
    id: "relative-url",
    severity: Severity::Warning,
    layer: Layer::Semantic,
    summary: "A URL is relative (`/p/1`, `photo.jpg`): it resolves against the page it is read from, and against the wrong address or none wherever the data is read away from that page.",
    help: "Write the absolute URL, with scheme and host: https://example.com/p/1.",
    why: r##"A relative URL means something only on the page it was read from; in a feed, a cache or an export it resolves to the wrong address or none."##,
    wrong: r##"{"@type": "Product", "image": "/img/lamp.jpg"}"##,
    right: r##"{"@type": "Product", "image": "https://example.com/img/lamp.jpg"}"##,
};

/// The failure for the relative URL `text` of `property` (the URL rule
/// tells it from one that is no URL at all).
pub fn failure(property: &str, text: &str) -> Failure {
    (
        &RULE,
        format!(
            "`{property}` is the relative URL `{}`; it resolves against the address of the page or file it is read from",
            shorten(text)
        ),
        scheme_help(text),
    )
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
    fn suggests_a_scheme_for_a_bare_host() {
        assert!(scheme_help("www.example.com").is_some());
        assert!(scheme_help("shop.example.co.uk/p/1").is_some());
        assert_eq!(scheme_help("photo.jpg"), None);
        assert_eq!(scheme_help("/images/a.png"), None);
        let (_, message, help) = failure("image", "www.example.com/a.jpg");
        assert!(message.starts_with("`image` is the relative URL"), "{message}");
        assert!(help.is_some_and(|help| help.starts_with("did you mean `https://")));
    }
}
