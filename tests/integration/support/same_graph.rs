//! Two JSON-LD graphs compared as the conformance test of microdata and
//! RDFa defines it (`tests/integration/conformance_markup.rs` says how):
//! nodes by types, properties and values, not by how they are written.

use std::collections::{BTreeMap, BTreeSet, HashMap};

use serde_json::Value;

/// Compares the `@graph`s of two documents; what differs, when they do.
pub fn compare(read: &Value, expected: &Value) -> Result<(), String> {
    let (left, right) = (Graph::read(read), Graph::read(expected));
    let mut comparison = Comparison {
        left: &left,
        right: &right,
        memo: HashMap::new(),
    };
    if comparison.same_graph() {
        Ok(())
    } else {
        Err(difference(&left, &right))
    }
}

/// The base every relative IRI of both sides resolves against.
const BASE: &str = "https://example.invalid/page";

/// A graph as compared.
#[derive(Debug, Default)]
struct Graph {
    nodes: Vec<GraphNode>,
    by_id: HashMap<String, usize>,
}

#[derive(Debug, Default)]
struct GraphNode {
    id: Option<String>,
    types: BTreeSet<String>,
    properties: BTreeMap<String, Vec<Item>>,
}

#[derive(Debug, Clone)]
enum Item {
    Node(usize),
    Text(String),
    Number(f64),
    Bool(bool),
}

impl Graph {
    fn read(document: &Value) -> Graph {
        let mut graph = Graph::default();
        if let Some(items) = document.get("@graph").and_then(Value::as_array) {
            for item in items {
                graph.value(item, &mut Vec::new());
            }
        }
        // A URL naming a node of the graph links to it.
        for index in 0..graph.nodes.len() {
            let mut properties = std::mem::take(&mut graph.nodes[index].properties);
            for item in properties.values_mut().flatten() {
                if let Item::Text(text) = item {
                    if let Some(node) = graph.by_id.get(&iri(text)) {
                        if !graph.is_bare(*node) {
                            *item = Item::Node(*node);
                        }
                    }
                }
            }
            graph.nodes[index].properties = properties;
        }
        graph
    }

    fn node_for(&mut self, id: Option<&str>) -> usize {
        if let Some(id) = id {
            let id = iri(id);
            if let Some(index) = self.by_id.get(&id) {
                return *index;
            }
            self.by_id.insert(id.clone(), self.nodes.len());
            self.nodes.push(GraphNode {
                id: Some(id),
                ..GraphNode::default()
            });
        } else {
            self.nodes.push(GraphNode::default());
        }
        self.nodes.len() - 1
    }

    /// The items `value` stands for, added to `out`.
    fn value(&mut self, value: &Value, out: &mut Vec<Item>) {
        match value {
            Value::Null => {}
            Value::Bool(b) => out.push(Item::Bool(*b)),
            Value::Number(n) => out.push(Item::Number(n.as_f64().unwrap_or(f64::NAN))),
            Value::String(text) => out.push(Item::Text(text_form(text))),
            Value::Array(items) => items.iter().for_each(|item| self.value(item, out)),
            Value::Object(object) => {
                if let Some(inner) = object.get("@value") {
                    return self.value(inner, out);
                }
                if let Some(list) = object.get("@list").or_else(|| object.get("@set")) {
                    return self.value(list, out);
                }
                let index = self.node_for(object.get("@id").and_then(Value::as_str));
                for (key, value) in object {
                    match key.as_str() {
                        "@id" | "@context" => {}
                        "@type" => {
                            let mut names = Vec::new();
                            self.value(value, &mut names);
                            for name in names {
                                if let Item::Text(name) = name {
                                    self.nodes[index].types.insert(name);
                                }
                            }
                        }
                        "@reverse" => {
                            for (property, value) in value.as_object().into_iter().flatten() {
                                let mut subjects = Vec::new();
                                self.value(value, &mut subjects);
                                for subject in subjects {
                                    if let Item::Node(subject) = subject {
                                        self.nodes[subject]
                                            .properties
                                            .entry(schema_name(property))
                                            .or_default()
                                            .push(Item::Node(index));
                                    }
                                }
                            }
                        }
                        _ => {
                            let mut items = Vec::new();
                            self.value(value, &mut items);
                            self.nodes[index]
                                .properties
                                .entry(schema_name(key))
                                .or_default()
                                .extend(items);
                        }
                    }
                }
                out.push(Item::Node(index));
            }
        }
    }

    /// Nodes no other node refers to, then any left unreached (cycles).
    fn roots(&self) -> Vec<usize> {
        let mut referred = vec![false; self.nodes.len()];
        for node in &self.nodes {
            for items in node.properties.values() {
                for item in items {
                    if let Item::Node(n) = item {
                        referred[*n] = true;
                    }
                }
            }
        }
        let mut roots: Vec<usize> = (0..self.nodes.len())
            .filter(|n| !referred[*n] && !self.is_bare(*n))
            .collect();
        let mut reached = vec![false; self.nodes.len()];
        let mut stack = roots.clone();
        while let Some(n) = stack.pop() {
            if std::mem::replace(&mut reached[n], true) {
                continue;
            }
            for items in self.nodes[n].properties.values() {
                stack.extend(items.iter().filter_map(|i| match i {
                    Item::Node(n) => Some(*n),
                    _ => None,
                }));
            }
        }
        roots.extend((0..self.nodes.len()).filter(|n| !reached[*n] && !self.is_bare(*n)));
        roots
    }

    /// A node that only names an IRI: no type, no property.
    fn is_bare(&self, node: usize) -> bool {
        let node = &self.nodes[node];
        node.types.is_empty() && node.properties.is_empty()
    }
}

/// Text as compared: whitespace collapsed, schema.org IRIs as names.
fn text_form(text: &str) -> String {
    schema_name(&text.split_whitespace().collect::<Vec<_>>().join(" "))
}

fn schema_name(text: &str) -> String {
    for prefix in [
        "https://schema.org/",
        "http://schema.org/",
        "https://www.schema.org/",
        "http://www.schema.org/",
        "schema:",
    ] {
        if let Some(rest) = text.strip_prefix(prefix) {
            if !rest.is_empty() && !rest.contains(['/', '#', '?']) {
                return rest.to_owned();
            }
        }
    }
    text.to_owned()
}

/// True when `text` is written as an IRI or a relative reference.
fn is_iri(text: &str) -> bool {
    text.contains("://") || text.starts_with(['/', '#', '.'])
}

/// An `@id` resolved against [`BASE`].
fn iri(id: &str) -> String {
    if id.starts_with("_:") {
        return id.to_owned();
    }
    url::Url::parse(BASE)
        .and_then(|base| base.join(id.trim()))
        .map_or_else(|_| id.to_owned(), String::from)
}

/// Compares two graphs.
struct Comparison<'a> {
    left: &'a Graph,
    right: &'a Graph,
    memo: HashMap<(usize, usize), bool>,
}

impl Comparison<'_> {
    fn same_graph(&mut self) -> bool {
        let left = self.left.roots();
        let right = self.right.roots();
        left.len() == right.len() && self.pair_up(&left, &right, |c, a, b| c.same_node(*a, *b))
    }

    fn same_node(&mut self, a: usize, b: usize) -> bool {
        if let Some(known) = self.memo.get(&(a, b)) {
            return *known;
        }
        // Assumed equal while being compared: a cycle agrees unless
        // something else differs.
        self.memo.insert((a, b), true);
        let result = self.compare_nodes(a, b);
        self.memo.insert((a, b), result);
        result
    }

    fn compare_nodes(&mut self, a: usize, b: usize) -> bool {
        let (x, y) = (&self.left.nodes[a], &self.right.nodes[b]);
        if let (Some(p), Some(q)) = (&x.id, &y.id) {
            if p != q && !p.starts_with("_:") && !q.starts_with("_:") {
                return false;
            }
        }
        if x.types != y.types || !x.properties.keys().eq(y.properties.keys()) {
            return false;
        }
        let (left, right) = (self.left, self.right);
        for (key, values) in &left.nodes[a].properties {
            let others = &right.nodes[b].properties[key];
            if values.len() != others.len()
                || !self.pair_up(values, others, |c, p, q| c.same_item(p, q))
            {
                return false;
            }
        }
        true
    }

    fn same_item(&mut self, a: &Item, b: &Item) -> bool {
        let a = self.left_item(a);
        let b = self.right_item(b);
        match (a, b) {
            (Item::Node(a), Item::Node(b)) => self.same_node(a, b),
            (Item::Node(n), Item::Text(t)) => self.left.nodes[n].id == Some(iri(&t)),
            (Item::Text(t), Item::Node(n)) => self.right.nodes[n].id == Some(iri(&t)),
            (Item::Text(a), Item::Text(b)) => a == b || (is_iri(&a) && iri(&a) == iri(&b)),
            (Item::Number(a), Item::Number(b)) => a == b,
            (Item::Bool(a), Item::Bool(b)) => a == b,
            (Item::Number(n), Item::Text(t)) | (Item::Text(t), Item::Number(n)) => {
                t.parse::<f64>().is_ok_and(|m| m == n)
            }
            (Item::Bool(b), Item::Text(t)) | (Item::Text(t), Item::Bool(b)) => {
                t.eq_ignore_ascii_case(if b { "true" } else { "false" })
            }
            _ => false,
        }
    }

    /// A reference to a node its graph does not describe reads as its IRI.
    fn left_item(&self, item: &Item) -> Item {
        bare_as_text(self.left, item)
    }

    fn right_item(&self, item: &Item) -> Item {
        bare_as_text(self.right, item)
    }

    /// True when `left` and `right` pair up one to one under `same`
    /// (augmenting paths: a value equal to two others never blocks a match).
    fn pair_up<T>(
        &mut self,
        left: &[T],
        right: &[T],
        mut same: impl FnMut(&mut Self, &T, &T) -> bool,
    ) -> bool {
        let edges: Vec<Vec<usize>> = left
            .iter()
            .map(|a| {
                (0..right.len())
                    .filter(|j| same(self, a, &right[*j]))
                    .collect()
            })
            .collect();
        let mut owner: Vec<Option<usize>> = vec![None; right.len()];
        fn augment(
            i: usize,
            edges: &[Vec<usize>],
            owner: &mut [Option<usize>],
            seen: &mut [bool],
        ) -> bool {
            for &j in &edges[i] {
                if !std::mem::replace(&mut seen[j], true)
                    && owner[j].is_none_or(|k| augment(k, edges, owner, seen))
                {
                    owner[j] = Some(i);
                    return true;
                }
            }
            false
        }
        (0..left.len()).all(|i| augment(i, &edges, &mut owner, &mut vec![false; right.len()]))
    }
}

fn bare_as_text(graph: &Graph, item: &Item) -> Item {
    match item {
        Item::Node(n) if graph.is_bare(*n) => match &graph.nodes[*n].id {
            Some(id) => Item::Text(schema_name(id)),
            None => item.clone(),
        },
        other => other.clone(),
    }
}

/// The graph as lines `Type.property = value` from each top-level node, a
/// node's own lines under its path: what a failure shows of a difference.
fn statements(graph: &Graph) -> BTreeMap<String, usize> {
    fn walk(
        graph: &Graph,
        node: usize,
        path: &str,
        seen: &mut Vec<usize>,
        out: &mut BTreeMap<String, usize>,
    ) {
        let here = &graph.nodes[node];
        let types: Vec<&str> = here.types.iter().map(String::as_str).collect();
        let path = format!("{path}{}", types.join("+"));
        if let Some(id) = &here.id {
            *out.entry(format!("{path} @id {id}")).or_default() += 1;
        }
        if seen.contains(&node) || seen.len() > 8 {
            return;
        }
        seen.push(node);
        for (key, items) in &here.properties {
            for item in items {
                match bare_as_text(graph, item) {
                    Item::Node(n) => walk(graph, n, &format!("{path}.{key}/"), seen, out),
                    Item::Text(t) => {
                        let shown = match t.parse::<f64>() {
                            Ok(n) => n.to_string(),
                            Err(_) if t.eq_ignore_ascii_case("true") => "true".into(),
                            Err(_) if t.eq_ignore_ascii_case("false") => "false".into(),
                            Err(_) => format!("{t:?}"),
                        };
                        *out.entry(format!("{path}.{key} = {shown}")).or_default() += 1
                    }
                    Item::Number(n) => *out.entry(format!("{path}.{key} = {n}")).or_default() += 1,
                    Item::Bool(b) => *out.entry(format!("{path}.{key} = {b}")).or_default() += 1,
                }
            }
        }
        seen.pop();
    }
    let mut out = BTreeMap::new();
    for root in graph.roots() {
        walk(graph, root, "", &mut Vec::new(), &mut out);
    }
    out
}

/// The lines of one graph missing from the other, both ways.
fn difference(markup: &Graph, json: &Graph) -> String {
    let (a, b) = (statements(markup), statements(json));
    let only = |x: &BTreeMap<String, usize>, y: &BTreeMap<String, usize>| -> Vec<String> {
        x.iter()
            .filter(|(k, n)| y.get(*k).copied().unwrap_or(0) < **n)
            .map(|(k, _)| k.chars().take(1000).collect())
            .collect()
    };
    format!(
        "    only in the markup: {:?}\n    only in the JSON-LD: {:?}",
        only(&a, &b),
        only(&b, &a)
    )
}
