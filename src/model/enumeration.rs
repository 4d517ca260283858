//! What the schema.org enumerations share: their spellings in JSON Schema
//! and the message for a member that does not exist.

use super::iri::SCHEMA_ORG_PREFIXES;

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
    let term = super::iri::schema_org_term(text);
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
    candidates
        .iter()
        .map(|c| (strsim::levenshtein(&lowered, &c.to_lowercase()), *c))
        .filter(|(distance, c)| *distance <= (c.len().max(3) / 3).max(1))
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, c)| c)
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
