//! HTML microdata (`itemscope`, `itemtype`, `itemprop`, `itemid`,
//! `itemref`) to JSON-LD node objects, following the HTML specification's
//! algorithm for an item's properties: the item's descendants and the
//! elements its `itemref` names, not descending into nested items, in tree
//! order.
//!
//! Property values follow the specification's element rules (`<meta
//! content>`, `href`/`src`/`data` resolved against the base URL, `<time
//! datetime>`, `<data>`/`<meter>` `value`, text content otherwise). A
//! `content` attribute on any other element is read too, as search engines
//! do (`<span itemprop="price" content="12.00">$12</span>`).

use std::collections::HashMap;

use serde_json::{Map, Value};
use url::Url;

use crate::diagnostic::push_pointer_token;

use super::dom::{Dom, Element};
use super::extract::{self, Extracted, Markup, Offsets};

/// Items nested deeper than this are cut (a value of `null` is not
/// written; the property is left out).
const MAX_DEPTH: usize = 64;

struct Reader<'a> {
    dom: &'a Dom,
    base: Option<&'a Url>,
    by_id: HashMap<&'a str, usize>,
    order: HashMap<usize, usize>,
    offsets: Offsets,
    open: Vec<usize>,
}

/// The top-level items of the page (elements with `itemscope` and without
/// `itemprop`), in tree order.
pub fn extract(dom: &Dom, base: Option<&Url>) -> Extracted {
    let elements = dom.elements();
    let mut by_id = HashMap::new();
    for index in &elements {
        if let Some(id) = dom.element(*index).and_then(|e| e.attr("id")) {
            by_id.entry(id).or_insert(*index);
        }
    }
    let order = elements.iter().enumerate().map(|(i, e)| (*e, i)).collect();
    let mut reader = Reader {
        dom,
        base,
        by_id,
        order,
        offsets: Offsets::default(),
        open: Vec::new(),
    };
    let mut items = Vec::new();
    for index in elements {
        let Some(element) = dom.element(index) else {
            continue;
        };
        if element.has("itemscope") && !element.has("itemprop") {
            let pointer = format!("/@graph/{}", items.len());
            items.push(reader.item(index, &pointer));
        }
    }
    Extracted::new(Markup::Microdata, items, reader.offsets)
}

impl<'a> Reader<'a> {
    fn element(&self, index: usize) -> Option<&'a Element> {
        self.dom.element(index)
    }

    fn item(&mut self, index: usize, pointer: &str) -> Value {
        let mut object = Map::new();
        let Some(element) = self.element(index) else {
            return Value::Object(object);
        };
        self.offsets.insert(pointer.to_owned(), element.offset);
        if let Some(types) = element.attr("itemtype") {
            let types: Vec<Value> = types
                .split_ascii_whitespace()
                .map(|t| Value::String(extract::compact(t)))
                .collect();
            match types.len() {
                0 => {}
                1 => {
                    object.insert("@type".into(), types[0].clone());
                }
                _ => {
                    object.insert("@type".into(), Value::Array(types));
                }
            }
        }
        if let Some(id) = element.attr("itemid") {
            object.insert("@id".into(), Value::String(extract::resolve(id, self.base)));
        }
        self.open.push(index);
        let mut groups: Vec<(String, Vec<usize>)> = Vec::new();
        for property in self.properties(index) {
            let names = self
                .element(property)
                .and_then(|e| e.attr("itemprop"))
                .unwrap_or_default();
            for name in names.split_ascii_whitespace() {
                let name = extract::compact(name);
                match groups.iter_mut().find(|(n, _)| *n == name) {
                    Some((_, elements)) => elements.push(property),
                    None => groups.push((name, vec![property])),
                }
            }
        }
        for (name, elements) in groups {
            let many = elements.len() > 1;
            let mut written = 0;
            for property in elements {
                let mut child = pointer.to_owned();
                push_pointer_token(&mut child, &name);
                if many {
                    child.push('/');
                    child.push_str(&written.to_string());
                }
                let Some(value) = self.value(property, &child) else {
                    continue;
                };
                written += 1;
                extract::add_value(&mut object, &name, value);
            }
        }
        self.open.pop();
        Value::Object(object)
    }

    /// The property elements of the item at `root`, in tree order.
    fn properties(&self, root: usize) -> Vec<usize> {
        let mut memory = std::collections::HashSet::from([root]);
        let mut pending: Vec<usize> = self.dom.nodes[root].children.clone();
        if let Some(refs) = self.element(root).and_then(|e| e.attr("itemref")) {
            pending.extend(
                refs.split_ascii_whitespace()
                    .filter_map(|id| self.by_id.get(id).copied()),
            );
        }
        let mut results = Vec::new();
        while let Some(current) = pending.pop() {
            let Some(element) = self.element(current) else {
                continue;
            };
            if !memory.insert(current) {
                continue;
            }
            if !element.has("itemscope") {
                pending.extend(self.dom.nodes[current].children.iter().copied());
            }
            if element.has("itemprop") {
                results.push(current);
            }
        }
        results.sort_by_key(|index| self.order.get(index).copied().unwrap_or(usize::MAX));
        results.dedup();
        results
    }

    fn value(&mut self, index: usize, pointer: &str) -> Option<Value> {
        let element = self.element(index)?;
        if element.has("itemscope") {
            // An item that contains itself through itemref would never end.
            if self.open.contains(&index) || self.open.len() >= MAX_DEPTH {
                return None;
            }
            return Some(self.item(index, pointer));
        }
        self.offsets.insert(pointer.to_owned(), element.offset);
        Some(Value::String(property_text(
            self.dom, index, element, self.base,
        )))
    }
}

/// The value of a property element that is not an item.
fn property_text(dom: &Dom, index: usize, element: &Element, base: Option<&Url>) -> String {
    if let Some(content) = element.attr("content") {
        return content.to_owned();
    }
    let url_attribute = match element.name.as_str() {
        "audio" | "embed" | "iframe" | "img" | "source" | "track" | "video" => Some("src"),
        "a" | "area" | "link" => Some("href"),
        "object" => Some("data"),
        _ => None,
    };
    if let Some(attribute) = url_attribute {
        return element
            .attr(attribute)
            .map(|url| extract::resolve(url, base))
            .unwrap_or_default();
    }
    match element.name.as_str() {
        "meta" => String::new(),
        "data" | "meter" => element.attr("value").unwrap_or_default().to_owned(),
        "time" if element.has("datetime") => {
            element.attr("datetime").unwrap_or_default().to_owned()
        }
        _ => extract::collapse_whitespace(&dom.text_content(index)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn reads_items_with_nesting_itemref_and_element_values() {
        let page = r##"<html><head><base href="https://shop.example/p/"></head><body>
<div itemscope itemtype="https://schema.org/Product" itemid="#x" itemref="brand">
  <h1 itemprop="name"> Widget
     One </h1>
  <img itemprop="image" src="w.jpg">
  <div itemprop="offers" itemscope itemtype="https://schema.org/Offer">
    <span itemprop="price" content="9.50">9,50 €</span>
    <meta itemprop="priceCurrency" content="EUR">
    <link itemprop="availability" href="https://schema.org/InStock">
  </div>
  <time itemprop="releaseDate" datetime="2024-05-01">May</time>
  <data itemprop="sku" value="W-1">Widget one</data>
</div>
<p id="brand" itemprop="brand" itemscope itemtype="https://schema.org/Brand"><span itemprop="name">Acme</span></p>
</body></html>"##;
        let dom = Dom::parse(page.as_bytes()).unwrap();
        let base = Url::parse("https://shop.example/p/").unwrap();
        let extracted = extract(&dom, Some(&base));
        assert_eq!(
            extracted.items(),
            [json!({
                "@type": "Product",
                "@id": "https://shop.example/p/#x",
                "name": "Widget One",
                "image": "https://shop.example/p/w.jpg",
                "offers": {"@type": "Offer", "price": "9.50", "priceCurrency": "EUR",
                           "availability": "https://schema.org/InStock"},
                "releaseDate": "2024-05-01",
                "sku": "W-1",
                "brand": {"@type": "Brand", "name": "Acme"}
            })]
        );
        let at = |pointer: &str| extracted.offsets.find(pointer).unwrap();
        assert_eq!(at("/@graph/0"), page.find("<div itemscope").unwrap());
        assert_eq!(
            at("/@graph/0/offers/price"),
            page.find("<span itemprop=\"price\"").unwrap()
        );
        assert_eq!(
            at("/@graph/0/brand/name"),
            page.find("<span itemprop=\"name\"").unwrap()
        );
    }

    #[test]
    fn survives_itemref_cycles() {
        let page = r#"<div id="a" itemscope itemref="b"><div id="b" itemprop="x" itemscope itemref="a"></div></div>"#;
        let dom = Dom::parse(page.as_bytes()).unwrap();
        let extracted = extract(&dom, None);
        assert_eq!(extracted.items().len(), 1);
    }
}
