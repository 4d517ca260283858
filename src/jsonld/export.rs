//! Writing a loaded dataset as compact schema.org JSON-LD: one document,
//! `{"@context": "https://schema.org", "@graph": [...]}`, every `@id`
//! absolute, nodes in dataset order, keys in the model's order.

use serde::ser::{SerializeSeq, SerializeStruct};
use serde::{Serialize, Serializer};
use serde_json::Value;

use super::context::SCHEMA_ORG_CONTEXT;
use super::ids::resolve;
use super::Dataset;
use crate::model::Node;

impl Dataset {
    /// The export as a JSON value.
    pub fn to_value(&self) -> Value {
        // The model only fails to serialize on non-string map keys, which
        // it does not have.
        serde_json::to_value(self.export()).unwrap_or(Value::Null)
    }

    /// The export as JSON-LD text: pretty-printed, with a final newline.
    /// Same dataset, same bytes.
    pub fn to_json_ld(&self) -> String {
        let mut text = serde_json::to_string_pretty(&self.export()).unwrap_or_default();
        text.push('\n');
        text
    }

    /// The export as an HTML `<script type="application/ld+json">` element
    /// for a page's head; see [`script_element`](super::script_element).
    pub fn to_html(&self) -> String {
        super::script_element(&self.to_json_ld())
    }

    fn export(&self) -> ExportDocument<'_> {
        ExportDocument {
            graph: ExportGraph {
                nodes: &self.document().graph,
                base: self.base(),
            },
        }
    }
}

/// `{"@context": "https://schema.org", "@graph": [...]}`.
struct ExportDocument<'a> {
    graph: ExportGraph<'a>,
}

impl Serialize for ExportDocument<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut document = serializer.serialize_struct("GraphDocument", 2)?;
        document.serialize_field("@context", SCHEMA_ORG_CONTEXT)?;
        document.serialize_field("@graph", &self.graph)?;
        document.end()
    }
}

/// The nodes, each with its ids resolved. One node at a time goes through
/// a `Value` (to rewrite its ids), so a large graph is never held twice.
struct ExportGraph<'a> {
    nodes: &'a [Node],
    base: Option<&'a url::Url>,
}

impl Serialize for ExportGraph<'_> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        let mut graph = serializer.serialize_seq(Some(self.nodes.len()))?;
        for node in self.nodes {
            let mut value = serde_json::to_value(node).map_err(serde::ser::Error::custom)?;
            resolve_ids(&mut value, self.base);
            graph.serialize_element(&value)?;
        }
        graph.end()
    }
}

/// Replaces every `@id` (of nodes and of references) by its absolute form.
/// A loaded dataset's ids all resolve; one that did not would be left as
/// written.
fn resolve_ids(value: &mut Value, base: Option<&url::Url>) {
    match value {
        Value::Object(object) => {
            for (key, member) in object.iter_mut() {
                match member {
                    Value::String(id) if key == "@id" => {
                        if let Ok(absolute) = resolve(id, base) {
                            *id = absolute;
                        }
                    }
                    _ => resolve_ids(member, base),
                }
            }
        }
        Value::Array(items) => {
            for item in items {
                resolve_ids(item, base);
            }
        }
        _ => {}
    }
}
