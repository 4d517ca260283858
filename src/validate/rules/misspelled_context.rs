//! `misspelled-context`: a `@context` one or two letters from schema.org's
//! (`https://shema.org`, `http://schema.ogr`).
//!
//! Reading: a JSON-LD processor takes the context as written, so none of
//! the document's terms mean schema.org's and consumers read nothing: an
//! error. sdx reads the document as schema.org anyway, so every other
//! mistake is reported in the same run.

use crate::diagnostic::Severity;
use crate::rule::{Layer, Rule};

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
