//! `unsupported-context`: a `@context` sdx cannot interpret offline.
//!
//! sdx reads the schema.org context in every spelling seen in the wild
//! (`https://schema.org`, `http://schema.org/`, `{"@vocab": …}`, a
//! `schema:` prefix definition, lists holding one of these). Any other
//! context would have to be fetched to know what the terms mean; sdx never
//! fetches, so it reports the context instead.

use crate::tree::Node;

use crate::diagnostic::Severity;
use crate::validate::registry::{Layer, Rule};

/// The rule.
pub const RULE: Rule = Rule {
    id: "unsupported-context",
    severity: Severity::Warning,
    layer: Layer::JsonLd,
    summary: "A `@context` is remote or unknown; sdx does not fetch contexts, so terms it would define are not checked.",
    help: "Use \"@context\": \"https://schema.org\"; when other vocabularies are needed, list them after it in an array.",
};

/// A short rendering of a context value for messages.
pub fn describe(context: &Node) -> String {
    match context {
        Node::String(text) => format!("`{}`", super::shorten(text)),
        Node::Object(_) => "an inline context object without the schema.org vocabulary".to_owned(),
        other => super::describe(other),
    }
}
