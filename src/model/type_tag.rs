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
        let text = Cow::<'de, str>::deserialize(deserializer)?;
        if schema_org_term(&text) == T::TYPE {
            Ok(TypeTag::new())
        } else {
            Err(serde::de::Error::custom(format_args!(
                "expected @type `{}`, found `{}`",
                T::TYPE,
                text
            )))
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
        json_schema!({ "type": "string", "enum": spellings })
    }
}
