//! `number-for-text`: a JSON number where the property holds an identifier,
//! a code or a date written as text (`"gtin13": 4006381333931`,
//! `"postalCode": 2134`, `"foundingDate": 1998`).
//!
//! Reading: JSON-LD reads the number as a number literal, and consumers
//! read its digits, so the value is valid; but a number has lost any
//! leading zero (`02134`), and past 15 digits it may be rounded. A warning.

use crate::diagnostic::Severity;
use crate::tree::Node;
use crate::rule::{Layer, Rule};

use super::unexpected_value_type;
use super::verdict::{not_text, Failure, ValueRule};

/// The rule.
pub const RULE: Rule = Rule {
    id: "number-for-text",
    severity: Severity::Warning,
    layer: Layer::Semantic,
    summary: "An identifier, code or date is a JSON number: readable, but a number drops leading zeros and may be rounded.",
    help: "Write the value as text, in quotes, with every digit.",
    why: r##"A JSON number loses leading zeros and digits past what a double holds: a GTIN or postal code written as a number changes."##,
    wrong: r##"{"@type": "PostalAddress", "postalCode": 2134}"##,
    right: r##"{"@type": "PostalAddress", "postalCode": "02134"}"##,
};

/// How the walk calls it: on [`PROPERTIES`] (dates and GTINs written as
/// numbers are their rules' to read, which hand over to this one).
pub const VALUE: ValueRule = ValueRule {
    rule: &RULE,
    claims: |property| PROPERTIES.contains(&property).then_some(0),
    check: |_, property, value| check_value(property, value),
};

/// Judges a value of an identifier property: any text is one; a number
/// is remarked on; a boolean is no identifier, which
/// [`unexpected-value-type`](super::unexpected_value_type) reports.
pub fn check_value(property: &str, value: &Node) -> Option<Failure> {
    match value {
        Node::Number(number) => Some((&RULE, describe(property, number), None)),
        Node::Bool(_) => not_text(&unexpected_value_type::RULE, property, value),
        _ => None,
    }
}

/// Properties whose values are identifiers or codes: written as text,
/// whatever digits they hold.
pub const PROPERTIES: &[&str] = &[
    "duns",
    "faxNumber",
    "globalLocationNumber",
    "identifier",
    "isbn",
    "issn",
    "leiCode",
    "mpn",
    "naics",
    "postalCode",
    "productID",
    "sku",
    "taxID",
    "telephone",
    "vatID",
];

/// The message.
pub fn describe(property: &str, number: &serde_json::Number) -> String {
    format!("`{property}` is the number {number}; write it as text (\"{number}\")")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tree::node;

    #[test]
    fn judges_every_kind_of_json_value() {
        let id = |value: Node| check_value("postalCode", &value).map(|(rule, ..)| rule.id);
        assert_eq!(id(node!("02134")), None);
        assert_eq!(id(node!(2134)), Some("number-for-text"));
        assert_eq!(id(node!(true)), Some("unexpected-value-type"));
        let message = check_value("postalCode", &node!(2134)).map(|(_, message, _)| message);
        assert_eq!(
            message.as_deref(),
            Some("`postalCode` is the number 2134; write it as text (\"2134\")")
        );
    }
}
