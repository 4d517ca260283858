//! `unmodeled-property`: a check `sdx export` runs on a dataset before writing it.
//!
//! Reading: A dataset is exported through sdx's typed model, which carries the properties of the types it models; a schema.org property it does not carry would be silently dropped from the export, so the export stops instead. Third-party data is not judged by this rule: `sdx validate` reads every schema.org property.

use crate::diagnostic::Severity;
use crate::rule::{Layer, Rule};

/// The rule.
pub const RULE: Rule = Rule {
    id: "unmodeled-property",
    severity: Severity::Error,
    layer: Layer::Dataset,
    summary: "A property of a dataset's node is one sdx's model does not carry: export would drop it.",
    help: "Use a property the model carries for the node's type (sdx schema lists them), or validate the data with `sdx validate`, which reads every schema.org property.",
    why: r##"`sdx export` writes what the model carries; a property it does not carry would be dropped from the output without a word."##,
    wrong: r##"{"@type": "Organization", "name": "Acme", "knowsAbout": "lamps"}   (in a dataset to export)"##,
    right: r##"{"@type": "Organization", "name": "Acme"}"##,
};
