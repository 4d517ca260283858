//! Profiles, one concept: a named rule set. Its rules run only when
//! `--profile` (or `profile = [...]` in `sdx.toml`) names it, or when
//! `--select` names one of them; every other rule runs unless ignored.
//!
//! A set's rules come from one of two places: a consumer's requirement
//! table (`google`: [`crate::profile::google`], one rule per requirement,
//! made by the parent module) or rule files of sdx's own (`social`, whose
//! check of a page's tags is `social.rs`; `pending`). A later profile is
//! its table or its rule files, and one line in [`PROFILES`].
//!
//! `pending`: schema.org's pending terms are proposals that Google and
//! others already document (`eventAttendanceMode`, `gtin`, `jobTitle`
//! were pending for years), so an info on every use was noise for most
//! sites; it is for those who want to know.

use std::collections::HashMap;
use std::sync::LazyLock;

use crate::profile::{google, Profile};
use crate::rule::Rule;
use crate::validate::rules;

/// Where a set's rules come from.
pub(crate) enum Members {
    /// The rules made from a consumer's requirement table.
    Table(&'static Profile),
    /// Rules of sdx's own.
    Rules(&'static [&'static Rule]),
}

/// A named rule set.
pub(crate) struct RuleSet {
    /// The name `--profile` takes.
    pub id: &'static str,
    /// Its rules.
    pub members: Members,
}

/// Every profile, in the order messages list them.
pub(crate) static PROFILES: &[RuleSet] = &[
    RuleSet {
        id: "google",
        members: Members::Table(&google::GOOGLE),
    },
    RuleSet {
        id: "social",
        members: Members::Rules(&[
            &rules::social_card_type::RULE,
            &rules::social_missing_description::RULE,
            &rules::social_missing_image::RULE,
            &rules::social_missing_site::RULE,
            &rules::social_missing_title::RULE,
            &rules::social_relative_url::RULE,
        ]),
    },
    RuleSet {
        id: "pending",
        members: Members::Rules(&[&rules::pending_term::RULE]),
    },
];

/// The profile called `name`.
pub(crate) fn find(name: &str) -> Option<&'static RuleSet> {
    PROFILES.iter().find(|set| set.id == name)
}

/// The profile names, in [`PROFILES`]' order.
pub(crate) fn names() -> Vec<&'static str> {
    PROFILES.iter().map(|set| set.id).collect()
}

/// The consumers' requirement tables among the profiles.
pub(crate) fn tables() -> impl Iterator<Item = &'static Profile> {
    PROFILES.iter().filter_map(|set| match set.members {
        Members::Table(table) => Some(table),
        Members::Rules(_) => None,
    })
}

/// The profile whose rule `id` is; `None` for a rule every run applies.
pub(crate) fn set_of(id: &str) -> Option<&'static str> {
    static BY_RULE: LazyLock<HashMap<&'static str, &'static str>> = LazyLock::new(|| {
        let mut by_rule = HashMap::new();
        for set in PROFILES {
            for rule in set.rules() {
                by_rule.insert(rule.id, set.id);
            }
        }
        by_rule
    });
    BY_RULE.get(id).copied()
}

impl RuleSet {
    /// The set's rules, in table or list order.
    pub(crate) fn rules(&self) -> Vec<&'static Rule> {
        match self.members {
            Members::Table(table) => super::rules()
                .filter(|rule| super::profile_of(rule.id).is_some_and(|p| p.id == table.id))
                .collect(),
            Members::Rules(list) => list.to_vec(),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_is_in_at_most_one_profile_and_tables_keep_their_names() {
        let mut seen = std::collections::HashSet::new();
        for set in PROFILES {
            assert!(!set.rules().is_empty(), "{} has no rules", set.id);
            for rule in set.rules() {
                assert!(seen.insert(rule.id), "{} is in two profiles", rule.id);
                assert_eq!(set_of(rule.id), Some(set.id));
            }
            if let Members::Table(table) = set.members {
                assert_eq!(table.id, set.id, "a table's profile takes its name");
            }
        }
        assert_eq!(set_of("invalid-gtin"), None);
        assert_eq!(names(), ["google", "social", "pending"]);
    }
}
