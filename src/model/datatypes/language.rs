//! BCP 47 language tags (`es`, `en-US`), as `inLanguage` expects.

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};

use super::string_datatype;

/// A well-formed BCP 47 language tag.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct LanguageTag(String);

/// A text that is not a well-formed BCP 47 tag.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{text}` is not a BCP 47 language tag ({reason}); write it like `es` or `en-US`")]
pub struct LanguageTagError {
    text: String,
    reason: String,
}

impl LanguageTag {
    /// The tag as written.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl LanguageTag {
    /// Checks a tag text without keeping it. The `language-tags` reading
    /// still allocates its normalized form: a shortcut by shape is not
    /// possible because validity depends on the subtag registry (`ac` is
    /// well formed but not a language).
    pub fn check(text: &str) -> Result<(), LanguageTagError> {
        text.parse::<LanguageTag>().map(drop)
    }
}

impl FromStr for LanguageTag {
    type Err = LanguageTagError;

    fn from_str(text: &str) -> Result<Self, Self::Err> {
        match language_tags::LanguageTag::parse(text) {
            Ok(tag) => match tag.validate() {
                Ok(()) => Ok(LanguageTag(text.to_owned())),
                Err(error) => Err(LanguageTagError {
                    text: text.to_owned(),
                    reason: error.to_string(),
                }),
            },
            Err(error) => Err(LanguageTagError {
                text: text.to_owned(),
                reason: error.to_string(),
            }),
        }
    }
}

impl fmt::Display for LanguageTag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

string_datatype!(LanguageTag);

impl JsonSchema for LanguageTag {
    fn schema_name() -> Cow<'static, str> {
        "LanguageTag".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "A BCP 47 language tag, such as es or en-US.",
            "type": "string",
            "pattern": "^[A-Za-z]{2,8}(-[A-Za-z0-9]{1,8})*$"
        })
    }
}

#[cfg(test)]
mod tests {
    use super::LanguageTag;

    #[test]
    fn check_follows_the_registry() {
        assert!(LanguageTag::check("es-419").is_ok());
        assert!(LanguageTag::check("zh-Hant-TW").is_ok());
        assert!(LanguageTag::check("ac").is_err());
        assert!(LanguageTag::check("spanish language").is_err());
    }

    #[test]
    fn reads_bcp47() {
        for ok in ["es", "en-US", "zh-Hant-TW", "es-419"] {
            assert!(ok.parse::<LanguageTag>().is_ok(), "{ok}");
        }
        for bad in ["", "spanish language", "en_US", "e"] {
            assert!(bad.parse::<LanguageTag>().is_err(), "{bad}");
        }
    }
}
