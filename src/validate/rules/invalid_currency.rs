//! `invalid-currency`: `priceCurrency` / `currency` that is no currency at
//! all: a symbol (`$`, `€`) or an amount (`12 EUR`), read with the model's
//! `CurrencyCode`.
//!
//! Reading: schema.org allows ISO 4217 codes, cryptocurrency tickers and
//! names of local currencies (a text that is none of them is
//! [`non-iso-currency`](super::non_iso_currency), a warning); a symbol is
//! ambiguous (`$` is a dozen currencies) and an amount is no currency, so
//! consumers cannot tell what the price is in. An error.

use crate::diagnostic::Severity;
use crate::model::CurrencyCode;
use crate::tree::Node;
use crate::rule::{Layer, Rule};

use super::non_iso_currency;
use super::verdict::{not_text, Failure, ValueRule};

/// The rule.
pub const RULE: Rule = Rule {
    id: "invalid-currency",
    severity: Severity::Error,
    layer: Layer::Semantic,
    summary: "`priceCurrency` or `currency` is a symbol or an amount, not a currency: consumers cannot tell what the price is in.",
    help: "Use the three upper-case letters of ISO 4217, like EUR, USD or GBP, not a symbol.",
    why: r##"A symbol such as `$` names several currencies, so consumers cannot tell what the price is in and drop the offer."##,
    wrong: r##"{"@type": "Offer", "price": "10.00", "priceCurrency": "$"}"##,
    right: r##"{"@type": "Offer", "price": "10.00", "priceCurrency": "USD"}"##,
};

/// How the walk calls it: on [`PROPERTIES`].
pub const VALUE: ValueRule = ValueRule {
    rule: &RULE,
    claims: |property| PROPERTIES.contains(&property).then_some(0),
    check: |_, property, value| check_value(property, value),
};

/// Properties whose value is a currency code.
pub const PROPERTIES: &[&str] = &["priceCurrency", "currency"];

/// Judges a value of a currency property: a text that is a currency but
/// not an ISO 4217 code is [`non-iso-currency`](super::non_iso_currency)'s
/// finding, a number or a boolean is no currency.
pub fn check_value(property: &str, value: &Node) -> Option<Failure> {
    let Some(text) = super::verdict::text(value) else {
        return match value {
            Node::Number(_) | Node::Bool(_) => not_text(&RULE, property, value),
            _ => None,
        };
    };
    match check(property, text) {
        Ok(true) => None,
        Ok(false) => non_iso_currency::check(property, text)
            .map(|(message, help)| (&non_iso_currency::RULE, message, help)),
        Err(message) => Some((&RULE, message, None)),
    }
}

/// How a currency text reads: `Ok(true)` for an ISO 4217 code,
/// `Ok(false)` for another currency (see
/// [`non-iso-currency`](super::non_iso_currency)), the message for no
/// currency at all.
pub fn check(property: &str, text: &str) -> Result<bool, String> {
    match CurrencyCode::check(text) {
        Ok(iso) => Ok(iso.is_some()),
        Err(error) => Err(format!("`{property}`: {error}")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn refuses_symbols_and_amounts_only() {
        assert_eq!(check("priceCurrency", "EUR"), Ok(true));
        assert_eq!(check("priceCurrency", "eur"), Ok(false));
        assert_eq!(check("priceCurrency", "Ithaca HOUR"), Ok(false));
        let message = check("priceCurrency", "€").unwrap_err();
        assert!(
            message.starts_with("`priceCurrency`: `€` is not a currency code"),
            "{message}"
        );
        assert!(check("priceCurrency", "12 USD").is_err());
    }

    #[test]
    fn judges_every_kind_of_json_value() {
        use crate::tree::node;
        let id = |value: Node| check_value("priceCurrency", &value).map(|(rule, ..)| rule.id);
        assert_eq!(id(node!("EUR")), None);
        assert_eq!(id(node!("BTC")), None);
        assert_eq!(id(node!("")), None);
        assert_eq!(id(node!("eur")), Some("non-iso-currency"));
        assert_eq!(id(node!("$")), Some("invalid-currency"));
        assert_eq!(id(node!(978)), Some("invalid-currency"));
        assert_eq!(id(node!(false)), Some("invalid-currency"));
        assert_eq!((VALUE.claims)("currency"), Some(0));
    }
}
