//! How RDFa attribute values become IRIs: terms against the default
//! vocabulary (`vocab`), CURIEs against prefixes (`prefix`, and RDFa's
//! initial context, which has `schema:`), and IRIs against the base.

use std::collections::HashMap;

use url::Url;

use crate::markup::items;

/// `rdf:type`, which `rel="rdf:type"` uses to type a subject.
pub(super) const RDF_TYPE: &str = "http://www.w3.org/1999/02/22-rdf-syntax-ns#type";

/// The prefixes of RDFa 1.1's initial context that pages use without
/// declaring them.
const INITIAL_PREFIXES: &[(&str, &str)] = &[
    ("schema", "http://schema.org/"),
    ("rdf", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"),
    ("rdfs", "http://www.w3.org/2000/01/rdf-schema#"),
    ("xsd", "http://www.w3.org/2001/XMLSchema#"),
    ("owl", "http://www.w3.org/2002/07/owl#"),
    ("dc", "http://purl.org/dc/terms/"),
    ("dcterms", "http://purl.org/dc/terms/"),
    ("foaf", "http://xmlns.com/foaf/0.1/"),
    ("og", "http://ogp.me/ns#"),
    ("skos", "http://www.w3.org/2004/02/skos/core#"),
    ("xhv", "http://www.w3.org/1999/xhtml/vocab#"),
];

/// HTML link types that schema.org does not define. Under a `vocab`, RDFa
/// would read `<link rel="stylesheet">` or `<a rel="nofollow">` as the
/// schema.org properties `stylesheet` and `nofollow`; they are the page's
/// links, not its data, and are left out. Link types that are also
/// schema.org properties (`author`, `license`) are read.
const HTML_LINK_TYPES: &[&str] = &[
    "alternate",
    "apple-touch-icon",
    "bookmark",
    "canonical",
    "dns-prefetch",
    "external",
    "help",
    "icon",
    "manifest",
    "me",
    "modulepreload",
    "next",
    "nofollow",
    "noopener",
    "noreferrer",
    "opener",
    "pingback",
    "preconnect",
    "prefetch",
    "preload",
    "prerender",
    "prev",
    "search",
    "shortcut",
    "shortlink",
    "sponsored",
    "stylesheet",
    "tag",
    "ugc",
];

/// The prefixes and default vocabulary in scope at an element.
#[derive(Debug, Clone)]
pub(super) struct Terms {
    prefixes: HashMap<String, String>,
    vocab: Option<String>,
}

impl Default for Terms {
    fn default() -> Terms {
        Terms {
            prefixes: INITIAL_PREFIXES
                .iter()
                .map(|(name, iri)| ((*name).to_owned(), (*iri).to_owned()))
                .collect(),
            vocab: None,
        }
    }
}

impl Terms {
    /// `vocab="…"`; an empty value returns to no vocabulary. schema.org's
    /// IRI written without its final slash (`vocab="https://schema.org"`,
    /// which would make `https://schema.orgname` of `name`) is read as
    /// schema.org, as search engines read it.
    pub fn set_vocab(&mut self, vocab: &str) {
        let vocab = vocab.trim();
        self.vocab = match vocab {
            "" => None,
            "http://schema.org" | "https://schema.org" => Some(format!("{vocab}/")),
            _ => Some(vocab.to_owned()),
        };
    }

    /// `prefix="og: https://ogp.me/ns# ex: https://example.com/"`.
    pub fn add_prefixes(&mut self, text: &str) {
        let mut words = text.split_ascii_whitespace();
        while let (Some(name), Some(iri)) = (words.next(), words.next()) {
            if let Some(name) = name.strip_suffix(':') {
                if !name.is_empty() && name != "_" {
                    self.prefixes
                        .insert(name.to_ascii_lowercase(), iri.to_owned());
                }
            }
        }
    }

    /// A `property`, `typeof`, `rel`, `rev` or `datatype` token (a term, a
    /// CURIE or an absolute IRI) as a compact name: schema.org IRIs by
    /// their names, other IRIs whole. `None` for a term with no vocabulary
    /// and for a blank node, which name nothing here.
    pub fn name(&self, token: &str) -> Option<String> {
        self.iri(token).map(|iri| items::compact(&iri))
    }

    /// The full IRI of a `property`-like token.
    pub fn iri(&self, token: &str) -> Option<String> {
        match token.split_once(':') {
            Some(("_", _)) => None,
            Some((prefix, rest)) => Some(match self.prefixes.get(&prefix.to_ascii_lowercase()) {
                Some(iri) if !rest.starts_with("//") => format!("{iri}{rest}"),
                _ => token.to_owned(),
            }),
            None => self.vocab.as_ref().map(|vocab| format!("{vocab}{token}")),
        }
    }

    /// The names of a `rel` or `rev` value. With `property` on the same
    /// element, HTML+RDFa reads only its CURIEs and IRIs; HTML link types
    /// are never read (see [`HTML_LINK_TYPES`]).
    pub fn links(&self, value: &str, beside_property: bool) -> Vec<String> {
        value
            .split_ascii_whitespace()
            .filter(|token| {
                if token.contains(':') {
                    return true;
                }
                !beside_property && !HTML_LINK_TYPES.contains(&token.to_ascii_lowercase().as_str())
            })
            .filter_map(|token| self.name(token))
            .collect()
    }

    /// An `about` or `resource` value: a safe CURIE (`[ex:x]`), a CURIE of
    /// a known prefix, a blank node (`_:x`), or an IRI resolved against the
    /// base.
    pub fn resource(&self, value: &str, base: Option<&Url>) -> Resource {
        let value = value.trim();
        if let Some(safe) = value.strip_prefix('[').and_then(|v| v.strip_suffix(']')) {
            return match safe.split_once(':') {
                Some(("_", label)) => Resource::Blank(label.to_owned()),
                Some((prefix, rest)) => match self.prefixes.get(&prefix.to_ascii_lowercase()) {
                    Some(iri) => Resource::Iri(format!("{iri}{rest}")),
                    None => Resource::None,
                },
                None => Resource::None,
            };
        }
        if let Some(label) = value.strip_prefix("_:") {
            return Resource::Blank(label.to_owned());
        }
        if let Some((prefix, rest)) = value.split_once(':') {
            if !rest.starts_with("//") {
                if let Some(iri) = self.prefixes.get(&prefix.to_ascii_lowercase()) {
                    return Resource::Iri(format!("{iri}{rest}"));
                }
            }
        }
        Resource::Iri(items::resolve(value, base))
    }
}

/// What an `about` or `resource` attribute names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(super) enum Resource {
    /// An IRI.
    Iri(String),
    /// A blank node, by its label in the page.
    Blank(String),
    /// Nothing (a safe CURIE of an unknown prefix).
    None,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn expands_terms_curies_and_iris() {
        let mut terms = Terms::default();
        assert_eq!(terms.name("name"), None, "no vocabulary: no term");
        terms.set_vocab("https://schema.org/");
        terms.add_prefixes("ex: https://example.com/ns#  Foaf: http://xmlns.com/foaf/0.1/");
        assert_eq!(terms.name("name").as_deref(), Some("name"));
        assert_eq!(terms.name("schema:name").as_deref(), Some("name"));
        assert_eq!(
            terms.name("http://schema.org/name").as_deref(),
            Some("name")
        );
        assert_eq!(
            terms.name("ex:note").as_deref(),
            Some("https://example.com/ns#note")
        );
        assert_eq!(
            terms.name("FOAF:name").as_deref(),
            Some("http://xmlns.com/foaf/0.1/name")
        );
        assert_eq!(terms.iri("rdf:type").as_deref(), Some(RDF_TYPE));
        assert_eq!(terms.name("_:b"), None);
        terms.set_vocab("http://schema.org");
        assert_eq!(terms.name("Place").as_deref(), Some("Place"));
        assert_eq!(
            terms.links("license stylesheet nofollow", false),
            ["license"]
        );
        assert_eq!(
            terms.links("author ex:x", true),
            ["https://example.com/ns#x"]
        );
    }

    #[test]
    fn reads_resources() {
        let terms = Terms::default();
        let base = Url::parse("https://e.example/a/").unwrap();
        assert_eq!(
            terms.resource("#x", Some(&base)),
            Resource::Iri("https://e.example/a/#x".into())
        );
        assert_eq!(terms.resource("#x", None), Resource::Iri("#x".into()));
        assert_eq!(terms.resource("_:n1", None), Resource::Blank("n1".into()));
        assert_eq!(
            terms.resource("[schema:Thing]", None),
            Resource::Iri("http://schema.org/Thing".into())
        );
        assert_eq!(terms.resource("[nope:x]", None), Resource::None);
        assert_eq!(
            terms.resource("https://x.example/", None),
            Resource::Iri("https://x.example/".into())
        );
    }
}
