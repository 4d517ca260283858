//! `limit-exceeded`: a document is nested deeper than sdx reads.

use crate::diagnostic::Severity;
use crate::validate::registry::{Layer, Rule};

/// The rule.
pub const RULE: Rule = Rule {
    id: "limit-exceeded",
    severity: Severity::Error,
    layer: Layer::Syntax,
    summary: "A document nests arrays and objects deeper than 128 levels; sdx stops reading it instead of risking its stack.",
    help: "Structured data never needs this depth; look for a generator that nests a value inside itself.",
};

/// serde_json's recursion limit, which sdx keeps.
pub const MAX_DEPTH: usize = 128;
