//! ISO 4217 currency codes.

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;
use std::sync::OnceLock;

use iso_currency::{Currency, IntoEnumIterator};
use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};

use super::string_datatype;

/// An ISO 4217 alphabetic currency code (`EUR`, `USD`), upper case.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct CurrencyCode(Currency);

impl CurrencyCode {
    /// The three-letter code.
    pub fn code(self) -> &'static str {
        self.0.code()
    }

    /// Every ISO 4217 code, sorted.
    pub fn all_codes() -> Vec<&'static str> {
        let mut codes: Vec<&'static str> = Currency::iter().map(|c| c.code()).collect();
        codes.sort_unstable();
        codes.dedup();
        codes
    }
}

/// A text that is not an ISO 4217 code.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "`{0}` is not an ISO 4217 currency code; use the three upper-case letters, like EUR or USD"
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
        let table = by_code();
        pack(text)
            .and_then(|code| {
                let at = table.binary_search_by_key(&code, |(c, _)| *c).ok()?;
                Some(CurrencyCode(table[at].1))
            })
            .ok_or_else(|| CurrencyError(text.to_owned()))
    }
}

impl fmt::Display for CurrencyCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

string_datatype!(CurrencyCode);

impl JsonSchema for CurrencyCode {
    fn schema_name() -> Cow<'static, str> {
        "CurrencyCode".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "An ISO 4217 alphabetic currency code.",
            "type": "string",
            "enum": CurrencyCode::all_codes()
        })
    }
}

#[cfg(test)]
mod tests {
    use super::CurrencyCode;

    #[test]
    fn reads_iso_codes_only() {
        assert_eq!("EUR".parse::<CurrencyCode>().map(|c| c.code()), Ok("EUR"));
        assert!("eur".parse::<CurrencyCode>().is_err());
        assert!("EURO".parse::<CurrencyCode>().is_err());
        assert!("XYZ".parse::<CurrencyCode>().is_err());
        assert!("".parse::<CurrencyCode>().is_err());
        assert!("EU".parse::<CurrencyCode>().is_err());
        assert!(" EUR".parse::<CurrencyCode>().is_err());
        assert!("ÉUR".parse::<CurrencyCode>().is_err());
    }

    #[test]
    fn reads_every_code_the_crate_knows_and_agrees_with_it() {
        use iso_currency::{Currency, IntoEnumIterator};
        for currency in Currency::iter() {
            let read = currency.code().parse::<CurrencyCode>();
            assert_eq!(read.map(|c| c.0), Ok(currency), "{}", currency.code());
        }
        // Every three-letter text: the table answers as the crate does.
        for a in b'A'..=b'Z' {
            for b in b'A'..=b'Z' {
                for c in b'A'..=b'Z' {
                    let text = String::from_utf8(vec![a, b, c]).unwrap();
                    assert_eq!(
                        text.parse::<CurrencyCode>().ok().map(|c| c.0),
                        Currency::from_code(&text),
                        "{text}"
                    );
                }
            }
        }
    }
}
