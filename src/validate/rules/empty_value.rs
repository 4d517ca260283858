//! `empty-value`: a property whose value says nothing: `""`, `[]` or `{}`.
//!
//! Reading: consumers treat an empty value as a missing one, so it is no
//! error, but it is nearly always a template's unfilled slot
//! (`"price": ""`), and the property it was meant to give is lost: a
//! warning, reported instead of whatever the property's own rule would say
//! about an empty date or price. `null` is JSON-LD's explicit "no value"
//! and is not reported.

use crate::tree::Node;

use crate::diagnostic::Severity;
use crate::rule::{Layer, Rule};

/// The rule.
pub const RULE: Rule = Rule {
    id: "empty-value",
    severity: Severity::Warning,
    layer: Layer::Semantic,
    summary: "A property's value is empty (`\"\"`, `[]`, `{}`): consumers treat it as missing.",
    help: "Fill the value in, or leave the property out when there is nothing to say.",
    why: r##"An empty value is read as a missing one, so a required property that is present but empty still fails, and hides that it was never filled in."##,
    wrong: r##"{"@type": "Product", "name": "Lamp", "description": ""}"##,
    right: r##"{"@type": "Product", "name": "Lamp"}"##,
};

/// True for a value that says nothing (a blank text, `[]`, `{}`).
pub fn is_empty(value: &Node) -> bool {
    match value {
        Node::String(text) => crate::model::is_blank(text),
        Node::Array(items) => items.is_empty(),
        Node::Object(object) => object.is_empty(),
        _ => false,
    }
}

/// The message.
pub fn describe(property: &str, value: &Node) -> String {
    let what = match value {
        Node::String(text) if text.is_empty() => "an empty text",
        Node::String(_) => "a blank text",
        Node::Array(_) => "an empty list",
        _ => "an empty object",
    };
    format!("`{property}` is {what}; consumers treat it as missing")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tree::node;

    #[test]
    fn empty_values_and_null() {
        assert!(is_empty(&node!("")));
        assert!(is_empty(&node!("  ")));
        assert!(is_empty(&node!([])));
        assert!(is_empty(&node!({})));
        assert!(!is_empty(&node!(null)));
        assert!(!is_empty(&node!(0)));
        assert_eq!(
            describe("price", &node!("")),
            "`price` is an empty text; consumers treat it as missing"
        );
        assert_eq!(
            describe("image", &node!([])),
            "`image` is an empty list; consumers treat it as missing"
        );
    }
}
