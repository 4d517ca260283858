//! `dangling-reference`: an `{"@id"}` reference into its own document that
//! names a node none of the files validated together define.
//!
//! Reading: `@id`s are IRIs, and a reference to a node on another page or
//! site (`http://viaf.org/viaf/17823`, the site's organization defined on
//! its home page, a schema.org term) is a link, valid and not expected to
//! resolve here. A reference into its own document — a fragment (`#org`),
//! or the address of a node the document defines with another fragment —
//! that resolves nowhere is a typo or a node left out: consumers lose what
//! it was meant to connect. A warning. Values of URL properties
//! (`"url": {"@id": …}`) are URLs, not references.
//!
//! Where it fires: the cross-document stage (`validate/cross/`) gathers
//! the sites of each `@id` across the run and asks [`defines`] of each and
//! [`fires`] of each reference; the check of a document asks [`local`] of
//! each of its references.

use crate::diagnostic::{Diagnostic, Severity};
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

/// The address of the node an `@id` names, without its fragment
/// (`https://shop.example/p/1` for `https://shop.example/p/1#offer`); empty
/// for a bare fragment (`#org`).
#[inline]
pub fn address(id: &str) -> &str {
    id.split_once('#').map_or(id, |(address, _)| address)
}

/// Whether the reference `id` points into its own document, where it is
/// meant to resolve: a bare fragment (`#org`), or an address at which the
/// document defines a node (`defined_here`, asked of an [`address`]). Any
/// other reference links to another page or site.
#[inline]
pub fn local(id: &str, defined_here: impl Fn(&str) -> bool) -> bool {
    match id.split_once('#') {
        Some(("", _)) => true,
        Some((address, _)) => defined_here(address),
        None => defined_here(id),
    }
}

/// Whether a site carrying an `@id` defines the node: a node with
/// properties. A reference does not, nor does a node that only names its
/// `@id` and types (`{"@id": "#x", "@type": "Thing"}` says nothing of it).
#[inline]
pub fn defines(reference: bool, described: bool) -> bool {
    !reference && described
}

/// Whether a reference dangles: it points into its own document (`local`;
/// a link to another page or site is not expected among the files) and
/// no site of its `@id` in the run `defined` the node.
#[inline]
pub fn fires(local: bool, defined: bool) -> bool {
    local && !defined
}

/// The finding for the reference to `id` at `pointer`.
pub fn finding(pointer: &str, id: &str) -> Diagnostic {
    RULE.finding(
        pointer.to_owned(),
        format!(
            "`{}` refers to no node defined in the validated files",
            super::shorten(id)
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_a_local_reference_to_an_undefined_node_dangles() {
        assert!(fires(true, false));
        assert!(!fires(true, true));
        assert!(!fires(false, false), "a link elsewhere is not expected here");
    }

    #[test]
    fn only_a_described_node_defines_its_id() {
        assert!(defines(false, true));
        assert!(!defines(false, false), "a node that only names its id");
        assert!(!defines(true, false));
    }

    #[test]
    fn a_reference_is_local_to_the_addresses_its_document_defines() {
        let here = |address: &str| address == "https://shop.example/p/1";
        assert!(local("#org", here));
        assert!(local("https://shop.example/p/1#offer", here));
        assert!(local("https://shop.example/p/1", here));
        assert!(!local("https://shop.example/p/2#offer", here));
        assert!(!local("http://viaf.org/viaf/17823", here));
        assert_eq!(address("https://shop.example/p/1#offer"), "https://shop.example/p/1");
        assert_eq!(address("#org"), "");
    }

    #[test]
    fn names_the_reference() {
        let finding = finding("/author", "#jane");
        assert_eq!(finding.rule, "dangling-reference");
        assert_eq!(finding.pointer, "/author");
        assert_eq!(
            finding.message,
            "`#jane` refers to no node defined in the validated files"
        );
    }
}
