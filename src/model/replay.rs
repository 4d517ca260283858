//! A map reader that puts back what was already read.
//!
//! Deciding between a reference and a node, or between the members of a type
//! union, needs a look at the first keys of an object. Buffering the whole
//! object into a `serde_json::Value` would lose the path and position of any
//! error inside it, so instead the keys (and the few values) already read are
//! replayed in front of the untouched rest of the map.

use std::collections::VecDeque;

use serde::de::{self, DeserializeSeed, IntoDeserializer, MapAccess};

/// An entry already taken from the underlying map.
enum Taken {
    /// Key and value both read: the value is replayed from this buffer.
    Both(String, serde_json::Value),
    /// Only the key read: its value is still in the underlying map.
    KeyOnly(String),
}

/// A [`MapAccess`] that yields buffered entries, then the rest of `inner`.
pub(crate) struct Replay<A> {
    taken: VecDeque<Taken>,
    value: Option<serde_json::Value>,
    inner: A,
}

impl<A> Replay<A> {
    /// Replays read entries in order, then optionally a key whose value has
    /// not been read yet, then the rest of `inner`.
    pub(crate) fn new(
        entries: Vec<(String, serde_json::Value)>,
        pending: Option<String>,
        inner: A,
    ) -> Replay<A> {
        let mut taken: VecDeque<Taken> = entries
            .into_iter()
            .map(|(key, value)| Taken::Both(key, value))
            .collect();
        if let Some(key) = pending {
            taken.push_back(Taken::KeyOnly(key));
        }
        Replay {
            taken,
            value: None,
            inner,
        }
    }
}

impl<'de, A: MapAccess<'de>> MapAccess<'de> for Replay<A> {
    type Error = A::Error;

    fn next_key_seed<K: DeserializeSeed<'de>>(
        &mut self,
        seed: K,
    ) -> Result<Option<K::Value>, Self::Error> {
        match self.taken.pop_front() {
            Some(Taken::Both(key, value)) => {
                self.value = Some(value);
                seed.deserialize(key.into_deserializer()).map(Some)
            }
            Some(Taken::KeyOnly(key)) => {
                self.value = None;
                seed.deserialize(key.into_deserializer()).map(Some)
            }
            None => self.inner.next_key_seed(seed),
        }
    }

    fn next_value_seed<V: DeserializeSeed<'de>>(
        &mut self,
        seed: V,
    ) -> Result<V::Value, Self::Error> {
        match self.value.take() {
            Some(value) => seed.deserialize(value).map_err(de::Error::custom),
            None => self.inner.next_value_seed(seed),
        }
    }
}
