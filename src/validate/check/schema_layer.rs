//! The schema layer of the walk: a typed node against the schema of each
//! modeled type it is (or descends from: a `Corporation` is checked as an
//! `Organization`), with the failures inside nested modeled nodes left to
//! those nodes, and nested nodes its parent's schema already covered
//! skipped.

use crate::tree::{Node, Object};

use super::explaining::Explaining;
use super::DocumentCheck;
use crate::validate::normalize;
use crate::validate::rules;
use crate::validate::shape::{Modeled, Shapes};

/// A node that failed the schema of some of its modeled types, whose
/// failures are yet to be explained.
pub(super) struct Failed<'s> {
    /// The types whose schemas it failed, in order.
    failing: [Option<Modeled<'s>>; 4],
    /// How many errors had been pushed when the node was entered: those
    /// pushed since are inside it.
    errors_from: usize,
    /// Where the node's failures go among the document's: the order in
    /// which the walk entered the failed nodes.
    order: usize,
}

impl<'s> DocumentCheck<'s> {
    /// Checks a typed node against its modeled type's schema (unless its
    /// parent's check covered it); answers the type when the node passed.
    /// A node in canonical form that failed is answered as [`Failed`], to
    /// be explained once the errors inside it are known
    /// ([`explain_failures`](Self::explain_failures)); one that is not is
    /// explained here, from its canonical copy.
    pub(super) fn schema_layer(
        &mut self,
        value: &Node,
        object: &Object,
        checked: bool,
    ) -> (Option<Modeled<'s>>, Option<Failed<'s>>) {
        let shapes = self.shapes;
        let mut checked_as: [Option<Modeled<'s>>; 4] = [None; 4];
        let mut count = 0;
        for name in normalize::types(object) {
            for modeled in shapes.checked_as(name) {
                let Some(modeled) = shapes.modeled(modeled) else {
                    continue;
                };
                if count < checked_as.len()
                    && !checked_as[..count]
                        .iter()
                        .flatten()
                        .any(|m| m.same(modeled))
                {
                    checked_as[count] = Some(modeled);
                    count += 1;
                }
            }
        }
        let Some(first) = checked_as[0] else {
            self.out.unmodeled += 1;
            return (None, None);
        };
        // Only in canonical form is the node checked on its own exactly as
        // its parent's schema saw it.
        if checked && self.canonical && self.trust_parents {
            return (Some(first), None);
        }
        let canonical = if self.canonical {
            std::borrow::Cow::Borrowed(value)
        } else {
            normalize::canonical_node(value)
        };
        let mut failing: [Option<Modeled<'s>>; 4] = [None; 4];
        let mut failures = 0;
        for modeled in checked_as.into_iter().flatten() {
            if shapes.passes(modeled, &canonical) {
                continue;
            }
            if let Some(slot) = failing.get_mut(failures) {
                *slot = Some(modeled);
                failures += 1;
            }
        }
        if failures == 0 {
            return (Some(first), None);
        }
        let failed = Failed {
            failing,
            errors_from: self.error_pointers.len(),
            order: self.failed_nodes,
        };
        self.failed_nodes += 1;
        match &canonical {
            std::borrow::Cow::Borrowed(_) => (None, Some(failed)),
            std::borrow::Cow::Owned(copy) => {
                // The copy is not kept through the walk of the node's
                // insides: explained now, every failure's message built.
                self.explain_failures(
                    value,
                    copy,
                    Failed {
                        errors_from: usize::MAX,
                        ..failed
                    },
                );
                (None, None)
            }
        }
    }

    /// Explains the failures of `value` (whose canonical form is
    /// `canonical`, the node itself when it is canonical), at the current
    /// pointer, into the schema failures the walk's end sets against the
    /// rules' errors. A failure that the errors pushed inside the node
    /// already explain will not be reported: its message is not built.
    pub(super) fn explain_failures(&mut self, value: &Node, canonical: &Node, failed: Failed<'s>) {
        let shapes = self.shapes;
        let local = failed.errors_from <= self.error_pointers.len();
        // Sorted on first use: a node whose failures all lie inside its
        // nested nodes never needs it.
        let explaining = std::cell::OnceCell::new();
        let error_pointers = &self.error_pointers;
        let base = self.pointer.as_str();
        let wanted = |relative: &str| {
            if inside_nested_node(canonical, relative, shapes) {
                return false;
            }
            // Only a canonical node's pointers are the document's.
            !local || {
                let explaining = explaining
                    .get_or_init(|| Explaining::since(error_pointers, failed.errors_from));
                let mut pointer = String::with_capacity(base.len() + relative.len());
                pointer.push_str(base);
                pointer.push_str(relative);
                !explaining.explains(&pointer)
            }
        };
        let mut explained = Vec::new();
        // Built once, for the first schema the node fails.
        let mut outline: Option<Option<Node>> = None;
        for modeled in failed.failing.into_iter().flatten() {
            let outline = outline.get_or_insert_with(|| outline_nested_nodes(canonical, shapes));
            explained.extend(shapes.explain_wanted(
                modeled,
                outline.as_ref().unwrap_or(canonical),
                &wanted,
            ));
        }
        explained.dedup();
        let mut failures = Vec::new();
        let order = failed.order;
        for failure in explained {
            // Not wanted: inside a nested node, or explained already.
            if failure.message.is_empty() {
                continue;
            }
            let relative = if std::ptr::eq(value, canonical) {
                failure.pointer
            } else {
                normalize::original_pointer(value, &failure.pointer)
            };
            let mut pointer = base.to_owned();
            pointer.push_str(&relative);
            failures.push((order, rules::schema::RULE.finding(pointer, failure.message)));
        }
        self.schema_failures.extend(failures);
    }
}

/// `node` as its own schema's explanation needs to see it, or `None` when
/// that is `node` itself: each nested node of a modeled type keeps its
/// keys and its keywords (`@type`, `@id`; their aliases) but holds `null`
/// (no value) for every property. Such a node is checked on its own, and
/// whatever the parent's schema finds inside it is dropped
/// ([`inside_nested_node`]); explaining it anyway cost a list of 200,000
/// invalid Offers 5 GB of errors. The node's own failures at its place
/// (its shape: an object or not, its type, its keys) are the parent's to
/// report, and are unchanged, as is how the parent describes it.
fn outline_nested_nodes<'a>(node: &Node<'a>, shapes: &Shapes) -> Option<Node<'a>> {
    fn holds_nested<'a>(value: &Node<'a>, depth: usize, shapes: &Shapes) -> bool {
        match value {
            Node::Object(object) => {
                (depth > 0 && is_modeled_node(object, shapes))
                    || object.values().any(|v| holds_nested(v, depth + 1, shapes))
            }
            Node::Array(items) => items.iter().any(|v| holds_nested(v, depth + 1, shapes)),
            _ => false,
        }
    }
    fn outline<'a>(value: &Node<'a>, depth: usize, shapes: &Shapes) -> Node<'a> {
        match value {
            Node::Object(object) => {
                let nested = depth > 0 && is_modeled_node(object, shapes);
                let mut out = Object::with_capacity(object.len());
                for (key, value) in object.iter() {
                    let value = if !nested {
                        outline(value, depth + 1, shapes)
                    } else if matches!(key.as_str(), "type" | "id") || key.starts_with('@') {
                        value.clone()
                    } else {
                        Node::Null
                    };
                    out.push(key.clone(), value);
                }
                Node::Object(out)
            }
            Node::Array(items) => Node::Array(
                items
                    .iter()
                    .map(|item| outline(item, depth + 1, shapes))
                    .collect(),
            ),
            other => other.clone(),
        }
    }
    holds_nested(node, 0, shapes).then(|| outline(node, 0, shapes))
}

/// True when `object` is a node of a type sdx models.
fn is_modeled_node(object: &Object, shapes: &Shapes) -> bool {
    normalize::types(object).any(|name| shapes.is_modeled(name))
}

/// True when `pointer` (relative to `node`) leads strictly inside a nested
/// node of a modeled type: that node is checked on its own, with messages
/// about itself, so the parent's view of its insides is a duplicate.
fn inside_nested_node(node: &Node, pointer: &str, shapes: &Shapes) -> bool {
    let tokens: Vec<String> = crate::position::tokens(pointer).collect();
    let mut value = node;
    for (depth, token) in tokens.iter().enumerate() {
        if depth > 0 {
            if let Node::Object(object) = value {
                if is_modeled_node(object, shapes) && token != "@type" {
                    return true;
                }
            }
        }
        match value.step(token) {
            Some(next) => value = next,
            None => return false,
        }
    }
    false
}
