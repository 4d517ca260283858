//! Entity-valued properties, read the way schema.org defines them: an
//! embedded node, an `{"@id"}` reference, a text or URL standing for the
//! node, or a node sdx keeps as written (a Role wrapping the value, a node
//! of a broader type, a type of another vocabulary).

use std::borrow::Cow;
use std::fmt;
use std::marker::PhantomData;

use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};
use serde::de::{self, MapAccess, Visitor};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::absent::MaybeEmpty;
use super::any_node::AnyNode;
use super::reference::{NodeId, TypeSet};
use super::replay::Replay;
use super::type_tag::set_accepts;
use super::walk::{Walk, Walker};
use super::Text;

/// The value of a property whose range is a node type `T` (a type, or a
/// union such as [`Agent`](super::Agent)).
#[derive(Debug, Clone, PartialEq)]
pub enum Entity<T> {
    /// `{"@id": "…"}`: a node defined elsewhere.
    Id(NodeId),
    /// The node, embedded: of `T`'s types or their subtypes, or (for a
    /// single type) without `@type`.
    Node(Box<T>),
    /// A text or URL standing for the node (`"brand": "ACME"`), which
    /// schema.org allows wherever a node is expected.
    Text(Text),
    /// A node of another type, kept as written: a `Role` wrapping the
    /// value (`"member": {"@type": "OrganizationRole", "member": …}`), a
    /// node of a broader type (`Thing` where a `Person` is expected), a type
    /// of another vocabulary, or an untyped node where the range is a union.
    Other(Box<AnyNode>),
}

impl<T> Entity<T> {
    /// A reference to the node with this `@id`.
    pub fn id(id: impl Into<String>) -> Entity<T> {
        Entity::Id(NodeId(id.into()))
    }

    /// A text standing for the node.
    pub fn text(text: impl Into<String>) -> Entity<T> {
        Entity::Text(Text::from(text.into()))
    }

    /// The embedded node, if this is one of `T`.
    pub fn node(&self) -> Option<&T> {
        match self {
            Entity::Node(node) => Some(node),
            _ => None,
        }
    }
}

impl<T> From<T> for Entity<T> {
    fn from(node: T) -> Self {
        Entity::Node(Box::new(node))
    }
}

impl<T> MaybeEmpty for Entity<T> {}

impl<T: Serialize> Serialize for Entity<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            Entity::Id(id) => {
                use serde::ser::SerializeMap;
                let mut map = serializer.serialize_map(Some(1))?;
                map.serialize_entry("@id", id)?;
                map.end()
            }
            Entity::Node(node) => node.serialize(serializer),
            Entity::Text(text) => text.serialize(serializer),
            Entity::Other(node) => node.serialize(serializer),
        }
    }
}

impl<'de, T: Deserialize<'de> + TypeSet> Deserialize<'de> for Entity<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(EntityVisitor(PhantomData))
    }
}

struct EntityVisitor<T>(PhantomData<fn() -> T>);

/// True for the keys JSON-LD reads as `@type` with schema.org's context.
fn is_type_key(key: &str) -> bool {
    key == "@type" || key == "type"
}

/// The names in an `@type` value.
fn type_names(value: &serde_json::Value) -> Vec<&str> {
    match value {
        serde_json::Value::String(name) => vec![name.as_str()],
        serde_json::Value::Array(items) => items.iter().filter_map(|v| v.as_str()).collect(),
        _ => Vec::new(),
    }
}

impl<'de, T: Deserialize<'de> + TypeSet> Visitor<'de> for EntityVisitor<T> {
    type Value = Entity<T>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(
            f,
            "a {} node, an {{\"@id\": …}} reference, or a text",
            T::TYPES.join(" or ")
        )
    }

    fn visit_str<E: de::Error>(self, text: &str) -> Result<Self::Value, E> {
        Ok(Entity::Text(Text::from(text)))
    }

    fn visit_string<E: de::Error>(self, text: String) -> Result<Self::Value, E> {
        Ok(Entity::Text(Text::from(text)))
    }

    /// Reads keys until `@type` to decide what the object is; everything
    /// read so far is replayed in front of the rest, so errors inside the
    /// node keep their path and position.
    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut before: Vec<(String, serde_json::Value)> = Vec::new();
        while let Some(key) = map.next_key::<String>()? {
            let value: serde_json::Value = map.next_value()?;
            if !is_type_key(&key) {
                before.push((key, value));
                continue;
            }
            let ours = type_names(&value).iter().any(|name| set_accepts::<T>(name));
            before.push((key, value));
            if ours {
                let replay = Replay::new(before, None, map);
                return T::deserialize(de::value::MapAccessDeserializer::new(replay))
                    .map(|node| Entity::Node(Box::new(node)));
            }
            let replay = Replay::new(before, None, map);
            return AnyNode::deserialize(de::value::MapAccessDeserializer::new(replay))
                .map(|node| Entity::Other(Box::new(node)));
        }
        // No `@type`.
        if let [(key, serde_json::Value::String(id))] = before.as_slice() {
            if key == "@id" || key == "id" {
                return Ok(Entity::Id(NodeId(id.clone())));
            }
        }
        if T::TYPES.len() == 1 {
            let replay = Replay::new(before, None, map);
            return T::deserialize(de::value::MapAccessDeserializer::new(replay))
                .map(|node| Entity::Node(Box::new(node)));
        }
        Ok(Entity::Other(Box::new(AnyNode::from_entries(before))))
    }
}

impl<T: JsonSchema + TypeSet> JsonSchema for Entity<T> {
    fn schema_name() -> Cow<'static, str> {
        format!("{}Entity", T::schema_name()).into()
    }

    fn schema_id() -> Cow<'static, str> {
        format!("sdx::Entity<{}>", T::schema_id()).into()
    }

    // A named definition: properties say `$ref: PersonEntity` instead of
    // repeating the choice inline at every use.
    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let node = generator.subschema_for::<T>();
        if T::TYPES.is_empty() {
            // Any node: nothing is held to a model type's schema.
            return json_schema!({
                "description": "A node of any type (embedded, or an {\"@id\"} reference), or a text or URL standing for it.",
                "anyOf": [node, {"type": "string"}]
            });
        }
        let other = generator.subschema_for::<OtherNode<T>>();
        let description = format!(
            "A {} node (embedded, or an {{\"@id\"}} reference to one), a text or URL standing for it, or a node of another type, kept as written (a Role, a broader type, another vocabulary's type).",
            T::TYPES.join(" or ")
        );
        json_schema!({
            "description": description,
            "anyOf": [node, {"type": "string"}, other]
        })
    }
}

/// The JSON Schema of [`Entity::Other`] for the range `T`: a typed node
/// none of whose types is of `T`'s families. Such a node is a Role wrapping
/// the value, a node of a broader type, of a type in the property's range
/// that sdx does not model, of another vocabulary's type, or of a type the
/// property does not take; the vocabulary layer judges which, and its
/// properties. A node of `T`'s families is held to `T`'s schema.
struct OtherNode<T>(PhantomData<fn() -> T>);

impl<T: TypeSet> JsonSchema for OtherNode<T> {
    fn schema_name() -> Cow<'static, str> {
        format!("{}Other", T::TYPES.join("Or")).into()
    }

    fn schema_id() -> Cow<'static, str> {
        format!("sdx::OtherNode<{}>", T::TYPES.join(",")).into()
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let ours = json_schema!({ "anyOf": T::family_schemas(generator) });
        let not_ours = json_schema!({
            "type": ["string", "array"],
            "not": {"anyOf": [ours.clone(), {"type": "array", "contains": ours}]}
        });
        json_schema!({
            "description": format!(
                "A node sdx keeps as written where {} is expected: a typed node of none of those types' families (a Role wrapping the value, a broader type, another vocabulary's type…).",
                T::TYPES.join(" or ")
            ),
            "type": "object",
            "anyOf": [
                {"required": ["@type"], "properties": {"@type": not_ours.clone()}},
                {"required": ["type"], "properties": {"type": not_ours}}
            ]
        })
    }
}

impl<T: Walk + TypeSet> Walk for Entity<T> {
    fn walk(&self, walker: &mut Walker) {
        match self {
            Entity::Id(id) => walker.reference(id.as_str(), T::TYPES),
            Entity::Node(node) => node.walk(walker),
            Entity::Text(_) => {}
            Entity::Other(node) => node.walk(walker),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Agent, Organization, PostalAddress};

    #[test]
    fn reads_every_form_of_a_node_value() {
        let read = |text: &str| serde_json::from_str::<Entity<Agent>>(text);
        assert!(matches!(read(r##"{"@id": "#a"}"##), Ok(Entity::Id(_))));
        assert!(matches!(read(r#""Jane Doe""#), Ok(Entity::Text(_))));
        assert!(matches!(
            read(r#"{"@type": "MusicGroup", "name": "X"}"#),
            Ok(Entity::Node(_))
        ));
        assert!(matches!(
            read(r#"{"name": "X", "type": "Person"}"#),
            Ok(Entity::Node(_))
        ));
        for other in [
            r##"{"@type": "OrganizationRole", "member": {"@id": "#a"}}"##,
            r#"{"@type": "Thing", "name": "X"}"#,
            r#"{"@type": "ex:Band"}"#,
            r#"{"name": "untyped, and the range is a union"}"#,
        ] {
            assert!(matches!(read(other), Ok(Entity::Other(_))), "{other}");
        }
        let untyped: Entity<PostalAddress> =
            serde_json::from_str(r#"{"streetAddress": "1 Main St"}"#).unwrap();
        assert!(
            matches!(untyped, Entity::Node(_)),
            "a single type reads an untyped node as itself"
        );
        assert_eq!(
            serde_json::to_string(&untyped).unwrap(),
            r#"{"@type":"PostalAddress","streetAddress":"1 Main St"}"#
        );
        assert!(serde_json::from_str::<Entity<Organization>>("12").is_err());
    }
}
