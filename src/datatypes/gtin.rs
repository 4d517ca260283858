//! GS1 trade item numbers (GTIN-8, -12, -13, -14) with their check digit.

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};

use super::string_datatype;

/// A GTIN of `LEN` digits whose check digit is right; `LEN == 0` accepts any
/// GTIN length (8, 12, 13 or 14), as schema.org's generic `gtin` does.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct GtinOf<const LEN: usize>(String);

/// Any GTIN (`gtin`).
pub type Gtin = GtinOf<0>;
/// GTIN-8 (`gtin8`).
pub type Gtin8 = GtinOf<8>;
/// GTIN-12 / UPC-A (`gtin12`).
pub type Gtin12 = GtinOf<12>;
/// GTIN-13 / EAN-13 (`gtin13`).
pub type Gtin13 = GtinOf<13>;
/// GTIN-14 (`gtin14`).
pub type Gtin14 = GtinOf<14>;

/// Why a text is not a GTIN.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum GtinError {
    /// Something other than digits.
    #[error("`{0}` is not a GTIN: it must be digits only, without spaces or dashes")]
    NotDigits(String),
    /// The wrong number of digits.
    #[error("`{text}` has {found} digits; {expected}")]
    Length {
        /// The text as read.
        text: String,
        /// Its digit count.
        found: usize,
        /// What lengths are allowed.
        expected: String,
    },
    /// A check digit that does not match the others.
    #[error("`{text}` has check digit {found} but its other digits give {expected}; the number is mistyped")]
    CheckDigit {
        /// The text as read.
        text: String,
        /// The last digit as written.
        found: u32,
        /// The check digit the other digits give.
        expected: u32,
    },
}

/// The GS1 check digit of `body` (all digits but the last): weights 3 and 1
/// alternate from the right.
pub fn gs1_check_digit(body: &[u8]) -> u32 {
    let sum: u32 = body
        .iter()
        .rev()
        .enumerate()
        .map(|(i, b)| u32::from(b - b'0') * if i % 2 == 0 { 3 } else { 1 })
        .sum();
    (10 - sum % 10) % 10
}

/// The text form of `gtin`, whose length the property does not fix: 8, 12,
/// 13 or 14 digits, or a GS1 Digital Link URL.
pub(crate) const GTIN_PATTERN: &str = "^([0-9]{8}|[0-9]{12,14}|[Hh][Tt][Tt][Pp][Ss]?://\\S+)$";
impl<const LEN: usize> GtinOf<LEN> {
    /// The digits.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    fn lengths() -> &'static [usize] {
        match LEN {
            8 => &[8],
            12 => &[12],
            13 => &[13],
            14 => &[14],
            _ => &[8, 12, 13, 14],
        }
    }
}

impl<const LEN: usize> GtinOf<LEN> {
    /// Checks a GTIN text without keeping it: what `FromStr` decides, with
    /// the error (and its allocation) built only on failure.
    pub fn check(text: &str) -> Result<(), GtinError> {
        // schema.org's `gtin` may also be a GS1 Digital Link URL.
        if LEN == 0 && text.starts_with("http") && super::Url::is_absolute(text) {
            return Ok(());
        }
        let bytes = text.as_bytes();
        if bytes.is_empty() || !bytes.iter().all(u8::is_ascii_digit) {
            return Err(GtinError::NotDigits(text.to_owned()));
        }
        let lengths = Self::lengths();
        if !lengths.contains(&bytes.len()) {
            let expected = match lengths {
                [one] => format!("a GTIN-{one} has {one}"),
                _ => "a GTIN has 8, 12, 13 or 14".to_owned(),
            };
            return Err(GtinError::Length {
                text: text.to_owned(),
                found: bytes.len(),
                expected,
            });
        }
        let (body, last) = bytes.split_at(bytes.len() - 1);
        let found = u32::from(last[0] - b'0');
        let expected = gs1_check_digit(body);
        if found != expected {
            return Err(GtinError::CheckDigit {
                text: text.to_owned(),
                found,
                expected,
            });
        }
        Ok(())
    }
}

impl<const LEN: usize> FromStr for GtinOf<LEN> {
    type Err = GtinError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        Self::check(text)?;
        Ok(GtinOf(text.to_owned()))
    }
}

impl<const LEN: usize> fmt::Display for GtinOf<LEN> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

string_datatype!(GtinOf<8>);
string_datatype!(GtinOf<12>);
string_datatype!(GtinOf<13>);
string_datatype!(GtinOf<14>);
string_datatype!(GtinOf<0>);

impl<const LEN: usize> JsonSchema for GtinOf<LEN> {
    fn schema_name() -> Cow<'static, str> {
        match LEN {
            0 => "GTIN".into(),
            n => format!("GTIN{n}").into(),
        }
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        let pattern = match LEN {
            0 => GTIN_PATTERN.to_owned(),
            n => format!("^[0-9]{{{n}}}$"),
        };
        json_schema!({
            "description": "A GS1 GTIN: digits only, with a valid check digit (not expressible in JSON Schema; sdx checks it). A JSON integer is read as its digits.",
            "anyOf": [
                {"type": "string", "pattern": pattern},
                {"type": "integer", "minimum": 0}
            ]
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn verifies_check_digits() {
        assert!("4006381333931".parse::<Gtin13>().is_ok());
        assert!("4006381333932".parse::<Gtin13>().is_err());
        assert!("036000291452".parse::<Gtin12>().is_ok());
        assert!("96385074".parse::<Gtin8>().is_ok());
        assert!("4006381333931".parse::<Gtin>().is_ok());
        assert!("4006381333931".parse::<Gtin12>().is_err());
        assert!("40063-81333931".parse::<Gtin>().is_err());
    }
}
