//! `conflicting-id`: one `@id` names nodes of unrelated types. Checked once
//! for all files validated together, in [`crate::validate::cross`].

use crate::diagnostic::Severity;
use crate::rule::{Layer, Rule};

/// The rule.
pub const RULE: Rule = Rule {
    id: "conflicting-id",
    severity: Severity::Error,
    layer: Layer::Reference,
    summary: "One `@id` is given to nodes whose types have nothing in common, so consumers merge two different things into one.",
    help: "Give each thing its own `@id` (e.g. https://example.com/#organization and https://example.com/#person); when the same thing has several types, list them all in each `@type`.",
    why: r##"Consumers merge nodes that share an `@id` into one thing; a company and its founder under one `@id` become one confused entity."##,
    wrong: r##"[{"@id": "#main", "@type": "Organization"}, {"@id": "#main", "@type": "Person"}]"##,
    right: r##"[{"@id": "#org", "@type": "Organization"}, {"@id": "#founder", "@type": "Person"}]"##,
};
