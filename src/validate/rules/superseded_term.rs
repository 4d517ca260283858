//! `superseded-term`: a type, property or enumeration member schema.org
//! has retired in favour of another (`members` → `member`,
//! `DataFeedItem`… see the vocabulary's `supersededBy`).

use crate::diagnostic::Severity;
use crate::rule::{Layer, Rule};

use super::verdict::Failure;

/// The rule.
pub const RULE: Rule = Rule {
    id: "superseded-term",
    severity: Severity::Warning,
    layer: Layer::Vocabulary,
    summary: "A type, property or enumeration member is one schema.org has superseded; consumers may stop reading it.",
    help: "Use the replacement the message names.",
    why: r##"A superseded term is kept by schema.org only for old data; consumers move to its replacement and may stop reading the old one."##,
    wrong: r##"{"@type": "Taxi"}"##,
    right: r##"{"@type": "TaxiService"}"##,
};

/// Judges a term a node uses (`kind`: "type", "property", "enumeration
/// member"), given what the vocabulary says replaces it: the failure,
/// with a help line naming the replacement, when schema.org retired it.
/// Nothing is built for a current term.
pub fn check(kind: &str, name: &str, superseded_by: Option<&str>) -> Option<Failure> {
    let replacement = superseded_by?;
    let (message, help) = describe(kind, name, replacement);
    Some((&RULE, message, Some(help)))
}

/// The message and the help line naming the replacement.
pub fn describe(kind: &str, name: &str, replacement: &str) -> (String, String) {
    (
        format!("the {kind} `{name}` is superseded by `{replacement}`"),
        format!("write `{replacement}` instead of `{name}`"),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_the_replacement() {
        assert_eq!(check("type", "TaxiService", None), None);
        let (rule, message, help) = check("type", "Taxi", Some("TaxiService")).unwrap();
        assert_eq!(rule.id, "superseded-term");
        assert_eq!(message, "the type `Taxi` is superseded by `TaxiService`");
        assert_eq!(help.as_deref(), Some("write `TaxiService` instead of `Taxi`"));
    }
}
