//! `dangling-reference`: an `{"@id"}` reference into its own document that
//! names a node none of the files validated together define. Checked once
//! for the whole set, in [`crate::validate::cross`].
//!
//! Reading: `@id`s are IRIs, and a reference to a node on another page or
//! site (`http://viaf.org/viaf/17823`, the site's organization defined on
//! its home page, a schema.org term) is a link, valid and not expected to
//! resolve here. A reference into its own document — a fragment (`#org`),
//! or the address of a node the document defines with another fragment —
//! that resolves nowhere is a typo or a node left out: consumers lose what
//! it was meant to connect. A warning. Values of URL properties
//! (`"url": {"@id": …}`) are URLs, not references.

use crate::diagnostic::Severity;
use crate::rule::{Layer, Rule};

/// The rule.
pub const RULE: Rule = Rule {
    id: "dangling-reference",
    severity: Severity::Warning,
    layer: Layer::Reference,
    summary: "An `{\"@id\"}` reference into its own document (`#org`) names a node none of the validated files define: a typo, or a node left out.",
    help: "Define the node in the same page or feed, fix the `@id`'s spelling, or validate the files that define it together with this one.",
    why: r##"A reference to a node that is nowhere gives consumers nothing: the author, brand or organization it stands for is missing."##,
    wrong: r##"{"@type": "Article", "author": {"@id": "#jane"}}   (no node has "@id": "#jane")"##,
    right: r##"{"@graph": [{"@type": "Article", "author": {"@id": "#jane"}}, {"@id": "#jane", "@type": "Person"}]}"##,
};
