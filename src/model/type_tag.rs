//! `@type` as a value: each node type writes its own name and reads it in
//! every spelling schema.org allows.

use std::borrow::Cow;
use std::fmt;
use std::marker::PhantomData;

use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::iri::{schema_org_term, SCHEMA_ORG_PREFIXES};

/// A modeled schema.org type.
pub trait NodeType {
    /// The schema.org type name (`Person`).
    const TYPE: &'static str;
    /// Its modeled supertypes, nearest first (`NewsArticle` → `Article`, `CreativeWork`).
    const SUPERTYPES: &'static [&'static str];
    /// Every JSON-LD key a node of this type reads and writes, in the order
    /// it writes them (`@type`, `@id`, the common Thing properties, then the
    /// type's own).
    const PROPERTIES: &'static [&'static str];
}

/// The `@type` member of a node of type `T`.
///
/// Writes `T::TYPE`; reads `Person`, `schema:Person`, `https://schema.org/Person`
/// or `http://schema.org/Person`.
pub struct TypeTag<T>(PhantomData<fn() -> T>);

impl<T> TypeTag<T> {
    /// The tag of type `T`.
    pub const fn new() -> Self {
        TypeTag(PhantomData)
    }
}

impl<T> Default for TypeTag<T> {
    fn default() -> Self {
        TypeTag::new()
    }
}

impl<T> Clone for TypeTag<T> {
    fn clone(&self) -> Self {
        TypeTag::new()
    }
}

impl<T> PartialEq for TypeTag<T> {
    fn eq(&self, _: &Self) -> bool {
        true
    }
}

impl<T: NodeType> fmt::Debug for TypeTag<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(T::TYPE)
    }
}

impl<T: NodeType> Serialize for TypeTag<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(T::TYPE)
    }
}

impl<'de, T: NodeType> Deserialize<'de> for TypeTag<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(TypeTagVisitor(PhantomData))
    }
}

/// Reads `"Person"` or `["Person"]`. A list naming more types is refused:
/// the node would be written back with one `@type` and lose the others.
struct TypeTagVisitor<T>(PhantomData<fn() -> T>);

impl<'de, T: NodeType> serde::de::Visitor<'de> for TypeTagVisitor<T> {
    type Value = TypeTag<T>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "@type `{}`", T::TYPE)
    }

    fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<TypeTag<T>, E> {
        if schema_org_term(text) == T::TYPE {
            Ok(TypeTag::new())
        } else {
            Err(E::custom(format_args!(
                "expected @type `{}`, found `{}`",
                T::TYPE,
                text
            )))
        }
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<TypeTag<T>, A::Error> {
        let mut names: Vec<Cow<'de, str>> = Vec::new();
        while let Some(name) = seq.next_element::<Cow<'de, str>>()? {
            names.push(name);
        }
        match names.as_slice() {
            [one] => self.visit_str(one),
            _ => Err(serde::de::Error::custom(format_args!(
                "@type lists {} types (`{}`); sdx models one type per node, so the others would be lost: keep `{}` only",
                names.len(),
                names.join("`, `"),
                T::TYPE
            ))),
        }
    }
}

impl<T: NodeType> JsonSchema for TypeTag<T> {
    fn schema_name() -> Cow<'static, str> {
        format!("{}Type", T::TYPE).into()
    }

    fn inline_schema() -> bool {
        true
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        let mut spellings = vec![T::TYPE.to_owned()];
        spellings.extend(
            SCHEMA_ORG_PREFIXES
                .iter()
                .map(|p| format!("{p}{}", T::TYPE)),
        );
        let name = json_schema!({ "type": "string", "enum": spellings });
        json_schema!({
            "anyOf": [
                name,
                {"type": "array", "items": name, "minItems": 1, "maxItems": 1}
            ]
        })
    }
}
