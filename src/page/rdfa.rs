//! RDFa Lite (`vocab`, `typeof`, `property`, `resource`, `prefix`) to
//! JSON-LD node objects.
//!
//! RDFa Lite is the subset schema.org documents: `typeof` starts an item
//! (linked to the enclosing item when the element also has `property`),
//! `property` adds a value to the enclosing item, `resource` names an item
//! (its `@id`) or gives an IRI value, `vocab` and `prefix` say how terms
//! expand. Properties outside any typed item describe the page itself
//! (OpenGraph's `og:` tags are written that way); they are read by
//! [`super::social`], not here.
//!
//! The walk keeps its own stack: a page nested thousands of elements deep
//! does not overflow the thread's stack.

use std::collections::HashMap;
use std::rc::Rc;

use serde_json::{Map, Value};
use url::Url;

use crate::diagnostic::push_pointer_token;

use super::dom::{Dom, Element, NodeData};
use super::extract::{self, Extracted, Markup, Offsets};

/// Items nested deeper than this are cut.
const MAX_DEPTH: usize = 64;

#[derive(Clone)]
struct Context {
    vocab: Option<Rc<str>>,
    prefixes: Rc<HashMap<String, String>>,
    item: Option<usize>,
}

enum Prop {
    Text(String, usize),
    Item(usize),
}

struct Item {
    offset: usize,
    types: Vec<String>,
    id: Option<String>,
    props: Vec<(String, Prop)>,
}

/// The typed items of the page, top-level ones in tree order.
pub fn extract(dom: &Dom, base: Option<&Url>) -> Extracted {
    let mut items: Vec<Item> = Vec::new();
    let mut roots = Vec::new();
    let start = Context {
        vocab: None,
        prefixes: Rc::new(HashMap::new()),
        item: None,
    };
    let mut stack = vec![(0usize, start)];
    while let Some((index, mut context)) = stack.pop() {
        if let NodeData::Element(element) = &dom.nodes[index].data {
            if let Some(vocab) = element.attr("vocab") {
                context.vocab = Some(Rc::from(vocab.trim()));
            }
            if let Some(prefix) = element.attr("prefix") {
                let mut prefixes = (*context.prefixes).clone();
                read_prefixes(prefix, &mut prefixes);
                context.prefixes = Rc::new(prefixes);
            }
            let properties: Vec<String> = element
                .attr("property")
                .map(|names| {
                    names
                        .split_ascii_whitespace()
                        .map(|term| expand(term, &context))
                        .collect()
                })
                .unwrap_or_default();
            if let Some(types) = element.attr("typeof") {
                let item = items.len();
                items.push(Item {
                    offset: element.offset,
                    types: types
                        .split_ascii_whitespace()
                        .map(|term| expand(term, &context))
                        .collect(),
                    id: element
                        .attr("resource")
                        .map(|iri| extract::resolve(iri, base)),
                    props: Vec::new(),
                });
                match context.item {
                    Some(parent) if !properties.is_empty() => {
                        for name in properties {
                            items[parent].props.push((name, Prop::Item(item)));
                        }
                    }
                    _ => roots.push(item),
                }
                context.item = Some(item);
            } else if let Some(parent) = context.item {
                if !properties.is_empty() {
                    let value = property_text(dom, index, element, base);
                    for name in properties {
                        items[parent]
                            .props
                            .push((name, Prop::Text(value.clone(), element.offset)));
                    }
                }
            }
        }
        for child in dom.nodes[index].children.iter().rev() {
            if matches!(dom.nodes[*child].data, NodeData::Element(_)) {
                stack.push((*child, context.clone()));
            }
        }
    }
    let mut offsets = Offsets::default();
    let values = roots
        .iter()
        .enumerate()
        .map(|(i, root)| build(&items, *root, &format!("/@graph/{i}"), &mut offsets, 0))
        .collect();
    Extracted::new(Markup::Rdfa, values, offsets)
}

fn build(
    items: &[Item],
    index: usize,
    pointer: &str,
    offsets: &mut Offsets,
    depth: usize,
) -> Value {
    let item = &items[index];
    offsets.insert(pointer.to_owned(), item.offset);
    let mut object = Map::new();
    match item.types.len() {
        0 => {}
        1 => {
            object.insert("@type".into(), Value::String(item.types[0].clone()));
        }
        _ => {
            object.insert(
                "@type".into(),
                Value::Array(item.types.iter().cloned().map(Value::String).collect()),
            );
        }
    }
    if let Some(id) = &item.id {
        object.insert("@id".into(), Value::String(id.clone()));
    }
    let mut counts: HashMap<&str, usize> = HashMap::new();
    for (name, prop) in &item.props {
        if matches!(prop, Prop::Item(_)) && depth >= MAX_DEPTH {
            continue;
        }
        *counts.entry(name).or_default() += 1;
    }
    let mut seen: HashMap<&str, usize> = HashMap::new();
    for (name, prop) in &item.props {
        let Some(total) = counts.get(name.as_str()).copied() else {
            continue;
        };
        let mut child = pointer.to_owned();
        push_pointer_token(&mut child, name);
        let n = seen.entry(name).or_default();
        if total > 1 {
            child.push('/');
            child.push_str(&n.to_string());
        }
        let value = match prop {
            Prop::Text(text, offset) => {
                offsets.insert(child, *offset);
                Value::String(text.clone())
            }
            Prop::Item(nested) if depth < MAX_DEPTH => {
                build(items, *nested, &child, offsets, depth + 1)
            }
            Prop::Item(_) => continue,
        };
        *n += 1;
        extract::add_value(&mut object, name, value);
    }
    Value::Object(object)
}

/// `prefix="og: https://ogp.me/ns# ex: https://example.com/"`.
fn read_prefixes(text: &str, prefixes: &mut HashMap<String, String>) {
    let mut words = text.split_ascii_whitespace();
    while let (Some(name), Some(iri)) = (words.next(), words.next()) {
        if let Some(name) = name.strip_suffix(':') {
            prefixes.insert(name.to_owned(), iri.to_owned());
        }
    }
}

/// A term, CURIE or IRI as a compact schema.org name (or a full IRI for
/// other vocabularies).
fn expand(term: &str, context: &Context) -> String {
    if term.contains("://") {
        return extract::compact(term);
    }
    if let Some((prefix, rest)) = term.split_once(':') {
        if let Some(iri) = context.prefixes.get(prefix) {
            return extract::compact(&format!("{iri}{rest}"));
        }
        if prefix == "schema" {
            return rest.to_owned();
        }
        return term.to_owned();
    }
    match &context.vocab {
        Some(vocab) => extract::compact(&format!("{vocab}{term}")),
        None => term.to_owned(),
    }
}

/// The value of a property element that does not start an item.
fn property_text(dom: &Dom, index: usize, element: &Element, base: Option<&Url>) -> String {
    if let Some(content) = element.attr("content") {
        return content.to_owned();
    }
    for attribute in ["resource", "href", "src"] {
        if let Some(iri) = element.attr(attribute) {
            return extract::resolve(iri, base);
        }
    }
    if element.name == "time" {
        if let Some(datetime) = element.attr("datetime") {
            return datetime.to_owned();
        }
    }
    extract::collapse_whitespace(&dom.text_content(index))
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn reads_typed_items_and_properties() {
        let page = r#"<body vocab="https://schema.org/" prefix="ex: https://example.com/ns#">
<meta property="og:title" content="ignored: describes the page">
<div typeof="Event" resource="https://e.example/#e">
  <h1 property="name">Launch
  </h1>
  <time property="startDate" datetime="2025-01-02T10:00:00Z">Jan 2</time>
  <div property="location" typeof="Place"><span property="name">Hall</span></div>
  <a property="url" href="/launch">more</a>
  <span property="ex:note">x</span>
</div></body>"#;
        let dom = Dom::parse(page.as_bytes()).unwrap();
        let extracted = extract(&dom, None);
        assert_eq!(
            extracted.items(),
            [json!({
                "@type": "Event",
                "@id": "https://e.example/#e",
                "name": "Launch",
                "startDate": "2025-01-02T10:00:00Z",
                "location": {"@type": "Place", "name": "Hall"},
                "url": "/launch",
                "https://example.com/ns#note": "x"
            })]
        );
        assert_eq!(
            extracted.offsets.find("/@graph/0/location/name"),
            page.find("<span property=\"name\"")
        );
    }
}
