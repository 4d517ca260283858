//! `superseded-term`: a type, property or enumeration member schema.org
//! has retired in favour of another (`members` → `member`,
//! `DataFeedItem`… see the vocabulary's `supersededBy`).

use crate::diagnostic::Severity;
use crate::validate::rule::{Layer, Rule};

/// The rule.
pub const RULE: Rule = Rule {
    id: "superseded-term",
    severity: Severity::Warning,
    layer: Layer::Vocabulary,
    summary: "A type, property or enumeration member is one schema.org has superseded; consumers may stop reading it.",
    help: "Use the replacement the message names.",
    why: r##"A superseded term is kept by schema.org only for old data; consumers move to its replacement and may stop reading the old one."##,
    wrong: r##"{"@type": "Taxi"}"##,
    right: r##"{"@type": "TaxiService"}"##,
};

/// The message and the help line naming the replacement.
pub fn describe(kind: &str, name: &str, replacement: &str) -> (String, String) {
    (
        format!("the {kind} `{name}` is superseded by `{replacement}`"),
        format!("write `{replacement}` instead of `{name}`"),
    )
}
