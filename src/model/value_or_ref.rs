//! Properties whose range mixes a datatype and node types (`image`: URL or
//! ImageObject; `identifier`: Text or PropertyValue).

use std::borrow::Cow;

use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};
use serde::de::{self, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::model::{Entity, MaybeEmpty, TypeSet, Walk, Walker};

/// A datatype value, or an entity. A JSON string reads as `V` when it is
/// one, and otherwise as text standing for the entity (an `image` that is
/// no URL is still text about the image); anything else reads as
/// [`Entity<N>`].
#[derive(Debug, Clone, PartialEq)]
pub enum ValueOrRef<V, N> {
    /// The datatype value.
    Value(V),
    /// The entity: a node, a reference, a text standing for it.
    Ref(Entity<N>),
}

impl<V, N> MaybeEmpty for ValueOrRef<V, N> {}

impl<V: Serialize, N: Serialize> Serialize for ValueOrRef<V, N> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            ValueOrRef::Value(value) => value.serialize(serializer),
            ValueOrRef::Ref(node) => node.serialize(serializer),
        }
    }
}

impl<'de, V: Deserialize<'de>, N: Deserialize<'de> + TypeSet> Deserialize<'de>
    for ValueOrRef<V, N>
{
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(ValueOrRefVisitor(std::marker::PhantomData))
    }
}

struct ValueOrRefVisitor<V, N>(std::marker::PhantomData<(V, N)>);

impl<'de, V: Deserialize<'de>, N: Deserialize<'de> + TypeSet> Visitor<'de>
    for ValueOrRefVisitor<V, N>
{
    type Value = ValueOrRef<V, N>;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a string or a node object")
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Self::Value, E> {
        match V::deserialize(de::value::StrDeserializer::<E>::new(text)) {
            Ok(value) => Ok(ValueOrRef::Value(value)),
            Err(_) => Ok(ValueOrRef::Ref(Entity::text(text))),
        }
    }

    fn visit_bool<E: de::Error>(self, value: bool) -> Result<Self::Value, E> {
        V::deserialize(de::value::BoolDeserializer::<E>::new(value)).map(ValueOrRef::Value)
    }

    fn visit_u64<E: de::Error>(self, value: u64) -> Result<Self::Value, E> {
        V::deserialize(de::value::U64Deserializer::<E>::new(value)).map(ValueOrRef::Value)
    }

    fn visit_i64<E: de::Error>(self, value: i64) -> Result<Self::Value, E> {
        V::deserialize(de::value::I64Deserializer::<E>::new(value)).map(ValueOrRef::Value)
    }

    fn visit_f64<E: de::Error>(self, value: f64) -> Result<Self::Value, E> {
        V::deserialize(de::value::F64Deserializer::<E>::new(value)).map(ValueOrRef::Value)
    }

    fn visit_map<A: de::MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        Entity::<N>::deserialize(de::value::MapAccessDeserializer::new(map)).map(ValueOrRef::Ref)
    }
}

impl<V: JsonSchema, N: JsonSchema + TypeSet> JsonSchema for ValueOrRef<V, N> {
    fn schema_name() -> Cow<'static, str> {
        format!("{}Or{}", V::schema_name(), N::schema_name()).into()
    }

    fn schema_id() -> Cow<'static, str> {
        format!("sdx::ValueOrRef<{}, {}>", V::schema_id(), N::schema_id()).into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "anyOf": [generator.subschema_for::<V>(), generator.subschema_for::<Entity<N>>()]
        })
    }
}

impl<V, N: Walk + TypeSet> Walk for ValueOrRef<V, N> {
    fn walk(&self, walker: &mut Walker) {
        if let ValueOrRef::Ref(node) = self {
            node.walk(walker);
        }
    }
}
