//! Parsing a document once into a [`Node`] tree that borrows the text,
//! noting the keys an object repeats on the way (the tree, like
//! serde_json's own `Value`, keeps the last value; `rules/duplicate_key.rs`
//! words the finding and says why repeats are found here) and refusing to
//! nest deeper than `max-depth`. The path of the value being read is kept
//! as a stack of the keys (moved in and out, not copied) and indexes, so
//! the only extra cost on clean data is the push and pop, and the stack's
//! height is the depth: no separate pass over the text is needed to
//! enforce the limit.
//!
//! Objects' entries and arrays' items are gathered on two stacks shared
//! by the whole document and split off into a vector of their own when
//! the object or array ends: one allocation and one copy each, where
//! growing each vector from a guess reallocated and copied a record's
//! larger objects and most of its arrays.
//!
//! The parse also notes whether every key is already canonical (no
//! `schema:` or full-IRI spelling, no `@type` list): one byte compared per
//! key here spares the checks a second walk over the document to find out
//! ([`normalize::is_canonical`](super::normalize::is_canonical)).

use std::cell::RefCell;
use std::fmt;

use std::hash::{BuildHasher, RandomState};

use hashbrown::HashTable;
use serde::de::{DeserializeSeed, Deserializer, MapAccess, SeqAccess, Visitor};

use crate::diagnostic::push_pointer_token;
use crate::tree::{same_key, Node, Object, Text};

use super::normalize::canonical_key;

enum Step<'t> {
    Key(Text<'t>),
    Index(usize),
}

type Entry<'t> = (Text<'t>, Node<'t>);

struct State<'t> {
    path: Vec<Step<'t>>,
    /// The entries of the objects being read, innermost last.
    entries: Vec<Entry<'t>>,
    /// The items of the arrays being read, innermost last.
    items: Vec<Node<'t>>,
    repeated: Vec<(String, String)>,
    max_depth: usize,
    too_deep: bool,
    canonical: bool,
}

#[derive(Clone, Copy)]
struct Seed<'s, 't>(&'s RefCell<State<'t>>);

/// Why a document could not be read.
#[derive(Debug)]
pub enum ParseError {
    /// Not JSON, or nested past serde_json's own ceiling.
    Json(serde_json::Error),
    /// Nested deeper than the limit ([`too_deep`](super::ingest::limits::too_deep)
    /// says where).
    TooDeep,
}

/// A parsed document and what the parse noticed on the way.
#[derive(Debug)]
pub struct Parsed<'t> {
    /// The document (for a repeated key, its last value).
    pub value: Node<'t>,
    /// Every repeated key, as (pointer, key).
    pub repeated: Vec<(String, String)>,
    /// Every key and `@type` in the document is canonical, as
    /// [`is_canonical`](super::normalize::is_canonical) would find.
    pub canonical: bool,
}

/// Parses one document. Arrays and objects nested deeper than `max_depth`
/// stop the parse.
pub fn document(text: &[u8], max_depth: usize) -> Result<Parsed<'_>, ParseError> {
    let state = RefCell::new(State {
        path: Vec::with_capacity(16),
        entries: Vec::with_capacity(64),
        items: Vec::with_capacity(16),
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

impl<'t> Seed<'_, 't> {
    /// The one value `deserializer` holds, and nothing after it.
    fn read<R: serde_json::de::Read<'t>>(
        self,
        mut deserializer: serde_json::Deserializer<R>,
    ) -> Result<Node<'t>, serde_json::Error> {
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

impl<'t> DeserializeSeed<'t> for Seed<'_, 't> {
    type Value = Node<'t>;
    fn deserialize<D: Deserializer<'t>>(self, deserializer: D) -> Result<Node<'t>, D::Error> {
        deserializer.deserialize_any(self)
    }
}

/// Reads an object's key, borrowed from the text when it has no escapes.
struct Key;

impl<'t> DeserializeSeed<'t> for Key {
    type Value = Text<'t>;
    fn deserialize<D: Deserializer<'t>>(self, deserializer: D) -> Result<Text<'t>, D::Error> {
        deserializer.deserialize_str(self)
    }
}

impl<'t> Visitor<'t> for Key {
    type Value = Text<'t>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("a key")
    }
    fn visit_borrowed_str<E>(self, v: &'t str) -> Result<Text<'t>, E> {
        Ok(Text::from(v))
    }
    fn visit_str<E>(self, v: &str) -> Result<Text<'t>, E> {
        Ok(Text::from(v.to_owned()))
    }
    fn visit_string<E>(self, v: String) -> Result<Text<'t>, E> {
        Ok(Text::from(v))
    }
}

/// Objects with more keys than this find a repeated key through a
/// [`KeyIndex`], built when they pass it; smaller ones compare the keys in
/// order.
const SCAN_UP_TO: usize = 32;

/// Where each key of a large object is among its entries: the entry's
/// place and 32 bits of its key's hash, in a table hashed by the key.
/// Eight bytes a key (and a byte of control), where a map from a copy of
/// each key to its place took 32: an object of a million keys held 69 MB
/// of index while it was read. The hash kept beside the place spares
/// reading the key again, in another part of memory, whenever the table
/// grows or a probe lands on another key. The hash is keyed at random for
/// each object, so no text can make its keys collide.
struct KeyIndex {
    table: HashTable<(u32, u32)>,
    hasher: RandomState,
}

/// The table's hash of a key whose 32-bit hash is `short`: spread over 64
/// bits, as the table takes both its low bits (the bucket) and its high
/// ones (a tag).
fn spread(short: u32) -> u64 {
    u64::from(short).wrapping_mul(0x9E37_79B9_7F4A_7C15)
}

impl KeyIndex {
    /// The index of the keys of an object's `entries` (which are distinct).
    fn of(entries: &[Entry<'_>]) -> KeyIndex {
        let mut index = KeyIndex {
            table: HashTable::with_capacity(entries.len() * 2),
            hasher: RandomState::new(),
        };
        for (at, (key, _)) in entries.iter().enumerate() {
            index.insert(key.as_str(), at);
        }
        index
    }

    fn short_hash(&self, key: &str) -> u32 {
        // The high half: SipHash mixes every bit of it.
        (self.hasher.hash_one(key) >> 32) as u32
    }

    /// Where `key` is among an object's `entries`.
    fn find(&self, entries: &[Entry<'_>], key: &str) -> Option<usize> {
        let short = self.short_hash(key);
        self.table
            .find(spread(short), |&(at, hash)| {
                hash == short
                    && entries
                        .get(at as usize)
                        .is_some_and(|(name, _)| name.as_str() == key)
            })
            .map(|&(at, _)| at as usize)
    }

    /// Notes that `key` is at `at` among the object's entries (or will be,
    /// once pushed). A document is at most a few hundred megabytes, so a
    /// place fits in 32 bits.
    fn insert(&mut self, key: &str, at: usize) {
        let short = self.short_hash(key);
        self.table
            .insert_unique(spread(short), (at as u32, short), |&(_, hash)| spread(hash));
    }
}

impl<'t> Visitor<'t> for Seed<'_, 't> {
    type Value = Node<'t>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str("any JSON value")
    }
    fn visit_bool<E>(self, v: bool) -> Result<Node<'t>, E> {
        Ok(Node::Bool(v))
    }
    fn visit_i64<E>(self, v: i64) -> Result<Node<'t>, E> {
        Ok(Node::Number(v.into()))
    }
    fn visit_u64<E>(self, v: u64) -> Result<Node<'t>, E> {
        Ok(Node::Number(v.into()))
    }
    fn visit_f64<E>(self, v: f64) -> Result<Node<'t>, E> {
        Ok(serde_json::Number::from_f64(v).map_or(Node::Null, Node::Number))
    }
    fn visit_borrowed_str<E>(self, v: &'t str) -> Result<Node<'t>, E> {
        Ok(Node::String(Text::from(v)))
    }
    fn visit_str<E>(self, v: &str) -> Result<Node<'t>, E> {
        Ok(Node::String(Text::from(v.to_owned())))
    }
    fn visit_string<E>(self, v: String) -> Result<Node<'t>, E> {
        Ok(Node::String(Text::from(v)))
    }
    fn visit_unit<E>(self) -> Result<Node<'t>, E> {
        Ok(Node::Null)
    }
    fn visit_none<E>(self) -> Result<Node<'t>, E> {
        Ok(Node::Null)
    }
    fn visit_some<D: Deserializer<'t>>(self, d: D) -> Result<Node<'t>, D::Error> {
        self.deserialize(d)
    }

    fn visit_seq<A: SeqAccess<'t>>(self, mut seq: A) -> Result<Node<'t>, A::Error> {
        if !self.enter() {
            return Err(serde::de::Error::custom("nested too deep"));
        }
        let start = self.0.borrow().items.len();
        loop {
            let index = self.0.borrow().items.len() - start;
            self.0.borrow_mut().path.push(Step::Index(index));
            let next = seq.next_element_seed(self);
            let mut state = self.0.borrow_mut();
            state.path.pop();
            match next {
                Ok(Some(item)) => state.items.push(item),
                Ok(None) => return Ok(Node::Array(state.items.split_off(start))),
                Err(error) => {
                    state.items.truncate(start);
                    return Err(error);
                }
            }
        }
    }

    fn visit_map<A: MapAccess<'t>>(self, mut access: A) -> Result<Node<'t>, A::Error> {
        if !self.enter() {
            return Err(serde::de::Error::custom("nested too deep"));
        }
        let start = self.0.borrow().entries.len();
        // Where each key is, once the object is too large to scan.
        let mut index: Option<KeyIndex> = None;
        let read = (|| {
            while let Some(key) = access.next_key_seed(Key)? {
                self.0.borrow_mut().path.push(Step::Key(key));
                let value = access.next_value_seed(self);
                let mut state = self.0.borrow_mut();
                let key = match state.path.pop() {
                    Some(Step::Key(key)) => key,
                    _ => unreachable!("the stack pops what this loop pushed"),
                };
                let value = value?;
                if canonical_key(&key).len() != key.len() {
                    state.canonical = false;
                }
                let entries = &state.entries[start..];
                let at = match &index {
                    Some(index) => index.find(entries, &key),
                    None => entries
                        .iter()
                        .position(|(name, _)| same_key(name.as_str(), key.as_str())),
                };
                match at {
                    None => {
                        let at = entries.len();
                        if let Some(index) = &mut index {
                            index.insert(&key, at);
                        }
                        state.entries.push((key, value));
                        if index.is_none() && at >= SCAN_UP_TO {
                            index = Some(KeyIndex::of(&state.entries[start..]));
                        }
                    }
                    Some(at) => {
                        let mut pointer = String::new();
                        for step in &state.path {
                            match step {
                                Step::Key(k) => push_pointer_token(&mut pointer, k),
                                Step::Index(i) => pointer.push_str(&format!("/{i}")),
                            }
                        }
                        push_pointer_token(&mut pointer, &key);
                        state.repeated.push((pointer, key.as_str().to_owned()));
                        // The last value wins, in the first one's place, as
                        // serde_json's own `Value` does.
                        state.entries[start + at].1 = value;
                    }
                }
            }
            Ok(())
        })();
        let mut state = self.0.borrow_mut();
        match read {
            Ok(()) => Ok(Node::Object(Object::from_entries(
                state.entries.split_off(start),
            ))),
            Err(error) => {
                state.entries.truncate(start);
                Err(error)
            }
        }
    }
}

#[cfg(test)]
mod tests;
