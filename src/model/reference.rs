//! Node identifiers, and the sets of types an entity-valued property takes.

use std::borrow::Cow;
use std::fmt;

use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};
use serde::{Deserialize, Serialize};

use super::absent::MaybeEmpty;

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

    /// The JSON Schema of the `@type` names each of the types reads (the
    /// type and its subtypes), as references to their shared definitions.
    fn family_schemas(generator: &mut schemars::SchemaGenerator) -> Vec<Schema>;
}
