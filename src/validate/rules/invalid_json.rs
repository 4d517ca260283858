//! `invalid-json`: the bytes of a document are not JSON.

use crate::diagnostic::Severity;
use crate::rule::{Layer, Rule};

/// The rule.
pub const RULE: Rule = Rule {
    id: "invalid-json",
    severity: Severity::Error,
    layer: Layer::Syntax,
    summary: "A document is not valid JSON (or not UTF-8); nothing in it can be checked. Reported even when ignored or not selected: a file that was not read is never clean.",
    help: "Fix the syntax at the position shown; a JSON validator or formatter points at the same place.",
    why: r##"A consumer that cannot parse a document drops all of it: one missing comma hides every node in the file."##,
    wrong: r##"{"@type": "Product", "name": "Lamp",}"##,
    right: r##"{"@type": "Product", "name": "Lamp"}"##,
};
