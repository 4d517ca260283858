//! `Boolean`: `true`, `false`, and the texts schema.org reads as them.

use std::borrow::Cow;
use std::fmt;

use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};
use serde::de::{self, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::{schema_org_term, SCHEMA_ORG_PREFIXES};

/// A truth value. schema.org's `Boolean` is an enumeration with the
/// members `True` and `False`, so besides JSON's `true` and `false` data
/// writes `"True"`, `"false"` or `"https://schema.org/True"`; all are read,
/// and written back as JSON booleans.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Default)]
pub struct Boolean(pub bool);

impl Boolean {
    /// Reads a text form: `true`/`false` in lower or title case, or the
    /// members `True`/`False` in any IRI spelling.
    pub fn parse(text: &str) -> Option<Boolean> {
        match text {
            "true" | "True" => Some(Boolean(true)),
            "false" | "False" => Some(Boolean(false)),
            _ if text.contains(':') => match schema_org_term(text) {
                "True" => Some(Boolean(true)),
                "False" => Some(Boolean(false)),
                _ => None,
            },
            _ => None,
        }
    }
}

impl From<bool> for Boolean {
    fn from(value: bool) -> Self {
        Boolean(value)
    }
}

impl fmt::Display for Boolean {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.fmt(f)
    }
}

impl Serialize for Boolean {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_bool(self.0)
    }
}

impl<'de> Deserialize<'de> for Boolean {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(BooleanVisitor)
    }
}

struct BooleanVisitor;

impl Visitor<'_> for BooleanVisitor {
    type Value = Boolean;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("true or false")
    }

    fn visit_bool<E: de::Error>(self, value: bool) -> Result<Boolean, E> {
        Ok(Boolean(value))
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Boolean, E> {
        Boolean::parse(text).ok_or_else(|| {
            E::custom(format_args!(
                "`{text}` is not a boolean; write true or false"
            ))
        })
    }
}

impl JsonSchema for Boolean {
    fn schema_name() -> Cow<'static, str> {
        "Boolean".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        let mut texts: Vec<String> = ["true", "false", "True", "False"]
            .iter()
            .map(|t| (*t).to_owned())
            .collect();
        for prefix in SCHEMA_ORG_PREFIXES {
            texts.push(format!("{prefix}True"));
            texts.push(format!("{prefix}False"));
        }
        json_schema!({
            "description": "true or false; also the texts \"true\"/\"True\"/\"false\"/\"False\" and schema.org's members True and False.",
            "anyOf": [
                {"type": "boolean"},
                {"type": "string", "enum": texts}
            ]
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_every_form_schema_org_gives() {
        for (text, value) in [
            ("true", true),
            ("True", true),
            ("https://schema.org/True", true),
            ("http://schema.org/False", false),
            ("schema:False", false),
            ("false", false),
        ] {
            assert_eq!(Boolean::parse(text), Some(Boolean(value)), "{text}");
        }
        for text in ["yes", "TRUE ", "1", "https://schema.org/Yes", ""] {
            assert_eq!(Boolean::parse(text), None, "{text}");
        }
        let read: Boolean = serde_json::from_str("\"True\"").unwrap();
        assert_eq!(serde_json::to_string(&read).unwrap(), "true");
    }
}
