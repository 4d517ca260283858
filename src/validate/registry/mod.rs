//! The table of every rule `sdx validate` applies: what `sdx rules` prints
//! and what `--select`, `--ignore` and `sdx.toml` refer to by id.
//!
//! The registry sits above the rules: it imports every rule file and the
//! profiles' rule sets, and nothing a rule or a walker uses imports it back
//! (a rule's descriptor type lives below, in [`crate::rule`]).

use std::sync::LazyLock;

use super::rules;
pub use crate::rule::{Layer, Rule};

/// Every rule, in the order `sdx rules` lists them (by layer, then id):
/// declared with the rules, where adding one is a single line.
pub const ALL: &[&Rule] = rules::ALL;

static EVERY: LazyLock<Vec<&'static Rule>> = LazyLock::new(|| {
    let mut every: Vec<&'static Rule> = ALL.to_vec();
    every.extend(super::profiles::rules());
    every
});

/// Every rule: [`ALL`], then the rules of every profile (table order).
pub fn all() -> &'static [&'static Rule] {
    &EVERY
}
/// The rule with this id.
pub fn find(id: &str) -> Option<&'static Rule> {
    all().iter().copied().find(|rule| rule.id == id)
}

/// The anchor of a rule's section in docs/rules.md: its id with `/` made
/// `-`, as Markdown renderers make headings into anchors.
pub fn anchor(id: &str) -> String {
    id.replace('/', "-")
}

/// The id nearest to a misspelled one, for error messages.
pub fn suggest(id: &str) -> Option<&'static str> {
    let ids: Vec<&'static str> = all().iter().map(|rule| rule.id).collect();
    crate::model::enumeration::closest(id, &ids)
}

/// Where a rule's requirement comes from: the consumer's documentation for
/// profile rules, the specification the check follows for the others.
pub fn source(rule: &Rule) -> &'static str {
    match rule.layer {
        Layer::Profile => super::profiles::source(rule.id).unwrap_or(match rule.id {
            id if id.starts_with("social-") => "https://ogp.me/",
            _ => "-",
        }),
        Layer::Page => "https://html.spec.whatwg.org/multipage/microdata.html",
        Layer::Syntax => "https://www.rfc-editor.org/rfc/rfc8259",
        Layer::JsonLd | Layer::Reference => "https://www.w3.org/TR/json-ld11/",
        Layer::Schema | Layer::Dataset => "sdx model (sdx schema)",
        Layer::Semantic | Layer::Vocabulary => "https://schema.org/version/30.0/",
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Severity;

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
                [rule.summary, rule.help, rule.why, rule.wrong, rule.right]
                    .iter()
                    .all(|text| !text.trim().is_empty()),
                "{}: every text of a rule is written",
                rule.id
            );
            assert_ne!(rule.wrong, rule.right, "{}", rule.id);
        }
        let mut sorted = ALL.to_vec();
        sorted.sort_by_key(|rule| (rule.layer, rule.id));
        assert_eq!(sorted, ALL.to_vec(), "ALL is ordered by layer, then id");
    }

    #[test]
    fn every_rule_has_a_unique_id_and_a_source() {
        let mut seen = std::collections::HashSet::new();
        for rule in all() {
            assert!(seen.insert(rule.id), "duplicate rule id {}", rule.id);
            assert!(!source(rule).is_empty(), "{}", rule.id);
            // Rules generated from a consumer's table are namespaced by
            // the consumer (`google/…`); sdx's own rules are not.
            assert_eq!(
                super::super::profiles::profile_of(rule.id).is_some(),
                rule.id.contains('/'),
                "only consumer rules are namespaced: {}",
                rule.id
            );
            if rule.id.contains('/') {
                assert_eq!(rule.layer, Layer::Profile, "{}", rule.id);
            }
        }
        assert!(all().len() > ALL.len());
        assert_eq!(
            find("google/event-missing-name").map(|r| r.severity),
            Some(Severity::Error)
        );
    }

    #[test]
    fn every_check_of_a_dataset_is_a_rule_sdx_rules_lists() {
        for load in crate::jsonld::rules::LOAD_RULES {
            assert!(find(load.id()).is_some(), "{load} is not in the registry");
        }
    }

    #[test]
    fn finds_and_suggests() {
        assert_eq!(find("invalid-gtin").map(|r| r.id), Some("invalid-gtin"));
        assert_eq!(find("nope"), None);
        assert_eq!(suggest("invalid-gtn"), Some("invalid-gtin"));
    }
}
