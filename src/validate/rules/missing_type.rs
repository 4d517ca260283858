//! `missing-type`: a top-level or `@graph` node without `@type`.

use crate::diagnostic::Severity;
use crate::tree::Object;
use crate::validate::normalize::{canonical_key, keyword};
use crate::rule::{Layer, Rule};

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

/// The message.
pub const MESSAGE: &str = "the node has no `@type`; sdx checks only that its keys are schema.org properties and its values fit their ranges, not which types they belong to";

/// Whether a top-level (or `@graph`) node is this rule's: it has no
/// `@type`, and a key that reads as a schema.org term (a node of only
/// keywords, like `{"@context": …}`, or of another vocabulary's terms is
/// not a schema.org node). Nested untyped nodes are common and
/// legitimate: the walk asks only for top-level ones.
pub fn fires(object: &Object) -> bool {
    keyword(object, "@type").is_none()
        && object.keys().any(|key| {
            let name = canonical_key(key);
            !name.starts_with('@') && !name.contains(':')
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tree::{node, Node};

    #[test]
    fn fires_on_untyped_schema_org_nodes() {
        let fires_on = |value: Node| match value {
            Node::Object(object) => fires(&object),
            _ => false,
        };
        assert!(fires_on(node!({"name": "Lamp"})));
        assert!(!fires_on(node!({"@type": "Product", "name": "Lamp"})));
        assert!(!fires_on(node!({"@context": "https://schema.org"})));
        assert!(!fires_on(node!({"ex:code": "1"})));
    }
}
