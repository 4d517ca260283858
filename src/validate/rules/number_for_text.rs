//! `number-for-text`: a JSON number where the property holds an identifier,
//! a code or a date written as text (`"gtin13": 4006381333931`,
//! `"postalCode": 2134`, `"foundingDate": 1998`).
//!
//! Reading: JSON-LD reads the number as a number literal, and consumers
//! read its digits, so the value is valid; but a number has lost any
//! leading zero (`02134`), and past 15 digits it may be rounded. A warning.

use crate::diagnostic::Severity;
use crate::validate::rule::{Layer, Rule};

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
