//! Languages as `inLanguage` takes them: a BCP 47 tag (`es`, `en-US`), or
//! the language's name.

use std::borrow::Cow;
use std::fmt;
use std::str::FromStr;

use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};

use super::string_datatype;

/// A language, kept as written.
///
/// schema.org asks `inLanguage` for a BCP 47 tag, and its range is
/// `Language` or `Text`, so a name (`English`) is text standing for a
/// Language: it is read, and a rule remarks that consumers that match
/// tags will not understand it. [`LanguageTag::check`] says whether a text
/// is a well-formed, registered tag.
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
        LanguageTag::strict(text).map(drop)
    }
}

impl LanguageTag {
    /// Reads a tag, refusing anything that is not a well-formed, registered
    /// BCP 47 tag.
    pub fn strict(text: &str) -> Result<LanguageTag, LanguageTagError> {
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

impl FromStr for LanguageTag {
    type Err = LanguageTagError;

    /// Reads any text that is not blank (see the type's documentation).
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        if text.trim().is_empty() {
            return Err(LanguageTagError {
                text: text.to_owned(),
                reason: "it is empty".to_owned(),
            });
        }
        Ok(LanguageTag(text.to_owned()))
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
            "description": "A BCP 47 language tag, such as es or en-US (a language's name is read as text standing for it).",
            "type": "string",
            "pattern": "\\S"
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
    fn reads_tags_strictly_and_names_as_text() {
        for ok in ["es", "en-US", "zh-Hant-TW", "es-419"] {
            assert!(LanguageTag::strict(ok).is_ok(), "{ok}");
        }
        for bad in ["", "spanish language", "en_US", "e"] {
            assert!(LanguageTag::strict(bad).is_err(), "{bad}");
        }
        for text in ["English", "en_US", "spanish language"] {
            assert!(text.parse::<LanguageTag>().is_ok(), "{text}");
        }
        assert!(" ".parse::<LanguageTag>().is_err());
    }
}
