//! ISO 4217 currency codes.

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

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

impl FromStr for CurrencyCode {
    type Err = CurrencyError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Currency::from_code(text)
            .map(CurrencyCode)
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
    }
}
