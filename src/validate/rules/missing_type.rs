//! `missing-type`: a top-level or `@graph` node without `@type`.

use crate::diagnostic::Severity;
use crate::validate::rule::{Layer, Rule};

/// The rule.
pub const RULE: Rule = Rule {
    id: "missing-type",
    severity: Severity::Warning,
    layer: Layer::JsonLd,
    summary: "A top-level or `@graph` node has no `@type`, so nothing says what it describes and no schema applies to it.",
    help: "Add the schema.org type, e.g. \"@type\": \"Product\".",
    why: r##"Consumers decide what to do with a node by its type; an untyped node is not a product, an event or anything else they show."##,
    wrong: r##"{"@context": "https://schema.org", "name": "Lamp", "sku": "L-1"}"##,
    right: r##"{"@context": "https://schema.org", "@type": "Product", "name": "Lamp", "sku": "L-1"}"##,
};
