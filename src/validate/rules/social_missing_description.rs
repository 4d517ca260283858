//! `social-missing-description`: (profile `social`) no `og:description` nor `twitter:description`.

use crate::diagnostic::Severity;
use crate::validate::registry::{Layer, Rule};

/// The rule.
pub const RULE: Rule = Rule {
    id: "social-missing-description",
    severity: Severity::Warning,
    layer: Layer::Profile,
    summary: "(social profile) The page has neither og:description nor twitter:description; previews show no summary.",
    help: "Add <meta property=\"og:description\" content=\"…\"> with one or two sentences.",
};
