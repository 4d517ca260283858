//! `invalid-language`: `inLanguage` text that is not a well-formed,
//! registered BCP 47 tag.
//!
//! Reading: `inLanguage`'s range is `Language` or `Text`, so a language's
//! name (`English`) is text standing for a Language node, which schema.org
//! allows; schema.org and search engines ask for a BCP 47 tag, and
//! consumers that match tags will not understand a name. A warning.

use crate::diagnostic::Severity;
use crate::model::LanguageTag;
use crate::tree::Node;
use crate::rule::{Layer, Rule};

use super::unexpected_value_type;
use super::verdict::{not_text, Failure, ValueRule};

/// The rule.
pub const RULE: Rule = Rule {
    id: "invalid-language",
    severity: Severity::Warning,
    layer: Layer::Semantic,
    summary: "`inLanguage` is text that is not a BCP 47 language tag (a language's name, a locale with an underscore): allowed, but consumers that match tags will not understand it.",
    help: "Use a BCP 47 tag such as `es`, `en-US` or `pt-BR`, not a language name or a locale with an underscore.",
    why: r##"Consumers match language tags, not names: `English` or `en_US` matches no tag and the language is unknown to them."##,
    wrong: r##"{"@type": "Article", "inLanguage": "English"}"##,
    right: r##"{"@type": "Article", "inLanguage": "en"}"##,
};

/// How the walk calls it: on `inLanguage`.
pub const VALUE: ValueRule = ValueRule {
    rule: &RULE,
    claims: |property| (property == "inLanguage").then_some(0),
    check: |_, property, value| check_value(property, value),
};

/// Judges a value of `inLanguage`: a text is a tag or not; a number or a
/// boolean is no language at all, which
/// [`unexpected-value-type`](super::unexpected_value_type) reports.
pub fn check_value(property: &str, value: &Node) -> Option<Failure> {
    match value {
        Node::Number(_) | Node::Bool(_) => not_text(&unexpected_value_type::RULE, property, value),
        _ => super::verdict::text(value)
            .and_then(|text| check(property, text).err())
            .map(|message| (&RULE, message, None)),
    }
}

/// Checks a language tag text.
pub fn check(property: &str, text: &str) -> Result<(), String> {
    LanguageTag::check(text).map_err(|error| format!("`{property}`: {error}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_bcp47() {
        assert!(check("inLanguage", "es-ES").is_ok());
        assert!(check("inLanguage", "en_US").is_err());
    }

    #[test]
    fn judges_every_kind_of_json_value() {
        use crate::tree::node;
        let id = |value: Node| check_value("inLanguage", &value).map(|(rule, ..)| rule.id);
        assert_eq!(id(node!("en")), None);
        assert_eq!(id(node!({"@type": "Language", "name": "English"})), None);
        assert_eq!(id(node!("English")), Some("invalid-language"));
        assert_eq!(id(node!(1)), Some("unexpected-value-type"));
        assert_eq!((VALUE.claims)("inLanguage"), Some(0));
    }
}
