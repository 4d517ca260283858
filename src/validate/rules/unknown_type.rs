//! `unknown-type`: an `@type` that names no schema.org type, with the
//! nearest real one suggested (`Orgnization` → `Organization`).
//!
//! Only names read as schema.org are judged: bare names (resolved against
//! the schema.org context) and `schema:` or `https://schema.org/` IRIs.
//! Types of other vocabularies (`ex:Widget`, `https://example.com/Widget`)
//! are left alone.

use crate::diagnostic::Severity;
use crate::rule::{Layer, Rule};
use crate::vocab::Vocabulary;

/// The rule.
pub const RULE: Rule = Rule {
    id: "unknown-type",
    severity: Severity::Error,
    layer: Layer::Vocabulary,
    summary: "An `@type` names no type of the schema.org vocabulary, so consumers do not know what the node describes.",
    help: "Use a schema.org type name (https://schema.org/docs/full.html); the message suggests the nearest one.",
    why: r##"Consumers decide what a node is by its type; a type they do not know makes the node unknown to them."##,
    wrong: r##"{"@type": "Prodcut", "name": "Lamp"}"##,
    right: r##"{"@type": "Product", "name": "Lamp"}"##,
};

/// The message and, when a type is close, a help line with it.
pub fn describe(name: &str) -> (String, Option<String>) {
    match Vocabulary::get().suggest_type(name) {
        Some(near) => (
            format!("`{name}` is not a schema.org type; did you mean `{near}`?"),
            Some(format!("write \"@type\": \"{near}\"")),
        ),
        None => (format!("`{name}` is not a schema.org type"), None),
    }
}
