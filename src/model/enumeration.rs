//! What the schema.org enumerations share: the `schema_enum!` declaration,
//! their spellings in JSON Schema and the message for a member that does
//! not exist.

use crate::datatypes::SCHEMA_ORG_PREFIXES;

/// Every accepted spelling of every member: the short name and each prefix.
pub fn spellings(names: &[&str]) -> Vec<String> {
    let mut all = Vec::with_capacity(names.len() * (SCHEMA_ORG_PREFIXES.len() + 1));
    for name in names {
        for prefix in SCHEMA_ORG_PREFIXES {
            all.push(format!("{prefix}{name}"));
        }
        all.push((*name).to_owned());
    }
    all
}

/// The error for `text`, which names no member of `enumeration`, with the
/// nearest member as a suggestion when one is close.
pub fn unknown_member(enumeration: &str, text: &str, names: &[&str]) -> String {
    let term = crate::datatypes::schema_org_term(text);
    match closest(term, names) {
        Some(near) => format!(
            "`{text}` is not a member of {enumeration}; did you mean `https://schema.org/{near}`?"
        ),
        None => format!(
            "`{text}` is not a member of {enumeration}; expected one of {}",
            names.join(", ")
        ),
    }
}

/// The candidate nearest to `term` by edit distance, if it is close enough
/// to be a plausible typo (at most a third of the word changed).
pub fn closest<'a>(term: &str, candidates: &[&'a str]) -> Option<&'a str> {
    let lowered = term.to_lowercase();
    let length = lowered.chars().count();
    let mut best: Option<(usize, &'a str)> = None;
    let mut folded = String::new();
    for &candidate in candidates {
        let bound = (candidate.len().max(3) / 3).max(1);
        // The distance is at least the difference in length (an ASCII
        // name keeps its length in lower case): a candidate that cannot
        // come within its bound, or beat the best so far, is passed over
        // without computing it. A feed that repeats one typo asks this
        // for every record, against lists of a few hundred names.
        if candidate.is_ascii() {
            let floor = length.abs_diff(candidate.len());
            if floor > bound || best.is_some_and(|(distance, _)| floor >= distance) {
                continue;
            }
        }
        folded.clear();
        folded.extend(candidate.chars().flat_map(char::to_lowercase));
        let distance = strsim::levenshtein(&lowered, &folded);
        if distance <= bound && best.is_none_or(|(best, _)| distance < best) {
            best = Some((distance, candidate));
        }
    }
    best.map(|(_, candidate)| candidate)
}

/// Reads an enumeration member as a text (`"InStock"`,
/// `"https://schema.org/InStock"`) or as a reference to it
/// (`{"@id": "https://schema.org/InStock"}`), which is the same IRI.
/// The JSON Schema of the second form is [`member_node_schema`].
pub(crate) struct MemberText;

impl<'de> serde::de::Visitor<'de> for MemberText {
    type Value = std::borrow::Cow<'de, str>;

    fn expecting(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("an enumeration member")
    }

    fn visit_borrowed_str<E: serde::de::Error>(self, text: &'de str) -> Result<Self::Value, E> {
        Ok(std::borrow::Cow::Borrowed(text))
    }

    fn visit_str<E: serde::de::Error>(self, text: &str) -> Result<Self::Value, E> {
        Ok(std::borrow::Cow::Owned(text.to_owned()))
    }

    /// `{"@id": IRI}`, optionally with the node's `@type` (the
    /// enumeration), as microdata with an `itemid` gives a member.
    fn visit_map<A: serde::de::MapAccess<'de>>(self, mut map: A) -> Result<Self::Value, A::Error> {
        let mut member = None;
        while let Some(key) = map.next_key::<std::borrow::Cow<'de, str>>()? {
            match key.as_ref() {
                "@id" | "id" if member.is_none() => member = Some(map.next_value::<String>()?),
                "@type" | "type" => {
                    map.next_value::<serde::de::IgnoredAny>()?;
                }
                _ => {
                    return Err(serde::de::Error::custom(format_args!(
                    "an enumeration member is its IRI or {{\"@id\": IRI}}; found the key `{key}`"
                )))
                }
            }
        }
        member.map(std::borrow::Cow::Owned).ok_or_else(|| {
            serde::de::Error::custom("an enumeration member is its IRI or {\"@id\": IRI}")
        })
    }
}

/// The JSON Schema of a member given as a node: `{"@id": IRI}`, optionally
/// with an `@type`.
pub(crate) fn member_node_schema(member: &schemars::Schema) -> schemars::Schema {
    schemars::json_schema!({
        "type": "object",
        "properties": {"@id": member, "id": member, "@type": {}, "type": {}},
        "minProperties": 1,
        "maxProperties": 2,
        "additionalProperties": false,
        "anyOf": [{"required": ["@id"]}, {"required": ["id"]}]
    })
}

/// Declares a schema.org enumeration: a Rust enum that reads every spelling
/// of its members' IRIs and writes the canonical `https://schema.org/…` one.
macro_rules! schema_enum {
    (
        $(#[$meta:meta])*
        pub enum $name:ident : $type_name:literal {
            $(
                $(#[$vmeta:meta])*
                $variant:ident
            ),+ $(,)?
        }
    ) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        pub enum $name {
            $(
                $(#[$vmeta])*
                $variant,
            )+
        }

        impl $name {
            /// The schema.org enumeration type.
            pub const TYPE: &'static str = $type_name;

            /// Every member, in declaration order.
            pub const MEMBERS: &'static [$name] = &[$($name::$variant),+];

            /// The member's short name (`InStock`).
            pub fn name(self) -> &'static str {
                match self {
                    $($name::$variant => stringify!($variant),)+
                }
            }

            /// The member's canonical IRI (`https://schema.org/InStock`).
            pub fn iri(self) -> &'static str {
                match self {
                    $($name::$variant => concat!("https://schema.org/", stringify!($variant)),)+
                }
            }

            /// Reads a member in any accepted spelling.
            pub fn parse(text: &str) -> Option<$name> {
                match $crate::model::schema_org_term(text) {
                    $(stringify!($variant) => Some($name::$variant),)+
                    _ => None,
                }
            }

            /// The member names, for messages and suggestions.
            pub fn names() -> &'static [&'static str] {
                &[$(stringify!($variant)),+]
            }
        }

        impl std::fmt::Display for $name {
            fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
                f.write_str(self.iri())
            }
        }

        impl $crate::model::MaybeEmpty for $name {}

        impl $crate::model::Walk for $name {
            const LEAF: bool = true;
            fn walk(&self, _: &mut $crate::model::Walker) {}
        }

        impl serde::Serialize for $name {
            fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
                serializer.serialize_str(self.iri())
            }
        }

        impl<'de> serde::Deserialize<'de> for $name {
            fn deserialize<D: serde::Deserializer<'de>>(deserializer: D) -> Result<Self, D::Error> {
                let text = deserializer.deserialize_any($crate::model::enumeration::MemberText)?;
                $name::parse(&text).ok_or_else(|| {
                    serde::de::Error::custom($crate::model::enumeration::unknown_member(
                        $type_name,
                        &text,
                        $name::names(),
                    ))
                })
            }
        }

        impl schemars::JsonSchema for $name {
            fn schema_name() -> std::borrow::Cow<'static, str> {
                $type_name.into()
            }

            fn json_schema(_: &mut schemars::SchemaGenerator) -> schemars::Schema {
                let spellings = $crate::model::enumeration::spellings($name::names());
                let member = schemars::json_schema!({"type": "string", "enum": spellings});
                schemars::json_schema!({
                    "description": concat!("A member of schema.org's ", $type_name, ", as an IRI in any accepted spelling (sdx writes https://schema.org/…), also as {\"@id\": IRI}."),
                    "anyOf": [
                        member.clone(),
                        $crate::model::enumeration::member_node_schema(&member)
                    ]
                })
            }
        }
    };
}

#[cfg(test)]
mod closest_tests {
    use super::closest;

    /// The first candidate at the least distance within its bound, as a
    /// plain search over every candidate finds it.
    fn plainly(term: &str, candidates: &[&'static str]) -> Option<&'static str> {
        let lowered = term.to_lowercase();
        candidates
            .iter()
            .map(|c| (strsim::levenshtein(&lowered, &c.to_lowercase()), *c))
            .filter(|(distance, c)| *distance <= (c.len().max(3) / 3).max(1))
            .min_by_key(|(distance, _)| *distance)
            .map(|(_, c)| c)
    }

    #[test]
    fn finds_what_a_search_of_every_candidate_finds() {
        let names = [
            "EUR",
            "EUA",
            "USD",
            "GBP",
            "InStock",
            "OutOfStock",
            "InStoreOnly",
            "Ünïcode",
            "NewCondition",
            "UsedCondition",
            "x",
            "",
        ];
        for term in [
            "EURO",
            "eur",
            "US",
            "GBPP",
            "instock",
            "OutofStok",
            "InStore",
            "ünicode",
            "newcondition",
            "Used",
            "",
            "x",
            "y",
            "zzzzzzzz",
            "İnStock",
        ] {
            assert_eq!(closest(term, &names), plainly(term, &names), "{term}");
        }
        assert_eq!(closest("EURO", &names), Some("EUR"));
    }
}
