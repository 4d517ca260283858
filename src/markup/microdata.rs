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
//!
//! Each item is one node of a [`Graph`]: an item reached twice (under two
//! names, or from two items through `itemref`) is read once and written
//! once, then referred to.

use std::collections::{HashMap, HashSet};

use url::Url;

use super::dom::{Dom, Element};
use super::items::graph::{Graph, Object};
use super::items::{self, Extracted, Markup};

struct Reader<'a> {
    dom: &'a Dom,
    base: Option<&'a Url>,
    by_id: HashMap<&'a str, usize>,
    order: HashMap<usize, usize>,
    graph: Graph,
    /// From item element to node.
    nodes: HashMap<usize, usize>,
    /// Items whose properties are still to be read.
    pending: Vec<usize>,
}

/// The top-level items of the page (elements with `itemscope` and without
/// `itemprop`), in tree order, with the items they reach; objects nested
/// deeper than `max_depth` levels are left out and reported.
pub fn extract(dom: &Dom, base: Option<&Url>, max_depth: usize) -> Extracted {
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
        graph: Graph::default(),
        nodes: HashMap::new(),
        pending: Vec::new(),
    };
    let mut roots = Vec::new();
    for index in elements {
        let Some(element) = dom.element(index) else {
            continue;
        };
        if element.has("itemscope") && !element.has("itemprop") {
            roots.push(reader.node(index));
        }
    }
    while let Some(item) = reader.pending.pop() {
        reader.read_item(item);
    }
    let written = reader.graph.write(&roots, max_depth);
    written.extracted(Markup::Microdata)
}

impl<'a> Reader<'a> {
    fn element(&self, index: usize) -> Option<&'a Element> {
        self.dom.element(index)
    }

    /// The node of the item at element `index`, its type and IRI read; its
    /// properties are read later, once.
    fn node(&mut self, index: usize) -> usize {
        if let Some(node) = self.nodes.get(&index) {
            return *node;
        }
        let Some(element) = self.element(index) else {
            return self.graph.blank(0);
        };
        let node = match element.attr("itemid") {
            Some(id) => self
                .graph
                .named(&items::resolve(id, self.base), element.offset),
            None => self.graph.blank(element.offset),
        };
        let graph_node = &mut self.graph.nodes[node];
        graph_node.offset = element.offset;
        if let Some(types) = element.attr("itemtype") {
            for name in types.split_ascii_whitespace().map(items::compact) {
                if !graph_node.types.contains(&name) {
                    graph_node.types.push(name);
                }
            }
        }
        self.nodes.insert(index, node);
        self.pending.push(index);
        node
    }

    fn read_item(&mut self, index: usize) {
        let node = self.nodes[&index];
        for property in self.properties(index) {
            let Some(element) = self.element(property) else {
                continue;
            };
            let names = element.attr("itemprop").unwrap_or_default();
            if names.split_ascii_whitespace().next().is_none() {
                continue;
            }
            let value = if element.has("itemscope") {
                Object::Node {
                    node: self.node(property),
                    offset: element.offset,
                }
            } else {
                Object::Text {
                    text: property_text(self.dom, property, element, self.base),
                    offset: element.offset,
                }
            };
            let mut seen = HashSet::new();
            for name in names.split_ascii_whitespace() {
                if seen.insert(name) {
                    self.graph.nodes[node]
                        .properties
                        .push((items::compact(name), value.clone()));
                }
            }
        }
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
            .map(|url| items::resolve(url, base))
            .unwrap_or_default();
    }
    match element.name.as_str() {
        "meta" => String::new(),
        "data" | "meter" => element.attr("value").unwrap_or_default().to_owned(),
        "time" if element.has("datetime") => {
            element.attr("datetime").unwrap_or_default().to_owned()
        }
        _ => items::collapse_whitespace(&dom.text_content(index)),
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
        let extracted = extract(&dom, Some(&base), 64);
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
        let extracted = extract(&dom, None, 64);
        assert_eq!(extracted.items().len(), 1);
    }
}
