//! `Number` and `Integer`: a JSON number, or a numeric text.

use std::borrow::Cow;
use std::fmt;

use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};
use serde::de::{self, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The numeric text JSON-LD data gives where schema.org expects a number
/// (`"offerCount": "8"`, `"ratingValue": "4.5"`): an optional sign, digits,
/// an optional `.` and decimals, an optional exponent. Both schema.org's and
/// Google's own examples write numbers this way, and consumers read them.
pub const NUMBER_PATTERN: &str = "^-?[0-9]+(\\.[0-9]+)?([eE][+-]?[0-9]+)?$";

/// The text form of a whole number: digits, with an optional sign and an
/// optional fraction of zeros (`"8"`, `"-2"`, `"3.0"`).
pub(crate) const INTEGER_PATTERN: &str = "^-?[0-9]+(\\.0+)?$";

/// Reads a numeric text as [`NUMBER_PATTERN`] describes it.
pub fn parse_number_text(text: &str) -> Option<serde_json::Number> {
    let unsigned = text.strip_prefix('-').unwrap_or(text);
    let (mantissa, exponent) = match unsigned.split_once(['e', 'E']) {
        Some((mantissa, exponent)) => (mantissa, Some(exponent)),
        None => (unsigned, None),
    };
    let (whole, fraction) = match mantissa.split_once('.') {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (mantissa, None),
    };
    let digits = |part: &str| !part.is_empty() && part.bytes().all(|b| b.is_ascii_digit());
    let exponent_ok = exponent.is_none_or(|e| digits(e.strip_prefix(['+', '-']).unwrap_or(e)));
    if !(digits(whole) && fraction.is_none_or(digits) && exponent_ok) {
        return None;
    }
    text.parse::<serde_json::Number>().ok()
}

/// True for the text of a whole number: digits, optionally signed, with
/// at most a fraction of zeros (`"12"`, `"12.0"`), as [`Integer`]'s schema says.
pub fn is_whole_text(text: &str) -> bool {
    let unsigned = text.strip_prefix('-').unwrap_or(text);
    let (whole, fraction) = unsigned.split_once('.').unwrap_or((unsigned, "0"));
    !whole.is_empty()
        && whole.bytes().all(|b| b.is_ascii_digit())
        && !fraction.is_empty()
        && fraction.bytes().all(|b| b == b'0')
}

/// A number, written back as a JSON number whether it was read from one or
/// from a numeric text.
#[derive(Debug, Clone, PartialEq)]
pub struct Number(pub serde_json::Number);

/// A whole number, read like [`Number`] (`12`, `12.0`, `"12"`).
#[derive(Debug, Clone, PartialEq)]
pub struct Integer(pub serde_json::Number);

impl Number {
    /// The value as a float.
    pub fn as_f64(&self) -> f64 {
        self.0.as_f64().unwrap_or(f64::NAN)
    }
}

impl Integer {
    /// True for a number without a fractional part.
    pub fn is_whole(number: &serde_json::Number) -> bool {
        number.is_i64() || number.is_u64() || number.as_f64().is_some_and(|f| f.fract() == 0.0)
    }
}

impl From<u64> for Integer {
    fn from(value: u64) -> Self {
        Integer(value.into())
    }
}

impl From<u64> for Number {
    fn from(value: u64) -> Self {
        Number(value.into())
    }
}

impl fmt::Display for Number {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl fmt::Display for Integer {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

/// Reads a JSON number or a numeric text; `whole` refuses fractions.
struct NumberVisitor {
    whole: bool,
}

impl NumberVisitor {
    fn accept<E: de::Error>(&self, number: serde_json::Number) -> Result<serde_json::Number, E> {
        if self.whole && !Integer::is_whole(&number) {
            return Err(E::custom(format_args!("`{number}` is not a whole number")));
        }
        Ok(number)
    }
}

impl Visitor<'_> for NumberVisitor {
    type Value = serde_json::Number;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(if self.whole {
            "a whole number"
        } else {
            "a number"
        })
    }

    fn visit_u64<E: de::Error>(self, n: u64) -> Result<Self::Value, E> {
        self.accept(n.into())
    }

    fn visit_i64<E: de::Error>(self, n: i64) -> Result<Self::Value, E> {
        self.accept(n.into())
    }

    fn visit_f64<E: de::Error>(self, n: f64) -> Result<Self::Value, E> {
        match serde_json::Number::from_f64(n) {
            Some(number) => self.accept(number),
            None => Err(E::custom("a number JSON cannot hold")),
        }
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Self::Value, E> {
        if self.whole && !is_whole_text(text) {
            return Err(E::custom(format_args!("`{text}` is not a whole number")));
        }
        match parse_number_text(text) {
            Some(number) => self.accept(number),
            None => Err(E::custom(format_args!("`{text}` is not a number"))),
        }
    }
}

impl<'de> Deserialize<'de> for Number {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer
            .deserialize_any(NumberVisitor { whole: false })
            .map(Number)
    }
}

impl<'de> Deserialize<'de> for Integer {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer
            .deserialize_any(NumberVisitor { whole: true })
            .map(Integer)
    }
}

impl Serialize for Number {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
}

impl Serialize for Integer {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        self.0.serialize(serializer)
    }
}

impl JsonSchema for Number {
    fn schema_name() -> Cow<'static, str> {
        "Number".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "A number, or a numeric text such as \"4.5\".",
            "anyOf": [
                {"type": "number"},
                {"type": "string", "pattern": NUMBER_PATTERN}
            ]
        })
    }
}

impl JsonSchema for Integer {
    fn schema_name() -> Cow<'static, str> {
        "Integer".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "A whole number, or its digits as text such as \"8\".",
            "anyOf": [
                {"type": "integer"},
                {"type": "string", "pattern": INTEGER_PATTERN}
            ]
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_numbers_and_numeric_texts() {
        for text in ["8", "-3", "3.22", "1e3", "2.5E-2", "0"] {
            assert!(parse_number_text(text).is_some(), "{text}");
        }
        for text in ["", "8.", ".5", "1,5", "$3", "3 ", "e3", "1e", "--1", "NaN"] {
            assert!(parse_number_text(text).is_none(), "{text}");
        }
        let read: Integer = serde_json::from_str("\"8\"").unwrap();
        assert_eq!(serde_json::to_string(&read).unwrap(), "8");
        assert!(serde_json::from_str::<Integer>("\"8.5\"").is_err());
        assert!(serde_json::from_str::<Integer>("12.0").is_ok());
        assert!(serde_json::from_str::<Integer>("\"1e3\"").is_err());
        assert!(is_whole_text("12.00") && is_whole_text("-4") && !is_whole_text("12."));
        let read: Number = serde_json::from_str("\"3.22\"").unwrap();
        assert_eq!(serde_json::to_string(&read).unwrap(), "3.22");
    }
}
