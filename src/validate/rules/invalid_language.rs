//! `invalid-language`: `inLanguage` text that is not a well-formed,
//! registered BCP 47 tag.
//!
//! Reading: `inLanguage`'s range is `Language` or `Text`, so a language's
//! name (`English`) is text standing for a Language node, which schema.org
//! allows; schema.org and search engines ask for a BCP 47 tag, and
//! consumers that match tags will not understand a name. A warning.

use crate::diagnostic::Severity;
use crate::model::LanguageTag;
use crate::validate::rule::{Layer, Rule};

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
}
