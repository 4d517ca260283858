//! The checks a dataset passes when it is loaded, and the rules only a
//! dataset is judged by.
//!
//! Every one of them stops `sdx export`: a dataset is written by hand, and
//! exporting something other than what its author meant is worse than not
//! exporting at all.
//!
//! A rule of datasets only is one file here: its descriptor (`RULE`), the
//! decision and message of its finding, and its tests; the walks that find
//! its cases (`graph_checks.rs`, `unmodeled.rs`) call it. The validator's
//! registry lists these files' `RULE`s with its own rules, so `sdx rules`
//! and docs/rules.md show them.

pub(crate) mod duplicate_id;
pub(crate) mod missing_base;
pub(crate) mod reference_type;
pub(crate) mod unmodeled_property;

use std::fmt;

use crate::rule::Rule;

/// The file could not be read.
pub const UNREADABLE_FILE: &str = "unreadable-file";
/// The file is not UTF-8 JSON.
pub const INVALID_JSON: &str = "invalid-json";
/// A value the model cannot read, which the validator's rules did not
/// already name: the schema layer's id, as `sdx validate` reports it.
pub const INVALID_VALUE: &str = "schema";
/// An `@context` other than schema.org's.
pub const UNSUPPORTED_CONTEXT: &str = "unsupported-context";
/// A reference to an `@id` no node defines.
pub const DANGLING_REFERENCE: &str = "dangling-reference";

/// One check loading a dataset runs: a rule of sdx's one registry (`sdx
/// rules ID` prints its documentation), named by its id.
#[derive(Debug, Clone, Copy)]
pub struct LoadRule(Named);

#[derive(Debug, Clone, Copy)]
enum Named {
    /// A rule of datasets only, whose file is in this folder.
    Here(&'static Rule),
    /// A rule `sdx validate` runs too: its file is in `validate/rules/`,
    /// above this folder, which cannot import it; so by its id.
    Validator(&'static str),
}

impl LoadRule {
    /// The rule's id (`duplicate-id`).
    pub const fn id(self) -> &'static str {
        match self.0 {
            Named::Here(rule) => rule.id,
            Named::Validator(id) => id,
        }
    }
}

impl fmt::Display for LoadRule {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.id())
    }
}

/// Every load check, in the order they run. Each is a rule of sdx's one
/// registry, where its severity, summary and help are written once: this
/// list only says which of those rules loading a dataset runs.
pub const LOAD_RULES: &[LoadRule] = &[
    LoadRule(Named::Validator(UNREADABLE_FILE)),
    LoadRule(Named::Validator(INVALID_JSON)),
    LoadRule(Named::Validator(UNSUPPORTED_CONTEXT)),
    LoadRule(Named::Validator(INVALID_VALUE)),
    LoadRule(Named::Here(&unmodeled_property::RULE)),
    LoadRule(Named::Here(&missing_base::RULE)),
    LoadRule(Named::Here(&duplicate_id::RULE)),
    LoadRule(Named::Validator(DANGLING_REFERENCE)),
    LoadRule(Named::Here(&reference_type::RULE)),
];

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rule::Layer;

    #[test]
    fn the_rules_of_this_folder_are_dataset_rules_and_load_checks() {
        let here: Vec<&Rule> = LOAD_RULES
            .iter()
            .filter_map(|load| match load.0 {
                Named::Here(rule) => Some(rule),
                Named::Validator(_) => None,
            })
            .collect();
        let ids: Vec<&str> = here.iter().map(|rule| rule.id).collect();
        assert_eq!(
            ids,
            [
                "unmodeled-property",
                "missing-base",
                "duplicate-id",
                "reference-type"
            ]
        );
        assert!(here.iter().all(|rule| rule.layer == Layer::Dataset));
        assert_eq!(LOAD_RULES[6].to_string(), "duplicate-id");
    }
}
