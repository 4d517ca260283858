//! The table of every rule `sdx validate` applies: what `sdx rules` prints
//! and what `--select`, `--ignore` and `sdx.toml` refer to by id.

use crate::diagnostic::Severity;

use super::rules;

/// Which layer of the validation a rule belongs to, in the order they run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Layer {
    /// The bytes are not a JSON document sdx can read.
    Syntax,
    /// The JSON is not JSON-LD sdx can interpret as schema.org.
    JsonLd,
    /// A node does not match the generated JSON Schema of its `@type`.
    Schema,
    /// A value breaks a rule of meaning JSON Schema cannot say well.
    Semantic,
    /// `@id`s across the files validated together.
    Reference,
}

impl Layer {
    /// The lowercase name printed by `sdx rules`.
    pub fn as_str(self) -> &'static str {
        match self {
            Layer::Syntax => "syntax",
            Layer::JsonLd => "json-ld",
            Layer::Schema => "schema",
            Layer::Semantic => "semantic",
            Layer::Reference => "reference",
        }
    }
}

/// One check, with a stable kebab-case id.
#[derive(Debug, PartialEq, Eq)]
pub struct Rule {
    /// The stable id users select, ignore and re-grade the rule by.
    pub id: &'static str,
    /// The severity when configuration does not change it.
    pub severity: Severity,
    /// The layer the rule belongs to.
    pub layer: Layer,
    /// One line: what the rule checks.
    pub summary: &'static str,
    /// What to do when the rule fires; the default help line of its findings.
    pub help: &'static str,
}

/// Every rule, in the order `sdx rules` lists them (by layer, then id).
pub const ALL: &[&Rule] = &[
    &rules::duplicate_key::RULE,
    &rules::invalid_json::RULE,
    &rules::limit_exceeded::RULE,
    &rules::invalid_jsonld::RULE,
    &rules::missing_context::RULE,
    &rules::missing_type::RULE,
    &rules::unsupported_context::RULE,
    &rules::schema::RULE,
    &rules::date_order::RULE,
    &rules::invalid_currency::RULE,
    &rules::invalid_date::RULE,
    &rules::invalid_enum::RULE,
    &rules::invalid_gtin::RULE,
    &rules::invalid_language::RULE,
    &rules::invalid_price::RULE,
    &rules::invalid_url::RULE,
    &rules::relative_url::RULE,
    &rules::conflicting_id::RULE,
    &rules::dangling_reference::RULE,
];

/// The rule with this id.
pub fn find(id: &str) -> Option<&'static Rule> {
    ALL.iter().copied().find(|rule| rule.id == id)
}

/// The id nearest to a misspelled one, for error messages.
pub fn suggest(id: &str) -> Option<&'static str> {
    let ids: Vec<&'static str> = ALL.iter().map(|rule| rule.id).collect();
    crate::model::enumeration::closest(id, &ids)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_kebab_case_and_sorted_by_layer() {
        let mut seen = std::collections::HashSet::new();
        for rule in ALL {
            assert!(seen.insert(rule.id), "duplicate rule id {}", rule.id);
            assert!(
                rule.id.bytes().all(|b| b.is_ascii_lowercase() || b == b'-'),
                "{} is not kebab-case",
                rule.id
            );
            assert!(
                !rule.summary.is_empty() && !rule.help.is_empty(),
                "{}",
                rule.id
            );
        }
        let mut sorted = ALL.to_vec();
        sorted.sort_by_key(|rule| (rule.layer, rule.id));
        assert_eq!(sorted, ALL.to_vec(), "ALL is ordered by layer, then id");
    }

    #[test]
    fn finds_and_suggests() {
        assert_eq!(find("invalid-gtin").map(|r| r.id), Some("invalid-gtin"));
        assert_eq!(find("nope"), None);
        assert_eq!(suggest("invalid-gtn"), Some("invalid-gtin"));
    }
}
