//! `relative-url`: a URL property holds a relative reference. Search
//! engines read structured data without the page's base URL, so a relative
//! URL points nowhere. Checked together with
//! [`invalid-url`](super::invalid_url).

use crate::diagnostic::Severity;
use crate::validate::registry::{Layer, Rule};

/// The rule.
pub const RULE: Rule = Rule {
    id: "relative-url",
    severity: Severity::Error,
    layer: Layer::Semantic,
    summary: "A property whose schema.org range is URL holds a relative reference (`/p/1`, `//cdn…`), which consumers of structured data cannot resolve.",
    help: "Write the absolute URL, with scheme and host: https://example.com/p/1.",
};
