//! `missing-base`: a check `sdx export` runs on a dataset before writing it.
//!
//! Reading: An exported graph names its nodes by absolute IRIs, so that the page embedding it and the consumers reading it agree on them; a relative `@id` needs the base it resolves against.

use crate::diagnostic::Severity;
use crate::rule::{Layer, Rule};

/// The rule.
pub const RULE: Rule = Rule {
    id: "missing-base",
    severity: Severity::Error,
    layer: Layer::Dataset,
    summary: "A dataset's relative `@id` (`#nvidia`) has no base IRI to resolve against.",
    help: "Add {\"@base\": \"https://example.com/page\"} to the @context, or pass --base IRI.",
    why: r##"An exported graph is read away from its file, so a relative `@id` would resolve against whatever address it is read from."##,
    wrong: r##"{"@context": "https://schema.org", "@graph": [{"@id": "#nvidia", "@type": "Organization"}]}"##,
    right: r##"{"@context": ["https://schema.org", {"@base": "https://example.com/"}], "@graph": [{"@id": "#nvidia", "@type": "Organization"}]}"##,
};
