//! `property-not-in-domain`: a schema.org property used on a node none of
//! whose types (nor their supertypes) it is declared on, like `startDate`
//! on a `Product`. With an `@type` array, the union of the types counts.
//!
//! Where it fires, decided by [`fires`]: on a node whose types are all
//! known schema.org types (a node without `@type`, or with a type of
//! another vocabulary, may well allow the property and is not judged,
//! which the vocabulary layer settles before asking), except for the
//! property a Role wraps: a Role (`OrganizationRole`…) repeats the
//! property it sits under inside itself (`"member": {"@type":
//! "OrganizationRole", "member": …}`), which is not out of its domain.

use crate::diagnostic::Severity;
use crate::rule::{Layer, Rule};
use crate::validate::normalize::canonical_key;
use crate::vocab::{PropertyInfo, TypeId, Vocabulary};

/// The rule.
pub const RULE: Rule = Rule {
    id: "property-not-in-domain",
    severity: Severity::Warning,
    layer: Layer::Vocabulary,
    summary: "A schema.org property is used on a node whose types it does not belong to, so consumers of those types ignore it.",
    help: "Move the property to a node of a type it belongs to, or add that type to the node's `@type`.",
    why: r##"Consumers read the properties a type has; one that belongs to another type is ignored where it is."##,
    wrong: r##"{"@type": "Person", "price": "10.00"}"##,
    right: r##"{"@type": "Person", "makesOffer": {"@type": "Offer", "price": "10.00"}}"##,
};

/// Whether the property `name` is out of the domain of a node of `types`
/// (every one a known schema.org type) that is the value of the key
/// `under`. `declared`: the types its `@type` names (a Role is one of
/// them), a prefix of `types`, which also holds those `additionalType`
/// names. The Role test runs only for a property out of the domain.
pub fn fires(
    vocabulary: &Vocabulary,
    name: &str,
    property: &PropertyInfo,
    types: &[TypeId],
    declared: usize,
    under: Option<&str>,
) -> bool {
    if vocabulary.property_allowed_on_ids(property, types) {
        return false;
    }
    let wraps = || {
        let role = vocabulary.well_known().role;
        types[..declared.min(types.len())]
            .iter()
            .any(|id| role.is_some_and(|role| vocabulary.is_subtype_id(*id, role)))
    };
    !(under.map(canonical_key) == Some(name) && wraps())
}

/// The message: the property, the node's types and where it belongs.
pub fn describe(property: &PropertyInfo, types: &[&str]) -> String {
    let vocabulary = Vocabulary::get();
    let mut domains: Vec<&str> = property
        .domains()
        .iter()
        .map(|d| vocabulary.type_by_id(*d).name())
        .collect();
    domains.sort_unstable();
    let shown = domains.len().min(4);
    let more = if domains.len() > shown { ", …" } else { "" };
    format!(
        "`{}` is not a property of {}; it belongs to {}{more}",
        property.name(),
        types.join(" or "),
        domains[..shown].join(", "),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_role_may_repeat_the_property_it_wraps() {
        let vocabulary = Vocabulary::get();
        let id = |name: &str| vocabulary.type_info(name).map(|info| info.id());
        let (Some(role), Some(product)) = (id("OrganizationRole"), id("Product")) else {
            panic!("schema.org types");
        };
        let member = vocabulary.property("member").expect("a property");
        assert!(!fires(vocabulary, "member", member, &[role], 1, Some("member")));
        assert!(fires(vocabulary, "member", member, &[role], 1, Some("owner")));
        assert!(fires(vocabulary, "member", member, &[product], 1, None));
        let name = vocabulary.property("name").expect("a property");
        assert!(!fires(vocabulary, "name", name, &[product], 1, None));
    }
}
