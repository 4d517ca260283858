//! `invalid-json`: the bytes of a document are not JSON.
//!
//! Where it fires: serde_json refused the document (the parser is shared;
//! [`finding`] words what it says). A document that is empty, or UTF-16,
//! gets a message of its own; serde_json's refusals that are limits (a
//! nesting past its recursion limit, a number beyond a double) are handed
//! to [`limit-exceeded`](super::limit_exceeded).

use crate::diagnostic::{Diagnostic, Severity};
use crate::validate::ingest::{self, DocKind};
use crate::validate::ingest::limits::DEPTH_CEILING;
use crate::rule::{Layer, Rule};

use super::limit_exceeded;

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

/// The finding for the document `text` (of kind `kind`), which serde_json
/// refused with `error`.
pub fn finding(error: &serde_json::Error, text: &[u8], kind: DocKind) -> Diagnostic {
    let raw = error.to_string();
    let reason = raw
        .rsplit_once(" at line ")
        .map_or(raw.as_str(), |(reason, _)| reason);
    if reason.contains("recursion limit exceeded") {
        return limit_exceeded::too_deep(DEPTH_CEILING);
    }
    if reason.contains("number out of range") {
        return limit_exceeded::number_too_large();
    }
    if let Some(encoding) = ingest::utf16(text) {
        return RULE.finding(
            "",
            format!("the document is {encoding}, not UTF-8"),
        )
        .with_help("Save the file as UTF-8 (for example `iconv -f UTF-16 -t UTF-8`); JSON exchanged between systems must be UTF-8.");
    }
    let message = if text.iter().all(u8::is_ascii_whitespace) {
        match kind {
            DocKind::Script { .. } => "the JSON-LD script element is empty".to_owned(),
            _ => "the document is empty".to_owned(),
        }
    } else {
        format!("invalid JSON: {reason}")
    };
    RULE.finding("", message)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn finding_for(text: &[u8], kind: DocKind) -> Diagnostic {
        let error = serde_json::from_slice::<serde_json::Value>(text)
            .err()
            .unwrap_or_else(|| panic!("{text:?} is JSON"));
        finding(&error, text, kind)
    }

    #[test]
    fn says_what_serde_json_says_without_its_position() {
        let finding = finding_for(br#"{"a": 1,}"#, DocKind::Whole);
        assert_eq!((finding.rule, finding.pointer.as_str()), (RULE.id, ""));
        assert_eq!(finding.message, "invalid JSON: trailing comma");
    }

    #[test]
    fn names_an_empty_document_and_its_kind() {
        let script = finding_for(b"  ", DocKind::Script { index: 0 });
        assert_eq!(script.message, "the JSON-LD script element is empty");
        assert_eq!(finding_for(b"", DocKind::Whole).message, "the document is empty");
    }

    #[test]
    fn hands_limits_over_to_limit_exceeded() {
        let number = finding_for(b"[1e999]", DocKind::Whole);
        assert_eq!(number.rule, limit_exceeded::RULE.id);
        let deep = "[".repeat(200);
        assert_eq!(finding_for(deep.as_bytes(), DocKind::Whole).rule, limit_exceeded::RULE.id);
    }
}
