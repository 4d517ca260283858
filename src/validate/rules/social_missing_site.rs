//! `social-missing-site`: (profile `social`) neither `og:site_name` nor `twitter:site`.

use crate::diagnostic::{Diagnostic, Severity};
use crate::rule::{Layer, Rule};

use crate::markup::SocialTags;

/// The rule.
pub const RULE: Rule = Rule {
    id: "social-missing-site",
    severity: Severity::Warning,
    layer: Layer::Profile,
    summary: "(social profile) The page names no site: neither og:site_name nor twitter:site.",
    help: "Add <meta property=\"og:site_name\" content=\"…\"> and, for X, <meta name=\"twitter:site\" content=\"@account\">.",
    why: r##"Previews name the site the link leads to; without it they show only the domain."##,
    wrong: r##"<head><meta property="og:title" content="Lamp"></head>"##,
    right: r##"<head><meta property="og:title" content="Lamp"><meta property="og:site_name" content="Example Shop"></head>"##,
};

/// Adds a finding when the page names no site.
pub(crate) fn check(tags: &SocialTags, out: &mut Vec<Diagnostic>) {
    if !tags.has("og:site_name") && !tags.has("twitter:site") {
        out.push(RULE.finding(
            "",
            "the page names no site: neither `og:site_name` nor `twitter:site`",
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn either_site_tag_will_do() {
        let mut out = Vec::new();
        check(&SocialTags::of(&[("twitter:site", "@acme")]), &mut out);
        assert!(out.is_empty());
        check(&SocialTags::of(&[("og:site_name", "")]), &mut out);
        assert_eq!(out.len(), 1);
    }
}
