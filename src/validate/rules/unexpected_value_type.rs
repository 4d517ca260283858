//! `unexpected-value-type`: a value of a kind none of the property's
//! schema.org ranges can be: a node where only text or a number is expected
//! (`"name": {"@type": "Thing"}`), a text that is no number where a number
//! is (`"offerCount": "many"`), a boolean where a URL is.
//!
//! Reading: schema.org is lenient about nodes (text may stand for one, a
//! subtype for its type) but a literal datatype has a form: a consumer
//! reading a number, a boolean or a text finds nothing it can use, and
//! drops the value. An error. A node of an unexpected *type* is
//! [`unexpected-node-type`](super::unexpected_node_type); values with a
//! form rule of their own (dates, URLs, currencies…) are judged by that
//! rule, not this one.
//!
//! The range tables are the vocabulary's; the check is
//! [`Vocabulary::value_fits_range`](crate::vocab::Vocabulary::value_fits_range).

use crate::tree::Node;

use crate::diagnostic::Severity;
use crate::rule::{Layer, Rule};
use crate::vocab::{PropertyInfo, TypeId, Vocabulary};

/// The rule.
pub const RULE: Rule = Rule {
    id: "unexpected-value-type",
    severity: Severity::Error,
    layer: Layer::Vocabulary,
    summary: "A value is of a kind none of its property's ranges can be (a node where text is expected, a text that is no number where a number is): consumers drop it.",
    help: "Write the value as one of the types the message lists (https://schema.org/<property> shows the range).",
    why: r##"A value no range of its property allows cannot be read as that property: consumers drop it."##,
    wrong: r##"{"@type": "Offer", "price": {"@type": "Thing"}}"##,
    right: r##"{"@type": "Offer", "price": "10.00"}"##,
};

/// Whether a value that fits none of `ranges` (see
/// [`Vocabulary::value_fits_range`]) and is no node of an unexpected type
/// ([`unexpected-node-type`](super::unexpected_node_type)) is this
/// rule's. It is, except for a bare number where a `QuantitativeValue` or
/// a `Quantity` (`Distance`, `Mass`…) is expected (`"width": 512`): the
/// unit is left implicit, as Google's own examples write image sizes, so
/// it is accepted.
pub fn fires(vocabulary: &Vocabulary, ranges: &[TypeId], value: &Node) -> bool {
    if !value.is_number() {
        return true;
    }
    let quantities = [
        vocabulary.type_id("QuantitativeValue"),
        vocabulary.type_id("Quantity"),
    ];
    !ranges.iter().any(|range| {
        quantities
            .iter()
            .flatten()
            .any(|q| vocabulary.is_subtype_id(*range, *q))
    })
}

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

/// True for an object shaped like a JSON-LD language map (`{"en":
/// "Czech", "fr": "tchèque"}`): every key a language tag, every value text.
/// schema.org's context declares no property a language container, so
/// JSON-LD reads it as a node whose properties are `en`, `fr`…
pub fn is_language_map(value: &Node) -> bool {
    let Node::Object(object) = value else {
        return false;
    };
    // The cheap tests first: every node object of a feed comes here, and
    // parsing its keys as language tags cost 4 % of a clean record.
    !object.is_empty()
        && object.iter().all(|(key, value)| {
            key.len() <= 8
                && key.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
                && match value {
                    Node::String(_) => true,
                    Node::Array(items) => items.iter().all(Node::is_string),
                    _ => false,
                }
                && crate::model::LanguageTag::check(key).is_ok()
        })
}

/// The message for a value that fits no range.
pub fn describe(property: &PropertyInfo, value: &Node) -> String {
    if is_language_map(value) {
        return format!(
            "`{}` is a language map, but schema.org's context does not declare one: JSON-LD reads it as a node with properties {}; write a list of value objects, like [{{\"@value\": \"…\", \"@language\": \"en\"}}]",
            property.name(),
            match value {
                Node::Object(object) => object
                    .keys()
                    .map(|k| format!("`{}`", k.as_str()))
                    .collect::<Vec<_>>()
                    .join(", "),
                _ => String::new(),
            }
        );
    }
    expects(property, value)
}

/// "`property` expects its ranges; found what `value` is": the message of
/// this rule and of [`unexpected-node-type`](super::unexpected_node_type).
pub fn expects(property: &PropertyInfo, value: &Node) -> String {
    format!(
        "`{}` expects {}; found {}",
        property.name(),
        ranges(property),
        super::verdict::describe(value)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tree::node;

    #[test]
    fn a_bare_number_may_be_a_quantity() {
        let vocabulary = Vocabulary::get();
        let ranges = |name: &str| vocabulary.property(name).expect("a property").ranges();
        assert!(!fires(vocabulary, ranges("width"), &node!(512)));
        assert!(fires(vocabulary, ranges("name"), &node!({"@type": "Thing"})));
        assert!(fires(vocabulary, ranges("offerCount"), &node!("many")));
    }

    #[test]
    fn reads_language_maps() {
        assert!(is_language_map(&node!({"en": "Czech", "fr": "tchèque"})));
        assert!(!is_language_map(&node!({"@type": "Thing"})));
        assert!(!is_language_map(&node!({})));
    }
}
