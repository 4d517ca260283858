//! Whether a `.json` file found in a directory walk is JSON-LD.
//!
//! A web project is full of `.json` files that are not structured data
//! (`package.json`, `tsconfig.json`, `manifest.json`); checking them as
//! JSON-LD buried the findings that mattered under errors about files no
//! one meant sdx to read. In a walk, a `.json` file counts only when its
//! top level is JSON-LD: an object with `@context`, `@type` or `@graph`, or
//! an array holding such an object. `.jsonld` files, and files named on the
//! command line, are always checked.
//!
//! A file that mentions none of the three keywords anywhere cannot be
//! JSON-LD, and most are ruled out by that search alone, without parsing.
//! One that mentions them but does not parse as JSON is counted as JSON-LD,
//! so that a broken JSON-LD file is reported rather than silently skipped.

use std::io::Read;
use std::path::Path;

use serde::de::{Deserializer, IgnoredAny, MapAccess, SeqAccess, Visitor};

/// The keys whose presence at the top level makes an object JSON-LD.
const KEYWORDS: [&[u8]; 3] = [b"\"@context\"", b"\"@type\"", b"\"@graph\""];

/// The longest file read in full; past it, only its first bytes are
/// searched for the keywords, and a file that has them is checked (where
/// the document size limit then applies).
const READ_LIMIT: u64 = 64 * 1024 * 1024;

/// Whether the `.json` file at `path` is plain JSON, not JSON-LD, and so
/// not structured data. A file that cannot be read is not plain: it is
/// checked, and the check reports why it cannot be read.
pub fn is_plain_json_file(path: &Path) -> bool {
    let Ok(file) = std::fs::File::open(path) else {
        return false;
    };
    let mut bytes = Vec::new();
    if file.take(READ_LIMIT + 1).read_to_end(&mut bytes).is_err() {
        return false;
    }
    if bytes.len() as u64 > READ_LIMIT {
        return !mentions_keyword(&bytes);
    }
    is_plain_json(&bytes)
}

/// Whether `bytes` is a JSON document that is not JSON-LD.
pub fn is_plain_json(bytes: &[u8]) -> bool {
    if !mentions_keyword(bytes) {
        return true;
    }
    let text = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    let mut deserializer = serde_json::Deserializer::from_slice(text);
    match deserializer.deserialize_any(TopLevel) {
        Ok(is_jsonld) => !is_jsonld,
        Err(_) => false,
    }
}

fn mentions_keyword(bytes: &[u8]) -> bool {
    KEYWORDS
        .iter()
        .any(|keyword| memchr::memmem::find(bytes, keyword).is_some())
}

/// Reads a document's top level: `true` when it is a JSON-LD object or an
/// array holding one. Values are skipped without being built.
struct TopLevel;

impl<'de> Visitor<'de> for TopLevel {
    type Value = bool;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a JSON document")
    }

    fn visit_map<A: MapAccess<'de>>(self, mut map: A) -> Result<bool, A::Error> {
        let mut found = false;
        while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
            found |= matches!(&*key, "@context" | "@type" | "@graph");
            map.next_value::<IgnoredAny>()?;
        }
        Ok(found)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<bool, A::Error> {
        let mut found = false;
        while let Some(is_jsonld) = seq.next_element_seed(Element)? {
            found |= is_jsonld;
        }
        Ok(found)
    }

    fn visit_bool<E>(self, _: bool) -> Result<bool, E> {
        Ok(false)
    }
    fn visit_i64<E>(self, _: i64) -> Result<bool, E> {
        Ok(false)
    }
    fn visit_u64<E>(self, _: u64) -> Result<bool, E> {
        Ok(false)
    }
    fn visit_f64<E>(self, _: f64) -> Result<bool, E> {
        Ok(false)
    }
    fn visit_str<E>(self, _: &str) -> Result<bool, E> {
        Ok(false)
    }
    fn visit_unit<E>(self) -> Result<bool, E> {
        Ok(false)
    }
}

/// An element of a top-level array: JSON-LD when it is an object with one
/// of the keywords; a nested array does not count.
struct Element;

impl<'de> serde::de::DeserializeSeed<'de> for Element {
    type Value = bool;

    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<bool, D::Error> {
        deserializer.deserialize_any(ElementVisitor)
    }
}

struct ElementVisitor;

impl<'de> Visitor<'de> for ElementVisitor {
    type Value = bool;

    fn expecting(&self, f: &mut std::fmt::Formatter) -> std::fmt::Result {
        f.write_str("a JSON value")
    }

    fn visit_map<A: MapAccess<'de>>(self, map: A) -> Result<bool, A::Error> {
        TopLevel.visit_map(map)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<bool, A::Error> {
        while seq.next_element::<IgnoredAny>()?.is_some() {}
        Ok(false)
    }

    fn visit_bool<E>(self, _: bool) -> Result<bool, E> {
        Ok(false)
    }
    fn visit_i64<E>(self, _: i64) -> Result<bool, E> {
        Ok(false)
    }
    fn visit_u64<E>(self, _: u64) -> Result<bool, E> {
        Ok(false)
    }
    fn visit_f64<E>(self, _: f64) -> Result<bool, E> {
        Ok(false)
    }
    fn visit_str<E>(self, _: &str) -> Result<bool, E> {
        Ok(false)
    }
    fn visit_unit<E>(self) -> Result<bool, E> {
        Ok(false)
    }
}

#[cfg(test)]
mod tests {
    use super::is_plain_json;

    #[test]
    fn tells_json_ld_from_plain_json() {
        let plain: &[&str] = &[
            r#"{"name": "my-app", "dependencies": {"@types/node": "20"}}"#,
            r#"{"compilerOptions": {"strict": true}}"#,
            r#"{"config": {"@type": "Thing"}}"#,
            r#"[1, 2, [{"@type": "Thing"}]]"#,
            r#""@type""#,
            "[]",
        ];
        for text in plain {
            assert!(is_plain_json(text.as_bytes()), "{text}");
        }
        let jsonld: &[&str] = &[
            r#"{"@context": "https://schema.org", "@type": "Thing"}"#,
            r#"{"name": "x", "@type": "Thing"}"#,
            r#"{"@graph": []}"#,
            r#"[{"a": 1}, {"@context": "https://schema.org"}]"#,
            "\u{feff}{\"@type\": \"Thing\"}",
            // Broken JSON that looks like JSON-LD: checked, so its error shows.
            r#"{"@context": "https://schema.org", "@type": "Thing",}"#,
        ];
        for text in jsonld {
            assert!(!is_plain_json(text.as_bytes()), "{text}");
        }
    }
}
