//! `invalid-language`: `inLanguage` text that is not a well-formed BCP 47
//! tag, read with the model's `LanguageTag`.

use crate::diagnostic::Severity;
use crate::model::LanguageTag;
use crate::validate::registry::{Layer, Rule};

/// The rule.
pub const RULE: Rule = Rule {
    id: "invalid-language",
    severity: Severity::Error,
    layer: Layer::Semantic,
    summary: "`inLanguage` is text that is not a well-formed BCP 47 language tag.",
    help: "Use a BCP 47 tag such as `es`, `en-US` or `pt-BR`, not a language name or a locale with an underscore.",
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
