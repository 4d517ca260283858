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
use crate::validate::rule::{Layer, Rule};
use crate::vocab::PropertyInfo;

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

/// The message.
pub fn describe(property: &PropertyInfo, value: &Node) -> String {
    format!(
        "`{}` expects {}; found {}",
        property.name(),
        super::unexpected_value_type::ranges(property),
        super::verdict::describe(value)
    )
}
