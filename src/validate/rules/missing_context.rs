//! `missing-context`: a top-level node without `@context`.

use crate::diagnostic::Severity;
use crate::rule::{Layer, Rule};

/// The rule.
pub const RULE: Rule = Rule {
    id: "missing-context",
    severity: Severity::Warning,
    layer: Layer::JsonLd,
    summary: "A top-level node has no `@context`, so JSON-LD processors do not read its terms as schema.org (sdx checks it as schema.org anyway).",
    help: "Add \"@context\": \"https://schema.org\" to the top-level object.",
    why: r##"Without a context, a JSON-LD processor reads `name` as a term of no vocabulary: the data says nothing to it."##,
    wrong: r##"{"@type": "Organization", "name": "Example Corp"}"##,
    right: r##"{"@context": "https://schema.org", "@type": "Organization", "name": "Example Corp"}"##,
};

/// The message.
pub const MESSAGE: &str = "the node has no `@context`; sdx reads its terms as schema.org's, as if it had \"@context\": \"https://schema.org\"";
