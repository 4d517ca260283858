//! Looking up a key of a parsed JSON object without hashing it.
//!
//! With `preserve_order`, a `serde_json::Map` is an `IndexMap` hashed with
//! SipHash: every `get` hashes the key, about 100 instructions for `@type`.
//! The checks ask each node for `@type`, `@id`, `@value`, `@graph`… and
//! real nodes have a handful of keys, so comparing the keys in order (the
//! entries are one contiguous vector) answers first; SipHash lookups were a
//! tenth of a feed's validation. Large objects still use the hash.

use serde_json::{Map, Value};

use crate::tree::{Node, Object};

/// Objects with more keys than this are looked up through the hash.
const SCAN_UP_TO: usize = 16;

/// Key lookup on a parsed JSON object.
pub trait Lookup {
    /// What the object holds.
    type Value;

    /// The value at `key`, as [`Map::get`].
    fn field(&self, key: &str) -> Option<&Self::Value>;

    /// True when the object has `key`, as [`Map::contains_key`].
    fn has(&self, key: &str) -> bool {
        self.field(key).is_some()
    }
}

impl Lookup for Map<String, Value> {
    type Value = Value;

    #[inline]
    fn field(&self, key: &str) -> Option<&Value> {
        if self.len() > SCAN_UP_TO {
            return self.get(key);
        }
        self.iter()
            .find_map(|(name, value)| (name == key).then_some(value))
    }
}

/// A tree's objects are always looked up in order.
impl<'a> Lookup for Object<'a> {
    type Value = Node<'a>;

    #[inline]
    fn field(&self, key: &str) -> Option<&Node<'a>> {
        self.get(key)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn answers_as_the_map_does_on_both_sides_of_the_threshold() {
        for size in [0, 1, SCAN_UP_TO, SCAN_UP_TO + 1, 40] {
            let mut object = Map::new();
            for i in 0..size {
                object.insert(format!("k{i}"), json!(i));
            }
            for i in 0..size + 2 {
                let key = format!("k{i}");
                assert_eq!(object.field(&key), object.get(&key), "{key} of {size}");
                assert_eq!(object.has(&key), object.contains_key(&key));
            }
            assert_eq!(object.field(""), None);
        }
    }
}
