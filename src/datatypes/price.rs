//! Prices: a non-negative number, or a numeric text with `.` decimals.

use std::borrow::Cow;
use std::fmt;

use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A price as schema.org and search engines read it: a JSON number, or a
/// text of digits with an optional `.` and decimals (no currency symbols,
/// no thousands separators, no decimal comma). Written back as it was read.
#[derive(Debug, Clone, PartialEq)]
pub enum Price {
    /// A JSON number.
    Number(serde_json::Number),
    /// A numeric text such as `"1299.00"`.
    Text(String),
}

/// A value that is not a usable price.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{0}` is not a price: write a non-negative number with `.` for decimals and no currency symbol, like 1299.00")]
pub struct PriceError(pub String);

/// True for `digits[.digits]`.
pub fn is_price_text(text: &str) -> bool {
    let (whole, fraction) = match text.split_once('.') {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (text, None),
    };
    !whole.is_empty()
        && whole.bytes().all(|b| b.is_ascii_digit())
        && fraction.is_none_or(|f| !f.is_empty() && f.bytes().all(|b| b.is_ascii_digit()))
}

impl Price {
    /// Checks a numeric text without keeping it; the error only on failure.
    pub fn check_text(text: &str) -> Result<(), PriceError> {
        if is_price_text(text) {
            Ok(())
        } else {
            Err(PriceError(text.to_owned()))
        }
    }

    /// Checks a JSON number without keeping it.
    pub fn check_number(number: &serde_json::Number) -> Result<(), PriceError> {
        match number.as_f64() {
            Some(value) if value >= 0.0 && value.is_finite() => Ok(()),
            _ => Err(PriceError(number.to_string())),
        }
    }

    /// Reads a numeric text.
    pub fn parse_text(text: &str) -> Result<Price, PriceError> {
        Price::check_text(text).map(|()| Price::Text(text.to_owned()))
    }

    /// Reads a JSON number.
    pub fn from_number(number: serde_json::Number) -> Result<Price, PriceError> {
        Price::check_number(&number).map(|()| Price::Number(number))
    }
}

impl fmt::Display for Price {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Price::Number(number) => number.fmt(f),
            Price::Text(text) => f.write_str(text),
        }
    }
}

impl Serialize for Price {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Price::Number(number) => number.serialize(serializer),
            Price::Text(text) => serializer.serialize_str(text),
        }
    }
}

impl<'de> Deserialize<'de> for Price {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        match serde_json::Value::deserialize(deserializer)? {
            serde_json::Value::Number(number) => {
                Price::from_number(number).map_err(serde::de::Error::custom)
            }
            serde_json::Value::String(text) => {
                Price::parse_text(&text).map_err(serde::de::Error::custom)
            }
            other => Err(serde::de::Error::custom(PriceError(other.to_string()))),
        }
    }
}

impl JsonSchema for Price {
    fn schema_name() -> Cow<'static, str> {
        "Price".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "A non-negative price: a number, or digits with an optional '.' and decimals.",
            "anyOf": [
                {"type": "number", "minimum": 0},
                {"type": "string", "pattern": PRICE_PATTERN}
            ]
        })
    }
}

/// A price written as text: digits, then maybe a point and more digits.
pub(crate) const PRICE_PATTERN: &str = "^[0-9]+(\\.[0-9]+)?$";

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_prices() {
        for ok in ["0", "1299", "1299.00", "0.5"] {
            assert!(Price::parse_text(ok).is_ok(), "{ok}");
        }
        for bad in ["", "1,299.00", "$12", "12.", ".5", "-1", "1299,00"] {
            assert!(Price::parse_text(bad).is_err(), "{bad}");
        }
        let price: Price = serde_json::from_str("-3").map_or(Price::Text(String::new()), |p| p);
        assert_eq!(
            price,
            Price::Text(String::new()),
            "negative numbers are refused"
        );
    }
}
