//! `misspelled-context`: a `@context` one or two letters from schema.org's
//! (`https://shema.org`, `http://schema.ogr`).
//!
//! Reading: a JSON-LD processor takes the context as written, so none of
//! the document's terms mean schema.org's and consumers read nothing: an
//! error. sdx reads the document as schema.org anyway, so every other
//! mistake is reported in the same run.
//!
//! Where it fires: on each entry of a top-level node's `@context` that the
//! reading of contexts took for a misspelling of schema.org's: an http(s)
//! IRI whose host is one or two edits from `schema.org`. That test
//! (`normalize::misspelled_schema_org`) stays with the reading, since it
//! also decides that the document is read as schema.org; the walk of a
//! document asks [`check`] of the reading.

use crate::diagnostic::Severity;
use crate::rule::{Layer, Rule};
use crate::validate::normalize::ContextReading;

use super::verdict::Failure;

/// The rule.
pub const RULE: Rule = Rule {
    id: "misspelled-context",
    severity: Severity::Error,
    layer: Layer::JsonLd,
    summary: "A `@context` is a misspelling of schema.org's: consumers read none of the document's terms as schema.org (sdx checks it as schema.org).",
    help: "Write \"@context\": \"https://schema.org\".",
    why: r##"A context IRI is compared byte for byte: `https://shema.org` is another vocabulary, and no term of the document means what schema.org says."##,
    wrong: r##"{"@context": "https://shema.org", "@type": "Product"}"##,
    right: r##"{"@context": "https://schema.org", "@type": "Product"}"##,
};

/// The failures of a top-level node's context, read as `context`: one
/// for each misspelled entry, with its index when the context is a list.
#[inline]
pub fn check<'c>(
    context: &'c ContextReading<'_>,
) -> impl Iterator<Item = (Option<usize>, Failure)> + 'c {
    context
        .misspelled
        .iter()
        .map(|(index, written)| (*index, failure(written)))
}

/// The failure for the context `written`, which the reading of contexts
/// (`normalize::read_context`) found a near miss of schema.org's.
pub fn failure(written: &str) -> Failure {
    (
        &RULE,
        describe(written, "https://schema.org"),
        Some(
            "Write \"@context\": \"https://schema.org\"; sdx checked the document as schema.org."
                .to_owned(),
        ),
    )
}

/// The message for a misspelled context.
pub fn describe(written: &str, meant: &str) -> String {
    format!(
        "`@context` `{}` is not schema.org's context; did you mean `{meant}`?",
        super::verdict::shorten(written)
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tree::node;
    use crate::validate::normalize::read_context;

    #[test]
    fn fires_on_each_misspelled_entry() {
        let context = node!(["https://schema.org", "https://shema.org"]);
        let reading = read_context(Some(&context));
        let failures: Vec<_> = check(&reading).collect();
        assert_eq!(failures.len(), 1);
        let (index, (rule, message, _)) = &failures[0];
        assert_eq!((*index, rule.id), (Some(1), RULE.id));
        assert_eq!(
            message,
            "`@context` `https://shema.org` is not schema.org's context; did you mean `https://schema.org`?"
        );
        let right = node!("https://schema.org");
        assert_eq!(check(&read_context(Some(&right))).count(), 0);
    }
}
