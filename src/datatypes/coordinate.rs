//! Latitudes and longitudes: a number, or a numeric text, within range.

use std::borrow::Cow;
use std::fmt;

use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// An angle in decimal degrees between `-LIMIT` and `LIMIT`, as schema.org's
/// `latitude` and `longitude` take it: a JSON number or a numeric text.
/// Written back in the form it was read.
///
/// The range of both properties is `Number` or `Text`, so a text in another
/// notation (`40° 26′ 46″ N`) is read too, and a rule warns that consumers
/// expect decimal degrees; what is refused is a number outside the range,
/// which is no coordinate at all.
#[derive(Debug, Clone, PartialEq)]
pub enum Degrees<const LIMIT: u16> {
    /// A JSON number.
    Number(serde_json::Number),
    /// A numeric text such as `"30.2672"`.
    Text(String),
}

/// A latitude, -90 to 90 degrees.
pub type Latitude = Degrees<90>;
/// A longitude, -180 to 180 degrees.
pub type Longitude = Degrees<180>;

/// A value that is not a coordinate in range.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "`{text}` is not a coordinate between -{limit} and {limit}; write decimal degrees like 30.2672"
)]
pub struct DegreesError {
    text: String,
    limit: u16,
}

/// True for `[-]digits[.digits]`.
fn is_decimal_text(text: &str) -> bool {
    let unsigned = text.strip_prefix('-').unwrap_or(text);
    let (whole, fraction) = match unsigned.split_once('.') {
        Some((whole, fraction)) => (whole, Some(fraction)),
        None => (unsigned, None),
    };
    !whole.is_empty()
        && whole.bytes().all(|b| b.is_ascii_digit())
        && fraction.is_none_or(|f| !f.is_empty() && f.bytes().all(|b| b.is_ascii_digit()))
}

impl<const LIMIT: u16> Degrees<LIMIT> {
    /// The angle as a float.
    pub fn value(&self) -> f64 {
        match self {
            Degrees::Number(number) => number.as_f64().unwrap_or(f64::NAN),
            Degrees::Text(text) => text.parse().unwrap_or(f64::NAN),
        }
    }

    fn in_range(value: f64) -> bool {
        value.is_finite() && value.abs() <= f64::from(LIMIT)
    }

    /// Reads a text: a decimal in range, or a text in another notation.
    pub fn parse_text(text: &str) -> Result<Self, DegreesError> {
        Self::check_text(text).map(|_| Degrees::Text(text.to_owned()))
    }

    /// Checks a text without keeping it: `true` for decimal degrees,
    /// `false` for another notation, the error for a decimal out of range
    /// or a blank text.
    pub fn check_text(text: &str) -> Result<bool, DegreesError> {
        let error = || DegreesError {
            text: text.to_owned(),
            limit: LIMIT,
        };
        if text.trim().is_empty() {
            return Err(error());
        }
        if !is_decimal_text(text) {
            return Ok(false);
        }
        match text.parse::<f64>() {
            Ok(value) if Self::in_range(value) => Ok(true),
            _ => Err(error()),
        }
    }

    /// Reads a JSON number.
    pub fn from_number(number: serde_json::Number) -> Result<Self, DegreesError> {
        match number.as_f64() {
            Some(value) if Self::in_range(value) => Ok(Degrees::Number(number)),
            _ => Err(DegreesError {
                text: number.to_string(),
                limit: LIMIT,
            }),
        }
    }
}

impl<const LIMIT: u16> fmt::Display for Degrees<LIMIT> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            Degrees::Number(number) => number.fmt(f),
            Degrees::Text(text) => f.write_str(text),
        }
    }
}

impl<const LIMIT: u16> Serialize for Degrees<LIMIT> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Degrees::Number(number) => number.serialize(serializer),
            Degrees::Text(text) => serializer.serialize_str(text),
        }
    }
}

impl<'de, const LIMIT: u16> Deserialize<'de> for Degrees<LIMIT> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        match serde_json::Value::deserialize(deserializer)? {
            serde_json::Value::Number(number) => {
                Degrees::from_number(number).map_err(serde::de::Error::custom)
            }
            serde_json::Value::String(text) => {
                Degrees::parse_text(&text).map_err(serde::de::Error::custom)
            }
            other => Err(serde::de::Error::custom(DegreesError {
                text: other.to_string(),
                limit: LIMIT,
            })),
        }
    }
}

impl<const LIMIT: u16> JsonSchema for Degrees<LIMIT> {
    fn schema_name() -> Cow<'static, str> {
        match LIMIT {
            90 => "Latitude".into(),
            180 => "Longitude".into(),
            limit => format!("Degrees{limit}").into(),
        }
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        let limit = f64::from(LIMIT);
        json_schema!({
            "description": format!("Decimal degrees between -{LIMIT} and {LIMIT}: a number, or a text (sdx warns about a text that is not decimal degrees, and refuses one out of range)."),
            "anyOf": [
                {"type": "number", "minimum": -limit, "maximum": limit},
                {"type": "string", "pattern": "\\S"}
            ]
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_coordinates_in_range() {
        assert!(Latitude::parse_text("30.2672").is_ok());
        assert!(Latitude::parse_text("-90").is_ok());
        assert!(Latitude::parse_text("90.5").is_err());
        assert!(Longitude::parse_text("-122.4194").is_ok());
        assert!(Longitude::parse_text("181").is_err());
        for other in ["N30", "30,26", "1e3", "+30", ".", "40° 26′ 46″ N"] {
            assert_eq!(Latitude::check_text(other), Ok(false), "{other}");
        }
        assert!(Latitude::check_text(" ").is_err());
        let read: Latitude = serde_json::from_str("37.7749").unwrap();
        assert_eq!(serde_json::to_string(&read).unwrap(), "37.7749");
        assert!(serde_json::from_str::<Latitude>("91").is_err());
        assert!(serde_json::from_str::<Latitude>("true").is_err());
    }
}
