//! `social-missing-description`: (profile `social`) no `og:description` nor `twitter:description`.

use crate::diagnostic::Severity;
use crate::rule::{Layer, Rule};

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
