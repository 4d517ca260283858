//! A parsed JSON document that borrows its text: what the validator reads.
//!
//! `serde_json::Value` owns every key and string and keeps each object in
//! a hash map (SipHash over every key, with `preserve_order`). A feed
//! record is parsed, checked once and dropped, so that work buys nothing:
//! here a key or string without escapes is a slice of the document's text,
//! and an object is one vector of its entries in source order, looked up
//! by comparing keys (records' nodes have a handful). Parsing a generated
//! feed record this way takes about half the instructions of parsing it
//! into a `Value` (see docs/performance.md).
//!
//! A node converts to a `Value` ([`Node::to_value`]) for the few paths
//! that want one and run only on some nodes: the Google profiles' checks
//! (which also judge what sdx exports), and `jsonschema`'s errors.

mod schema;
mod text;

use std::fmt;

use serde_json::{Map, Number, Value};

#[cfg(test)]
pub(crate) use schema::assert_judged_alike;
pub use schema::Tree;
pub use text::Text;

/// One JSON value of a parsed document.
#[derive(Clone, Debug, PartialEq, Default)]
pub enum Node<'a> {
    /// `null`.
    #[default]
    Null,
    /// `true` or `false`.
    Bool(bool),
    /// A number, as serde_json reads it.
    Number(Number),
    /// A string.
    String(Text<'a>),
    /// An array.
    Array(Vec<Node<'a>>),
    /// An object.
    Object(Object<'a>),
}

/// A JSON object: its entries in source order. A key the source repeats
/// appears once, with its last value, in its first place (as
/// `serde_json::Value` keeps it).
#[derive(Clone, Debug, Default)]
pub struct Object<'a> {
    entries: Vec<(Text<'a>, Node<'a>)>,
}

/// True when `a` and `b` are the same key. A node's keys often share a
/// length (`name`, `@id`, `sku`…) but rarely a first byte: testing it
/// before the comparison spares most of the calls to `memcmp`, which
/// every lookup of a field in every node made.
#[inline]
pub(crate) fn same_key(a: &str, b: &str) -> bool {
    a.len() == b.len() && a.as_bytes().first() == b.as_bytes().first() && a == b
}

/// Compared as a map: the same keys with equal values, in any order.
impl PartialEq for Object<'_> {
    fn eq(&self, other: &Self) -> bool {
        self.len() == other.len()
            && self
                .iter()
                .all(|(key, value)| other.get(key).is_some_and(|o| o == value))
    }
}

impl<'a> Object<'a> {
    /// An empty object with room for `capacity` entries.
    pub fn with_capacity(capacity: usize) -> Object<'a> {
        Object {
            entries: Vec::with_capacity(capacity),
        }
    }

    /// The number of entries.
    pub fn len(&self) -> usize {
        self.entries.len()
    }

    /// True when the object has no entries.
    pub fn is_empty(&self) -> bool {
        self.entries.is_empty()
    }

    /// The value at `key`.
    #[inline]
    pub fn get(&self, key: &str) -> Option<&Node<'a>> {
        self.entries
            .iter()
            .find_map(|(name, value)| same_key(name.as_str(), key).then_some(value))
    }

    /// The entry at `key`.
    pub fn get_key_value(&self, key: &str) -> Option<(&Text<'a>, &Node<'a>)> {
        self.entries
            .iter()
            .find(|(name, _)| same_key(name.as_str(), key))
            .map(|(key, value)| (key, value))
    }

    /// The key of the `index`-th entry.
    pub fn key(&self, index: usize) -> Option<&str> {
        self.entries.get(index).map(|(key, _)| key.as_str())
    }

    /// True when the object has `key`.
    pub fn contains_key(&self, key: &str) -> bool {
        self.get(key).is_some()
    }

    /// The entries in order.
    pub fn iter(&self) -> impl DoubleEndedIterator<Item = (&Text<'a>, &Node<'a>)> + Clone {
        self.entries.iter().map(|(key, value)| (key, value))
    }

    /// The entries in order, their values to change.
    pub fn iter_mut(&mut self) -> impl Iterator<Item = (&Text<'a>, &mut Node<'a>)> {
        self.entries.iter_mut().map(|(key, value)| (&*key, value))
    }

    /// The keys in order.
    pub fn keys(&self) -> impl Iterator<Item = &Text<'a>> + Clone {
        self.entries.iter().map(|(key, _)| key)
    }

    /// The values in order.
    pub fn values(&self) -> impl Iterator<Item = &Node<'a>> + Clone {
        self.entries.iter().map(|(_, value)| value)
    }

    /// The object of `entries`, whose keys the caller knows are distinct.
    pub fn from_entries(entries: Vec<(Text<'a>, Node<'a>)>) -> Object<'a> {
        Object { entries }
    }

    /// Adds an entry at the end, without looking for the key: the caller
    /// knows it is new.
    pub fn push(&mut self, key: Text<'a>, value: Node<'a>) {
        self.entries.push((key, value));
    }

    /// Replaces the value of the `index`-th entry.
    pub fn set(&mut self, index: usize, value: Node<'a>) {
        if let Some(entry) = self.entries.get_mut(index) {
            entry.1 = value;
        }
    }

    /// Where `key` is among the entries.
    pub fn position(&self, key: &str) -> Option<usize> {
        self.entries
            .iter()
            .position(|(name, _)| same_key(name.as_str(), key))
    }

    /// The object as a `serde_json` map.
    pub fn to_map(&self) -> Map<String, Value> {
        let mut map = Map::with_capacity(self.len());
        for (key, value) in self.iter() {
            map.insert(key.as_str().to_owned(), value.to_value());
        }
        map
    }
}

impl<'o, 'a> IntoIterator for &'o Object<'a> {
    type Item = (&'o Text<'a>, &'o Node<'a>);
    type IntoIter = std::iter::Map<
        std::slice::Iter<'o, (Text<'a>, Node<'a>)>,
        fn(&'o (Text<'a>, Node<'a>)) -> (&'o Text<'a>, &'o Node<'a>),
    >;
    fn into_iter(self) -> Self::IntoIter {
        self.entries.iter().map(|(key, value)| (key, value))
    }
}

impl<'a> Node<'a> {
    /// The text of a string.
    #[inline]
    pub fn as_str(&self) -> Option<&str> {
        match self {
            Node::String(text) => Some(text.as_str()),
            _ => None,
        }
    }

    /// The items of an array.
    #[inline]
    pub fn as_array(&self) -> Option<&Vec<Node<'a>>> {
        match self {
            Node::Array(items) => Some(items),
            _ => None,
        }
    }

    /// The entries of an object.
    #[inline]
    pub fn as_object(&self) -> Option<&Object<'a>> {
        match self {
            Node::Object(object) => Some(object),
            _ => None,
        }
    }

    /// The value of a boolean.
    pub fn as_bool(&self) -> Option<bool> {
        match self {
            Node::Bool(value) => Some(*value),
            _ => None,
        }
    }

    /// A number as an `f64`, as [`Number::as_f64`].
    pub fn as_f64(&self) -> Option<f64> {
        match self {
            Node::Number(number) => number.as_f64(),
            _ => None,
        }
    }

    /// A number as an `i64`, as [`Number::as_i64`].
    pub fn as_i64(&self) -> Option<i64> {
        match self {
            Node::Number(number) => number.as_i64(),
            _ => None,
        }
    }

    /// A number as a `u64`, as [`Number::as_u64`].
    pub fn as_u64(&self) -> Option<u64> {
        match self {
            Node::Number(number) => number.as_u64(),
            _ => None,
        }
    }

    /// True for `null`.
    #[inline]
    pub fn is_null(&self) -> bool {
        matches!(self, Node::Null)
    }

    /// True for a string.
    pub fn is_string(&self) -> bool {
        matches!(self, Node::String(_))
    }

    /// True for a number.
    pub fn is_number(&self) -> bool {
        matches!(self, Node::Number(_))
    }

    /// True for `true` or `false`.
    pub fn is_boolean(&self) -> bool {
        matches!(self, Node::Bool(_))
    }

    /// True for an array.
    pub fn is_array(&self) -> bool {
        matches!(self, Node::Array(_))
    }

    /// True for an object.
    pub fn is_object(&self) -> bool {
        matches!(self, Node::Object(_))
    }

    /// The value at `key` of an object.
    pub fn get(&self, key: &str) -> Option<&Node<'a>> {
        self.as_object().and_then(|object| object.get(key))
    }

    /// The node one unescaped RFC 6901 reference token below this one: a
    /// key of an object, an index of an array.
    pub fn step(&self, token: &str) -> Option<&Node<'a>> {
        match self {
            Node::Object(object) => object.get(token),
            Node::Array(items) => token.parse::<usize>().ok().and_then(|i| items.get(i)),
            _ => None,
        }
    }

    /// The node as a `serde_json::Value`.
    pub fn to_value(&self) -> Value {
        match self {
            Node::Null => Value::Null,
            Node::Bool(value) => Value::Bool(*value),
            Node::Number(number) => Value::Number(number.clone()),
            Node::String(text) => Value::String(text.as_str().to_owned()),
            Node::Array(items) => Value::Array(items.iter().map(Node::to_value).collect()),
            Node::Object(object) => Value::Object(object.to_map()),
        }
    }

    /// The same node, owning all its text.
    pub fn into_owned(self) -> Node<'static> {
        match self {
            Node::Null => Node::Null,
            Node::Bool(value) => Node::Bool(value),
            Node::Number(number) => Node::Number(number),
            Node::String(text) => Node::String(text.into_owned()),
            Node::Array(items) => Node::Array(items.into_iter().map(Node::into_owned).collect()),
            Node::Object(object) => Node::Object(Object {
                entries: object
                    .entries
                    .into_iter()
                    .map(|(key, value)| (key.into_owned(), value.into_owned()))
                    .collect(),
            }),
        }
    }
}

impl<'a> From<&'a Value> for Node<'a> {
    /// Borrows the value's text.
    fn from(value: &'a Value) -> Node<'a> {
        match value {
            Value::Null => Node::Null,
            Value::Bool(value) => Node::Bool(*value),
            Value::Number(number) => Node::Number(number.clone()),
            Value::String(text) => Node::String(Text::from(text.as_str())),
            Value::Array(items) => Node::Array(items.iter().map(Node::from).collect()),
            Value::Object(map) => Node::Object(Object {
                entries: map
                    .iter()
                    .map(|(key, value)| (Text::from(key.as_str()), Node::from(value)))
                    .collect(),
            }),
        }
    }
}

/// Printed as compact JSON, as `serde_json::Value` prints.
impl fmt::Display for Node<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        fmt::Display::fmt(&self.to_value(), f)
    }
}

/// A [`Node`] owning its text, from JSON written inline as with
/// `serde_json::json!`: for tests.
#[cfg(test)]
macro_rules! node {
    ($($json:tt)+) => {
        $crate::tree::Node::from(&serde_json::json!($($json)+)).into_owned()
    };
}
#[cfg(test)]
pub(crate) use node;

#[cfg(test)]
mod tests;
