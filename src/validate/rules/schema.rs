//! `schema`: a node does not match the JSON Schema generated from the model
//! of its `@type`. The checking and the translation of JSON Schema errors
//! into plain words live in [`crate::validate::shape`].

use crate::diagnostic::Severity;
use crate::rule::{Layer, Rule};

/// The rule.
pub const RULE: Rule = Rule {
    id: "schema",
    severity: Severity::Error,
    layer: Layer::Schema,
    summary: "A node of a type sdx models does not have the shape the model gives that type (a value of the wrong kind, a node of the wrong type).",
    help: "Give the property the kind of value the message names; `sdx schema` writes the full JSON Schema of each type.",
    why: r##"sdx's model gives the shape its exports have; data of another shape cannot be read back into the model, and consumers with the same expectations misread it."##,
    wrong: r##"{"@type": "Offer", "price": {"amount": 10}}"##,
    right: r##"{"@type": "Offer", "price": "10.00", "priceCurrency": "EUR"}"##,
};
