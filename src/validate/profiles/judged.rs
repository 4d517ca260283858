//! Which nodes of a document the profiles judge, and what the rest of the
//! document says for them: the walk from the top-level nodes and `@graph`
//! members down to the subjects a page names (see the parent module), and
//! whether an organization of the document has a property.

use crate::diagnostic::push_pointer_token;
use crate::lookup::Lookup;
use crate::profile::feature_applies;
use crate::tree::{Node, Object};

use crate::validate::normalize;

/// Called with a judged node (as a value and as an object) and its pointer.
pub(super) type Visit<'f, 'v> = dyn FnMut(&'v Node<'v>, &'v Object<'v>, &str) + 'f;

/// Calls `f` on every judged node of `root`: top-level nodes, `@graph`
/// members, and the subjects named below them (see the module docs).
pub(super) fn for_each_judged<'v>(root: &'v Node<'v>, pointer: &mut String, f: &mut Visit<'_, 'v>) {
    match root {
        Node::Array(items) => {
            for (i, item) in items.iter().enumerate() {
                let len = pointer.len();
                push_pointer_token(pointer, &i.to_string());
                top_level(item, pointer, f);
                pointer.truncate(len);
            }
        }
        other => top_level(other, pointer, f),
    }
}

fn top_level<'v>(value: &'v Node<'v>, pointer: &mut String, f: &mut Visit<'_, 'v>) {
    let Node::Object(object) = value else {
        return;
    };
    let context = normalize::read_context(object.field("@context"));
    if context.present && !context.schema_org {
        // Not schema.org's terms: nothing to judge (the JSON-LD layer says so).
        return;
    }
    let len = pointer.len();
    match object.field("@graph") {
        Some(Node::Array(items)) => {
            push_pointer_token(pointer, "@graph");
            for (i, item) in items.iter().enumerate() {
                let len = pointer.len();
                push_pointer_token(pointer, &i.to_string());
                if let Node::Object(member) = item {
                    judge(item, member, pointer, f);
                }
                pointer.truncate(len);
            }
        }
        Some(graph @ Node::Object(member)) => {
            push_pointer_token(pointer, "@graph");
            judge(graph, member, pointer, f);
        }
        _ => judge(value, object, pointer, f),
    }
    pointer.truncate(len);
}

/// The properties by which a node names the entities a page is about.
const SUBJECTS: &[&str] = &["mainEntity", "itemListElement", "item"];

/// Calls `f` on a judged node, then on the subjects it names.
fn judge<'v>(
    value: &'v Node<'v>,
    object: &'v Object<'v>,
    pointer: &mut String,
    f: &mut Visit<'_, 'v>,
) {
    f(value, object, pointer);
    for (key, child) in object.iter() {
        let property = normalize::canonical_key(key);
        if !SUBJECTS.contains(&property) || checked_by_a_feature(object, property) {
            continue;
        }
        let len = pointer.len();
        push_pointer_token(pointer, key);
        match child {
            Node::Array(items) => {
                for (i, item) in items.iter().enumerate() {
                    let len = pointer.len();
                    push_pointer_token(pointer, &i.to_string());
                    if let Node::Object(member) = item {
                        judge(item, member, pointer, f);
                    }
                    pointer.truncate(len);
                }
            }
            Node::Object(member) => judge(child, member, pointer, f),
            _ => {}
        }
        pointer.truncate(len);
    }
}

/// Whether a feature of some profile that applies to `object` checks the
/// nodes of its `property` itself.
fn checked_by_a_feature(object: &Object, property: &str) -> bool {
    const MAX_TYPES: usize = 8;
    let mut types = [""; MAX_TYPES];
    let mut count = 0;
    for (slot, name) in types.iter_mut().zip(normalize::types(object)) {
        *slot = name;
        count += 1;
    }
    let types = &types[..count];
    super::tables().any(|profile| {
        profile.features.iter().any(|feature| {
            feature_applies(feature, types)
                && feature.scope.nested.iter().any(|n| n.property == property)
        })
    })
}

/// Whether some `Organization` (or subtype) anywhere in `value` has a
/// value for `property`.
pub(super) fn organization_has(value: &Node, property: &str) -> bool {
    match value {
        Node::Array(items) => items.iter().any(|item| organization_has(item, property)),
        Node::Object(object) => {
            let vocabulary = crate::vocab::Vocabulary::get();
            let organization = vocabulary.type_id("Organization");
            let is_organization = normalize::types(object).any(|t| {
                vocabulary
                    .type_id(t)
                    .zip(organization)
                    .is_some_and(|(t, o)| vocabulary.is_subtype_id(t, o))
            });
            let has = is_organization
                && object
                    .iter()
                    .any(|(key, v)| normalize::canonical_key(key) == property && says_something(v));
            has || object.iter().any(|(_, v)| organization_has(v, property))
        }
        _ => false,
    }
}

/// Not null, not blank text, not an empty list or object.
fn says_something(value: &Node) -> bool {
    match value {
        Node::Null => false,
        Node::String(text) => !text.as_str().trim().is_empty(),
        Node::Array(items) => items.iter().any(says_something),
        Node::Object(object) => !object.is_empty(),
        _ => true,
    }
}
