//! `@type` as a value: a node of a modeled type reads any of its subtypes'
//! names, in every spelling schema.org allows, and writes back what it read.

use std::borrow::Cow;
use std::fmt;
use std::marker::PhantomData;
use std::sync::OnceLock;

use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};
use serde::{Deserialize, Deserializer, Serialize, Serializer};

use super::reference::TypeSet;
use crate::datatypes::schema_org_term;
use crate::vocab::Vocabulary;

/// A modeled schema.org type.
pub trait NodeType {
    /// The schema.org type name (`Person`).
    const TYPE: &'static str;
    /// Its modeled supertypes, nearest first (`NewsArticle` → `Article`, `CreativeWork`).
    const SUPERTYPES: &'static [&'static str];
    /// Every JSON-LD key a node of this type reads and writes, in the order
    /// it writes them (`@type`, `@id`, the common Thing properties, then the
    /// type's own).
    const PROPERTIES: &'static [&'static str];
}

/// The `@type` member of a node of type `T`.
///
/// schema.org is open: wherever a type is expected, any of its subtypes
/// may stand (a `Corporation` is an `Organization`), and a node may name
/// several types (`["Product", "Car"]`). So the tag reads every name that
/// is `T` or a subtype of it in schema.org's vocabulary — bare,
/// `schema:`-prefixed or as an IRI — and a list naming at least one such
/// type, and keeps what it read. A node built in code writes `T`'s name; a
/// nested node read without `@type` (`"address": {"streetAddress": …}`)
/// writes none.
pub struct TypeTag<T> {
    names: Tag,
    kind: PhantomData<fn() -> T>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Tag {
    /// `T`'s own name.
    Own,
    /// The names as read (schema.org terms without their prefix; other
    /// vocabularies' names as written).
    Read(Vec<String>),
}

impl<T> TypeTag<T> {
    /// The tag of type `T`.
    pub const fn new() -> Self {
        TypeTag {
            names: Tag::Own,
            kind: PhantomData,
        }
    }

    /// A tag naming these types (schema.org terms or other IRIs).
    pub fn named<S: Into<String>>(names: impl IntoIterator<Item = S>) -> Self {
        let names: Vec<String> = names.into_iter().map(Into::into).collect();
        TypeTag {
            names: if names.is_empty() {
                Tag::Own
            } else {
                Tag::Read(names)
            },
            kind: PhantomData,
        }
    }
}

impl<T: NodeType> TypeTag<T> {
    /// The type names the node has.
    pub fn names(&self) -> Vec<&str> {
        match &self.names {
            Tag::Own => vec![T::TYPE],
            Tag::Read(names) => names.iter().map(String::as_str).collect(),
        }
    }

    /// The first name of a type of `T`'s family: the type the node is read
    /// as (`T`'s name when none is stated).
    pub fn primary(&self) -> &str {
        match &self.names {
            Tag::Read(names) => names
                .iter()
                .map(String::as_str)
                .find(|name| is_in_family::<T>(name))
                .unwrap_or(T::TYPE),
            Tag::Own => T::TYPE,
        }
    }
}

impl<T> Default for TypeTag<T> {
    fn default() -> Self {
        TypeTag::new()
    }
}

impl<T> Clone for TypeTag<T> {
    fn clone(&self) -> Self {
        TypeTag {
            names: self.names.clone(),
            kind: PhantomData,
        }
    }
}

/// Equal when they name the same types (a node built in code and the same
/// node read back are equal).
impl<T: NodeType> PartialEq for TypeTag<T> {
    fn eq(&self, other: &Self) -> bool {
        self.names() == other.names()
    }
}

impl<T: NodeType> fmt::Debug for TypeTag<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.names().join(", "))
    }
}

/// True when `name` (any spelling) is `T`'s type or one of its subtypes.
pub fn is_in_family<T: NodeType>(name: &str) -> bool {
    let name = schema_org_term(name);
    name == T::TYPE || Vocabulary::get().is_subtype(name, T::TYPE)
}

/// True when `name` (any spelling) is a type of `set` or a subtype of one.
pub fn set_accepts<S: TypeSet + ?Sized>(name: &str) -> bool {
    let name = schema_org_term(name);
    let vocabulary = Vocabulary::get();
    S::TYPES
        .iter()
        .any(|t| *t == name || vocabulary.is_subtype(name, t))
}

impl<T: NodeType> Serialize for TypeTag<T> {
    fn serialize<S: Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        match &self.names {
            Tag::Read(names) if names.len() > 1 => names.serialize(serializer),
            Tag::Read(names) => {
                serializer.serialize_str(names.first().map_or(T::TYPE, String::as_str))
            }
            Tag::Own => serializer.serialize_str(T::TYPE),
        }
    }
}

impl<'de, T: NodeType> Deserialize<'de> for TypeTag<T> {
    fn deserialize<D: Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
        deserializer.deserialize_any(TypeTagVisitor(PhantomData))
    }
}

/// Reads `"Person"`, `"schema:Corporation"` or `["Product", "Car"]`.
struct TypeTagVisitor<T>(PhantomData<fn() -> T>);

impl<T: NodeType> TypeTagVisitor<T> {
    fn read<E: serde::de::Error>(names: Vec<Cow<'_, str>>) -> Result<TypeTag<T>, E> {
        if !names.iter().any(|name| is_in_family::<T>(name)) {
            let unknown = names
                .iter()
                .find(|name| Vocabulary::get().type_info(schema_org_term(name)).is_none());
            return Err(E::custom(match unknown {
                Some(name) => format!(
                    "@type `{name}` is not a schema.org type; expected `{}` or one of its subtypes",
                    T::TYPE
                ),
                None => format!(
                    "@type `{}` is not `{}` or one of its subtypes",
                    names.join("`, `"),
                    T::TYPE
                ),
            }));
        }
        Ok(TypeTag::named(names.iter().map(|name| {
            let term = schema_org_term(name);
            if term.len() < name.len() {
                term.to_owned()
            } else {
                name.to_string()
            }
        })))
    }
}

impl<'de, T: NodeType> serde::de::Visitor<'de> for TypeTagVisitor<T> {
    type Value = TypeTag<T>;

    fn expecting(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "@type `{}` or one of its subtypes", T::TYPE)
    }

    fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<TypeTag<T>, E> {
        Self::read(vec![Cow::Borrowed(text)])
    }

    fn visit_seq<A: serde::de::SeqAccess<'de>>(self, mut seq: A) -> Result<TypeTag<T>, A::Error> {
        let mut names: Vec<Cow<'de, str>> = Vec::new();
        while let Some(name) = seq.next_element::<Cow<'de, str>>()? {
            names.push(name);
        }
        Self::read(names)
    }
}

/// The names `T`'s `@type` accepts, as one JSON Schema definition per
/// modeled type (`OrganizationTypeName`), shared by every use.
pub(crate) struct TypeNames<T>(PhantomData<fn() -> T>);

/// `T`'s name and every subtype's, sorted: generated from the vocabulary.
pub(crate) fn family_names(type_name: &str) -> Vec<&'static str> {
    let vocabulary = Vocabulary::get();
    let mut names: Vec<&'static str> = vocabulary
        .types()
        .filter(|info| info.name() == type_name || vocabulary.is_subtype(info.name(), type_name))
        .map(|info| info.name())
        .collect();
    names.sort_unstable();
    names
}

/// A pattern matching these schema.org names in every spelling sdx reads.
pub(crate) fn names_pattern(names: &[&str]) -> String {
    // Type names are letters and digits (`3DModel`): nothing to escape.
    format!(
        "^((https?://(www\\.)?schema\\.org/)|schema:)?({})$",
        names.join("|")
    )
}

impl<T: NodeType> JsonSchema for TypeNames<T> {
    fn schema_name() -> Cow<'static, str> {
        format!("{}TypeName", T::TYPE).into()
    }

    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        static CACHE: OnceLock<std::sync::Mutex<std::collections::HashMap<&'static str, String>>> =
            OnceLock::new();
        let cache = CACHE.get_or_init(Default::default);
        let pattern = match cache.lock() {
            Ok(mut cache) => cache
                .entry(T::TYPE)
                .or_insert_with(|| names_pattern(&family_names(T::TYPE)))
                .clone(),
            Err(_) => names_pattern(&family_names(T::TYPE)),
        };
        let description = format!(
            "`{}` or one of its subtypes in schema.org {}, bare, `schema:`-prefixed or as an IRI.",
            T::TYPE,
            Vocabulary::get().release()
        );
        json_schema!({
            "description": description,
            "type": "string",
            "pattern": pattern
        })
    }
}

impl<T: NodeType> JsonSchema for TypeTag<T> {
    fn schema_name() -> Cow<'static, str> {
        format!("{}Type", T::TYPE).into()
    }

    fn inline_schema() -> bool {
        true
    }

    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        let name = generator.subschema_for::<TypeNames<T>>();
        json_schema!({
            "anyOf": [
                name,
                {"type": "array", "items": {"type": "string"}, "contains": name}
            ]
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Organization, Person};

    #[test]
    fn reads_subtypes_lists_and_spellings() {
        for text in [
            r#""Organization""#,
            r#""Corporation""#,
            r#""https://schema.org/NewsMediaOrganization""#,
            r#""schema:MusicGroup""#,
            r#"["LocalBusiness", "ex:Shop"]"#,
        ] {
            let tag: TypeTag<Organization> =
                serde_json::from_str(text).unwrap_or_else(|e| panic!("{text}: {e}"));
            assert_ne!(tag.names(), Vec::<&str>::new());
        }
        let tag: TypeTag<Organization> = serde_json::from_str(r#""schema:Corporation""#).unwrap();
        assert_eq!(serde_json::to_string(&tag).unwrap(), r#""Corporation""#);
        assert_eq!(tag.primary(), "Corporation");
        for text in [r#""Person""#, r#""organization""#, r#""Thing""#, r#"[]"#] {
            assert!(
                serde_json::from_str::<TypeTag<Organization>>(text).is_err(),
                "{text}"
            );
        }
        assert_eq!(
            serde_json::to_string(&TypeTag::<Person>::new()).unwrap(),
            r#""Person""#
        );
    }

    #[test]
    fn the_pattern_takes_the_family_in_every_spelling() {
        let pattern = regex::Regex::new(&names_pattern(&family_names("Organization"))).unwrap();
        for name in [
            "Organization",
            "Corporation",
            "schema:Corporation",
            "http://schema.org/MusicGroup",
            "https://www.schema.org/Restaurant",
        ] {
            assert!(pattern.is_match(name), "{name}");
        }
        for name in [
            "Person",
            "organization",
            "Corp",
            "xOrganization",
            "schema:Thing",
        ] {
            assert!(!pattern.is_match(name), "{name}");
        }
    }
}
