//! A picture of a JSON-LD graph: its nodes and the `@id` links between them,
//! labelled by property, as Mermaid or Graphviz DOT text.
//!
//! Works on any JSON-LD value (an exported graph, a hand-written dataset, a
//! partner's file), so what is drawn is exactly what was published.

mod dot;
mod mermaid;

use std::collections::HashMap;

use serde_json::{Map, Value};

use crate::model::schema_org_term;

pub use dot::to_dot;
pub use mermaid::to_mermaid;

/// One node of the picture.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DiagramNode {
    /// A stable identifier for the diagram (`n0`, `n1`, … in document order).
    pub key: String,
    /// The node's `@id`, if it has one.
    pub id: Option<String>,
    /// Its schema.org types, short names.
    pub types: Vec<String>,
    /// Its `name` (or `headline`), when it has one.
    pub label: Option<String>,
    /// True for a reference whose target is not in the graph.
    pub unresolved: bool,
}

/// One link: `from` has property `property` whose value is `to`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DiagramEdge {
    /// The key of the node holding the property.
    pub from: String,
    /// The property name (short schema.org name).
    pub property: String,
    /// The key of the node it points at.
    pub to: String,
}

/// Nodes and links of a graph, in document order.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Diagram {
    /// Every node, defined or only referenced.
    pub nodes: Vec<DiagramNode>,
    /// Every link.
    pub edges: Vec<DiagramEdge>,
}

impl Diagram {
    /// Reads the nodes and links of a JSON-LD document: a node, an array of
    /// nodes, or an object with `@graph`.
    pub fn from_jsonld(document: &Value) -> Diagram {
        let mut builder = Builder::default();
        for node in top_level_nodes(document) {
            builder.node(node);
        }
        builder.finish()
    }
}

fn top_level_nodes(document: &Value) -> Vec<&Map<String, Value>> {
    match document {
        Value::Array(items) => items.iter().flat_map(top_level_nodes).collect(),
        Value::Object(object) => match object.get("@graph") {
            Some(graph) => top_level_nodes(graph),
            None => vec![object],
        },
        _ => Vec::new(),
    }
}

/// A `{"@id": …}` object with nothing else: a reference, not a node.
fn reference_id(object: &Map<String, Value>) -> Option<&str> {
    match (object.len(), object.get("@id")) {
        (1, Some(Value::String(id))) => Some(id),
        _ => None,
    }
}

/// Where an edge points before every node is known.
enum Target {
    Key(String),
    Id(String),
}

#[derive(Default)]
struct Builder {
    diagram: Diagram,
    by_id: HashMap<String, usize>,
    edges: Vec<(String, String, Target)>,
}

impl Builder {
    fn key(&self) -> String {
        format!("n{}", self.diagram.nodes.len())
    }

    /// Adds a box for a node (a top-level node, or an embedded node with an
    /// `@id`) and follows its properties; returns the box's key.
    fn node(&mut self, object: &Map<String, Value>) -> String {
        let id = object.get("@id").and_then(Value::as_str).map(str::to_owned);
        let types = match object.get("@type") {
            Some(Value::String(t)) => vec![schema_org_term(t).to_owned()],
            Some(Value::Array(ts)) => ts
                .iter()
                .filter_map(Value::as_str)
                .map(|t| schema_org_term(t).to_owned())
                .collect(),
            _ => Vec::new(),
        };
        let label = ["name", "headline"]
            .iter()
            .find_map(|p| object.get(*p).and_then(first_text))
            .map(str::to_owned);
        // A node defined twice keeps its first box, so links to it converge.
        let index = match id.as_ref().and_then(|id| self.by_id.get(id)) {
            Some(index) => *index,
            None => {
                let key = self.key();
                self.diagram.nodes.push(DiagramNode {
                    key,
                    id: id.clone(),
                    types: Vec::new(),
                    label: None,
                    unresolved: false,
                });
                let index = self.diagram.nodes.len() - 1;
                if let Some(id) = &id {
                    self.by_id.insert(id.clone(), index);
                }
                index
            }
        };
        let entry = &mut self.diagram.nodes[index];
        if entry.types.is_empty() {
            entry.types = types;
        }
        if entry.label.is_none() {
            entry.label = label;
        }
        let key = entry.key.clone();
        self.properties(&key, "", object);
        key
    }

    /// Follows the properties of `object`, drawing links from the box
    /// `from`. Embedded nodes without an `@id` (an address, a price
    /// specification) get no box of their own: their links are drawn from
    /// the enclosing box, labelled with the property path (`location.address`).
    fn properties(&mut self, from: &str, prefix: &str, object: &Map<String, Value>) {
        for (property, value) in object {
            if property.starts_with('@') {
                continue;
            }
            let path = format!("{prefix}{}", schema_org_term(property));
            self.values(from, &path, value);
        }
    }

    fn values(&mut self, from: &str, property: &str, value: &Value) {
        match value {
            Value::Array(items) => {
                for item in items {
                    self.values(from, property, item);
                }
            }
            Value::Object(object) => {
                if let Some(id) = reference_id(object) {
                    self.edges.push((
                        from.to_owned(),
                        property.to_owned(),
                        Target::Id(id.to_owned()),
                    ));
                } else if object.contains_key("@id") {
                    let to = self.node(object);
                    self.edges
                        .push((from.to_owned(), property.to_owned(), Target::Key(to)));
                } else {
                    self.properties(from, &format!("{property}."), object);
                }
            }
            _ => {}
        }
    }

    /// Resolves references once every node is known, so a reference to a
    /// node defined later in the document still links to it; edges keep
    /// document order.
    fn finish(mut self) -> Diagram {
        for (from, property, target) in std::mem::take(&mut self.edges) {
            let to = match target {
                Target::Key(key) => key,
                Target::Id(id) => match self.by_id.get(&id) {
                    Some(index) => self.diagram.nodes[*index].key.clone(),
                    None => {
                        let key = self.key();
                        self.diagram.nodes.push(DiagramNode {
                            key: key.clone(),
                            id: Some(id.clone()),
                            types: Vec::new(),
                            label: None,
                            unresolved: true,
                        });
                        self.by_id.insert(id, self.diagram.nodes.len() - 1);
                        key
                    }
                },
            };
            self.diagram.edges.push(DiagramEdge { from, property, to });
        }
        self.diagram
    }
}

fn first_text(value: &Value) -> Option<&str> {
    match value {
        Value::String(text) => Some(text),
        Value::Array(items) => items.iter().find_map(first_text),
        Value::Object(object) => object.get("@value").and_then(Value::as_str),
        _ => None,
    }
}

/// The text shown in a node's box: type, then name or id.
fn caption(node: &DiagramNode) -> (String, String) {
    let types = if node.types.is_empty() {
        if node.unresolved {
            "unresolved reference".to_owned()
        } else {
            "(no @type)".to_owned()
        }
    } else {
        node.types.join(", ")
    };
    let name = node
        .label
        .clone()
        .or_else(|| node.id.clone())
        .unwrap_or_default();
    (types, name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn links_references_and_embedded_nodes() {
        let document = serde_json::json!({
            "@context": "https://schema.org",
            "@graph": [
                {"@type": "Person", "@id": "#p", "name": "Ada", "worksFor": {"@id": "#o"},
                 "address": {"@type": "PostalAddress", "addressLocality": "London"},
                 "knows": {"@type": "Person", "@id": "#q", "name": "Bob"}},
                {"@type": "Organization", "@id": "#o", "name": "Org"},
                {"@type": "Event", "organizer": [{"@id": "#p"}, {"@id": "#missing"}],
                 "location": {"@type": "Place", "containedInPlace": {"@id": "#o"}}}
            ]
        });
        let diagram = Diagram::from_jsonld(&document);
        let labels: Vec<_> = diagram.nodes.iter().map(|n| n.label.clone()).collect();
        assert_eq!(
            labels,
            vec![
                Some("Ada".into()),
                Some("Bob".into()),
                Some("Org".into()),
                None,
                None
            ],
            "the address without @id gets no box"
        );
        assert!(diagram.nodes[4].unresolved);
        let edges: Vec<_> = diagram
            .edges
            .iter()
            .map(|e| format!("{} -{}-> {}", e.from, e.property, e.to))
            .collect();
        assert_eq!(
            edges,
            vec![
                "n0 -worksFor-> n2",
                "n0 -knows-> n1",
                "n3 -organizer-> n0",
                "n3 -organizer-> n4",
                "n3 -location.containedInPlace-> n2"
            ]
        );
    }
}
