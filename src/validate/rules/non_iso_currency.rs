//! `non-iso-currency`: a currency that is not an ISO 4217 code (`usd`,
//! `EURO`, `Ithaca HOUR`).
//!
//! Reading: schema.org's `priceCurrency` takes an ISO 4217 code, a
//! cryptocurrency's ticker symbol (`BTC`) or the name of a local exchange
//! trading system, so such a text is valid; but most consumers, search
//! engines among them, read only ISO 4217 codes, and a near miss of one is
//! usually a typo. A warning (with the code it most likely meant);
//! well-known cryptocurrency tickers are not reported. A symbol or an
//! amount where the code goes is [`invalid-currency`](super::invalid_currency).

use crate::diagnostic::Severity;
use crate::model::CurrencyCode;
use crate::rule::{Layer, Rule};

/// The rule.
pub const RULE: Rule = Rule {
    id: "non-iso-currency",
    severity: Severity::Warning,
    layer: Layer::Semantic,
    summary: "A currency is not an ISO 4217 code: schema.org allows other currencies, but most consumers read only ISO 4217 codes.",
    help: "Use the three upper-case letters of ISO 4217, like EUR, USD or GBP.",
    why: r##"Most consumers know only ISO 4217 codes; an offer in another currency is ignored by them."##,
    wrong: r##"{"@type": "Offer", "price": "0.5", "priceCurrency": "mBTC"}"##,
    right: r##"{"@type": "Offer", "price": "0.5", "priceCurrency": "EUR"}"##,
};

/// Ticker symbols of widely traded cryptocurrencies, which schema.org names
/// as valid currencies.
const TICKERS: &[&str] = &[
    "ADA", "BCH", "BNB", "BTC", "DAI", "DOGE", "DOT", "ETH", "LTC", "SOL", "USDC", "USDT", "XBT",
    "XLM", "XMR", "XRP",
];

/// The finding for a currency that reads as one but is not ISO 4217, with
/// the ISO code it most likely meant; `None` for a known ticker.
pub fn check(property: &str, text: &str) -> Option<(String, Option<String>)> {
    if TICKERS.contains(&text) {
        return None;
    }
    let upper = text.trim().to_ascii_uppercase();
    let meant = if CurrencyCode::iso_code(&upper).is_some() {
        Some(upper)
    } else {
        let codes = CurrencyCode::all_codes();
        crate::model::enumeration::closest(&upper, codes).map(str::to_owned)
    };
    Some((
        format!(
            "`{property}`: `{}` is not an ISO 4217 currency code",
            super::verdict::shorten(text)
        ),
        meant.map(|code| format!("did you mean `{code}`?")),
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_the_code_and_spares_tickers() {
        assert_eq!(check("priceCurrency", "BTC"), None);
        let (message, help) = check("priceCurrency", "eur").unwrap();
        assert_eq!(
            message,
            "`priceCurrency`: `eur` is not an ISO 4217 currency code"
        );
        assert_eq!(help.as_deref(), Some("did you mean `EUR`?"));
        assert!(check("priceCurrency", "Ithaca HOUR").is_some());
    }
}
