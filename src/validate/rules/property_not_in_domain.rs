//! `property-not-in-domain`: a schema.org property used on a node none of
//! whose types (nor their supertypes) it is declared on, like `startDate`
//! on a `Product`. With an `@type` array, the union of the types counts.

use crate::diagnostic::Severity;
use crate::validate::rule::{Layer, Rule};
use crate::vocab::{PropertyInfo, Vocabulary};

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
