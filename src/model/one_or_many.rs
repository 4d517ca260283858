//! `OneOrMany<T>`: schema.org lets every property hold one value or a list.

use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::walk::{Walk, Walker};

/// One value or a list of values, as schema.org allows for every property.
///
/// Serializes a single value bare and a list as an array, so what was read
/// is written back in the same shape. An empty list counts as absent (see
/// [`Absent`](super::Absent)) and is never written.
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
        visit_str(&str) => StrDeserializer;
        visit_string(String) => StringDeserializer;
    }

    fn visit_borrowed_str<E: serde::de::Error>(self, value: &'de str) -> Result<Self::Value, E> {
        T::deserialize(serde::de::value::BorrowedStrDeserializer::new(value)).map(OneOrMany::One)
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<Self::Value, A::Error> {
        let mut values = Vec::with_capacity(seq.size_hint().unwrap_or(0).min(64));
        while let Some(value) = seq.next_element()? {
            values.push(value);
        }
        Ok(OneOrMany::Many(values))
    }

    fn visit_map<A: serde::de::MapAccess<'de>>(self, map: A) -> Result<Self::Value, A::Error> {
        T::deserialize(serde::de::value::MapAccessDeserializer::new(map)).map(OneOrMany::One)
    }
}

impl<T: JsonSchema> JsonSchema for OneOrMany<T> {
    fn schema_name() -> std::borrow::Cow<'static, str> {
        format!("OneOrMany_{}", T::schema_name()).into()
    }

    fn schema_id() -> std::borrow::Cow<'static, str> {
        format!("sdx::OneOrMany<{}>", T::schema_id()).into()
    }

    fn inline_schema() -> bool {
        true
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let item = generator.subschema_for::<T>();
        json_schema!({
            "anyOf": [item, {"type": "array", "items": item}]
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
