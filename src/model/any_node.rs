//! A node sdx keeps as written rather than reading it into a model type.

use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

use super::walk::{Walk, Walker};

/// A node kept as its JSON object: a Role wrapping a value, a node of a
/// broader or other vocabulary's type, an untyped node where the range is a
/// union. It is written back as read, and walked for the `@id`s and
/// references inside it, so a graph's references are checked through it.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct AnyNode(pub Map<String, Value>);

impl AnyNode {
    /// A node of these entries, in order.
    pub fn from_entries(entries: Vec<(String, Value)>) -> AnyNode {
        AnyNode(entries.into_iter().collect())
    }

    /// The node's type names, as written.
    pub fn types(&self) -> Vec<&str> {
        match self.0.get("@type").or_else(|| self.0.get("type")) {
            Some(Value::String(name)) => vec![name.as_str()],
            Some(Value::Array(items)) => items.iter().filter_map(Value::as_str).collect(),
            _ => Vec::new(),
        }
    }
}

impl Walk for AnyNode {
    fn walk(&self, walker: &mut Walker) {
        walk_object(&self.0, walker);
    }
}

/// Records the node `object` is (when it has an `@id` and says something)
/// or the reference it is (an object of only an `@id`), then what is
/// inside it. Nothing is known of what its properties accept.
fn walk_object(object: &Map<String, Value>, walker: &mut Walker) {
    let id = object
        .get("@id")
        .or_else(|| object.get("id"))
        .and_then(Value::as_str);
    if let Some(id) = id {
        if object.len() == 1 {
            walker.reference(id, &[]);
            return;
        }
        let types = match object.get("@type").or_else(|| object.get("type")) {
            Some(Value::String(name)) => vec![name.clone()],
            Some(Value::Array(items)) => items
                .iter()
                .filter_map(|v| v.as_str().map(str::to_owned))
                .collect(),
            _ => Vec::new(),
        };
        walker.node_of(id, types);
    }
    for (key, value) in object {
        if matches!(key.as_str(), "@id" | "id" | "@type" | "type" | "@context") {
            continue;
        }
        walker.field(key, &JsonValue(value));
    }
}

/// A JSON value inside an [`AnyNode`], walked for nodes and references.
struct JsonValue<'a>(&'a Value);

impl Walk for JsonValue<'_> {
    fn walk(&self, walker: &mut Walker) {
        match self.0 {
            Value::Object(object) => walk_object(object, walker),
            Value::Array(items) => {
                for (index, item) in items.iter().enumerate() {
                    walker.index(index, &JsonValue(item));
                }
            }
            _ => {}
        }
    }
}

impl super::absent::MaybeEmpty for AnyNode {
    fn is_empty_value(&self) -> bool {
        self.0.is_empty()
    }
}

/// The range "any node": a property whose schema.org range holds node
/// types sdx does not model (`description`: Text or TextObject). Every
/// object is read as an [`AnyNode`], kept as written; the vocabulary layer
/// judges its type against the property's range.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
#[serde(transparent)]
pub struct AnyType(pub AnyNode);

impl super::TypeSet for AnyType {
    const TYPES: &'static [&'static str] = &[];

    fn family_schemas(_: &mut schemars::SchemaGenerator) -> Vec<schemars::Schema> {
        Vec::new()
    }
}

impl Walk for AnyType {
    fn walk(&self, walker: &mut Walker) {
        self.0.walk(walker);
    }
}

impl schemars::JsonSchema for AnyType {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "AnyNode".into()
    }

    fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
        schemars::json_schema!({
            "description": "A node of any type (the vocabulary layer judges its type against the property's range).",
            "type": "object"
        })
    }
}
