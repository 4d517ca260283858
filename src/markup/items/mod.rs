//! What the markup readers produce and share: documents extracted from a
//! page's microdata or RDFa, where each of their values came from, and the
//! small readings of attribute text both readers make. [`graph`] is how
//! both write the nodes they read.

pub(super) mod graph;

use std::collections::HashMap;

use serde_json::Value;
use url::Url;

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
    /// The items (the `@graph` list).
    pub fn items(&self) -> &[Value] {
        match self.value.get("@graph") {
            Some(Value::Array(items)) => items,
            _ => &[],
        }
    }
}
/// The schema.org context IRI sdx writes.
pub const SCHEMA_ORG: &str = "https://schema.org";
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
}
