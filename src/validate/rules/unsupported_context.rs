//! `unsupported-context`: a `@context` sdx cannot interpret offline.
//!
//! sdx reads the schema.org context in every spelling seen in the wild
//! (`https://schema.org`, `http://schema.org/`, `{"@vocab": …}`, a
//! `schema:` prefix definition, schema.org's extensions' hosts, lists
//! holding one of these). Any other context would have to be fetched to
//! know what the terms mean; sdx never fetches, so it says which terms it
//! did not check.
//!
//! Reading: another vocabulary beside schema.org's (a verifiable
//! credential's context, say) is legitimate JSON-LD. Its terms are not
//! schema.org's and are not reported as unknown; this rule notes, once a
//! context entry, that they were not checked. Information.
//!
//! Where it fires: on each entry of a top-level node's `@context` that the
//! reading of contexts (`normalize::read_context`) could not read as
//! schema.org's; the walk of a document asks [`check`] of the reading.

use crate::tree::Node;

use crate::diagnostic::Severity;
use crate::rule::{Layer, Rule};
use crate::validate::normalize::ContextReading;

use super::verdict::Failure;

/// The rule.
pub const RULE: Rule = Rule {
    id: "unsupported-context",
    severity: Severity::Info,
    layer: Layer::JsonLd,
    summary: "A `@context` entry is another vocabulary's (remote or unknown): sdx does not fetch contexts, so the terms it defines are not checked.",
    help: "Use \"@context\": \"https://schema.org\"; when other vocabularies are needed, list them after it in an array.",
    why: r##"sdx works offline and does not fetch remote contexts, so what such a context defines goes unchecked; consumers may not fetch it either."##,
    wrong: r##"{"@context": "https://example.com/my-context.jsonld", "@type": "Product"}"##,
    right: r##"{"@context": ["https://schema.org", {"ex": "https://example.com/ns#"}], "@type": "Product"}"##,
};

/// The failures of a top-level node's context, read as `context`: one
/// for each entry sdx does not read, with its index when the context is a
/// list.
#[inline]
pub fn check<'c>(
    context: &'c ContextReading<'_>,
) -> impl Iterator<Item = (Option<usize>, Failure)> + 'c {
    let mixed = context.mixes_vocabularies();
    context
        .unsupported
        .iter()
        .map(move |(index, value)| (*index, (&RULE, describe(value, mixed), None)))
}

/// The message for a context entry sdx does not read. `mixed`: the
/// context also reads schema.org's, so only the other vocabulary's terms
/// went unchecked.
pub fn describe(context: &Node, mixed: bool) -> String {
    if mixed {
        format!(
            "`@context` {} is another vocabulary's, which sdx does not fetch: terms schema.org does not define were not checked",
            render(context)
        )
    } else {
        format!(
            "`@context` {} is not schema.org's, and sdx does not fetch contexts: nothing in the document was checked",
            render(context)
        )
    }
}

/// A short rendering of a context value for messages.
fn render(context: &Node) -> String {
    match context {
        Node::String(text) => format!("`{}`", super::verdict::shorten(text)),
        Node::Object(_) => "an inline context object without the schema.org vocabulary".to_owned(),
        other => super::verdict::describe(other),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tree::node;

    #[test]
    fn says_what_went_unchecked() {
        let context = node!("https://w3id.org/security/v2");
        assert!(describe(&context, true).ends_with("terms schema.org does not define were not checked"));
        assert!(describe(&context, false).ends_with("nothing in the document was checked"));
    }

    #[test]
    fn fires_on_each_entry_sdx_does_not_read() {
        use crate::validate::normalize::read_context;
        let mixed = node!(["https://schema.org", "https://w3id.org/security/v2", {"ex": "https://example.com/"}]);
        let reading = read_context(Some(&mixed));
        let failures: Vec<_> = check(&reading).collect();
        assert_eq!(failures.len(), 1, "an inline prefix needs no fetching");
        let (index, (rule, message, _)) = &failures[0];
        assert_eq!((*index, rule.id), (Some(1), RULE.id));
        assert!(message.ends_with("terms schema.org does not define were not checked"));
        let remote = node!("https://example.com/context.jsonld");
        let failures: Vec<_> = check(&read_context(Some(&remote))).collect();
        assert_eq!(failures.len(), 1);
        assert_eq!(failures[0].0, None);
        let schema_org = node!("https://schema.org");
        assert_eq!(check(&read_context(Some(&schema_org))).count(), 0);
    }
}
