//! `Text`: schema.org's plain-text datatype, as JSON-LD data writes it.

use std::borrow::Cow;
use std::fmt;

use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};
use serde::de::{self, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// A text. Data often gives a text as a JSON number (`"sku": 12345`,
/// `"postalCode": 78701`): JSON-LD reads it as a number literal, and
/// consumers read its digits, so it is accepted and written back as the
/// number it was. (Rules warn where a number may lose what the text meant,
/// such as an identifier's leading zeros.) A text in a language is a
/// JSON-LD value object, `{"@value": "Worcester", "@language": "en"}`.
#[derive(Debug, Clone, PartialEq, Eq, Hash, Default)]
pub struct Text {
    text: String,
    number: bool,
    language: Option<String>,
}

impl Text {
    /// The text (a number's decimal digits as written).
    pub fn as_str(&self) -> &str {
        &self.text
    }

    /// True when the data gave a JSON number.
    pub fn was_number(&self) -> bool {
        self.number
    }

    /// The language the text is in, when a value object says.
    pub fn language(&self) -> Option<&str> {
        self.language.as_deref()
    }

    /// The text in the language `tag`.
    pub fn in_language(text: impl Into<String>, tag: impl Into<String>) -> Text {
        Text {
            text: text.into(),
            number: false,
            language: Some(tag.into()),
        }
    }
}

impl std::ops::Deref for Text {
    type Target = str;
    fn deref(&self) -> &str {
        &self.text
    }
}

impl From<&str> for Text {
    fn from(text: &str) -> Self {
        Text {
            text: text.to_owned(),
            number: false,
            language: None,
        }
    }
}

impl From<String> for Text {
    fn from(text: String) -> Self {
        Text {
            text,
            number: false,
            language: None,
        }
    }
}

impl PartialEq<str> for Text {
    fn eq(&self, other: &str) -> bool {
        self.text == other
    }
}

impl PartialEq<&str> for Text {
    fn eq(&self, other: &&str) -> bool {
        self.text == *other
    }
}

impl fmt::Display for Text {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl Serialize for Text {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        if let Some(language) = &self.language {
            use serde::ser::SerializeMap;
            let mut map = serializer.serialize_map(Some(2))?;
            map.serialize_entry("@value", &self.text)?;
            map.serialize_entry("@language", language)?;
            return map.end();
        }
        if self.number {
            if let Ok(number) = self.text.parse::<serde_json::Number>() {
                return number.serialize(serializer);
            }
        }
        serializer.serialize_str(&self.text)
    }
}

impl<'de> Deserialize<'de> for Text {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(TextVisitor)
    }
}

struct TextVisitor;

impl TextVisitor {
    fn number<E>(text: String) -> Result<Text, E> {
        Ok(Text {
            text,
            number: true,
            language: None,
        })
    }
}

impl<'de> Visitor<'de> for TextVisitor {
    type Value = Text;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a text")
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Text, E> {
        Ok(Text::from(text))
    }

    fn visit_string<E: de::Error>(self, text: String) -> Result<Text, E> {
        Ok(Text::from(text))
    }

    fn visit_u64<E: de::Error>(self, n: u64) -> Result<Text, E> {
        Self::number(n.to_string())
    }

    fn visit_i64<E: de::Error>(self, n: i64) -> Result<Text, E> {
        Self::number(n.to_string())
    }

    fn visit_f64<E: de::Error>(self, n: f64) -> Result<Text, E> {
        match serde_json::Number::from_f64(n) {
            Some(number) => Self::number(number.to_string()),
            None => Err(E::custom("a number JSON cannot hold")),
        }
    }

    /// A value object: `@value`, with `@language`, `@direction` or `@type`.
    fn visit_map<A: de::MapAccess<'de>>(self, mut map: A) -> Result<Text, A::Error> {
        let mut value: Option<Text> = None;
        let mut language = None;
        while let Some(key) = map.next_key::<Cow<'de, str>>()? {
            match key.as_ref() {
                "@value" => value = Some(map.next_value()?),
                "@language" => language = Some(map.next_value::<String>()?),
                "@direction" | "@type" => {
                    map.next_value::<de::IgnoredAny>()?;
                }
                other => {
                    return Err(de::Error::custom(format_args!(
                        "a text is a string or a value object ({{\"@value\": …, \"@language\": …}}); found the key `{other}`"
                    )))
                }
            }
        }
        let mut text = value.ok_or_else(|| de::Error::custom("a value object needs `@value`"))?;
        text.language = language;
        Ok(text)
    }
}

impl JsonSchema for Text {
    fn schema_name() -> Cow<'static, str> {
        "Text".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "A text (a number is read as its digits), or a JSON-LD value object giving its language.",
            "anyOf": [
                {"type": ["string", "number"]},
                {
                    "type": "object",
                    "properties": {
                        "@value": {"type": ["string", "number"]},
                        "@language": {"type": "string"},
                        "@direction": {"type": "string"},
                        "@type": {"type": "string"}
                    },
                    "required": ["@value"],
                    "additionalProperties": false
                }
            ]
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_texts_numbers_and_value_objects() {
        let text: Text =
            serde_json::from_str(r#"{"@value": "Worcester", "@language": "en"}"#).unwrap();
        assert_eq!((text.as_str(), text.language()), ("Worcester", Some("en")));
        assert_eq!(
            serde_json::to_string(&text).unwrap(),
            r#"{"@value":"Worcester","@language":"en"}"#
        );
        let number: Text = serde_json::from_str("12345").unwrap();
        assert!(number.was_number());
        assert_eq!(serde_json::to_string(&number).unwrap(), "12345");
        assert!(serde_json::from_str::<Text>(r#"{"en": "Czech"}"#).is_err());
        assert!(serde_json::from_str::<Text>("true").is_err());
    }
}
