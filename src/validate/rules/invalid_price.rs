//! `invalid-price`: `price`, `lowPrice`, `highPrice`, `minPrice`,
//! `maxPrice` that are not a non-negative number or a numeric text with `.`
//! decimals, read with the model's `Price`.
//!
//! Reading: the range is `Number` or `Text`, and schema.org's definition of
//! `price` asks for `.` decimals and no currency symbol, the currency
//! going in `priceCurrency`. A price with a symbol (`$750`), a decimal
//! comma or thousands separators is read differently by different
//! consumers, or not at all: an error, the one place sdx holds a Text
//! range to a form.

use crate::diagnostic::Severity;
use crate::model::Price;
use crate::tree::Node;
use crate::rule::{Layer, Rule};

use super::verdict::{not_text, Failure, ValueRule};

/// The rule.
pub const RULE: Rule = Rule {
    id: "invalid-price",
    severity: Severity::Error,
    layer: Layer::Semantic,
    summary: "A price is negative, or text that is not digits with an optional `.` and decimals (currency symbols, thousands separators and decimal commas are not read as numbers).",
    help: "Write the amount alone, like 1299.00 or 1299, and put the currency in `priceCurrency`.",
    why: r##"A price with a symbol, a thousands separator or a decimal comma is not a number to consumers: the offer has no price, or the wrong one."##,
    wrong: r##"{"@type": "Offer", "price": "€1.299,00"}"##,
    right: r##"{"@type": "Offer", "price": "1299.00", "priceCurrency": "EUR"}"##,
};

/// How the walk calls it: on [`PROPERTIES`].
pub const VALUE: ValueRule = ValueRule {
    rule: &RULE,
    claims: |property| PROPERTIES.contains(&property).then_some(0),
    check: |_, property, value| check_value(property, value),
};

/// Properties whose value is a price.
pub const PROPERTIES: &[&str] = &["price", "lowPrice", "highPrice", "minPrice", "maxPrice"];

/// Judges a value of a price property: a number or a text, read as the
/// model's `Price` reads them; a boolean is no price.
pub fn check_value(property: &str, value: &Node) -> Option<Failure> {
    let result = match value {
        Node::Number(number) => check_number(property, number),
        Node::Bool(_) => return not_text(&RULE, property, value),
        _ => match super::verdict::text(value) {
            Some(text) => check_text(property, text),
            None => return None,
        },
    };
    result.err().map(|message| (&RULE, message, None))
}

/// Checks a price text.
fn check_text(property: &str, text: &str) -> Result<(), String> {
    Price::check_text(text).map_err(|error| format!("`{property}`: {error}"))
}

/// Checks a price number.
fn check_number(property: &str, number: &serde_json::Number) -> Result<(), String> {
    Price::check_number(number).map_err(|error| format!("`{property}`: {error}"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tree::node;

    #[test]
    fn reads_numbers_and_numeric_text() {
        assert!(check_value("price", &node!(12.5)).is_none());
        assert!(check_value("price", &node!("1299.00")).is_none());
        assert!(check_value("price", &node!(-1)).is_some());
        let message = check_text("price", "1.299,00").unwrap_err();
        assert!(
            message.starts_with("`price`: `1.299,00` is not a price"),
            "{message}"
        );
    }

    #[test]
    fn judges_every_kind_of_json_value() {
        let id = |value: Node| check_value("price", &value).map(|(rule, ..)| rule.id);
        assert_eq!(id(node!("12.50")), None);
        assert_eq!(id(node!(" ")), None);
        assert_eq!(id(node!({"@type": "PriceSpecification"})), None);
        assert_eq!(id(node!("$12")), Some("invalid-price"));
        assert_eq!(id(node!(true)), Some("invalid-price"));
        assert_eq!((VALUE.claims)("lowPrice"), Some(0));
        assert_eq!((VALUE.claims)("priceCurrency"), None);
    }
}
