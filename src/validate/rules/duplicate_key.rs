//! `duplicate-key`: an object names the same key twice.
//!
//! JSON says names should be unique and leaves the meaning of a repeat to
//! the reader: `JSON.parse` and most JSON-LD processors keep the last value,
//! some tools keep the first. sdx checks the last (what search engines
//! read) and reports the repeat, since two readers can see two documents.
//!
//! Where it is detected: in the parser (`validate/parse.rs`), which must
//! find a repeated key anyway to keep its last value, and keeps its
//! pointer and key. Two keys repeat when their texts are equal byte for
//! byte (`name` and `schema:name` are two keys), as every lookup in the
//! tree compares them. Finding repeats after the parse would take a second
//! pass over every object of every document, clean or not, for what the
//! parse already knows; the finding itself is built here, by [`finding`],
//! once the document is checked (`validate/document.rs`).

use crate::diagnostic::{Diagnostic, Severity};
use crate::rule::{Layer, Rule};

/// The rule.
pub const RULE: Rule = Rule {
    id: "duplicate-key",
    severity: Severity::Warning,
    layer: Layer::Syntax,
    summary: "An object has the same key twice; readers disagree on which value counts (sdx checks the last).",
    help: "Keep one of the values; to give several, write one key with a list: \"sameAs\": [\"…\", \"…\"].",
    why: r##"JSON does not say which of two equal keys wins: one parser keeps the first value, another the last, so two consumers can read different data from the same file."##,
    wrong: r##"{"@type": "Person", "sameAs": "https://a.example", "sameAs": "https://b.example"}"##,
    right: r##"{"@type": "Person", "sameAs": ["https://a.example", "https://b.example"]}"##,
};

/// The finding for `key` repeated in the object at `pointer` (the key's
/// own pointer).
pub fn finding(pointer: String, key: &str) -> Diagnostic {
    RULE.finding(
        pointer,
        format!(
            "`{}` appears more than once in this object; sdx checks its last value",
            super::verdict::shorten(key)
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_the_repeated_key_at_its_pointer() {
        let finding = finding("/@graph/0/sameAs".to_owned(), "sameAs");
        assert_eq!(finding.rule, "duplicate-key");
        assert_eq!(finding.pointer, "/@graph/0/sameAs");
        assert_eq!(
            finding.message,
            "`sameAs` appears more than once in this object; sdx checks its last value"
        );
    }
}
