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
