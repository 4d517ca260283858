//! `social-missing-title`: (profile `social`) the page has no `og:title`.

use crate::diagnostic::{Diagnostic, Severity};
use crate::rule::{Layer, Rule};

use crate::markup::SocialTags;

/// The rule.
pub const RULE: Rule = Rule {
    id: "social-missing-title",
    severity: Severity::Error,
    layer: Layer::Profile,
    summary:
        "(social profile) The page has no og:title; link previews show the bare URL or a guess.",
    help: "Add <meta property=\"og:title\" content=\"…\"> in <head>.",
    why: r##"The title is the largest text of a link preview; without it the preview shows the bare URL or a guess."##,
    wrong: r##"<head><meta property="og:description" content="A brass desk lamp."></head>"##,
    right: r##"<head><meta property="og:title" content="Brass desk lamp"></head>"##,
};

/// Adds a finding when the page has no `og:title`.
pub(crate) fn check(tags: &SocialTags, out: &mut Vec<Diagnostic>) {
    if !tags.has("og:title") {
        out.push(RULE.finding("", "the page has no `og:title`"));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fires_without_a_title_only() {
        let mut out = Vec::new();
        check(&SocialTags::of(&[("og:title", "")]), &mut out);
        assert_eq!(out.len(), 1);
        check(&SocialTags::of(&[("og:title", "Lamp")]), &mut out);
        assert_eq!(out.len(), 1);
    }
}
