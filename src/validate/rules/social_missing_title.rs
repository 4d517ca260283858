//! `social-missing-title`: (profile `social`) the page has no `og:title`.

use crate::diagnostic::Severity;
use crate::rule::{Layer, Rule};

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
