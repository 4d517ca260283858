//! `social-relative-url`: (profile `social`) a URL-valued social tag that is not an absolute http(s) URL.

use crate::diagnostic::{Diagnostic, Severity};
use crate::rule::{Layer, Rule};

use crate::markup::{social_pointer, SocialTags};

use super::shorten;

/// The rule.
pub const RULE: Rule = Rule {
    id: "social-relative-url",
    severity: Severity::Error,
    layer: Layer::Profile,
    summary: "(social profile) An og:image, og:url, twitter:image or other URL tag is not an absolute http(s) URL; crawlers building previews do not resolve relative URLs.",
    help: "Write the absolute URL, with scheme and host: https://example.com/img/1.jpg.",
    why: r##"Crawlers building previews do not resolve relative URLs, so the image or link is missing from the preview."##,
    wrong: r##"<meta property="og:image" content="/img/lamp.jpg">"##,
    right: r##"<meta property="og:image" content="https://example.com/img/lamp.jpg">"##,
};

/// The tags whose content is a URL.
const URL_TAGS: &[&str] = &[
    "og:url",
    "og:image",
    "og:image:url",
    "og:image:secure_url",
    "og:video",
    "og:video:url",
    "og:audio",
    "twitter:image",
];

/// Adds a finding for each URL tag whose content is not an absolute
/// http(s) URL, in page order.
pub(crate) fn check(tags: &SocialTags, out: &mut Vec<Diagnostic>) {
    for tag in &tags.tags {
        if URL_TAGS.contains(&tag.key.as_str()) && !is_absolute_http(&tag.content) {
            out.push(RULE.finding(
                social_pointer(&tag.key),
                format!(
                    "`{}` is `{}`, not an absolute http(s) URL",
                    tag.key,
                    shorten(&tag.content)
                ),
            ));
        }
    }
}

fn is_absolute_http(url: &str) -> bool {
    url::Url::parse(url.trim())
        .is_ok_and(|url| matches!(url.scheme(), "http" | "https") && url.has_host())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn points_at_each_relative_url_tag() {
        let mut out = Vec::new();
        let page = SocialTags::of(&[
            ("og:image", "/lamp.jpg"),
            ("og:url", "https://a.example/lamp"),
            ("og:title", "/not-a-url-tag"),
            ("twitter:image", "ftp://a.example/l.jpg"),
        ]);
        check(&page, &mut out);
        let pointers: Vec<&str> = out.iter().map(|f| f.pointer.as_str()).collect();
        assert_eq!(pointers, ["/og:image", "/twitter:image"]);
    }
}
