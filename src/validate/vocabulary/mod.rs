//! The vocabulary layer: every node, modeled or not, against all of
//! schema.org (release 30.0, [`crate::vocab`]).
//!
//! On each node: its `@type` names are schema.org types (else
//! `unknown-type`, with a suggestion), not retired (`superseded-term`) and
//! maybe pending (`pending-term`); each key read as a schema.org term is a
//! property (`unknown-property`, with a suggestion preferring properties of
//! the node's types), belongs to one of the node's types or their
//! supertypes, the union over an `@type` array (`property-not-in-domain`),
//! and each value fits the property's range (`unexpected-value-type`;
//! `text-for-entity` for text where a node is expected).
//!
//! What sdx assumes:
//! - a node without `@type` is not judged for domains: only its keys'
//!   existence and its values' ranges are checked (`missing-type` says so
//!   for top-level nodes; nested untyped nodes are common and legitimate);
//! - a node with a type of another vocabulary (`ex:Widget`) is not judged
//!   for domains either: that type may well allow the property;
//! - keys and types of other vocabularies (`ex:code`, non-schema.org IRIs)
//!   and terms the document's `@context` defines are not schema.org's and
//!   are left alone; so are unknown terms where the context names another
//!   vocabulary beside schema.org's (they may be its terms);
//! - a Role (`OrganizationRole`…) wraps the value of the property it sits
//!   under and repeats that property inside itself (`"member": {"@type":
//!   "OrganizationRole", "member": …}`): that property is not out of the
//!   Role's domain;
//! - a property's scalar values that a semantic rule reads (dates, URLs,
//!   currencies…, see [`Expect`]) are that rule's to judge, not the range
//!   check's, so each value has one judge; so are empty values
//!   (`empty-value`).
//!
//! Clean nodes cost hash lookups and range checks, and allocate nothing
//! beyond what parsing URLs and dates needs: the node's types are resolved
//! into a fixed array, pointers and messages are built only on failure.

mod terms;

use crate::tree::{Node, Object};

use crate::diagnostic::push_pointer_token;
use crate::model::datatypes::plainly_absolute;
use crate::model::schema_org_term;
use crate::vocab::{Fit, PropertyInfo, TypeId, Vocabulary};

use super::findings::FindingSink;
use super::normalize::{canonical_key, keyword};
use super::rules;
use super::rules::properties::{expect_property, Expect};

pub use terms::defined_terms;
use terms::{property_name, schema_org_name};

/// More types than this on one node is rare; domains are then not judged.
const MAX_TYPES: usize = 8;

/// What this layer found about one key of a node, for the value rules,
/// which would otherwise find it again.
#[derive(Debug, Clone, Copy, Default)]
pub struct Named {
    /// The schema.org property the key names (`None` for keywords, null
    /// values and terms of other vocabularies).
    pub property: Option<&'static PropertyInfo>,
    /// The property holds URLs and every value under the key is text that
    /// is plainly an absolute http(s) URL (`plainly_absolute`): the URL
    /// rule has nothing to say about it.
    pub plain_urls: bool,
}

/// What the walk knows about where a node is.
#[derive(Debug, Clone, Copy, Default)]
pub struct Surroundings<'a> {
    /// Terms the document's `@context` defines itself.
    pub defined: &'a [String],
    /// The context names another vocabulary beside schema.org's.
    pub foreign_terms: bool,
    /// The property the node is the value of, as written.
    pub under: Option<&'a str>,
}

/// Checks one node (an object with properties) at `pointer`. Pushes onto
/// `named` what it found about each key of `object`, in order.
pub fn check_node(
    object: &Object,
    pointer: &str,
    around: Surroundings<'_>,
    named: &mut Vec<Named>,
    out: &mut impl FindingSink,
) {
    let defined = around.defined;
    let vocabulary = Vocabulary::get();
    // Unused slots hold a placeholder; only `ids[..count]` is read.
    let mut ids = [TypeId(0); MAX_TYPES];
    let mut count = 0;
    // Domains are judged only when every type is a known schema.org type.
    let mut judge_domains = true;
    for (index, raw) in type_entries(keyword(object, "@type")) {
        let Some(name) = schema_org_name(raw) else {
            judge_domains = false;
            continue;
        };
        match vocabulary.type_info(name) {
            None => {
                judge_domains = false;
                if around.foreign_terms || defined.iter().any(|d| d == raw) {
                    continue;
                }
                // The suggestion is looked for only for a finding that
                // may be listed.
                let rule = &rules::unknown_type::RULE;
                out.push_with(rule, type_pointer(pointer, index), |at| {
                    let (message, help) = rules::unknown_type::describe(name);
                    rules::failed((rule, message, help), at)
                });
            }
            Some(info) => {
                term_status(
                    "type",
                    info.name(),
                    info.superseded_by(),
                    info.is_pending(),
                    || type_pointer(pointer, index),
                    out,
                );
                if count < MAX_TYPES {
                    ids[count] = info.id();
                    count += 1;
                } else {
                    judge_domains = false;
                }
            }
        }
    }
    // The types `@type` names come first (a Role is one of them).
    let declared = count;
    // schema.org types named by `additionalType` are the node's types too
    // (see `crate::vocab::additional_types`): the properties of either fit.
    for name in crate::vocab::additional_types(object) {
        if let Some(info) = vocabulary.type_info(name) {
            if count < MAX_TYPES {
                ids[count] = info.id();
                count += 1;
            }
        }
    }
    let types = &ids[..count];
    judge_domains &= count > 0;
    for (key, value) in object {
        let canonical = canonical_key(key);
        let property = if canonical.starts_with('@') || value.is_null() {
            None
        } else {
            property_name(canonical, defined).map(|name| (name, vocabulary.property(name)))
        };
        named.push(Named {
            property: property.and_then(|(_, property)| property),
            plain_urls: false,
        });
        let Some((name, property)) = property else {
            continue;
        };
        let Some(property) = property else {
            if around.foreign_terms
                || defined.iter().any(|d| key == d)
                || rules::unknown_property::exempt(vocabulary, name)
            {
                continue;
            }
            let rule = &rules::unknown_property::RULE;
            out.push_with(rule, child(pointer, key), |at| {
                let names = type_names(object);
                let (message, help) = rules::unknown_property::describe(name, &names);
                rules::failed((rule, message, help), at)
            });
            continue;
        };
        term_status(
            "property",
            property.name(),
            property.superseded_by(),
            property.is_pending(),
            || child(pointer, key),
            out,
        );
        if judge_domains
            && rules::property_not_in_domain::fires(
                vocabulary,
                name,
                property,
                types,
                declared,
                around.under,
            )
        {
            let rule = &rules::property_not_in_domain::RULE;
            out.push_with(rule, child(pointer, key), |at| {
                let names = type_names(object);
                rule.finding(
                    at,
                    rules::property_not_in_domain::describe(property, &names),
                )
            });
        }
        let ranges = property.ranges();
        let enumerated = property.takes_members();
        let owned = expect_property(property);
        // A URL property's values are nearly always plain absolute URLs:
        // settled here with one look, which also spares the URL rule its own.
        let urls = owned.is_some_and(Expect::is_url);
        let mut plain_urls = urls;
        let mut judge = |item: &Node, index: Option<usize>| {
            if rules::empty_value::is_empty(item) {
                return;
            }
            if enumerated {
                let note_pending = rules::pending_term::notes_member(property.is_pending());
                member_status(
                    vocabulary,
                    item,
                    note_pending,
                    || item_pointer(pointer, key, index),
                    out,
                );
            }
            if urls {
                // Its range includes URL, which such a text fits.
                if item.as_str().is_some_and(plainly_absolute) {
                    return;
                }
                plain_urls = false;
            }
            if owned.is_some() && !matches!(item, Node::Object(_) | Node::Array(_)) {
                // A semantic rule reads this value (its value rule, see `rules::properties`).
                return;
            }
            // A misfit is one of three range rules, each deciding whether
            // it is theirs; the message is built only for a finding that
            // may be listed.
            let at = || item_pointer(pointer, key, index);
            match vocabulary.value_fits_range(item, ranges) {
                Fit::Yes => {}
                Fit::TextForEntity => {
                    let rule = &rules::text_for_entity::RULE;
                    out.push_with(rule, at(), |at| {
                        rule.finding(at, rules::text_for_entity::describe(property))
                    });
                }
                Fit::No if rules::unexpected_node_type::fires(vocabulary, ranges, item) => {
                    let rule = &rules::unexpected_node_type::RULE;
                    out.push_with(rule, at(), |at| {
                        let message = rules::unexpected_node_type::describe(property, item);
                        rule.finding(at, message)
                    });
                }
                Fit::No if rules::unexpected_value_type::fires(vocabulary, ranges, item) => {
                    let rule = &rules::unexpected_value_type::RULE;
                    out.push_with(rule, at(), |at| {
                        let message = rules::unexpected_value_type::describe(property, item);
                        rule.finding(at, message)
                    });
                }
                Fit::No => {}
            }
        };
        match value {
            Node::Array(items) => {
                for (index, item) in items.iter().enumerate() {
                    if !item.is_null() {
                        judge(item, Some(index));
                    }
                }
            }
            other => judge(other, None),
        }
        if let Some(last) = named.last_mut() {
            last.plain_urls = plain_urls;
        }
    }
}

/// `superseded-term` or `pending-term` for an enumeration member value
/// (`"https://schema.org/EventScheduled"`).
fn member_status(
    vocabulary: &Vocabulary,
    value: &Node,
    note_pending: bool,
    pointer: impl Fn() -> String,
    out: &mut impl FindingSink,
) {
    let Some(member) = value.as_str().and_then(|text| vocabulary.member(text)) else {
        return;
    };
    term_status(
        "enumeration member",
        member.name(),
        member.superseded_by(),
        note_pending && member.is_pending(),
        pointer,
        out,
    );
}

/// `superseded-term` for a term schema.org retired (`kind`: "type",
/// "property", "enumeration member"), else `pending-term` when `pending`.
/// The pointer is built only for a finding.
fn term_status(
    kind: &str,
    name: &str,
    superseded_by: Option<&str>,
    pending: bool,
    pointer: impl FnOnce() -> String,
    out: &mut impl FindingSink,
) {
    let failure = rules::superseded_term::check(kind, name, superseded_by)
        .or_else(|| rules::pending_term::check(kind, name, pending));
    if let Some(failure) = failure {
        out.push(rules::failed(failure, pointer()));
    }
}

fn item_pointer(pointer: &str, key: &str, index: Option<usize>) -> String {
    let mut at = child(pointer, key);
    if let Some(index) = index {
        push_pointer_token(&mut at, &index.to_string());
    }
    at
}

/// The names in `@type` with their index when it is a list.
fn type_entries<'a>(value: Option<&'a Node<'a>>) -> impl Iterator<Item = (Option<usize>, &'a str)> {
    let (one, many) = match value {
        Some(Node::String(name)) => (Some((None, name.as_str())), None),
        Some(Node::Array(items)) => (None, Some(items.iter().enumerate())),
        _ => (None, None),
    };
    one.into_iter().chain(
        many.into_iter()
            .flatten()
            .filter_map(|(i, v)| v.as_str().map(|name| (Some(i), name))),
    )
}

/// The node's type names, for messages (built only on failure).
fn type_names<'a>(object: &'a Object<'a>) -> Vec<&'a str> {
    type_entries(keyword(object, "@type"))
        .map(|(_, name)| schema_org_term(name))
        .collect()
}

fn child(pointer: &str, key: &str) -> String {
    let mut out = pointer.to_owned();
    push_pointer_token(&mut out, key);
    out
}

fn type_pointer(pointer: &str, index: Option<usize>) -> String {
    let mut out = child(pointer, "@type");
    if let Some(index) = index {
        push_pointer_token(&mut out, &index.to_string());
    }
    out
}

#[cfg(test)]
mod tests;
