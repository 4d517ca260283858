//! `invalid-gtin`: `gtin`, `gtin8`, `gtin12`, `gtin13`, `gtin14` with the
//! wrong length or check digit, read with the model's `GtinOf<N>`.
//!
//! Reading: the range is `Text`, and schema.org defines each property as
//! the GS1 number of that length (`gtin` also takes a GS1 Digital Link
//! URL). A wrong length or check digit is a mistyped number that matches
//! no product, or the wrong one: an error. A GTIN given as a JSON number
//! is read by its digits ([`number-for-text`](super::number_for_text)).

use crate::diagnostic::Severity;
use crate::model::{Gtin, Gtin12, Gtin13, Gtin14, Gtin8};
use crate::validate::rule::{Layer, Rule};

/// The rule.
pub const RULE: Rule = Rule {
    id: "invalid-gtin",
    severity: Severity::Error,
    layer: Layer::Semantic,
    summary: "A GTIN property has characters other than digits, the wrong number of digits for its name, or a wrong GS1 check digit.",
    help: "Copy the number from the barcode or the GS1 record: digits only, as many as the property says (gtin13: 13), last digit the check digit.",
    why: r##"Consumers match products by GTIN; a number with a wrong check digit or length matches nothing, or the wrong product."##,
    wrong: r##"{"@type": "Product", "gtin13": "4006381333932"}"##,
    right: r##"{"@type": "Product", "gtin13": "4006381333931"}"##,
};

/// The GTIN length a property asks for; 0 for `gtin` (any length).
pub fn length(property: &str) -> Option<usize> {
    match property {
        "gtin" => Some(0),
        "gtin8" => Some(8),
        "gtin12" => Some(12),
        "gtin13" => Some(13),
        "gtin14" => Some(14),
        _ => None,
    }
}

/// Checks a GTIN text for a property asking for `len` digits (0: any).
/// schema.org's `gtin` may also be a GS1 Digital Link URL.
pub fn check(len: usize, property: &str, text: &str) -> Result<(), String> {
    let result = match len {
        8 => Gtin8::check(text),
        12 => Gtin12::check(text),
        13 => Gtin13::check(text),
        14 => Gtin14::check(text),
        _ => Gtin::check(text),
    };
    result.map_err(|error| format!("`{property}`: {error}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn checks_length_and_digit() {
        assert!(check(13, "gtin13", "4006381333931").is_ok());
        assert!(check(0, "gtin", "https://id.gs1.org/01/04006381333931").is_ok());
        let message = check(13, "gtin13", "4006381333932").unwrap_err();
        assert!(message.contains("check digit 2"), "{message}");
        assert!(check(12, "gtin12", "4006381333931").is_err());
        assert!(check(0, "gtin", "4006-381333931").is_err());
    }
}
