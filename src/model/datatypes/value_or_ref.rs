//! Properties whose range mixes a datatype and node types (`image`: URL or
//! ImageObject; `identifier`: Text or PropertyValue).

use std::borrow::Cow;

use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};
use serde::de::{self, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use crate::model::{MaybeEmpty, Ref, TypeSet, Walk, Walker};

/// A datatype value written as a string, or an entity (embedded or
/// referenced). A JSON string reads as `V`; an object as `Ref<N>`.
#[derive(Debug, Clone, PartialEq)]
pub enum ValueOrRef<V, N> {
    /// The datatype value.
    Value(V),
    /// The node, embedded or referenced.
    Ref(Ref<N>),
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

impl<'de, V: Deserialize<'de>, N: Deserialize<'de>> Deserialize<'de> for ValueOrRef<V, N> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(ValueOrRefVisitor(std::marker::PhantomData))
    }
}

struct ValueOrRefVisitor<V, N>(std::marker::PhantomData<(V, N)>);

impl<'de, V: Deserialize<'de>, N: Deserialize<'de>> Visitor<'de> for ValueOrRefVisitor<V, N> {
    type Value = ValueOrRef<V, N>;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a string or a node object")
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Self::Value, E> {
        V::deserialize(de::value::StrDeserializer::new(text)).map(ValueOrRef::Value)
    }

    fn visit_map<A: de::MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        Ref::<N>::deserialize(de::value::MapAccessDeserializer::new(map)).map(ValueOrRef::Ref)
    }
}

impl<V: JsonSchema, N: JsonSchema> JsonSchema for ValueOrRef<V, N> {
    fn schema_name() -> Cow<'static, str> {
        // schema.org calls a plain string "Text".
        let value = V::schema_name();
        let value = if value == "string" {
            "Text".into()
        } else {
            value
        };
        format!("{value}Or{}", N::schema_name()).into()
    }

    fn schema_id() -> Cow<'static, str> {
        format!("sdx::ValueOrRef<{}, {}>", V::schema_id(), N::schema_id()).into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "anyOf": [generator.subschema_for::<V>(), generator.subschema_for::<Ref<N>>()]
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
