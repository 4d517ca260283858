//! Values schema.org gives a meaning to beyond "a string": dates, URLs,
//! currencies, GTINs, language tags, prices. Each refuses a bad value when
//! it is read, so a loaded model holds only good ones, and each describes
//! itself in JSON Schema as precisely as JSON Schema allows.

mod coordinate;
mod currency;
mod date;
mod gtin;
mod language;
mod price;
mod scalar;
mod url;
mod value_or_ref;

pub use coordinate::{Degrees, DegreesError, Latitude, Longitude};
pub use currency::CurrencyCode;
pub use date::{Date, DateOrDateTime, DateTime, Moment};
pub use gtin::{gs1_check_digit, Gtin, Gtin12, Gtin13, Gtin14, Gtin8, GtinOf};
pub use language::LanguageTag;
pub use price::Price;
pub use scalar::Scalar;
pub(crate) use url::plainly_absolute;
pub use url::Url;
pub use value_or_ref::ValueOrRef;

/// Implements the traits every datatype shares: string (de)serialization
/// through `FromStr`/`Display`, absence and walking.
macro_rules! string_datatype {
    ($ty:ty) => {
        impl serde::Serialize for $ty {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.collect_str(self)
            }
        }

        impl<'de> serde::Deserialize<'de> for $ty {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let text = std::borrow::Cow::<'de, str>::deserialize(deserializer)?;
                text.parse().map_err(serde::de::Error::custom)
            }
        }

        impl $crate::model::MaybeEmpty for $ty {}

        impl $crate::model::Walk for $ty {
            const LEAF: bool = true;
            fn walk(&self, _: &mut $crate::model::Walker) {}
        }
    };
}
pub(crate) use string_datatype;
