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

use crate::tree::Node;

use crate::diagnostic::Severity;
use crate::model::Price;
use crate::validate::rule::{Layer, Rule};

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

/// Properties whose value is a price.
pub const PROPERTIES: &[&str] = &["price", "lowPrice", "highPrice", "minPrice", "maxPrice"];

/// Checks a price text.
pub fn check_text(property: &str, text: &str) -> Result<(), String> {
    Price::check_text(text).map_err(|error| format!("`{property}`: {error}"))
}

/// Checks a price number.
pub fn check_number(property: &str, number: &serde_json::Number) -> Result<(), String> {
    Price::check_number(number).map_err(|error| format!("`{property}`: {error}"))
}

/// Checks a price value (text or number); other kinds are not prices.
pub fn check(property: &str, value: &Node) -> Result<(), String> {
    match value {
        Node::String(text) => check_text(property, text),
        Node::Number(number) => check_number(property, number),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tree::node;

    #[test]
    fn reads_numbers_and_numeric_text() {
        assert!(check("price", &node!(12.5)).is_ok());
        assert!(check("price", &node!("1299.00")).is_ok());
        assert!(check("price", &node!(-1)).is_err());
        let message = check("price", &node!("1.299,00")).unwrap_err();
        assert!(
            message.starts_with("`price`: `1.299,00` is not a price"),
            "{message}"
        );
    }
}
