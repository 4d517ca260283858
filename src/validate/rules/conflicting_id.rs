//! `conflicting-id`: one `@id` names nodes of unrelated types.
//!
//! Where it fires: among the nodes (not the references) that carry one
//! `@id` across all the files validated together, each node whose types
//! are unrelated to those of the first such node, in input order. Types
//! are related when one is the other or a subtype of it, as a
//! [`TypeHierarchy`] says; a node that names no type is related to any.
//! The cross-document stage (`validate/cross/`) gathers each `@id`'s
//! sites and asks [`check`] of every node after the first.

use crate::diagnostic::{Diagnostic, Severity};
use crate::rule::{Layer, Rule};

/// The rule.
pub const RULE: Rule = Rule {
    id: "conflicting-id",
    severity: Severity::Error,
    layer: Layer::Reference,
    summary: "One `@id` is given to nodes whose types have nothing in common, so consumers merge two different things into one.",
    help: "Give each thing its own `@id` (e.g. https://example.com/#organization and https://example.com/#person); when the same thing has several types, list them all in each `@type`.",
    why: r##"Consumers merge nodes that share an `@id` into one thing; a company and its founder under one `@id` become one confused entity."##,
    wrong: r##"[{"@id": "#main", "@type": "Organization"}, {"@id": "#main", "@type": "Person"}]"##,
    right: r##"[{"@id": "#org", "@type": "Organization"}, {"@id": "#founder", "@type": "Person"}]"##,
};

/// Which types are subtypes of which. sdx's model knows only the types it
/// models; a fuller table (the schema.org vocabulary) can be plugged in.
pub trait TypeHierarchy: Send + Sync {
    /// True when `sub` is `sup` or a subtype of it.
    fn is_a(&self, sub: &str, sup: &str) -> bool;
}

/// A hierarchy that only knows that a type is itself.
#[cfg(test)]
#[derive(Debug, Clone, Copy, Default)]
pub struct SameTypeOnly;

#[cfg(test)]
impl TypeHierarchy for SameTypeOnly {
    fn is_a(&self, sub: &str, sup: &str) -> bool {
        sub == sup
    }
}

/// schema.org's own hierarchy (release 30.0): an `Organization` and a
/// `NewsMediaOrganization` may share an `@id`; a `Person` and a `Product`
/// may not. Types the vocabulary does not know are related only to
/// themselves.
impl TypeHierarchy for &'static crate::vocab::Vocabulary {
    fn is_a(&self, sub: &str, sup: &str) -> bool {
        sub == sup || self.is_subtype(sub, sup)
    }
}

/// Whether nodes of the types `a` and `b` may be one thing: either names
/// no type, or a type of one is a type of the other or a subtype of it.
#[inline]
pub fn related<'a>(
    a: impl Iterator<Item = &'a str> + Clone,
    b: impl Iterator<Item = &'a str> + Clone,
    hierarchy: &dyn TypeHierarchy,
) -> bool {
    a.clone().next().is_none()
        || b.clone().next().is_none()
        || a.clone().any(|x| {
            b.clone()
                .any(|y| hierarchy.is_a(x, y) || hierarchy.is_a(y, x))
        })
}

/// The node carrying `id` at `pointer`, of the compact `types`, against
/// the first node carrying it, of `first_types`: the finding when their
/// types are unrelated. `first_at` names where the first node is, asked
/// only then.
#[inline]
pub fn check<'a, T: Iterator<Item = &'a str> + Clone>(
    id: &str,
    pointer: &str,
    types: T,
    first_types: T,
    hierarchy: &dyn TypeHierarchy,
    first_at: impl FnOnce() -> String,
) -> Option<Diagnostic> {
    if related(types.clone(), first_types.clone(), hierarchy) {
        return None;
    }
    Some(RULE.finding(
        pointer.to_owned(),
        format!(
            "`@id` `{}` is typed {} here but {} at {}",
            super::shorten(id),
            type_list(types),
            type_list(first_types),
            first_at()
        ),
    ))
}

/// `A` and `B`, as a message names types.
fn type_list<'a>(types: impl Iterator<Item = &'a str>) -> String {
    types
        .map(|t| format!("`{t}`"))
        .collect::<Vec<_>>()
        .join(" and ")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(
        types: &[&str],
        first: &[&str],
        hierarchy: &dyn TypeHierarchy,
    ) -> Option<Diagnostic> {
        check(
            "#org",
            "/@graph/1",
            types.iter().copied(),
            first.iter().copied(),
            hierarchy,
            || "document 0 /@graph/0".to_owned(),
        )
    }

    #[test]
    fn unrelated_types_conflict_and_say_where_the_first_is() {
        let finding = run(&["Person"], &["Organization", "Brand"], &SameTypeOnly).unwrap();
        assert_eq!(finding.rule, "conflicting-id");
        assert_eq!(finding.pointer, "/@graph/1");
        assert_eq!(
            finding.message,
            "`@id` `#org` is typed `Person` here but `Organization` and `Brand` at document 0 /@graph/0"
        );
    }

    #[test]
    fn a_shared_type_or_no_type_is_no_conflict() {
        assert!(run(&["Brand"], &["Organization", "Brand"], &SameTypeOnly).is_none());
        assert!(run(&[], &["Organization"], &SameTypeOnly).is_none());
        assert!(run(&["Person"], &[], &SameTypeOnly).is_none());
    }

    #[test]
    fn subtypes_may_share_an_id_under_the_vocabulary() {
        let vocabulary: &'static crate::vocab::Vocabulary = crate::vocab::Vocabulary::get();
        assert!(run(&["NewsMediaOrganization"], &["Organization"], &vocabulary).is_none());
        assert!(run(&["Organization"], &["NewsMediaOrganization"], &vocabulary).is_none());
        assert!(run(&["NewsMediaOrganization"], &["Organization"], &SameTypeOnly).is_some());
        assert!(run(&["Person"], &["Product"], &vocabulary).is_some());
    }
}
