//! `invalid-jsonld`: JSON that is not JSON-LD's shape (a document that is
//! not an object or array of objects, a non-text `@type` or `@id`, a
//! `@graph` that is not a list of nodes).
//!
//! Where it fires: the walk of a document (`validate/check/`) asks
//! [`check`] of the document, each item of a top-level list, `@graph` and
//! each of its items, and each node's `@type` and `@id`, and walks on only
//! into what passes.

use crate::diagnostic::Severity;
use crate::tree::Node;
use crate::rule::{Layer, Rule};
use crate::validate::normalize::type_is_malformed;

use super::verdict::describe as render;
use super::verdict::Failure;

/// The rule.
pub const RULE: Rule = Rule {
    id: "invalid-jsonld",
    severity: Severity::Error,
    layer: Layer::JsonLd,
    summary: "The JSON is not shaped as JSON-LD: the document, `@graph`, `@type` or `@id` holds the wrong kind of value.",
    help: "A document is a node object or a list of them; `@graph` is a list of nodes; `@type` is a type name or a list of them; `@id` is an IRI.",
    why: r##"JSON-LD processors reject or skip these shapes, so the nodes around them are lost, not just the bad value."##,
    wrong: r##"{"@context": "https://schema.org", "@type": {"name": "Product"}}"##,
    right: r##"{"@context": "https://schema.org", "@type": "Product"}"##,
};

/// Where JSON-LD's shape is broken; the walk finds it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Place {
    /// The document itself is no object or list.
    Document,
    /// This item of a top-level list is no object.
    DocumentItem(usize),
    /// `@graph` is no object or list.
    Graph,
    /// This item of `@graph` is no object.
    GraphItem(usize),
    /// `@type` is neither a name nor a list of names.
    Type,
    /// `@id` is not text.
    Id,
}

/// The failure of `value`, found at `place`, when it is not what JSON-LD
/// puts there: the document and `@graph` are a node object or a list; the
/// items of their lists are node objects; `@type` is a name or a list of
/// names; `@id` is text.
#[inline]
pub fn check(place: Place, value: &Node) -> Option<Failure> {
    let fits = match place {
        Place::Document | Place::Graph => matches!(value, Node::Object(_) | Node::Array(_)),
        Place::DocumentItem(_) | Place::GraphItem(_) => matches!(value, Node::Object(_)),
        Place::Type => !type_is_malformed(value),
        Place::Id => matches!(value, Node::String(_)),
    };
    (!fits).then(|| (&RULE, describe(place, value), None))
}

/// The message for `value`, found at `place`.
pub fn describe(place: Place, value: &Node) -> String {
    let found = render(value);
    match place {
        Place::Document => {
            format!("a JSON-LD document is an object or a list of objects; found {found}")
        }
        Place::DocumentItem(index) => {
            format!("a JSON-LD document lists node objects; item {index} is {found}")
        }
        Place::Graph => format!("`@graph` should be a list of nodes; found {found}"),
        Place::GraphItem(index) => format!("`@graph` lists node objects; item {index} is {found}"),
        Place::Type => format!("`@type` should be a type name or a list of them; found {found}"),
        Place::Id => format!("`@id` should be an IRI (text); found {found}"),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tree::node;

    #[test]
    fn fires_on_what_json_ld_does_not_put_there() {
        let fires = |place, value| check(place, &value).is_some();
        assert!(!fires(Place::Document, node!([{"@type": "Thing"}])));
        assert!(fires(Place::Document, node!("x")));
        assert!(fires(Place::DocumentItem(0), node!([])));
        assert!(!fires(Place::Graph, node!({"@type": "Thing"})));
        assert!(fires(Place::GraphItem(1), node!(3)));
        assert!(!fires(Place::Type, node!(["Product", "Thing"])));
        assert!(fires(Place::Type, node!(["Product", 1])));
        assert!(fires(Place::Type, node!({"name": "Product"})));
        assert!(!fires(Place::Id, node!("#x")));
        assert!(fires(Place::Id, node!({"@id": "#x"})));
        let (rule, message, help) = check(Place::Id, &node!(7)).unwrap();
        assert_eq!(rule.id, RULE.id);
        assert_eq!(message, describe(Place::Id, &node!(7)));
        assert!(help.is_none());
    }

    #[test]
    fn says_what_was_found_where() {
        assert_eq!(
            describe(Place::GraphItem(2), &node!("x")),
            "`@graph` lists node objects; item 2 is the text `x`"
        );
        assert_eq!(
            describe(Place::Id, &node!(7)),
            "`@id` should be an IRI (text); found the number 7"
        );
    }
}
