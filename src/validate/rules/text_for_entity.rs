//! `text-for-entity`: plain text where schema.org expects a node
//! (`"author": "Ada Lovelace"`, `"address": "1 Main St"`). schema.org
//! explicitly allows it, so this is information, not a fault: consumers
//! understand a typed node better than a name.

use crate::diagnostic::Severity;
use crate::validate::rule::{Layer, Rule};
use crate::vocab::PropertyInfo;

/// The rule.
pub const RULE: Rule = Rule {
    id: "text-for-entity",
    severity: Severity::Info,
    layer: Layer::Vocabulary,
    summary: "Text where schema.org expects a node: allowed, but consumers can read less from a name than from a typed node.",
    help: "Write the value as a node, e.g. {\"@type\": \"Person\", \"name\": \"…\"}, when you know its type.",
    why: r##"From a typed node consumers can read a name, a URL and more; from text only a name, and they may not know what it names."##,
    wrong: r##"{"@type": "Book", "author": "Ursula K. Le Guin"}"##,
    right: r##"{"@type": "Book", "author": {"@type": "Person", "name": "Ursula K. Le Guin"}}"##,
};

/// The message for the property `name`, when it is schema.org's.
pub fn describe_name(name: &str) -> Option<String> {
    crate::vocab::Vocabulary::get().property(name).map(describe)
}

/// The message.
pub fn describe(property: &PropertyInfo) -> String {
    format!(
        "`{}` holds text where schema.org expects {}; it is read as a name",
        property.name(),
        super::unexpected_value_type::ranges(property)
    )
}
