//! `social-card-type`: (profile `social`) `twitter:card` missing or not a card type.

use crate::diagnostic::Severity;
use crate::rule::{Layer, Rule};

/// The rule.
pub const RULE: Rule = Rule {
    id: "social-card-type",
    severity: Severity::Warning,
    layer: Layer::Profile,
    summary: "(social profile) twitter:card is missing or is not one of summary, summary_large_image, app, player.",
    help: "Add <meta name=\"twitter:card\" content=\"summary_large_image\"> (or summary, app, player).",
    why: r##"X (Twitter) chooses the card's layout by `twitter:card`; without a valid one the link shows as a bare URL or a small card."##,
    wrong: r##"<meta name="twitter:card" content="large">"##,
    right: r##"<meta name="twitter:card" content="summary_large_image">"##,
};
