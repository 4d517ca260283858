//! `duplicate-id`: a check `sdx export` runs on a dataset before writing it.
//!
//! Reading: In a dataset, each node is written once; two nodes with one `@id` are one node described twice, and an export would write a graph whose meaning depends on the order of its nodes. (Across third-party files, `conflicting-id` reports one `@id` given to unrelated types.)
//!
//! The graph walk (`jsonld/graph_checks.rs`) resolves every `@id` against the
//! base and keeps the first node of each; a later node with a resolved id
//! already kept is this rule's finding, worded here.

use crate::diagnostic::{Diagnostic, Severity};
use crate::model::NodeSite;
use crate::rule::{Layer, Rule};

/// The rule.
pub const RULE: Rule = Rule {
    id: "duplicate-id",
    severity: Severity::Error,
    layer: Layer::Dataset,
    summary: "Two nodes of a dataset have the same `@id`.",
    help: "Give each node its own @id, or merge the two nodes into one.",
    why: r##"An export writes one node per `@id`; two nodes with the same `@id` would be merged by every consumer, so the dataset must say which it is."##,
    wrong: r##"[{"@id": "#lamp", "@type": "Product", "name": "Lamp"}, {"@id": "#lamp", "@type": "Product", "name": "Desk lamp"}]"##,
    right: r##"[{"@id": "#lamp", "@type": "Product", "name": "Lamp"}, {"@id": "#desk-lamp", "@type": "Product", "name": "Desk lamp"}]"##,
};

/// The finding for `node`, whose `@id` resolves to the one `first` (an
/// earlier node) defined. `locate` gives the line and column of a pointer
/// when the dataset has a text, to say where `first` is.
pub(crate) fn finding(
    file: &str,
    node: &NodeSite,
    first: &NodeSite,
    locate: &dyn Fn(&str) -> Option<(u32, u32)>,
) -> Diagnostic {
    let place = match locate(&first.pointer) {
        Some((line, column)) => format!("at line {line}, column {column}"),
        None => format!("at {}", first.pointer),
    };
    Diagnostic::new(
        RULE.id,
        RULE.severity,
        file,
        format!("{}/@id", node.pointer),
        format!(
            "`{}` is defined twice: this {} and the {} {place}",
            node.id,
            node.type_name(),
            first.type_name(),
        ),
    )
    .with_help("give each node its own @id, or merge the two nodes into one")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site(id: &str, kind: &str, pointer: &str) -> NodeSite {
        NodeSite {
            id: id.to_owned(),
            types: vec![kind.to_owned()],
            pointer: pointer.to_owned(),
        }
    }

    #[test]
    fn names_both_nodes_and_where_the_first_is() {
        let first = site("#lamp", "Product", "/@graph/0");
        let second = site("#lamp", "IndividualProduct", "/@graph/3");
        let found = finding("d.jsonld", &second, &first, &|_| Some((4, 7)));
        assert_eq!(found.rule, "duplicate-id");
        assert_eq!(found.severity, Severity::Error);
        assert_eq!(found.pointer, "/@graph/3/@id");
        assert_eq!(
            found.message,
            "`#lamp` is defined twice: this IndividualProduct and the Product at line 4, column 7"
        );
        // Without a text, the first node is named by its pointer.
        let found = finding("d.jsonld", &second, &first, &|_| None);
        assert!(
            found.message.ends_with("the Product at /@graph/0"),
            "{}",
            found.message
        );
    }
}
