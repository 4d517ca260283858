//! Entity-valued properties: an embedded node or a `{"@id": …}` reference.

use std::borrow::Cow;
use std::fmt;

use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};
use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::absent::MaybeEmpty;
use super::replay::Replay;
use super::walk::{Walk, Walker};

/// A node identifier (`@id`): an IRI, or in a hand-written dataset an IRI
/// reference relative to the dataset's base (`#nvidia`).
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct NodeId(pub String);

impl NodeId {
    /// The identifier as written.
    pub fn as_str(&self) -> &str {
        &self.0
    }
}

impl fmt::Display for NodeId {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl From<&str> for NodeId {
    fn from(id: &str) -> Self {
        NodeId(id.to_owned())
    }
}

impl JsonSchema for NodeId {
    fn schema_name() -> Cow<'static, str> {
        "NodeId".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "A node identifier: an IRI, or an IRI reference relative to the document's base.",
            "type": "string",
            "minLength": 1
        })
    }
}

impl MaybeEmpty for NodeId {}

/// The set of schema.org types an entity-valued property accepts.
///
/// Implemented by every node type (the set of one) and by unions such as
/// [`Agent`](super::Agent). An empty set means any node.
pub trait TypeSet {
    /// The accepted type names.
    const TYPES: &'static [&'static str];
}

/// An entity-valued property: the node itself, or a reference to a node
/// defined elsewhere in the graph.
#[derive(Debug, Clone, PartialEq)]
pub enum Ref<T> {
    /// `{"@id": "…"}`: a node defined elsewhere.
    Id(NodeId),
    /// The node, embedded.
    Node(Box<T>),
}

impl<T> Ref<T> {
    /// A reference to the node with this `@id`.
    pub fn id(id: impl Into<String>) -> Ref<T> {
        Ref::Id(NodeId(id.into()))
    }

    /// The embedded node, if this is not a reference.
    pub fn node(&self) -> Option<&T> {
        match self {
            Ref::Node(node) => Some(node),
            Ref::Id(_) => None,
        }
    }
}

impl<T> From<T> for Ref<T> {
    fn from(node: T) -> Self {
        Ref::Node(Box::new(node))
    }
}

impl<T> MaybeEmpty for Ref<T> {}

impl<T: Serialize> Serialize for Ref<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Ref::Id(id) => {
                use serde::ser::SerializeMap;
                let mut map = serializer.serialize_map(Some(1))?;
                map.serialize_entry("@id", id)?;
                map.end()
            }
            Ref::Node(node) => node.serialize(serializer),
        }
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Ref<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_map(RefVisitor(std::marker::PhantomData))
    }
}

/// Reads `{"@id": x}` as a reference and anything else as the node, without
/// buffering the node: the keys already read are replayed in front of the
/// rest of the map, so errors inside the node keep their path and position.
struct RefVisitor<T>(std::marker::PhantomData<T>);

impl<'de, T: Deserialize<'de>> Visitor<'de> for RefVisitor<T> {
    type Value = Ref<T>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a node object or an {\"@id\": …} reference")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let Some(first) = map.next_key::<String>()? else {
            return Err(de::Error::custom(
                "empty object: expected a node or an {\"@id\": …} reference",
            ));
        };
        if first != "@id" {
            let node = T::deserialize(de::value::MapAccessDeserializer::new(Replay::pending(
                first, map,
            )))?;
            return Ok(Ref::Node(Box::new(node)));
        }
        let id: String = map.next_value()?;
        match map.next_key::<String>()? {
            None => Ok(Ref::Id(NodeId(id))),
            Some(next) => {
                let replay = Replay::with_entry("@id", serde_json::Value::String(id), next, map);
                let node = T::deserialize(de::value::MapAccessDeserializer::new(replay))?;
                Ok(Ref::Node(Box::new(node)))
            }
        }
    }
}

impl<T: JsonSchema> JsonSchema for Ref<T> {
    fn schema_name() -> Cow<'static, str> {
        format!("{}OrReference", T::schema_name()).into()
    }

    fn schema_id() -> Cow<'static, str> {
        format!("sdx::Ref<{}>", T::schema_id()).into()
    }

    // A named definition: properties say `$ref: PersonOrReference` instead
    // of repeating the two-way choice inline at every use.
    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let reference = generator.subschema_for::<Reference>();
        let node = generator.subschema_for::<T>();
        let description = format!(
            "A {} node, embedded, or an {{\"@id\"}} reference to one defined elsewhere in the graph.",
            T::schema_name()
        );
        json_schema!({
            "description": description,
            "anyOf": [reference, node]
        })
    }
}

/// The JSON Schema of a bare `{"@id": …}` reference, shared by every
/// entity-valued property.
struct Reference;

impl JsonSchema for Reference {
    fn schema_name() -> Cow<'static, str> {
        "Reference".into()
    }

    fn schema_id() -> Cow<'static, str> {
        "sdx::Reference".into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let id = generator.subschema_for::<NodeId>();
        json_schema!({
            "description": "A reference to a node defined elsewhere in the graph: an object with only an @id.",
            "type": "object",
            "properties": {"@id": id},
            "required": ["@id"],
            "additionalProperties": false
        })
    }
}

impl<T: Walk + TypeSet> Walk for Ref<T> {
    fn walk(&self, walker: &mut Walker) {
        match self {
            Ref::Id(id) => walker.reference(id.as_str(), T::TYPES),
            Ref::Node(node) => node.walk(walker),
        }
    }
}
