//! `OneOrMany<T>`: schema.org lets every property hold one value or a list,
//! and JSON-LD reads `null`, `""`, `[]` and `{}` as no value at all.

use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::walk::{Walk, Walker};

/// One value or a list of values, as schema.org allows for every property.
///
/// Serializes a single value bare and a list as an array, so what was read
/// is written back in the same shape. An empty list counts as absent (see
/// [`Absent`](super::Absent)) and is never written.
///
/// A value that says nothing — `null`, a blank text, `[]`, `{}` — is read as
/// no value (and dropped from a list), the way consumers treat it; a rule
/// warns about it, since it is usually a template's unfilled slot.
#[derive(Debug, Clone, PartialEq)]
pub enum OneOrMany<T> {
    /// A single value, written without brackets.
    One(T),
    /// A list of values, written as a JSON array.
    Many(Vec<T>),
}

impl<T> OneOrMany<T> {
    /// Iterates over the values, whatever the shape.
    pub fn iter(&self) -> std::slice::Iter<'_, T> {
        match self {
            OneOrMany::One(value) => std::slice::from_ref(value).iter(),
            OneOrMany::Many(values) => values.iter(),
        }
    }

    /// The number of values.
    pub fn len(&self) -> usize {
        match self {
            OneOrMany::One(_) => 1,
            OneOrMany::Many(values) => values.len(),
        }
    }

    /// True for an empty list.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// The first value, if any.
    pub fn first(&self) -> Option<&T> {
        self.iter().next()
    }
}

impl<T> From<T> for OneOrMany<T> {
    fn from(value: T) -> Self {
        OneOrMany::One(value)
    }
}

impl From<&str> for OneOrMany<super::Text> {
    fn from(text: &str) -> Self {
        OneOrMany::One(text.into())
    }
}

impl From<String> for OneOrMany<super::Text> {
    fn from(text: String) -> Self {
        OneOrMany::One(text.into())
    }
}

impl<N> From<&str> for OneOrMany<super::ValueOrRef<super::Text, N>> {
    fn from(text: &str) -> Self {
        OneOrMany::One(super::ValueOrRef::Value(text.into()))
    }
}

impl<N> From<String> for OneOrMany<super::ValueOrRef<super::Text, N>> {
    fn from(text: String) -> Self {
        OneOrMany::One(super::ValueOrRef::Value(text.into()))
    }
}

impl<T> From<Vec<T>> for OneOrMany<T> {
    fn from(values: Vec<T>) -> Self {
        OneOrMany::Many(values)
    }
}

impl<'a, T> IntoIterator for &'a OneOrMany<T> {
    type Item = &'a T;
    type IntoIter = std::slice::Iter<'a, T>;
    fn into_iter(self) -> Self::IntoIter {
        self.iter()
    }
}

impl<T: Serialize> Serialize for OneOrMany<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match self {
            OneOrMany::One(value) => value.serialize(serializer),
            OneOrMany::Many(values) => values.serialize(serializer),
        }
    }
}

impl<'de, T: Deserialize<'de>> Deserialize<'de> for OneOrMany<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(OneOrManyVisitor(std::marker::PhantomData))
    }
}

/// Dispatches on the JSON shape without buffering, so errors inside a value
/// keep their exact path and position (an untagged enum would lose both).
struct OneOrManyVisitor<T>(std::marker::PhantomData<T>);

/// True for a text that says nothing: empty, or white space only (what
/// `text.trim().is_empty()` says). Asked of nearly every text a validated
/// record holds, several times: a text that starts with anything else is
/// answered at its first character, where trimming both ends cost a call
/// and a scan from each end.
pub(crate) fn is_blank(text: &str) -> bool {
    text.chars().all(char::is_whitespace)
}

/// One item of a list: a value, nothing (`null`, `""`, `{}`), or the items
/// of a list inside the list, which JSON-LD flattens into it.
struct Item<T>(Vec<T>);

impl<'de, T: Deserialize<'de>> Deserialize<'de> for Item<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        let value =
            deserializer.deserialize_any(OneOrManyVisitor::<T>(std::marker::PhantomData))?;
        Ok(Item(match value {
            OneOrMany::One(value) => vec![value],
            OneOrMany::Many(values) => values,
        }))
    }
}

macro_rules! forward_scalar {
    ($($method:ident($ty:ty) => $de:ident;)*) => {
        $(
            fn $method<E: serde::de::Error>(self, value: $ty) -> Result<Self::Value, E> {
                T::deserialize(serde::de::value::$de::new(value)).map(OneOrMany::One)
            }
        )*
    };
}

impl<'de, T: Deserialize<'de>> serde::de::Visitor<'de> for OneOrManyVisitor<T> {
    type Value = OneOrMany<T>;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("a value or a list of values")
    }

    forward_scalar! {
        visit_bool(bool) => BoolDeserializer;
        visit_i64(i64) => I64Deserializer;
        visit_u64(u64) => U64Deserializer;
        visit_f64(f64) => F64Deserializer;
    }

    fn visit_str<E: serde::de::Error>(self, value: &str) -> Result<Self::Value, E> {
        if is_blank(value) {
            return Ok(OneOrMany::Many(Vec::new()));
        }
        T::deserialize(serde::de::value::StrDeserializer::new(value)).map(OneOrMany::One)
    }

    fn visit_string<E: serde::de::Error>(self, value: String) -> Result<Self::Value, E> {
        if is_blank(&value) {
            return Ok(OneOrMany::Many(Vec::new()));
        }
        T::deserialize(serde::de::value::StringDeserializer::new(value)).map(OneOrMany::One)
    }

    fn visit_borrowed_str<E: serde::de::Error>(self, value: &'de str) -> Result<Self::Value, E> {
        if is_blank(value) {
            return Ok(OneOrMany::Many(Vec::new()));
        }
        T::deserialize(serde::de::value::BorrowedStrDeserializer::new(value)).map(OneOrMany::One)
    }

    fn visit_unit<E: serde::de::Error>(self) -> Result<Self::Value, E> {
        Ok(OneOrMany::Many(Vec::new()))
    }

    fn visit_none<E: serde::de::Error>(self) -> Result<Self::Value, E> {
        Ok(OneOrMany::Many(Vec::new()))
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let mut values = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(64));
        while let Some(Item(value)) = seq.next_element::<Item<T>>()? {
            values.extend(value);
        }
        Ok(OneOrMany::Many(values))
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let Some(first) = map.next_key::<String>()? else {
            return Ok(OneOrMany::Many(Vec::new()));
        };
        let replay = super::replay::Replay::new(Vec::new(), Some(first), map);
        T::deserialize(serde::de::value::MapAccessDeserializer::new(replay)).map(OneOrMany::One)
    }
}

impl<T: JsonSchema> JsonSchema for OneOrMany<T> {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        format!("{}Values", T::schema_name()).into()
    }

    fn schema_id() -> std::borrow::Cow<'static, str> {
        format!("sdx::OneOrMany<{}>", T::schema_id()).into()
    }

    // A named definition shared by every property of the same range: the
    // three-way choice is written once, not at each property.
    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let item = generator.subschema_for::<T>();
        let nothing = generator.subschema_for::<NoValue>();
        json_schema!({
            "anyOf": [
                item.clone(),
                {"type": "array", "items": {"anyOf": [item, nothing.clone()]}},
                nothing
            ]
        })
    }
}

/// The JSON Schema of a value that says nothing, which JSON-LD reads as no
/// value: one definition, shared by every property.
struct NoValue;

impl JsonSchema for NoValue {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        "NoValue".into()
    }

    fn schema_id() -> std::borrow::Cow<'static, str> {
        "sdx::NoValue".into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "No value: null, a blank text, an empty list or an empty object (read as absent; sdx warns about it).",
            "anyOf": [
                {"type": "null"},
                {"type": "string", "pattern": "^\\s*$"},
                {"type": "array", "maxItems": 0},
                {"type": "object", "maxProperties": 0}
            ]
        })
    }
}

impl<T: Walk> Walk for OneOrMany<T> {
    const LEAF: bool = T::LEAF;

    fn walk(&self, walker: &mut Walker) {
        match self {
            OneOrMany::One(value) => value.walk(walker),
            OneOrMany::Many(values) => {
                for (index, value) in values.iter().enumerate() {
                    walker.index(index, value);
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    proptest::proptest! {
        #[test]
        fn blank_is_what_trimming_leaves_empty(
            text in "[ \\t\\n\\r\\u{b}\\u{c}\\u{85}\\u{a0}\\u{2003}\\u{200b}\\u{feff}ax]{0,6}"
        ) {
            proptest::prop_assert_eq!(super::is_blank(&text), text.trim().is_empty(), "{:?}", text);
        }
    }
}
