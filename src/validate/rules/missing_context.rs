//! `missing-context`: a top-level node without `@context`. The walk of a
//! document (`validate/check/`) reads each top-level node's context once
//! (`normalize::read_context`) and asks [`check`] of the reading.

use crate::diagnostic::Severity;
use crate::rule::{Layer, Rule};
use crate::validate::normalize::ContextReading;

use super::verdict::Failure;

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

/// The failure of a top-level node whose context reads as `context`: it
/// has none. (A nested node takes its context from the top.)
#[inline]
pub fn check(context: &ContextReading) -> Option<Failure> {
    (!context.present).then(|| (&RULE, MESSAGE.to_owned(), None))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tree::node;
    use crate::validate::normalize::read_context;

    #[test]
    fn fires_only_without_a_context() {
        assert_eq!(check(&read_context(None)).map(|(rule, ..)| rule.id), Some(RULE.id));
        let unknown = node!("https://example.com/context.jsonld");
        assert!(check(&read_context(Some(&unknown))).is_none());
    }
}
