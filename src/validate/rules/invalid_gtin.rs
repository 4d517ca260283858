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
use crate::tree::Node;
use crate::rule::{Layer, Rule};

use super::number_for_text;
use super::verdict::{not_text, Failure, ValueRule};

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

/// How the walk calls it: on the properties of [`length`], with the
/// length.
pub const VALUE: ValueRule = ValueRule {
    rule: &RULE,
    // The lengths are 0, 8, 12, 13 and 14: they fit a reading.
    claims: |property| length(property).map(|len| len as u8),
    check: |len, property, value| check_value(usize::from(len), property, value),
};

/// Judges a value of a GTIN property of `len` digits (0: any). A GTIN
/// written as a whole number is read by its digits: a good one is
/// [`number-for-text`](super::number_for_text)'s remark.
pub fn check_value(len: usize, property: &str, value: &Node) -> Option<Failure> {
    let failed = |message| Some((&RULE, message, None));
    match value {
        Node::Number(number) if number.is_u64() => {
            let digits = number.to_string();
            match check(len, property, &digits) {
                Ok(()) => Some((
                    &number_for_text::RULE,
                    number_for_text::describe(property, number),
                    None,
                )),
                Err(message) => failed(message),
            }
        }
        Node::Number(_) | Node::Bool(_) => not_text(&RULE, property, value),
        _ => super::verdict::text(value).and_then(|text| check(len, property, text).err().and_then(failed)),
    }
}

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

    #[test]
    fn judges_every_kind_of_json_value() {
        use crate::tree::node;
        let id = |value: Node| check_value(13, "gtin13", &value).map(|(rule, ..)| rule.id);
        assert_eq!(id(node!("4006381333931")), None);
        assert_eq!(id(node!(" ")), None);
        assert_eq!(id(node!(4006381333931_u64)), Some("number-for-text"));
        assert_eq!(id(node!(4006381333932_u64)), Some("invalid-gtin"));
        assert_eq!(id(node!(4.5)), Some("invalid-gtin"));
        assert_eq!(id(node!(true)), Some("invalid-gtin"));
        assert_eq!((VALUE.claims)("gtin13"), Some(13));
        assert_eq!((VALUE.claims)("gtin"), Some(0));
    }
}
