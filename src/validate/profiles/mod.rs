//! The profile layer: a consumer's documented requirements
//! ([`crate::profile`], e.g. Google's rich results) as rules of
//! `sdx validate --profile NAME`.
//!
//! Every requirement of every profile table becomes a [`Rule`] (layer
//! [`Layer::Profile`]) listed by `sdx rules`, selectable, ignorable and
//! re-gradable like any other. A profile runs when `--profile` or
//! `profile = [...]` in `sdx.toml` names it, or when `--select` names one of
//! its rules.
//!
//! Which nodes a profile judges, and how often:
//! - the entities a page is about: the top-level nodes of a document, the
//!   members of its `@graph`, and below them the nodes a page names as its
//!   subject: a `mainEntity` (a `WebPage` about a `Product`), the items of
//!   an `itemListElement` and a `ListItem`'s `item`, in lists or not. A
//!   property a feature of the holding node already checks (a
//!   `ProfilePage`'s `mainEntity`) is left to that feature. Other nested
//!   nodes (an offer's `seller`, an article's `publisher`) are judged only
//!   through the requirements the profile puts on the properties holding
//!   them, never as features of their own, so an embedded publisher does
//!   not get "organization" advice;
//! - an `{"@id"}` reference held directly by a judged node's property is
//!   followed to the `@graph` member (or top-level node) of the same
//!   document with that `@id`, so `Event.location` → a `Place` defined
//!   elsewhere in the graph gets its `address` checked, and the finding
//!   points at that Place. References to other documents or files, and
//!   references deeper than the judged node's own properties, are not
//!   followed;
//! - every unmet requirement is reported under its own rule: when product
//!   snippets and merchant listings both want a Product's `name`, both say
//!   so, since the product loses both features;
//! - what an offer may leave to the business (shipping and return
//!   policies) is looked for on every `Organization` of the document, read
//!   only when an offer lacks it.
//!
//! The same layer runs on JSON-LD scripts and on the microdata and RDFa a
//! page holds, which sdx reads as JSON-LD documents.
//!
//! Nothing is allocated for a document whose judged nodes no feature
//! applies to or that meet every requirement, except the canonical copy of
//! nodes written with prefixed keys or `@type` lists.

use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::LazyLock;

use crate::tree::{Node, Object};

use crate::diagnostic::{push_pointer_token, Diagnostic, Severity};
use crate::lookup::Lookup;
use crate::profile::{
    check_profile_on_page, feature_applies, Feature, Nested, Page, Profile, Scope,
};

use crate::validate::normalize;

#[cfg(test)]
mod complete_tests;
mod examples;
mod judged;
mod sets;
pub(crate) mod social;

use crate::rule::{Layer, Rule};
use judged::{for_each_judged, organization_has};

pub(crate) use sets::{find, names, set_of, tables};

/// Whether `id` is a rule a profile retired (accepted, never reported).
pub fn retired(id: &str) -> bool {
    tables().any(|p| p.retired.contains(&id))
}

/// One profile rule with what the layer needs to report it.
struct Entry {
    rule: Rule,
    profile: &'static Profile,
    source: &'static str,
}

struct Table {
    entries: Vec<Entry>,
    by_id: HashMap<&'static str, usize>,
}

static TABLE: LazyLock<Table> = LazyLock::new(|| {
    let mut entries = Vec::new();
    for profile in tables() {
        for feature in profile.features {
            collect(profile, feature, &feature.scope, &[], &mut entries);
        }
    }
    let by_id = entries
        .iter()
        .enumerate()
        .map(|(i, e): (usize, &Entry)| (e.rule.id, i))
        .collect();
    Table { entries, by_id }
});

fn collect(
    profile: &'static Profile,
    feature: &'static Feature,
    scope: &'static Scope,
    path: &[&'static Nested],
    out: &mut Vec<Entry>,
) {
    for requirement in scope.requirements {
        let level = match requirement.level {
            crate::profile::Level::Required => "required",
            crate::profile::Level::Recommended => "recommended",
        };
        // Built once per process; the rule table holds `&'static str`s.
        let summary: &'static str = Box::leak(
            format!("{} ({level}): {}", feature.name, requirement.message).into_boxed_str(),
        );
        let (wrong, right) = examples::example(feature, path, requirement.check);
        let why: &'static str = Box::leak(
            format!(
                "{} documents it as {level} for {}: {}.",
                profile.name,
                feature.name,
                requirement.help.trim_end_matches('.')
            )
            .into_boxed_str(),
        );
        out.push(Entry {
            rule: Rule {
                id: requirement.rule,
                severity: requirement.level.severity(),
                layer: Layer::Profile,
                summary,
                help: requirement.help,
                why,
                wrong,
                right,
            },
            profile,
            source: feature.source,
        });
    }
    for nested in scope.nested {
        let mut inner = path.to_vec();
        inner.push(nested);
        collect(profile, feature, &nested.scope, &inner, out);
    }
}

/// Every profile rule, profile by profile, in table order.
pub fn rules() -> impl Iterator<Item = &'static Rule> {
    TABLE.entries.iter().map(|e| &e.rule)
}

fn entry(id: &str) -> Option<&'static Entry> {
    let table: &'static Table = &TABLE;
    table.by_id.get(id).map(|i| &table.entries[*i])
}

/// The documentation a profile rule comes from.
pub fn source(id: &str) -> Option<&'static str> {
    entry(id).map(|e| e.source)
}

/// The profile a rule belongs to.
pub fn profile_of(id: &str) -> Option<&'static Profile> {
    entry(id).map(|e| e.profile)
}

/// How severe a rule is in this run (`None`: it does not run).
pub type Grading<'a> = &'a dyn Fn(&Rule) -> Option<Severity>;

/// Checks the judged nodes of one parsed document against `profiles`;
/// `grading` decides which rules run.
pub fn check_document(
    profiles: &[&'static Profile],
    grading: Grading<'_>,
    root: &Node,
    out: &mut Vec<Diagnostic>,
) {
    if profiles.is_empty() {
        return;
    }
    let mut index: Option<HashMap<&str, (&Node, String)>> = None;
    let answers: RefCell<Vec<(String, bool)>> = RefCell::new(Vec::new());
    let organization_has = |property: &str| {
        if let Some((_, yes)) = answers.borrow().iter().find(|(p, _)| p == property) {
            return *yes;
        }
        let yes = organization_has(root, property);
        answers.borrow_mut().push((property.to_owned(), yes));
        yes
    };
    let page = Page::new(&organization_has);
    let mut pointer = String::new();
    for_each_judged(root, &mut pointer, &mut |value, object, at| {
        check_node(
            profiles, grading, root, &mut index, &page, value, object, at, out,
        );
    });
}

/// `{"@id": …}` and nothing else.
fn reference<'a>(value: &'a Node<'a>) -> Option<&'a str> {
    match value {
        Node::Object(map) if map.len() == 1 => map.field("@id").and_then(Node::as_str),
        _ => None,
    }
}

/// A reference followed: where it was in the judged node (canonical
/// pointer, relative) and the node it leads to.
struct Followed<'v> {
    at: String,
    target: &'v Node<'v>,
    target_pointer: String,
}

#[allow(clippy::too_many_arguments)]
fn check_node<'v>(
    profiles: &[&'static Profile],
    grading: Grading<'_>,
    root: &'v Node<'v>,
    index: &mut Option<HashMap<&'v str, (&'v Node<'v>, String)>>,
    page: &Page<'_>,
    value: &'v Node<'v>,
    object: &'v Object<'v>,
    pointer: &str,
    out: &mut Vec<Diagnostic>,
) {
    const MAX_TYPES: usize = 8;
    let mut types = [""; MAX_TYPES];
    let mut count = 0;
    for (slot, name) in types.iter_mut().zip(normalize::types(object)) {
        *slot = name;
        count += 1;
    }
    let types = &types[..count];
    let applies = profiles
        .iter()
        .any(|p| p.features.iter().any(|f| feature_applies(f, types)));
    if !applies {
        return;
    }
    let mut node = normalize::canonical_node(value);
    // Follow references held directly by the node's properties.
    let mut followed: Vec<Followed<'v>> = Vec::new();
    let has_reference = object.iter().any(|(key, v)| {
        !key.starts_with('@')
            && match v {
                Node::Array(items) => items.iter().any(|i| reference(i).is_some()),
                other => reference(other).is_some(),
            }
    });
    if has_reference {
        let index = index.get_or_insert_with(|| {
            let mut map = HashMap::new();
            let mut buffer = String::new();
            for_each_judged(root, &mut buffer, &mut |v, o, at| {
                let described = o.keys().any(|k| !k.starts_with('@'));
                if let (true, Some(Node::String(id))) = (described, o.field("@id")) {
                    map.entry(id.as_str()).or_insert((v, at.to_owned()));
                }
            });
            map
        });
        if let Node::Object(map) = node.to_mut() {
            for (key, v) in map.iter_mut() {
                if key.starts_with('@') {
                    continue;
                }
                let mut substitute = |slot: &mut Node<'v>, at: String| {
                    if let Some((target, target_pointer)) =
                        reference(slot).and_then(|id| index.get(id))
                    {
                        *slot = normalize::canonical_node(target).into_owned();
                        followed.push(Followed {
                            at,
                            target,
                            target_pointer: target_pointer.clone(),
                        });
                    }
                };
                let mut at = String::new();
                push_pointer_token(&mut at, key);
                match v {
                    Node::Array(items) => {
                        for (i, item) in items.iter_mut().enumerate() {
                            let mut at = at.clone();
                            push_pointer_token(&mut at, &i.to_string());
                            substitute(item, at);
                        }
                    }
                    other => substitute(other, at),
                }
            }
        }
    }
    let Node::Object(canonical) = node.as_ref() else {
        return;
    };
    // The profiles' checks read `serde_json` maps (they also judge what
    // sdx exports); only a node a profile applies to is converted.
    let canonical = canonical.to_map();
    let mut found: Vec<Diagnostic> = Vec::new();
    for profile in profiles {
        check_profile_on_page(profile, &canonical, types, "", page, &mut |f| found.push(f));
    }
    if found.is_empty() {
        return;
    }
    for finding in found {
        let Some(entry) = entry(finding.rule) else {
            continue;
        };
        if grading(&entry.rule).is_none() {
            continue;
        }
        let absolute = absolute_pointer(value, pointer, &followed, &finding.pointer);
        let mut converted = entry.rule.finding(absolute, finding.message);
        if let Some(help) = finding.help {
            converted = converted.with_help(help);
        }
        out.push(converted);
    }
}

/// The pointer in the document of a finding at `relative` (canonical,
/// relative to the judged node): inside a followed reference's target when
/// it starts there, else inside the node, keys spelled as written.
fn absolute_pointer(
    value: &Node,
    pointer: &str,
    followed: &[Followed<'_>],
    relative: &str,
) -> String {
    for f in followed {
        if let Some(rest) = relative.strip_prefix(f.at.as_str()) {
            if rest.is_empty() || rest.starts_with('/') {
                let mut out = f.target_pointer.clone();
                out.push_str(&normalize::original_pointer(f.target, rest));
                return out;
            }
        }
    }
    let mut out = pointer.to_owned();
    out.push_str(&normalize::original_pointer(value, relative));
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::profile::google;

    #[test]
    fn every_profile_rule_is_in_the_table_with_its_source() {
        let all: Vec<&Rule> = rules().collect();
        assert_eq!(all.len(), google::GOOGLE.rules().len());
        for rule in all {
            assert_eq!(rule.layer, Layer::Profile);
            assert_eq!(profile_of(rule.id).map(|p| p.id), Some("google"));
            assert!(
                source(rule.id).is_some_and(|s| s.starts_with("https://developers.google.com/"))
            );
        }
        assert_eq!(find("google").map(|p| p.id), Some("google"));
        assert!(find("bing").is_none());
    }
}
