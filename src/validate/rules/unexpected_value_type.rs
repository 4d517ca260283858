//! `unexpected-value-type`: a value whose kind fits none of the property's
//! schema.org ranges: a number where a `Date` is expected, a node where a
//! `URL` is, a `Person` node where a `Place` is.
//!
//! The range tables are the vocabulary's; the check is
//! [`Vocabulary::value_fits_range`](crate::vocab::Vocabulary::value_fits_range).
//! Where a semantic rule (`invalid-date`, `invalid-url`…) or the schema
//! layer reports the same value, this rule stays silent (see
//! [`registry::rank`](crate::validate::registry::rank)).

use crate::tree::Node;

use crate::diagnostic::Severity;
use crate::validate::registry::{Layer, Rule};
use crate::vocab::{PropertyInfo, Vocabulary};

/// The rule.
pub const RULE: Rule = Rule {
    id: "unexpected-value-type",
    severity: Severity::Warning,
    layer: Layer::Vocabulary,
    summary: "A value fits none of the types schema.org expects for its property (a number where a Date is expected, an object where a URL is).",
    help: "Write the value as one of the types the message lists (https://schema.org/<property> shows the range).",
};

/// The property's ranges, as a message lists them.
pub fn ranges(property: &PropertyInfo) -> String {
    let vocabulary = Vocabulary::get();
    let names: Vec<&str> = property
        .ranges()
        .iter()
        .map(|r| vocabulary.type_by_id(*r).name())
        .collect();
    match names.split_last() {
        Some((last, rest)) if !rest.is_empty() => format!("{} or {last}", rest.join(", ")),
        Some((last, _)) => (*last).to_owned(),
        None => "anything".to_owned(),
    }
}

/// The message for a value that fits no range.
pub fn describe(property: &PropertyInfo, value: &Node) -> String {
    format!(
        "`{}` expects {}; found {}",
        property.name(),
        ranges(property),
        super::describe(value)
    )
}
