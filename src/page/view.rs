//! Every node of a page, or of JSON-LD documents, as one JSON-LD document:
//! the view a search engine has, which `sdx extract` and `sdx graph` print.

use serde_json::{Map, Value};
use url::Url;

use crate::markup::{compact, read_markup, SCHEMA_ORG};

/// Every node of a page as one JSON-LD document, the view a search engine
/// has: nodes of the JSON-LD scripts (top-level and `@graph` items, keys in
/// their compact schema.org form, `@context` dropped), then microdata
/// items, then RDFa items. Keys are sorted (`@`-keywords first) so the same
/// data in any format prints the same bytes. Scripts that are not JSON are
/// skipped, as search engines skip them, and listed in the second value.
pub fn page_graph(page: &[u8], page_url: Option<&Url>) -> (Value, Vec<String>) {
    let mut nodes = Vec::new();
    let mut skipped = Vec::new();
    let ranges = match crate::validate::ingest::html::script_ranges(page) {
        Ok(ranges) => ranges,
        Err(error) => {
            skipped.push(format!("the page could not be tokenized: {error}"));
            Vec::new()
        }
    };
    for (index, range) in ranges.iter().enumerate() {
        let text = page.get(range.clone()).unwrap_or_default();
        match serde_json::from_slice::<Value>(text) {
            Ok(value) => collect_nodes(value, &mut nodes),
            Err(error) => skipped.push(format!(
                "JSON-LD script {} is not JSON ({error}); skipped",
                index + 1
            )),
        }
    }
    let max_depth = crate::validate::ingest::limits::DEFAULT_MAX_DEPTH;
    let markup = read_markup(page, page_url, max_depth);
    if markup.too_deep {
        skipped.push("the page nests elements too deeply to read its microdata and RDFa".into());
    }
    for extracted in [markup.microdata, markup.rdfa].into_iter().flatten() {
        if extracted.too_deep.is_some() {
            skipped.push(format!(
                "its {} nests items deeper than {max_depth} levels of arrays and objects; the deeper ones are left out",
                extracted.markup.label()
            ));
        }
        nodes.extend(extracted.items().iter().cloned());
    }
    let mut document = Map::new();
    document.insert("@context".into(), Value::String(SCHEMA_ORG.into()));
    document.insert(
        "@graph".into(),
        Value::Array(nodes.iter().map(canonical).collect()),
    );
    (Value::Object(document), skipped)
}

/// Every node of JSON-LD documents (a file, a feed's lines) as one
/// document, in the form [`page_graph`] gives a page's.
pub fn documents_graph(documents: Vec<Value>) -> Value {
    let mut nodes = Vec::new();
    for document in documents {
        collect_nodes(document, &mut nodes);
    }
    let mut graph = Map::new();
    graph.insert("@context".into(), Value::String(SCHEMA_ORG.into()));
    graph.insert(
        "@graph".into(),
        Value::Array(nodes.iter().map(canonical).collect()),
    );
    Value::Object(graph)
}

fn collect_nodes(value: Value, nodes: &mut Vec<Value>) {
    match value {
        Value::Array(items) => items
            .into_iter()
            .for_each(|item| collect_nodes(item, nodes)),
        Value::Object(mut object) => {
            object.remove("@context");
            match object.remove("@graph") {
                Some(graph) => {
                    collect_nodes(graph, nodes);
                    if object.keys().any(|key| key != "@id") {
                        nodes.push(Value::Object(object));
                    }
                }
                None => nodes.push(Value::Object(object)),
            }
        }
        _ => {}
    }
}

/// Compact keys and types, keys sorted with `@`-keywords first.
fn canonical(value: &Value) -> Value {
    match value {
        Value::Object(object) => {
            let mut entries: Vec<(String, Value)> = object
                .iter()
                .map(|(key, value)| {
                    // schema.org's context makes `type` and `id` aliases of
                    // `@type` and `@id`.
                    let key = match key.as_str() {
                        "type" if !object.contains_key("@type") => "@type".to_owned(),
                        "id" if !object.contains_key("@id") => "@id".to_owned(),
                        _ => crate::validate::normalize::canonical_key(key).to_owned(),
                    };
                    let value = if key == "@type" {
                        match value {
                            Value::String(name) => Value::String(compact(name)),
                            Value::Array(names) => Value::Array(
                                names
                                    .iter()
                                    .map(|n| n.as_str().map_or(n.clone(), |s| compact(s).into()))
                                    .collect(),
                            ),
                            other => other.clone(),
                        }
                    } else {
                        canonical(value)
                    };
                    (key, value)
                })
                .collect();
            entries.sort_by(|(a, _), (b, _)| {
                (!a.starts_with('@'), a.as_str()).cmp(&(!b.starts_with('@'), b.as_str()))
            });
            Value::Object(entries.into_iter().collect())
        }
        Value::Array(items) => Value::Array(items.iter().map(canonical).collect()),
        other => other.clone(),
    }
}
