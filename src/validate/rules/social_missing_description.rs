//! `social-missing-description`: (profile `social`) no `og:description` nor `twitter:description`.

use crate::diagnostic::{Diagnostic, Severity};
use crate::rule::{Layer, Rule};

use crate::markup::SocialTags;

/// The rule.
pub const RULE: Rule = Rule {
    id: "social-missing-description",
    severity: Severity::Warning,
    layer: Layer::Profile,
    summary: "(social profile) The page has neither og:description nor twitter:description; previews show no summary.",
    help: "Add <meta property=\"og:description\" content=\"…\"> with one or two sentences.",
    why: r##"Previews show the description under the title; without one they show nothing, or a guess from the page text."##,
    wrong: r##"<head><meta property="og:title" content="Lamp"></head>"##,
    right: r##"<head><meta property="og:title" content="Lamp"><meta property="og:description" content="A brass desk lamp."></head>"##,
};

/// Adds a finding when the page has neither description tag.
pub(crate) fn check(tags: &SocialTags, out: &mut Vec<Diagnostic>) {
    if !tags.has("og:description") && !tags.has("twitter:description") {
        out.push(RULE.finding(
            "",
            "the page has neither `og:description` nor `twitter:description`",
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn either_description_will_do() {
        let mut out = Vec::new();
        check(&SocialTags::of(&[("twitter:description", "A lamp.")]), &mut out);
        assert!(out.is_empty());
        check(&SocialTags::of(&[]), &mut out);
        assert_eq!(out.len(), 1);
    }
}
