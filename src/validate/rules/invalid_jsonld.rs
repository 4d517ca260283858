//! `invalid-jsonld`: JSON that is not JSON-LD's shape (a document that is
//! not an object or array of objects, a non-text `@type` or `@id`, a
//! `@graph` that is not a list of nodes).

use crate::diagnostic::Severity;
use crate::validate::rule::{Layer, Rule};

/// The rule.
pub const RULE: Rule = Rule {
    id: "invalid-jsonld",
    severity: Severity::Error,
    layer: Layer::JsonLd,
    summary: "The JSON is not shaped as JSON-LD: the document, `@graph`, `@type` or `@id` holds the wrong kind of value.",
    help: "A document is a node object or a list of them; `@graph` is a list of nodes; `@type` is a type name or a list of them; `@id` is an IRI.",
    why: r##"JSON-LD processors reject or skip these shapes, so the nodes around them are lost, not just the bad value."##,
    wrong: r##"{"@context": "https://schema.org", "@type": {"name": "Product"}}"##,
    right: r##"{"@context": "https://schema.org", "@type": "Product"}"##,
};
