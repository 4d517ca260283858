//! Currencies: ISO 4217 codes, and the other currencies schema.org names.

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;
use std::sync::OnceLock;

use iso_currency::{Currency, IntoEnumIterator};
use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};

use super::string_datatype;

/// A currency as `priceCurrency` takes it, kept as written.
///
/// schema.org asks for an ISO 4217 code (`EUR`), and also allows ticker
/// symbols of cryptocurrencies (`BTC`) and names of local exchange trading
/// systems (`Ithaca HOUR`): any such text is read, and a rule remarks on
/// one that is not ISO 4217, since most consumers read only those. What is
/// refused is a price's symbol or amount where the currency goes (`$`,
/// `€`, `12 EUR`): that is no currency at all.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct CurrencyCode {
    text: String,
    iso: Option<Currency>,
}

impl CurrencyCode {
    /// The code as written.
    pub fn code(&self) -> &str {
        &self.text
    }

    /// The ISO 4217 currency, when the code is one.
    pub fn iso(&self) -> Option<Currency> {
        self.iso
    }

    /// Every ISO 4217 code, sorted.
    pub fn all_codes() -> &'static [&'static str] {
        static CODES: std::sync::OnceLock<Vec<&'static str>> = std::sync::OnceLock::new();
        CODES.get_or_init(|| {
            let mut codes: Vec<&'static str> = Currency::iter().map(|c| c.code()).collect();
            codes.sort_unstable();
            codes.dedup();
            codes
        })
    }

    /// The ISO 4217 currency of a three-letter upper-case code.
    pub fn iso_code(text: &str) -> Option<Currency> {
        let table = by_code();
        let code = pack(text)?;
        let at = table.binary_search_by_key(&code, |(c, _)| *c).ok()?;
        Some(table[at].1)
    }

    /// Checks a currency text without keeping it: its ISO 4217 currency,
    /// `None` for another currency, the error only for no currency.
    pub fn check(text: &str) -> Result<Option<Currency>, CurrencyError> {
        if let Some(currency) = CurrencyCode::iso_code(text) {
            return Ok(Some(currency));
        }
        if text.trim().is_empty()
            || text
                .chars()
                .any(|c| c.is_ascii_digit() || is_currency_symbol(c))
        {
            return Err(CurrencyError(text.to_owned()));
        }
        Ok(None)
    }
}

/// Characters that are a currency's sign, not its code (Unicode's
/// currency symbols: `$`, `€`, `£`, `¥`, `₹` and the rest of the
/// Currency Symbols block).
pub fn is_currency_symbol(c: char) -> bool {
    matches!(
        c,
        '$' | '¢' | '£' | '¤' | '¥' | '֏' | '؋' | '৲' | '৳' | '฿' | '៛' | '﷼'
    ) || ('\u{20A0}'..='\u{20CF}').contains(&c)
}

/// The characters [`is_currency_symbol`] and digits, as a JSON Schema
/// character class.
const REFUSED_CHARACTERS: &str = "[0-9$¢£¤¥֏؋৲৳฿៛﷼\\u20A0-\\u20CF]";

/// A text that is no currency: a symbol or an amount.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "`{0}` is not a currency code; use the three upper-case letters of ISO 4217, like EUR or USD"
)]
pub struct CurrencyError(pub String);

/// Every code as its three bytes in a `u32`, sorted, with its currency.
///
/// `Currency::from_code` matches the text against each code in turn: on a
/// feed, where most offers carry a `priceCurrency`, that was about 300
/// instructions a record and some of the largest code of the hot path. A
/// binary search over 180 packed codes is a few dozen.
fn by_code() -> &'static [(u32, Currency)] {
    static TABLE: OnceLock<Vec<(u32, Currency)>> = OnceLock::new();
    TABLE.get_or_init(|| {
        let mut table: Vec<(u32, Currency)> = Currency::iter()
            .filter_map(|currency| Some((pack(currency.code())?, currency)))
            .collect();
        table.sort_unstable_by_key(|(code, _)| *code);
        table.dedup_by_key(|(code, _)| *code);
        table
    })
}

/// Three ASCII upper-case letters as one number; `None` for anything else.
fn pack(text: &str) -> Option<u32> {
    match text.as_bytes() {
        &[a, b, c] if [a, b, c].iter().all(u8::is_ascii_uppercase) => {
            Some(u32::from_be_bytes([0, a, b, c]))
        }
        _ => None,
    }
}

impl FromStr for CurrencyCode {
    type Err = CurrencyError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        CurrencyCode::check(text).map(|iso| CurrencyCode {
            text: text.to_owned(),
            iso,
        })
    }
}

impl fmt::Display for CurrencyCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

string_datatype!(CurrencyCode);

impl JsonSchema for CurrencyCode {
    fn schema_name() -> Cow<'static, str> {
        "CurrencyCode".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "A currency: an ISO 4217 code (EUR, USD), or another currency schema.org allows (a cryptocurrency ticker such as BTC); not a symbol or an amount.",
            "type": "string",
            "pattern": "\\S",
            "not": {"pattern": REFUSED_CHARACTERS}
        })
    }
}

#[cfg(test)]
mod tests {
    use super::CurrencyCode;

    #[test]
    fn reads_codes_and_refuses_symbols_and_amounts() {
        let code = "EUR".parse::<CurrencyCode>().unwrap();
        assert_eq!(
            (code.code(), code.iso().map(|c| c.code())),
            ("EUR", Some("EUR"))
        );
        for other in ["BTC", "eur", "Ithaca HOUR", "XYZ"] {
            let read = other.parse::<CurrencyCode>().unwrap();
            assert_eq!(read.iso(), None, "{other}");
        }
        for refused in ["$", "€", "US$", "12 EUR", "", " ", "₹"] {
            assert!(refused.parse::<CurrencyCode>().is_err(), "{refused}");
        }
    }

    #[test]
    fn the_schema_refuses_what_the_reader_refuses() {
        let refused = regex::Regex::new(super::REFUSED_CHARACTERS).unwrap();
        for c in ['$', '€', '£', '¥', '₹', '₽', '7'] {
            assert!(refused.is_match(&c.to_string()), "{c}");
            assert!(super::is_currency_symbol(c) || c.is_ascii_digit(), "{c}");
        }
        assert!(!refused.is_match("EUR"));
    }

    #[test]
    fn reads_every_code_the_crate_knows_and_agrees_with_it() {
        use iso_currency::{Currency, IntoEnumIterator};
        for currency in Currency::iter() {
            let read = CurrencyCode::iso_code(currency.code());
            assert_eq!(read, Some(currency), "{}", currency.code());
        }
        // Every three-letter text: the table answers as the crate does.
        for a in b'A'..=b'Z' {
            for b in b'A'..=b'Z' {
                for c in b'A'..=b'Z' {
                    let text = String::from_utf8(vec![a, b, c]).unwrap();
                    assert_eq!(
                        CurrencyCode::iso_code(&text),
                        Currency::from_code(&text),
                        "{text}"
                    );
                }
            }
        }
    }
}
