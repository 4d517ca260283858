//! `unexpected-node-type`: a node whose type is not one its property
//! expects (`"author": {"@type": "WebSite"}`, `"location": {"@type":
//! "Thing"}`).
//!
//! Reading: schema.org's ranges say which types a property "expects"; any
//! subtype of them fits, and a Role may wrap the value. A node of another
//! type — or of a broader one, such as `Thing` where a `Person` is
//! expected — is still valid JSON-LD, but consumers looking for the
//! expected type are likely to ignore it: a warning. (Text standing for
//! the node is [`text-for-entity`](super::text_for_entity).)

use crate::tree::Node;

use crate::diagnostic::Severity;
use crate::rule::{Layer, Rule};
use crate::lookup::Lookup;
use crate::validate::normalize::keyword;
use crate::vocab::{PropertyInfo, TypeId, TypeKind, Vocabulary};

/// The rule.
pub const RULE: Rule = Rule {
    id: "unexpected-node-type",
    severity: Severity::Warning,
    layer: Layer::Vocabulary,
    summary: "A node's type is not one its property expects, nor a subtype of one: valid JSON-LD, but consumers looking for the expected type are likely to ignore it.",
    help: "Give the node one of the expected types (https://schema.org/<property> lists them), or a more specific subtype of one.",
    why: r##"Consumers look for the types a property expects; a node of another type is likely skipped, with everything in it."##,
    wrong: r##"{"@type": "Product", "offers": {"@type": "Person", "name": "Ana"}}"##,
    right: r##"{"@type": "Product", "offers": {"@type": "Offer", "price": "10.00"}}"##,
};

/// Whether a value that fits none of `ranges` (see
/// [`Vocabulary::value_fits_range`]) is this rule's: a typed node (not a
/// reference, a value object or a list) where the range holds node types
/// (entities or enumerations), not only literal datatypes. Any other
/// misfit is [`unexpected-value-type`](super::unexpected_value_type)'s.
pub fn fires(vocabulary: &Vocabulary, ranges: &[TypeId], value: &Node) -> bool {
    let typed_node = match value {
        Node::Object(object) => keyword(object, "@type").is_some() && !object.has("@value"),
        _ => false,
    };
    typed_node
        && ranges
            .iter()
            .any(|range| vocabulary.type_by_id(*range).kind() != TypeKind::DataType)
}

/// The message.
pub fn describe(property: &PropertyInfo, value: &Node) -> String {
    super::unexpected_value_type::expects(property, value)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tree::node;

    #[test]
    fn a_typed_node_where_nodes_are_expected() {
        let vocabulary = Vocabulary::get();
        let ranges = |name: &str| vocabulary.property(name).expect("a property").ranges();
        let website = node!({"@type": "WebSite"});
        assert!(fires(vocabulary, ranges("author"), &website));
        assert!(!fires(vocabulary, ranges("name"), &website));
        assert!(!fires(vocabulary, ranges("author"), &node!({"@id": "#a"})));
        assert!(!fires(vocabulary, ranges("author"), &node!(12)));
    }
}
