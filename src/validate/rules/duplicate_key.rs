//! `duplicate-key`: an object names the same key twice.
//!
//! JSON says names should be unique and leaves the meaning of a repeat to
//! the reader: `JSON.parse` and most JSON-LD processors keep the last value,
//! some tools keep the first. sdx checks the last (what search engines
//! read) and reports the repeat, since two readers can see two documents.

use crate::diagnostic::Severity;
use crate::validate::registry::{Layer, Rule};

use super::Finding;

/// The rule.
pub const RULE: Rule = Rule {
    id: "duplicate-key",
    severity: Severity::Warning,
    layer: Layer::Syntax,
    summary: "An object has the same key twice; readers disagree on which value counts (sdx checks the last).",
    help: "Keep one of the values; to give several, write one key with a list: \"sameAs\": [\"…\", \"…\"].",
};

/// The finding for `key` repeated in the object at `pointer` (the key's
/// own pointer).
pub fn finding(pointer: String, key: &str) -> Finding {
    Finding::new(
        &RULE,
        pointer,
        format!(
            "`{}` appears more than once in this object; sdx checks its last value",
            super::shorten(key)
        ),
    )
}
