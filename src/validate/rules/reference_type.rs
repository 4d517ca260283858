//! `reference-type`: a check `sdx export` runs on a dataset before writing it.
//!
//! Reading: In an exported graph every link is meant; a reference to a node of a type outside the property's range (subtypes included) is almost always the wrong `@id`.

use crate::diagnostic::Severity;
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
