//! JSON-LD as found in the wild, read as schema.org without any network.
//!
//! sdx does not expand JSON-LD; it recognizes the forms publishers use and
//! reads them as the compact form the model is written in:
//! - `@context` as `https://schema.org`, `http://schema.org`, with or
//!   without `www.` or a trailing slash, schema.org's context document URL,
//!   `{"@vocab": "https://schema.org/"}`, an object defining a prefix for
//!   schema.org, or a list holding one of these;
//! - keys and types written `schema:name` or `https://schema.org/name`;
//! - the context's aliases `type` for `@type` and `id` for `@id`;
//! - `@type` as a list (kept: a node may have several types);
//! - the contexts of schema.org's extensions (`https://health-lifesci.schema.org/`,
//!   `https://pending.schema.org/`), which are schema.org's vocabulary.
//!
//! Reading borrows: [`canonical_key`] and [`types`] return slices of the
//! input, and [`canonical_node`] copies a node only when one of its keys or
//! `@type`s is not already canonical — the common case copies nothing.

use std::borrow::Cow;

use rustc_hash::FxHashMap;

use crate::diagnostic::push_pointer_token;
use crate::lookup::Lookup;
use crate::model::schema_org_term;
use crate::tree::{Node, Object, Text};

/// What a node's `@context` says, as far as sdx can tell offline.
#[derive(Debug, Default, PartialEq)]
pub struct ContextReading<'a> {
    /// The node has a `@context`.
    pub present: bool,
    /// The context (or one of its entries) is schema.org's.
    pub schema_org: bool,
    /// Entries that would have to be fetched or that define an unknown
    /// vocabulary, with their index when the context is a list.
    pub unsupported: Vec<(Option<usize>, &'a Node<'a>)>,
    /// Entries that look like a misspelling of schema.org's context, with
    /// their index when the context is a list: read as schema.org's.
    pub misspelled: Vec<(Option<usize>, &'a str)>,
}

impl ContextReading<'_> {
    /// The document's terms are read as schema.org's.
    pub fn reads_schema_org(&self) -> bool {
        self.schema_org || !self.misspelled.is_empty()
    }

    /// Another vocabulary's context stands beside schema.org's: a key
    /// schema.org does not know may be one of its terms.
    pub fn mixes_vocabularies(&self) -> bool {
        self.reads_schema_org() && !self.unsupported.is_empty()
    }
}

/// The spellings of schema.org's context seen in the wild, compared
/// without case and without a trailing slash.
const SCHEMA_ORG_CONTEXTS: &[&str] = &[
    "https://schema.org",
    "http://schema.org",
    "https://www.schema.org",
    "http://www.schema.org",
    "https://schema.org/docs/jsonldcontext.json",
    "http://schema.org/docs/jsonldcontext.json",
    "https://schema.org/docs/jsonldcontext.jsonld",
    "http://schema.org/docs/jsonldcontext.jsonld",
];

/// True for a context IRI (or vocabulary IRI) that means schema.org: one
/// of its spellings, or the host of one of its extensions
/// (`http://health-lifesci.schema.org/`, `https://pending.schema.org`).
pub fn is_schema_org_iri(text: &str) -> bool {
    let text = text.trim();
    let text = text.strip_suffix('/').unwrap_or(text);
    if SCHEMA_ORG_CONTEXTS
        .iter()
        .any(|known| known.eq_ignore_ascii_case(text))
    {
        return true;
    }
    let host = text
        .strip_prefix("https://")
        .or_else(|| text.strip_prefix("http://"))
        .unwrap_or_default();
    host.len() > ".schema.org".len()
        && host
            .bytes()
            .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.')
        && host.to_ascii_lowercase().ends_with(".schema.org")
}

/// The schema.org context a misspelled one most likely meant
/// (`https://shema.org` → `https://schema.org`): an http(s) IRI whose host
/// is one or two edits from `schema.org`.
pub fn misspelled_schema_org(text: &str) -> Option<&'static str> {
    let text = text.trim().to_ascii_lowercase();
    let rest = text
        .strip_prefix("https://")
        .or_else(|| text.strip_prefix("http://"))?;
    let host = rest.split(['/', '?', '#']).next().unwrap_or(rest);
    let host = host.strip_prefix("www.").unwrap_or(host);
    let distance = strsim::damerau_levenshtein(host, "schema.org");
    (distance > 0 && distance <= 2).then_some("https://schema.org")
}

fn object_is_schema_org(object: &Object) -> bool {
    object.iter().any(|(key, value)| match value {
        // `@vocab`, or a prefix definition such as "schema": "https://schema.org/".
        Node::String(iri) => (key == "@vocab" || !key.starts_with('@')) && is_schema_org_iri(iri),
        Node::Object(definition) => {
            !key.starts_with('@')
                && definition
                    .field("@id")
                    .and_then(Node::as_str)
                    .is_some_and(is_schema_org_iri)
        }
        _ => false,
    })
}

/// Reads the `@context` of a top-level node.
pub fn read_context<'a>(context: Option<&'a Node<'a>>) -> ContextReading<'a> {
    let Some(context) = context else {
        return ContextReading::default();
    };
    let mut reading = ContextReading {
        present: true,
        ..ContextReading::default()
    };
    match context {
        Node::String(iri) if is_schema_org_iri(iri) => reading.schema_org = true,
        Node::String(iri) if misspelled_schema_org(iri).is_some() => {
            reading.misspelled.push((None, iri.as_str()));
        }
        Node::Object(object) if object_is_schema_org(object) => reading.schema_org = true,
        Node::Array(entries) => {
            for (index, entry) in entries.iter().enumerate() {
                match entry {
                    Node::String(iri) if is_schema_org_iri(iri) => reading.schema_org = true,
                    Node::String(iri) if misspelled_schema_org(iri).is_some() => {
                        reading.misspelled.push((Some(index), iri.as_str()));
                    }
                    Node::Object(object) if object_is_schema_org(object) => {
                        reading.schema_org = true;
                    }
                    // Inline definitions beside schema.org (extra prefixes) need no fetching.
                    Node::Object(_) => {}
                    other => reading.unsupported.push((Some(index), other)),
                }
            }
            if !reading.reads_schema_org() && reading.unsupported.is_empty() {
                reading.unsupported.push((None, context));
            }
        }
        other => reading.unsupported.push((None, other)),
    }
    reading
}

/// The compact schema.org name of a key: `schema:name` and
/// `https://schema.org/name` read as `name`; JSON-LD keywords and other
/// keys come back as they are.
///
/// schema.org's context aliases `type` to `@type` and `id` to `@id`, so
/// those keys come back as the keywords.
pub fn canonical_key(key: &str) -> &str {
    // `schema_org_term` makes the same first-byte test, but the parser
    // asks this of every key: kept here, where it inlines, it spares a
    // call a key (0.4 k instructions a record on the benchmark feed).
    match key.as_bytes().first() {
        Some(b's' | b'h') => schema_org_term(key),
        Some(b't') if key == "type" => "@type",
        Some(b'i') if key == "id" => "@id",
        _ => key,
    }
}

/// The value of a JSON-LD keyword (`@type`, `@id`) of a node, under the
/// keyword or its alias (`type`, `id`).
pub fn keyword<'a>(node: &'a Object<'a>, keyword: &str) -> Option<&'a Node<'a>> {
    node.field(keyword).or_else(|| match keyword {
        "@type" => node.field("type"),
        "@id" => node.field("id"),
        _ => None,
    })
}

/// True when `@type` holds something other than text or a list of texts.
pub fn type_is_malformed(value: &Node) -> bool {
    match value {
        Node::String(_) => false,
        Node::Array(items) => items.iter().any(|item| !item.is_string()),
        _ => true,
    }
}

/// The node's types as compact schema.org names, in order.
pub fn types<'a>(node: &'a Object<'a>) -> impl Iterator<Item = &'a str> + Clone {
    let (one, many) = match keyword(node, "@type") {
        Some(Node::String(name)) => (Some(name.as_str()), None),
        Some(Node::Array(items)) => (None, Some(items.iter().filter_map(Node::as_str))),
        _ => (None, None),
    };
    one.into_iter()
        .chain(many.into_iter().flatten())
        .map(schema_org_term)
}

/// True when every key in `value` is already canonical.
pub fn is_canonical(value: &Node) -> bool {
    match value {
        Node::Object(object) => object
            .iter()
            .all(|(key, value)| canonical_key(key).len() == key.len() && is_canonical(value)),
        Node::Array(items) => items.iter().all(is_canonical),
        _ => true,
    }
}

/// The node as the model's schemas read it: canonical keys. Borrowed when
/// the node is already canonical.
pub fn canonical_node<'a>(node: &'a Node<'a>) -> Cow<'a, Node<'a>> {
    if is_canonical(node) {
        Cow::Borrowed(node)
    } else {
        Cow::Owned(rewrite(node))
    }
}

fn rewrite<'a>(value: &Node<'a>) -> Node<'a> {
    match value {
        Node::Object(object) => {
            let mut out = Object::with_capacity(object.len());
            // Two spellings of one property (`name`, `schema:name`) become
            // one key, the later value in the first place. Small objects
            // find it by comparing keys; a large one through an index, so
            // that an object of a million prefixed keys stays linear.
            let mut index: Option<FxHashMap<&str, usize>> =
                (object.len() > 16).then(FxHashMap::default);
            for (key, value) in object {
                let value = rewrite(value);
                let name = canonical_key(key);
                let at = match &mut index {
                    Some(index) => index.get(name).copied(),
                    None => out.position(name),
                };
                match at {
                    Some(at) => out.set(at, value),
                    None => {
                        if let Some(index) = &mut index {
                            index.insert(name, out.len());
                        }
                        let name = if name.len() == key.len() {
                            key.clone()
                        } else {
                            Text::from(name.to_owned())
                        };
                        out.push(name, value);
                    }
                }
            }
            Node::Object(out)
        }
        Node::Array(items) => Node::Array(items.iter().map(rewrite).collect()),
        other => other.clone(),
    }
}

/// Maps a pointer into the canonical form of `original` back to the keys
/// as written, so positions can be found in the source text.
pub fn original_pointer(original: &Node, canonical_pointer: &str) -> String {
    let mut pointer = String::with_capacity(canonical_pointer.len() + 16);
    let mut value = Some(original);
    for token in crate::position::tokens(canonical_pointer) {
        let next = match value {
            Some(Node::Object(object)) => object.get_key_value(token.as_str()).or_else(|| {
                object
                    .iter()
                    .find(|(key, _)| canonical_key(key) == token.as_str())
            }),
            Some(Node::Array(items)) => {
                let item = token.parse::<usize>().ok().and_then(|i| items.get(i));
                push_pointer_token(&mut pointer, &token);
                value = item;
                continue;
            }
            _ => None,
        };
        match next {
            Some((key, child)) => {
                push_pointer_token(&mut pointer, key);
                value = Some(child);
            }
            None => {
                push_pointer_token(&mut pointer, &token);
                value = None;
            }
        }
    }
    pointer
}

#[cfg(test)]
mod tests;
