//! `social-missing-image`: (profile `social`) the page has no `og:image`.

use crate::diagnostic::{Diagnostic, Severity};
use crate::rule::{Layer, Rule};

use crate::markup::SocialTags;

/// The rule.
pub const RULE: Rule = Rule {
    id: "social-missing-image",
    severity: Severity::Error,
    layer: Layer::Profile,
    summary: "(social profile) The page has no og:image; previews show no picture, and OpenGraph requires one.",
    help: "Add <meta property=\"og:image\" content=\"https://…\"> with an absolute URL of an image at least 1200×630.",
    why: r##"OpenGraph requires an image, and previews without one are small and easy to miss."##,
    wrong: r##"<head><meta property="og:title" content="Lamp"></head>"##,
    right: r##"<head><meta property="og:title" content="Lamp"><meta property="og:image" content="https://example.com/lamp.jpg"></head>"##,
};

/// Adds a finding when the page has no `og:image`, saying so when only X's
/// own tag is there.
pub(crate) fn check(tags: &SocialTags, out: &mut Vec<Diagnostic>) {
    if !tags.has("og:image") && !tags.has("og:image:url") {
        let message = if tags.has("twitter:image") {
            "the page has no `og:image` (only `twitter:image`, which other sites do not read)"
        } else {
            "the page has no `og:image`"
        };
        out.push(RULE.finding("", message));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_twitter_image_when_it_is_the_only_one() {
        let mut out = Vec::new();
        check(&SocialTags::of(&[("og:image:url", "https://a.example/l.jpg")]), &mut out);
        assert!(out.is_empty());
        check(&SocialTags::of(&[("twitter:image", "https://a.example/l.jpg")]), &mut out);
        assert!(out[0].message.contains("only `twitter:image`"));
    }
}
