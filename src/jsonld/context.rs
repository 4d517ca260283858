//! `@context`: schema.org's, optionally with the `@base` that relative
//! `@id`s resolve against. sdx understands no other context and fetches
//! nothing, so anything else is refused when read.

use std::borrow::Cow;
use std::fmt;

use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};
use serde::de::{self, MapAccess, SeqAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

/// The context IRI sdx writes.
pub const SCHEMA_ORG_CONTEXT: &str = "https://schema.org";

/// The spellings of schema.org's context IRI that sdx reads.
pub const SCHEMA_ORG_CONTEXTS: &[&str] = &[
    "https://schema.org",
    "https://schema.org/",
    "http://schema.org",
    "http://schema.org/",
    "https://www.schema.org",
    "https://www.schema.org/",
    "http://www.schema.org",
    "http://www.schema.org/",
];

/// A document's `@context`.
///
/// Reads `"https://schema.org"` (any spelling in [`SCHEMA_ORG_CONTEXTS`]),
/// an object with `@vocab` set to schema.org and/or an `@base`, or a list
/// of those. Writes `"https://schema.org"`, or
/// `["https://schema.org", {"@base": …}]` when there is a base.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Context {
    /// The base IRI relative `@id`s resolve against, as written.
    pub base: Option<String>,
}

impl Context {
    /// schema.org's context with a base IRI.
    pub fn with_base(base: impl Into<String>) -> Context {
        Context {
            base: Some(base.into()),
        }
    }
}

impl Serialize for Context {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        use serde::ser::{SerializeMap, SerializeSeq};

        struct Base<'a>(&'a str);
        impl Serialize for Base<'_> {
            fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                let mut map = serializer.serialize_map(Some(1))?;
                map.serialize_entry("@base", self.0)?;
                map.end()
            }
        }

        match &self.base {
            None => serializer.serialize_str(SCHEMA_ORG_CONTEXT),
            Some(base) => {
                let mut seq = serializer.serialize_seq(Some(2))?;
                seq.serialize_element(SCHEMA_ORG_CONTEXT)?;
                seq.serialize_element(&Base(base))?;
                seq.end()
            }
        }
    }
}

/// What one item of a context list contributed.
#[derive(Default)]
struct Parts {
    schema_org: bool,
    base: Option<String>,
}

fn unsupported<E: de::Error>(what: impl fmt::Display) -> E {
    E::custom(format_args!(
        "unsupported @context {what}; sdx reads schema.org's context (\"https://schema.org\"), optionally with an @base, and fetches no other"
    ))
}

fn read_iri<E: de::Error>(text: &str, parts: &mut Parts) -> Result<(), E> {
    if SCHEMA_ORG_CONTEXTS.contains(&text) {
        parts.schema_org = true;
        Ok(())
    } else {
        Err(unsupported(format_args!("`{text}`")))
    }
}

fn read_object<'de, A: MapAccess<'de>>(mut map: A, parts: &mut Parts) -> Result<(), A::Error> {
    while let Some(key) = map.next_key::<String>()? {
        match key.as_str() {
            "@base" => {
                let base: String = map.next_value()?;
                if let Err(error) = url::Url::parse(&base) {
                    return Err(de::Error::custom(format_args!(
                        "@base `{base}` is not an absolute IRI ({error}); write it like https://example.com/page"
                    )));
                }
                parts.base = Some(base);
            }
            "@vocab" => {
                let vocab: String = map.next_value()?;
                if !SCHEMA_ORG_CONTEXTS.contains(&vocab.as_str()) {
                    return Err(unsupported(format_args!("@vocab `{vocab}`")));
                }
                parts.schema_org = true;
            }
            other => return Err(unsupported(format_args!("term `{other}`"))),
        }
    }
    Ok(())
}

struct ContextVisitor;

impl<'de> Visitor<'de> for ContextVisitor {
    type Value = Context;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(
            "schema.org's context: \"https://schema.org\", or a list with it and {\"@base\": …}",
        )
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Context, E> {
        let mut parts = Parts::default();
        read_iri(text, &mut parts)?;
        Ok(Context { base: None })
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<Context, A::Error> {
        let mut parts = Parts::default();
        read_object(map, &mut parts)?;
        finish(parts)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Context, A::Error> {
        let mut parts = Parts::default();
        while seq.next_element_seed(ItemSeed(&mut parts))?.is_some() {}
        finish(parts)
    }
}

fn finish<E: de::Error>(parts: Parts) -> Result<Context, E> {
    if parts.schema_org {
        Ok(Context { base: parts.base })
    } else {
        Err(unsupported("without schema.org"))
    }
}

/// Reads one item of a context list into the shared [`Parts`].
struct ItemSeed<'a>(&'a mut Parts);

impl<'de> de::DeserializeSeed<'de> for ItemSeed<'_> {
    type Value = ();

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<(), D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for ItemSeed<'_> {
    type Value = ();

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("\"https://schema.org\" or {\"@base\": …}")
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<(), E> {
        read_iri(text, self.0)
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<(), A::Error> {
        read_object(map, self.0)
    }
}

impl<'de> Deserialize<'de> for Context {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(ContextVisitor)
    }
}

impl JsonSchema for Context {
    fn schema_name() -> Cow<'static, str> {
        "Context".into()
    }

    fn schema_id() -> Cow<'static, str> {
        "sdx::Context".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        let iri = json_schema!({ "type": "string", "enum": SCHEMA_ORG_CONTEXTS });
        let object = json_schema!({
            "type": "object",
            "properties": {
                "@base": {"type": "string", "format": "iri"},
                "@vocab": iri
            },
            "additionalProperties": false
        });
        json_schema!({
            "description": "schema.org's context, optionally with the @base relative @ids resolve against.",
            "anyOf": [
                iri,
                object,
                {"type": "array", "items": {"anyOf": [iri, object]}}
            ]
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Result<Context, String> {
        serde_json::from_str(text).map_err(|e| e.to_string())
    }

    #[test]
    fn reads_schema_org_contexts_with_a_base() {
        assert_eq!(read("\"https://schema.org\""), Ok(Context::default()));
        assert_eq!(read("\"http://schema.org/\""), Ok(Context::default()));
        assert_eq!(
            read(r#"["https://schema.org", {"@base": "https://example.com/a"}]"#),
            Ok(Context::with_base("https://example.com/a"))
        );
        assert_eq!(
            read(r#"{"@vocab": "https://schema.org/", "@base": "https://example.com/a"}"#),
            Ok(Context::with_base("https://example.com/a"))
        );
    }

    #[test]
    fn refuses_other_contexts() {
        for text in [
            "\"https://example.com/context.jsonld\"",
            r#"[{"@base": "https://example.com/"}]"#,
            r#"["https://schema.org", {"name": "https://example.com/name"}]"#,
            r#"["https://schema.org", {"@base": "relative/path"}]"#,
            "42",
        ] {
            assert!(read(text).is_err(), "{text}");
        }
    }

    #[test]
    fn writes_the_canonical_form() {
        let plain = serde_json::to_string(&Context::default()).unwrap();
        assert_eq!(plain, "\"https://schema.org\"");
        let based = serde_json::to_string(&Context::with_base("https://example.com/a")).unwrap();
        assert_eq!(
            based,
            r#"["https://schema.org",{"@base":"https://example.com/a"}]"#
        );
    }
}
