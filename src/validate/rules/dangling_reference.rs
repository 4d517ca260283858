//! `dangling-reference`: an `{"@id"}` reference to a node defined in none
//! of the files validated together. Checked once for the whole set, in
//! [`crate::validate::cross`].

use crate::diagnostic::Severity;
use crate::validate::registry::{Layer, Rule};

/// The rule.
pub const RULE: Rule = Rule {
    id: "dangling-reference",
    severity: Severity::Warning,
    layer: Layer::Reference,
    summary: "An `{\"@id\"}` reference names a node that none of the validated files define (a typo, or a node on another page).",
    help: "Define the node in the same page or feed, fix the `@id`'s spelling, or validate the files that define it together with this one.",
};
