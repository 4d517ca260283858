//! Whose term a key or a type is: schema.org's (read as its plain name),
//! or another vocabulary's (an absolute IRI outside schema.org, a prefix
//! the document's `@context` defines or a well-known one), which this
//! layer leaves alone.

use crate::lookup::Lookup;
use crate::model::{schema_org_term, SCHEMA_ORG_PREFIXES};
use crate::tree::{Node, Object};

/// The schema.org name a key or type is read as, or `None` for a term of
/// another vocabulary (a compact IRI with another prefix, another IRI).
#[inline]
pub(super) fn schema_org_name(text: &str) -> Option<&str> {
    // Almost every key is a plain name (`name`, `offers`): one pass over its
    // bytes settles it. Every schema.org prefix has a `:`, so a plain name
    // has none to strip. (A fold with no early exit: no branch a byte.)
    let plain = |name: &str| {
        !name.is_empty()
            && !name
                .bytes()
                .fold(false, |found, b| found | matches!(b, b':' | b'/' | b'#'))
    };
    if plain(text) {
        return Some(text);
    }
    let name = schema_org_term(text);
    (name.len() < text.len() && plain(name)).then_some(name)
}

/// Prefixes of other vocabularies that pages use without defining them
/// (RDFa's initial context, OpenGraph): `dc:title` is Dublin Core's.
const WELL_KNOWN_PREFIXES: &[&str] = &[
    "as", "cc", "ctag", "dc", "dcat", "dcterms", "dqv", "duv", "fb", "foaf", "gr", "grddl", "ical",
    "ldp", "ma", "oa", "og", "owl", "prov", "qb", "rdf", "rdfa", "rdfs", "rev", "rif", "rr", "sd",
    "sioc", "skos", "skosxl", "sosa", "ssn", "time", "twitter", "v", "vcard", "void", "wdr",
    "wdrs", "xhv", "xml", "xsd", "urn", "tag", "did",
];

/// The schema.org name a node's key is read as, or `None` for a term of
/// another vocabulary: an absolute IRI outside schema.org, or a compact
/// IRI whose prefix the document's `@context` defines (`defined`) or that
/// is a well-known vocabulary's. Any other key with a `:` (`strtDate:x`)
/// is not another vocabulary's term, and is checked like any other.
#[inline]
pub(super) fn property_name<'k>(key: &'k str, defined: &[String]) -> Option<&'k str> {
    match schema_org_name(key) {
        Some(name) => Some(name),
        None => (!other_vocabulary(key, defined)).then_some(key),
    }
}

/// True when `key`, not a schema.org name, is another vocabulary's term.
/// Out of line: plain names, nearly every key, never get here.
#[cold]
#[inline(never)]
fn other_vocabulary(key: &str, defined: &[String]) -> bool {
    key.contains("://")
        || key.split_once(':').is_some_and(|(prefix, _)| {
            WELL_KNOWN_PREFIXES.contains(&prefix) || defined.iter().any(|d| d == prefix)
        })
}

/// The terms an inline `@context` defines besides schema.org (`"ex":
/// "https://example.com/"`, `"code": "ex:code"`): keys that are not
/// schema.org's even when they look like schema.org names. Empty (and not
/// allocated) for the usual string context.
pub fn defined_terms(context: Option<&Node>) -> Vec<String> {
    let mut terms = Vec::new();
    let mut add = |object: &Object| {
        for (key, definition) in object {
            if key.starts_with('@') {
                continue;
            }
            // A schema.org prefix definition (`"schema": "https://schema.org/"`)
            // or an alias of a schema.org term is schema.org's.
            let iri = match definition {
                Node::String(iri) => Some(iri.as_str()),
                Node::Object(d) => d.field("@id").and_then(Node::as_str),
                _ => None,
            };
            if iri.is_some_and(|iri| SCHEMA_ORG_PREFIXES.iter().any(|p| iri.starts_with(p))) {
                continue;
            }
            terms.push(key.as_str().to_owned());
        }
    };
    match context {
        Some(Node::Object(object)) => add(object),
        Some(Node::Array(entries)) => {
            for entry in entries {
                if let Node::Object(object) = entry {
                    add(object);
                }
            }
        }
        _ => {}
    }
    terms
}
