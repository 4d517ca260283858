//! `reference-type`: a check `sdx export` runs on a dataset before writing it.
//!
//! Reading: In an exported graph every link is meant; a reference to a node of a type outside the property's range (subtypes included) is almost always the wrong `@id`.
//!
//! The graph walk (`jsonld/graph_checks.rs`) finds the node each reference
//! resolves to; whether that node is of a type the property takes is decided
//! here.

use crate::diagnostic::{Diagnostic, Severity};
use crate::model::{NodeSite, RefSite};
use crate::rule::{Layer, Rule};

/// The rule.
pub const RULE: Rule = Rule {
    id: "reference-type",
    severity: Severity::Error,
    layer: Layer::Dataset,
    summary: "A dataset's `{\"@id\"}` reference points at a node of a type its property does not take (`worksFor` at a Person).",
    help: "Point the property at a node of a type it takes, or a subtype of one.",
    why: r##"Consumers follow a reference expecting the types the property takes; a node of another type answers the wrong question."##,
    wrong: r##"{"@id": "#ana", "@type": "Person", "worksFor": {"@id": "#bob"}}   (#bob is a Person)"##,
    right: r##"{"@id": "#ana", "@type": "Person", "worksFor": {"@id": "#acme"}}   (#acme is an Organization)"##,
};

/// The finding for `reference`, which resolves to `target`, when `target`
/// is not of a type the reference's property takes (subtypes included; a
/// node of no type sdx can judge is given the benefit of the doubt).
pub(crate) fn check(file: &str, reference: &RefSite, target: &NodeSite) -> Option<Diagnostic> {
    if target.satisfies(reference.accepts) {
        return None;
    }
    let accepts = reference.accepts.join(" or ");
    Some(
        Diagnostic::new(
            RULE.id,
            RULE.severity,
            file,
            format!("{}/@id", reference.pointer),
            format!(
                "`{}` refers to `{}`, a {}; `{}` takes {accepts}",
                reference.property,
                reference.id,
                target.type_name(),
                reference.property,
            ),
        )
        .with_help(format!(
            "point `{}` at a node of type {accepts}",
            reference.property
        )),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn works_for(id: &str) -> RefSite {
        RefSite {
            id: id.to_owned(),
            accepts: &["Organization"],
            property: "worksFor".to_owned(),
            pointer: "/@graph/0/worksFor".to_owned(),
        }
    }

    fn node(kind: &str) -> NodeSite {
        NodeSite {
            id: "#x".to_owned(),
            types: vec![kind.to_owned()],
            pointer: "/@graph/1".to_owned(),
        }
    }

    #[test]
    fn a_node_of_a_type_the_property_does_not_take_is_reported() {
        let found = check("d.jsonld", &works_for("#bob"), &node("Person")).expect("a finding");
        assert_eq!(found.rule, "reference-type");
        assert_eq!(found.pointer, "/@graph/0/worksFor/@id");
        assert_eq!(
            found.message,
            "`worksFor` refers to `#bob`, a Person; `worksFor` takes Organization"
        );
        assert_eq!(
            found.help.as_deref(),
            Some("point `worksFor` at a node of type Organization")
        );
    }

    #[test]
    fn subtypes_and_nodes_of_unknown_types_are_accepted() {
        assert!(check("d.jsonld", &works_for("#acme"), &node("Corporation")).is_none());
        assert!(check("d.jsonld", &works_for("#acme"), &node("ex:Company")).is_none());
    }
}
