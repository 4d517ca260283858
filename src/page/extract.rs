//! Everything a search engine reads on a page, in one node model: the
//! JSON-LD scripts, microdata items, RDFa items and the social meta tags.
//!
//! Microdata and RDFa items become JSON-LD node objects (`@type`, `@id`,
//! properties by their compact schema.org names), so the validation rules
//! written for JSON-LD apply to them unchanged. Each extracted document
//! carries [`Offsets`]: for every JSON pointer into it, the byte offset in
//! the page of the element the value came from.
//!
//! The tree is only built when a cheap byte scan finds a microdata, RDFa or
//! social attribute: pages with JSON-LD alone pay nothing.

use std::collections::HashMap;

use serde_json::{Map, Value};
use url::Url;

use super::dom::Dom;
use super::graph::Written;
use super::social::SocialTags;

/// From JSON pointer to the byte offset of the element in the page.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Offsets {
    by_pointer: HashMap<String, usize>,
}

impl Offsets {
    /// Records the element of the value at `pointer`.
    pub fn insert(&mut self, pointer: String, offset: usize) {
        self.by_pointer.entry(pointer).or_insert(offset);
    }

    /// The element of the value at `pointer`, or of its nearest recorded
    /// ancestor (a finding about a missing property points at the item).
    pub fn find(&self, pointer: &str) -> Option<usize> {
        let mut pointer = pointer;
        loop {
            if let Some(offset) = self.by_pointer.get(pointer) {
                return Some(*offset);
            }
            let cut = pointer.rfind('/')?;
            pointer = &pointer[..cut];
        }
    }

    /// Number of recorded pointers.
    pub fn len(&self) -> usize {
        self.by_pointer.len()
    }

    /// True when nothing is recorded.
    pub fn is_empty(&self) -> bool {
        self.by_pointer.is_empty()
    }
}

/// Which markup a document was extracted from.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Markup {
    /// HTML microdata (`itemscope`, `itemprop`).
    Microdata,
    /// RDFa (`vocab`, `typeof`, `property`, `rel`).
    Rdfa,
}

impl Markup {
    /// The markup's name in messages.
    pub fn label(self) -> &'static str {
        match self {
            Markup::Microdata => "microdata",
            Markup::Rdfa => "RDFa",
        }
    }
}

/// The items of one markup of a page, as a JSON-LD document
/// `{"@context": "https://schema.org", "@graph": [...]}`.
#[derive(Debug, Clone)]
pub struct Extracted {
    /// The markup.
    pub markup: Markup,
    /// The document.
    pub value: Value,
    /// Where each value came from.
    pub offsets: Offsets,
    /// Byte offset of the first item left out for nesting deeper than the
    /// depth limit, if one was.
    pub too_deep: Option<usize>,
}

impl Extracted {
    pub(crate) fn new(markup: Markup, written: Written) -> Extracted {
        let mut document = Map::new();
        document.insert("@context".into(), Value::String(SCHEMA_ORG.into()));
        document.insert("@graph".into(), Value::Array(written.items));
        Extracted {
            markup,
            value: Value::Object(document),
            offsets: written.offsets,
            too_deep: written.too_deep,
        }
    }

    /// The items (the `@graph` list).
    pub fn items(&self) -> &[Value] {
        match self.value.get("@graph") {
            Some(Value::Array(items)) => items,
            _ => &[],
        }
    }
}

/// What a page holds besides its JSON-LD scripts.
#[derive(Debug, Clone, Default)]
pub struct PageMarkup {
    /// Microdata items, when the page has any.
    pub microdata: Option<Extracted>,
    /// RDFa items, when the page has any.
    pub rdfa: Option<Extracted>,
    /// OpenGraph and Twitter-card meta tags.
    pub social: SocialTags,
    /// The page nests elements too deeply to build its tree (see
    /// [`super::dom::WORK_BUDGET`]); nothing besides JSON-LD was read.
    pub too_deep: bool,
}

/// The schema.org context IRI sdx writes.
pub const SCHEMA_ORG: &str = "https://schema.org";

/// True when the page may hold microdata, RDFa or social meta tags. A
/// false positive costs one parse; a false negative would lose data, so
/// the scan looks for the attribute names alone.
pub fn has_markup(page: &[u8]) -> bool {
    const NEEDLES: &[&[u8]] = &[
        b"itemscope",
        b"typeof",
        b"property",
        b"vocab",
        b"og:",
        b"twitter:",
    ];
    NEEDLES
        .iter()
        .any(|needle| memchr::memmem::find(page, needle).is_some())
}

/// Reads the microdata, RDFa and social tags of `page`. `page_url` is the
/// address the page was fetched from, when it was; relative URLs are
/// resolved against the page's `<base href>` and that address, and kept as
/// written when there is neither. Items are read as JSON-LD documents
/// nested at most `max_depth` levels of arrays and objects deep (the limit
/// JSON-LD documents have); what lies deeper is left out and recorded in
/// [`Extracted::too_deep`].
pub fn read_markup(page: &[u8], page_url: Option<&Url>, max_depth: usize) -> PageMarkup {
    if !has_markup(page) {
        return PageMarkup::default();
    }
    let Some(dom) = Dom::parse(page) else {
        return PageMarkup {
            too_deep: true,
            ..PageMarkup::default()
        };
    };
    let base = base_url(&dom, page_url);
    let microdata = super::microdata::extract(&dom, base.as_ref(), max_depth);
    let rdfa = super::rdfa::extract(&dom, base.as_ref(), max_depth);
    PageMarkup {
        microdata: (!microdata.items().is_empty() || microdata.too_deep.is_some())
            .then_some(microdata),
        rdfa: (!rdfa.items().is_empty() || rdfa.too_deep.is_some()).then_some(rdfa),
        social: super::social::extract(&dom),
        too_deep: false,
    }
}

fn base_url(dom: &Dom, page_url: Option<&Url>) -> Option<Url> {
    match (dom.base_href(), page_url) {
        (Some(href), Some(page)) => page.join(href.trim()).ok(),
        (Some(href), None) => Url::parse(href.trim()).ok(),
        (None, page) => page.cloned(),
    }
}

/// A URL attribute resolved against the base; as written when there is no
/// base to resolve it against (a rule then reports it as relative).
pub(crate) fn resolve(value: &str, base: Option<&Url>) -> String {
    let value = value.trim();
    match base {
        Some(base) => base
            .join(value)
            .map_or_else(|_| value.to_owned(), |url| url.to_string()),
        None => value.to_owned(),
    }
}

/// Text content as search engines read it: runs of whitespace collapsed
/// into one space, trimmed.
pub(crate) fn collapse_whitespace(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// A type or property IRI in the compact form JSON-LD under the schema.org
/// context uses: `https://schema.org/Product` reads as `Product`; IRIs of
/// other vocabularies stay whole.
pub(crate) fn compact(iri: &str) -> String {
    for prefix in [
        "https://schema.org/",
        "http://schema.org/",
        "https://www.schema.org/",
        "http://www.schema.org/",
    ] {
        if let Some(rest) = iri.strip_prefix(prefix) {
            if !rest.is_empty() {
                return rest.to_owned();
            }
        }
    }
    iri.to_owned()
}

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
    let max_depth = crate::validate::limits::DEFAULT_MAX_DEPTH;
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

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_nearest_recorded_ancestor() {
        let mut offsets = Offsets::default();
        offsets.insert("/@graph/0".into(), 10);
        offsets.insert("/@graph/0/offers".into(), 40);
        assert_eq!(offsets.find("/@graph/0/offers/price"), Some(40));
        assert_eq!(offsets.find("/@graph/0/name"), Some(10));
        assert_eq!(offsets.find("/@graph/1"), None);
    }

    #[test]
    fn scans_cheaply_for_markup() {
        assert!(!has_markup(
            b"<script type=\"application/ld+json\">{}</script>"
        ));
        assert!(has_markup(b"<div itemscope>"));
        assert!(has_markup(b"<meta property=\"og:title\">"));
    }
}
