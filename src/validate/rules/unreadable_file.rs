//! `unreadable-file`: a check `sdx export` runs on a dataset before writing it.
//!
//! Reading: sdx export cannot read a dataset it is given (a missing file, a directory, a file it may not read). `sdx validate` reports an unreadable input by its exit code, 2.

use crate::diagnostic::Severity;
use crate::rule::{Layer, Rule};

/// The rule.
pub const RULE: Rule = Rule {
    id: "unreadable-file",
    severity: Severity::Error,
    layer: Layer::Dataset,
    summary: "The dataset file cannot be read.",
    help: "Check the path and the file's permissions.",
    why: r##"A dataset that cannot be read cannot be exported; nothing is written rather than a partial graph."##,
    wrong: r##"sdx export missing.jsonld"##,
    right: r##"sdx export fixtures/seed/dgx-spark.jsonld"##,
};
