//! The Google tables are consistent: unique well-formed rule ids, and
//! every type and property they name means what schema.org says.

use std::collections::BTreeSet;

use super::GOOGLE;
use crate::profile::{Check, Nested, Scope, When};
use crate::vocab::Vocabulary;

#[test]
fn rule_ids_are_unique_kebab_case_and_prefixed() {
    let all = GOOGLE.rules();
    let ids: BTreeSet<&str> = all.iter().map(|r| r.rule).collect();
    assert_eq!(ids.len(), all.len(), "duplicate rule ids");
    for rule in &all {
        let rest = rule
            .rule
            .strip_prefix("google/")
            .unwrap_or_else(|| panic!("{}", rule.rule));
        assert!(
            rest.bytes()
                .all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'),
            "{}",
            rule.rule
        );
        assert!(
            rest.starts_with(rule.feature),
            "{} is not under {}",
            rule.rule,
            rule.feature
        );
        assert!(rule
            .source
            .starts_with("https://developers.google.com/search/docs/"));
        assert!(!rule.message.is_empty() && !rule.help.is_empty() && !rule.help.contains('\n'));
    }
}

/// Every type and property the tables name exists in schema.org, each
/// property is allowed on the types of the node it is checked on, and each
/// nested type is a possible value of its property.
#[test]
fn tables_agree_with_the_vocabulary() {
    let v = Vocabulary::get();
    fn walk(v: &Vocabulary, on: &[&str], scope: &Scope) {
        for t in on {
            assert!(v.type_info(t).is_some(), "unknown type {t}");
        }
        for requirement in scope.requirements {
            // The first property of each path is on the node; the rest
            // are checked to exist.
            let mut properties: Vec<&str> = match &requirement.check {
                Check::Present(p) => vec![p],
                Check::AnyOf(ps) => ps.to_vec(),
                Check::TypedAs { property, .. } | Check::SomeTypedAs { property, .. } => {
                    vec![property]
                }
                Check::AnyPath(paths) => paths
                    .iter()
                    .map(|path| path.split('.').next().unwrap_or(path))
                    .collect(),
                Check::HereOrOrganization {
                    property,
                    organization,
                } => {
                    for p in *organization {
                        assert!(v.property_allowed_on(p, &["Organization"]), "{p}");
                    }
                    vec![property, "seller"]
                }
                Check::ActivePriceAboveZero => vec!["price", "priceSpecification"],
            };
            if let Check::AnyPath(paths) = &requirement.check {
                for p in paths.iter().flat_map(|path| path.split('.')) {
                    assert!(v.property(p).is_some(), "{}: unknown {p}", requirement.rule);
                }
            }
            properties.extend(requirement.unless.iter().flat_map(|g| g.iter().copied()));
            for p in properties {
                // Google asks for a Book's `isbn` on a node typed both
                // Product and Book.
                let on: &[&str] = if p == "isbn" { &["Book"] } else { on };
                assert!(
                    v.property(p).is_some(),
                    "{}: unknown property {p}",
                    requirement.rule
                );
                assert!(
                    v.property_allowed_on(p, on),
                    "{}: {p} is not a property of {on:?}",
                    requirement.rule
                );
            }
        }
        for Nested {
            property,
            types,
            except,
            scope,
        } in scope.nested
        {
            assert!(
                v.property_allowed_on(property, on),
                "{property} not on {on:?}"
            );
            let ranges = v.property(property).unwrap().ranges();
            for t in types.iter().chain(except.iter()) {
                let id = v.type_id(t).unwrap_or_else(|| panic!("unknown type {t}"));
                assert!(
                    ranges.iter().any(|r| v.is_subtype_id(id, *r)),
                    "{t} is not a value of {property}"
                );
            }
            walk(v, types, scope);
        }
    }
    for feature in GOOGLE.features {
        walk(v, feature.applies_to, &feature.scope);
        if let When::Holds { property, .. } = feature.when {
            assert!(v.property_allowed_on(property, feature.applies_to));
        }
        assert_eq!(feature.read.len(), "2026-12-03".len());
    }
}
