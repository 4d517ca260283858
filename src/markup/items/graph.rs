//! The nodes microdata and RDFa state, and how they are written as JSON-LD
//! node objects.
//!
//! Both readers first build a graph: one node per item (microdata) or
//! subject (RDFa), each with its types and its properties in page order, a
//! property's value being text or another node. Writing the graph as a tree
//! embeds a node where it is first reached and refers to it by `@id` every
//! later time, so a node reached under two names (`itemprop="subjectOf
//! about"`) or from two items (`itemref`) is written once: the output grows
//! with the page, never with the number of paths through it. A node that is
//! written more than once and has no IRI of its own is given a blank node
//! label (`_:b0`), local to the document as JSON-LD's blank nodes are.
//!
//! The tree is cut where an object would nest deeper than the document
//! depth limit, the same limit JSON-LD documents have; the first cut is
//! reported with the element it is at.

use std::collections::HashMap;

use serde_json::{Map, Value};

use crate::diagnostic::push_pointer_token;

use super::{Extracted, Markup, Offsets, SCHEMA_ORG};

/// One node: an item or a subject.
#[derive(Debug, Default)]
pub(crate) struct GraphNode {
    /// Byte offset of the element that states the node.
    pub offset: usize,
    /// Its IRI, when it has one.
    pub id: Option<String>,
    /// Its types, compact.
    pub types: Vec<String>,
    /// Its properties, compact names, in page order.
    pub properties: Vec<(String, Object)>,
}

/// A property's value.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub(crate) enum Object {
    /// Text, from the element at `offset`.
    Text { text: String, offset: usize },
    /// Another node, linked by the element at `offset`.
    Node { node: usize, offset: usize },
}

/// The nodes of one markup of a page.
#[derive(Debug, Default)]
pub(crate) struct Graph {
    pub nodes: Vec<GraphNode>,
    by_id: HashMap<String, usize>,
}

/// A graph written as JSON-LD node objects.
pub(crate) struct Written {
    /// The top-level node objects.
    pub items: Vec<Value>,
    /// Where each value came from.
    pub offsets: Offsets,
    /// The element of the first node left out for nesting deeper than the
    /// limit.
    pub too_deep: Option<usize>,
}

impl Written {
    /// The written nodes as the document of `markup`:
    /// `{"@context": "https://schema.org", "@graph": [...]}`.
    pub(crate) fn extracted(self, markup: Markup) -> Extracted {
        let mut document = Map::new();
        document.insert("@context".into(), Value::String(SCHEMA_ORG.into()));
        document.insert("@graph".into(), Value::Array(self.items));
        Extracted {
            markup,
            value: Value::Object(document),
            offsets: self.offsets,
            too_deep: self.too_deep,
        }
    }
}

impl Graph {
    /// A new node without an IRI.
    pub fn blank(&mut self, offset: usize) -> usize {
        self.nodes.push(GraphNode {
            offset,
            ..GraphNode::default()
        });
        self.nodes.len() - 1
    }

    /// The node named `iri`, created when new.
    pub fn named(&mut self, iri: &str, offset: usize) -> usize {
        if let Some(node) = self.by_id.get(iri) {
            return *node;
        }
        let node = self.blank(offset);
        self.nodes[node].id = Some(iri.to_owned());
        self.by_id.insert(iri.to_owned(), node);
        node
    }

    /// True when the node says something: a type or a property.
    pub fn described(&self, node: usize) -> bool {
        let node = &self.nodes[node];
        !node.types.is_empty() || !node.properties.is_empty()
    }

    /// Writes the nodes reachable from `roots` as node objects; top-level
    /// objects sit at depth 3 of the document (`{"@graph": [{…}]}`), and no
    /// object is written deeper than `max_depth`.
    pub fn write(&self, roots: &[usize], max_depth: usize) -> Written {
        // How often each node will be written: once per link to it, once
        // more as a top-level item. Nodes written twice need a name.
        let mut uses = vec![0usize; self.nodes.len()];
        for root in roots {
            uses[*root] += 1;
        }
        for node in &self.nodes {
            for (_, object) in &node.properties {
                if let Object::Node { node, .. } = object {
                    uses[*node] += 1;
                }
            }
        }
        let mut labels: HashMap<usize, String> = HashMap::new();
        for (index, node) in self.nodes.iter().enumerate() {
            if uses[index] > 1 && node.id.is_none() {
                let label = format!("_:b{}", labels.len());
                labels.insert(index, label);
            }
        }
        let mut writer = Writer {
            graph: self,
            labels,
            written: vec![false; self.nodes.len()],
            offsets: Offsets::default(),
            too_deep: None,
            max_depth,
        };
        let mut items = Vec::new();
        for root in roots {
            if writer.written[*root] {
                continue;
            }
            let pointer = format!("/@graph/{}", items.len());
            items.push(writer.node(*root, &pointer, 3));
        }
        Written {
            items,
            offsets: writer.offsets,
            too_deep: writer.too_deep,
        }
    }
}

struct Writer<'a> {
    graph: &'a Graph,
    labels: HashMap<usize, String>,
    written: Vec<bool>,
    offsets: Offsets,
    too_deep: Option<usize>,
    max_depth: usize,
}

impl Writer<'_> {
    fn name(&self, index: usize) -> Option<&str> {
        self.graph.nodes[index]
            .id
            .as_deref()
            .or_else(|| self.labels.get(&index).map(String::as_str))
    }

    /// The node object of `index` at `depth`, embedded: its first writing.
    fn node(&mut self, index: usize, pointer: &str, depth: usize) -> Value {
        self.written[index] = true;
        let node = &self.graph.nodes[index];
        self.offsets.insert(pointer.to_owned(), node.offset);
        let mut object = Map::new();
        match node.types.as_slice() {
            [] => {}
            [one] => {
                object.insert("@type".into(), Value::String(one.clone()));
            }
            many => {
                let names = many.iter().cloned().map(Value::String).collect();
                object.insert("@type".into(), Value::Array(names));
            }
        }
        if let Some(name) = self.name(index) {
            object.insert("@id".into(), Value::String(name.to_owned()));
        }
        let mut groups: Vec<(&str, Vec<&Object>)> = Vec::new();
        for (name, value) in &node.properties {
            match groups.iter_mut().find(|(n, _)| *n == name.as_str()) {
                Some((_, values)) => values.push(value),
                None => groups.push((name, vec![value])),
            }
        }
        for (name, values) in groups {
            let many = values.len() > 1;
            let child_depth = depth + 1 + usize::from(many);
            let mut property = pointer.to_owned();
            push_pointer_token(&mut property, name);
            let mut written = Vec::new();
            for value in values {
                let mut child = property.clone();
                if many {
                    child.push('/');
                    child.push_str(&written.len().to_string());
                }
                if let Some(value) = self.value(value, &child, child_depth) {
                    written.push(value);
                }
            }
            match written.len() {
                0 => {}
                1 if !many => {
                    object.insert(name.to_owned(), written.remove(0));
                }
                _ => {
                    object.insert(name.to_owned(), Value::Array(written));
                }
            }
        }
        Value::Object(object)
    }

    fn value(&mut self, value: &Object, pointer: &str, depth: usize) -> Option<Value> {
        match value {
            Object::Text { text, offset } => {
                self.offsets.insert(pointer.to_owned(), *offset);
                Some(Value::String(text.clone()))
            }
            Object::Node { node, offset } => {
                let index = *node;
                if !self.graph.described(index) {
                    // A bare IRI: written as the URL it is.
                    if let Some(iri) = &self.graph.nodes[index].id {
                        self.offsets.insert(pointer.to_owned(), *offset);
                        return Some(Value::String(iri.clone()));
                    }
                }
                if self.written[index] {
                    self.offsets.insert(pointer.to_owned(), *offset);
                    let mut reference = Map::new();
                    let name = self.name(index).unwrap_or_default().to_owned();
                    reference.insert("@id".into(), Value::String(name));
                    return Some(Value::Object(reference));
                }
                if depth > self.max_depth {
                    self.too_deep.get_or_insert(self.graph.nodes[index].offset);
                    return None;
                }
                Some(self.node(index, pointer, depth))
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn link(graph: &mut Graph, from: usize, name: &str, to: usize) {
        graph.nodes[from].properties.push((
            name.into(),
            Object::Node {
                node: to,
                offset: 0,
            },
        ));
    }

    #[test]
    fn writes_a_node_reached_twice_once() {
        let mut graph = Graph::default();
        let mut previous = graph.blank(0);
        graph.nodes[previous].types.push("Thing".into());
        let root = previous;
        for _ in 0..40 {
            let next = graph.blank(0);
            link(&mut graph, previous, "subjectOf", next);
            link(&mut graph, previous, "about", next);
            previous = next;
        }
        let written = graph.write(&[root], 127);
        let text = serde_json::to_string(&written.items).unwrap();
        assert!(text.len() < 4_000, "{} bytes", text.len());
        assert_eq!(written.too_deep, None);
        let first = &written.items[0];
        assert_eq!(first["subjectOf"]["@id"], "_:b0");
        assert_eq!(first["about"], json!({"@id": "_:b0"}));
    }

    #[test]
    fn cuts_at_the_depth_limit() {
        let mut graph = Graph::default();
        let root = graph.blank(0);
        let mut previous = root;
        for offset in 1..10 {
            let next = graph.blank(offset);
            graph.nodes[next].types.push("Thing".into());
            link(&mut graph, previous, "subjectOf", next);
            previous = next;
        }
        // Objects at depths 3 (the root) to 6 are written; the node at
        // depth 7 is the one cut.
        let written = graph.write(&[root], 6);
        assert_eq!(written.too_deep, Some(4));
        let text = serde_json::to_string(&written.items).unwrap();
        assert_eq!(text.matches("subjectOf").count(), 3);
    }

    #[test]
    fn names_a_cycle() {
        let mut graph = Graph::default();
        let a = graph.blank(0);
        let b = graph.blank(0);
        link(&mut graph, a, "knows", b);
        link(&mut graph, b, "knows", a);
        let written = graph.write(&[a], 64);
        assert_eq!(
            written.items,
            [json!({"@id": "_:b0", "knows": {"knows": {"@id": "_:b0"}}})]
        );
    }
}
