//! `social-missing-image`: (profile `social`) the page has no `og:image`.

use crate::diagnostic::Severity;
use crate::rule::{Layer, Rule};

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
