//! `missing-type`: a top-level or `@graph` node without `@type`.

use crate::diagnostic::Severity;
use crate::validate::registry::{Layer, Rule};

/// The rule.
pub const RULE: Rule = Rule {
    id: "missing-type",
    severity: Severity::Warning,
    layer: Layer::JsonLd,
    summary: "A top-level or `@graph` node has no `@type`, so nothing says what it describes and no schema applies to it.",
    help: "Add the schema.org type, e.g. \"@type\": \"Product\".",
};
