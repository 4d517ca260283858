//! Values schema.org gives a meaning to beyond "a string": dates, URLs,
//! currencies, GTINs, language tags, prices. Each refuses a bad value when
//! it is read, so a loaded model holds only good ones, and each describes
//! itself in JSON Schema as precisely as JSON Schema allows.
//!
//! The base both readings of schema.org stand on: the typed model
//! (`crate::model` re-exports every type here, and adds absence and
//! walking to them) and the vocabulary (`crate::vocab`, which judges a
//! value against a property's range with these parsers). Nothing here
//! imports either of them.

mod boolean;
mod coordinate;
mod currency;
mod date;
mod gtin;
mod iri;
mod language;
mod number;
mod price;
mod scalar;
mod text;
mod url;

pub use boolean::Boolean;
pub use coordinate::{Degrees, DegreesError, Latitude, Longitude};
pub use currency::{is_currency_symbol, CurrencyCode, CurrencyError};
pub use date::{Date, DateError, DateOrDateTime, DateOrTime, DateTime, Moment};
pub(crate) use date::{DATE_PATTERN, TIME_PATTERN};
pub(crate) use gtin::GTIN_PATTERN;
pub use gtin::{gs1_check_digit, Gtin, Gtin12, Gtin13, Gtin14, Gtin8, GtinOf};
pub use iri::{schema_org_term, SCHEMA_ORG, SCHEMA_ORG_PREFIXES};
pub use language::LanguageTag;
pub(crate) use number::INTEGER_PATTERN;
pub use number::{is_whole_text, parse_number_text, Integer, Number, NUMBER_PATTERN};
pub use price::Price;
pub(crate) use price::PRICE_PATTERN;
pub use scalar::Scalar;
pub use text::Text;
pub(crate) use url::{plainly_absolute, visible_ascii};
pub use url::{Url, UrlError, UrlForm};

/// Implements the traits every datatype shares: string (de)serialization
/// through `FromStr`/`Display` (the model adds absence and walking). A
/// JSON integer is read as its digits (`"gtin13": 4006381333931`, `"foundingDate": 2019`): data
/// writes identifiers and years that way, consumers read the digits, and a
/// rule warns where the number may have lost a leading zero.
macro_rules! string_datatype {
    ($ty:ty) => {
        impl serde::Serialize for $ty {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.collect_str(self)
            }
        }

        impl<'de> serde::Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let text = deserializer.deserialize_any($crate::datatypes::DigitsOrText)?;
                text.parse().map_err(serde::de::Error::custom)
            }
        }
    };
}
pub(crate) use string_datatype;

/// Reads a JSON string, or a JSON integer as its digits.
pub(crate) struct DigitsOrText;

impl<'de> serde::de::Visitor<'de> for DigitsOrText {
    type Value = std::borrow::Cow<'de, str>;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a text")
    }

    fn visit_borrowed_str<E: serde::de::Error>(self, text: &'de str) -> Result<Self::Value, E> {
        Ok(std::borrow::Cow::Borrowed(text))
    }

    fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<Self::Value, E> {
        Ok(std::borrow::Cow::Owned(text.to_owned()))
    }

    fn visit_string<E: serde::de::Error>(self, text: String) -> Result<Self::Value, E> {
        Ok(std::borrow::Cow::Owned(text))
    }

    fn visit_u64<E: serde::de::Error>(self, n: u64) -> Result<Self::Value, E> {
        Ok(std::borrow::Cow::Owned(n.to_string()))
    }

    fn visit_i64<E: serde::de::Error>(self, n: i64) -> Result<Self::Value, E> {
        Ok(std::borrow::Cow::Owned(n.to_string()))
    }
}
