//! `social-missing-site`: (profile `social`) neither `og:site_name` nor `twitter:site`.

use crate::diagnostic::Severity;
use crate::rule::{Layer, Rule};

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
