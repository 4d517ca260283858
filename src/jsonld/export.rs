//! Writing a loaded dataset as compact schema.org JSON-LD: one document,
//! `{"@context": "https://schema.org", "@graph": [...]}`, every `@id`
//! absolute, nodes in dataset order, keys in the model's order.

use serde_json::{Map, Value};

use super::context::SCHEMA_ORG_CONTEXT;
use super::ids::resolve;
use super::Dataset;

impl Dataset {
    /// The export as a JSON value.
    pub fn to_value(&self) -> Value {
        // The model only fails to serialize on non-string map keys, which
        // it does not have; an empty graph is the safe fallback.
        let mut graph = serde_json::to_value(&self.document().graph)
            .unwrap_or_else(|_| Value::Array(Vec::new()));
        resolve_ids(&mut graph, self.base());
        let mut document = Map::new();
        document.insert("@context".to_owned(), Value::from(SCHEMA_ORG_CONTEXT));
        document.insert("@graph".to_owned(), graph);
        Value::Object(document)
    }

    /// The export as JSON-LD text: pretty-printed, with a final newline.
    /// Same dataset, same bytes.
    pub fn to_json_ld(&self) -> String {
        let mut text =
            serde_json::to_string_pretty(&self.to_value()).unwrap_or_else(|_| "{}".to_owned());
        text.push('\n');
        text
    }

    /// The export as an HTML `<script type="application/ld+json">` element
    /// for a page's head; see [`script_element`](super::script_element).
    pub fn to_html(&self) -> String {
        super::script_element(&self.to_json_ld())
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
