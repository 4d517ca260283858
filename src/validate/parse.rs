//! Parsing a document once into a `serde_json::Value`, noting the keys an
//! object repeats on the way (serde_json's own `Value` keeps the last one
//! silently) and refusing to nest deeper than `max-depth`. The path of the
//! value being read is kept as a stack of the keys and indexes already
//! allocated for the map, so the only extra cost on clean data is the push
//! and pop, and the stack's height is the depth: no separate pass over the
//! text is needed to enforce the limit.
//!
//! The parse also notes whether every key is already canonical (no
//! `schema:` or full-IRI spelling, no `@type` list): one byte compared per
//! key here spares the checks a second walk over the document to find out
//! ([`normalize::is_canonical`](super::normalize::is_canonical)).

use std::cell::RefCell;
use std::fmt;

use serde::de::{DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};
use serde_json::map::Entry;
use serde_json::{Map, Value};

use crate::diagnostic::push_pointer_token;

use super::normalize::canonical_key;

enum Step {
    Key(String),
    Index(usize),
}

struct State {
    path: Vec<Step>,
    repeated: Vec<(String, String)>,
    max_depth: usize,
    too_deep: bool,
    canonical: bool,
}

#[derive(Clone, Copy)]
struct Seed<'s>(&'s RefCell<State>);

/// Why a document could not be read.
#[derive(Debug)]
pub enum ParseError {
    /// Not JSON, or nested past serde_json's own ceiling.
    Json(serde_json::Error),
    /// Nested deeper than the limit ([`too_deep`](super::limits::too_deep)
    /// says where).
    TooDeep,
}

/// A parsed document and what the parse noticed on the way.
#[derive(Debug)]
pub struct Parsed {
    /// The document (for a repeated key, its last value).
    pub value: Value,
    /// Every repeated key, as (pointer, key).
    pub repeated: Vec<(String, String)>,
    /// Every key and `@type` in the document is canonical, as
    /// [`is_canonical`](super::normalize::is_canonical) would find.
    pub canonical: bool,
}

/// Parses one document. Arrays and objects nested deeper than `max_depth`
/// stop the parse.
pub fn document(text: &[u8], max_depth: usize) -> Result<Parsed, ParseError> {
    let state = RefCell::new(State {
        path: Vec::new(),
        repeated: Vec::new(),
        max_depth,
        too_deep: false,
        canonical: true,
    });
    // Checking the whole text's UTF-8 at once (word at a time while it is
    // ASCII) is cheaper than serde_json checking each string as it reads
    // it. Text that is not UTF-8 goes the byte way, whose error names the
    // line and column.
    let parsed = match std::str::from_utf8(text) {
        Ok(text) => Seed(&state).read(serde_json::Deserializer::from_str(text)),
        Err(_) => Seed(&state).read(serde_json::Deserializer::from_slice(text)),
    };
    let state = state.into_inner();
    match parsed {
        Ok(value) => Ok(Parsed {
            value,
            repeated: state.repeated,
            canonical: state.canonical,
        }),
        Err(_) if state.too_deep => Err(ParseError::TooDeep),
        Err(error) => Err(ParseError::Json(error)),
    }
}

impl Seed<'_> {
    /// The one value `deserializer` holds, and nothing after it.
    fn read<'de, R: serde_json::de::Read<'de>>(
        self,
        mut deserializer: serde_json::Deserializer<R>,
    ) -> Result<Value, serde_json::Error> {
        let value = self.deserialize(&mut deserializer)?;
        deserializer.end()?;
        Ok(value)
    }

    /// Called on entering an array or object: false (and noted) when it
    /// opens a level past the limit.
    fn enter(self) -> bool {
        let mut state = self.0.borrow_mut();
        if state.path.len() >= state.max_depth {
            state.too_deep = true;
            return false;
        }
        true
    }
}

impl<'de> DeserializeSeed<'de> for Seed<'_> {
    type Value = Value;
    fn deserialize<D: Deserializer<'de>>(self, deserializer: D) -> Result<Value, D::Error> {
        deserializer.deserialize_any(self)
    }
}

impl<'de> Visitor<'de> for Seed<'_> {
    type Value = Value;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_bool<E>(self, v: bool) -> Result<Value, E> {
        Ok(Value::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Value, E> {
        Ok(Value::from(v))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Value, E> {
        Ok(Value::from(v))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Value, E> {
        Ok(serde_json::Number::from_f64(v).map_or(Value::Null, Value::Number))
    }
    fn visit_str<E>(self, v: &str) -> Result<Value, E> {
        Ok(Value::String(v.to_owned()))
    }
    fn visit_string<E>(self, v: String) -> Result<Value, E> {
        Ok(Value::String(v))
    }
    fn visit_unit<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_none<E>(self) -> Result<Value, E> {
        Ok(Value::Null)
    }
    fn visit_some<D: Deserializer<'de>>(self, d: D) -> Result<Value, D::Error> {
        self.deserialize(d)
    }

    fn visit_seq<A: SeqAccess<'de>>(self, mut seq: A) -> Result<Value, A::Error> {
        if !self.enter() {
            return Err(serde::de::Error::custom("nested too deep"));
        }
        let mut items = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(64));
        loop {
            self.0.borrow_mut().path.push(Step::Index(items.len()));
            let next = seq.next_element_seed(self);
            self.0.borrow_mut().path.pop();
            match next? {
                Some(item) => items.push(item),
                None => return Ok(Value::Array(items)),
            }
        }
    }

    fn visit_map<A: MapAccess<'de>>(self, mut access: A) -> Result<Value, A::Error> {
        if !self.enter() {
            return Err(serde::de::Error::custom("nested too deep"));
        }
        // Sized for a typical node: growing from empty rehashed the keys
        // twice or three times per object.
        let mut map = Map::with_capacity(8);
        while let Some(key) = access.next_key::<String>()? {
            self.0.borrow_mut().path.push(Step::Key(key));
            let value = access.next_value_seed(self);
            let key = match self.0.borrow_mut().path.pop() {
                Some(Step::Key(key)) => key,
                _ => unreachable!("the stack pops what this loop pushed"),
            };
            let value = value?;
            if canonical_key(&key).len() != key.len() || (key == "@type" && value.is_array()) {
                self.0.borrow_mut().canonical = false;
            }
            // One hash of the key whether it is new or repeated.
            match map.entry(key) {
                Entry::Vacant(entry) => {
                    entry.insert(value);
                }
                Entry::Occupied(mut entry) => {
                    let mut state = self.0.borrow_mut();
                    let mut pointer = String::new();
                    for step in &state.path {
                        match step {
                            Step::Key(k) => push_pointer_token(&mut pointer, k),
                            Step::Index(i) => pointer.push_str(&format!("/{i}")),
                        }
                    }
                    push_pointer_token(&mut pointer, entry.key());
                    state.repeated.push((pointer, entry.key().clone()));
                    // The last value wins, in the first one's place, as
                    // serde_json's own `Value` does.
                    entry.insert(value);
                }
            }
        }
        Ok(Value::Object(map))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_like_serde_json_and_names_repeats() {
        let text = br#"{"a": [1, {"b": 2, "b": 3}], "a": [0.5, -1, null, true, "x"], "c~/": {"d": {}, "d": []}}"#;
        let Parsed {
            value, repeated, ..
        } = document(text, 64).unwrap();
        let plain: Value = serde_json::from_slice(text).unwrap();
        assert_eq!(value, plain);
        assert_eq!(
            repeated,
            [
                ("/a/1/b".to_owned(), "b".to_owned()),
                ("/a".to_owned(), "a".to_owned()),
                ("/c~0~1/d".to_owned(), "d".to_owned()),
            ]
        );
    }

    #[test]
    fn notes_canonical_documents_as_the_walk_would() {
        for (text, canonical) in [
            (
                r#"{"@type": "Product", "name": "x", "offers": [{"price": 1}]}"#,
                true,
            ),
            (r#"{"@type": ["Product"], "name": "x"}"#, false),
            (r#"{"a": {"b": [{"@type": ["Offer", "Thing"]}]}}"#, false),
            (r#"{"schema:name": "x"}"#, false),
            (r#"{"a": [{"https://schema.org/name": "x"}]}"#, false),
            (
                r#"{"sku": "s", "hasMerchantReturnPolicy": {"@type": "Thing"}}"#,
                true,
            ),
            (r#"{"@type": "Product", "@type": ["Product"]}"#, false),
            (r#"[{"name": 1}, {"http://schema.org/name": 2}]"#, false),
            (r#"[1, "schema:name", {"@type": "schema:Product"}]"#, true),
        ] {
            let parsed = document(text.as_bytes(), 64).unwrap();
            assert_eq!(parsed.canonical, canonical, "{text}");
            assert_eq!(
                super::super::normalize::is_canonical(&parsed.value),
                canonical,
                "{text}"
            );
        }
    }

    #[test]
    fn keeps_serde_json_errors_and_limits() {
        assert!(matches!(
            document(b"{\"a\": }", 64),
            Err(ParseError::Json(_))
        ));
        assert!(matches!(document(b"[1] x", 64), Err(ParseError::Json(_))));
        let deep = "[".repeat(200);
        match document(deep.as_bytes(), 127) {
            Err(ParseError::Json(error)) => {
                assert!(error.to_string().contains("recursion limit exceeded"))
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn stops_past_the_limit() {
        let text = b"{\"a\": [1, {\"b\": \"[[{\"},\n  [[2]]]}";
        assert!(document(text, 4).is_ok());
        assert!(matches!(document(text, 3), Err(ParseError::TooDeep)));
        assert!(matches!(document(b"[]", 0), Err(ParseError::TooDeep)));
        assert!(document(b"1", 0).is_ok());
    }
}
