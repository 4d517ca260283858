//! The schema layer of the walk: a typed node against the schema of each
//! modeled type it is (or descends from: a `Corporation` is checked as an
//! `Organization`), with the failures inside nested modeled nodes left to
//! those nodes, and nested nodes its parent's schema already covered
//! skipped.

use crate::tree::{Node, Object};

use super::DocumentCheck;
use crate::validate::normalize;
use crate::validate::rules::{self, Finding};
use crate::validate::shape::{Modeled, Shapes};

impl<'s> DocumentCheck<'s> {
    /// Checks a typed node against its modeled type's schema (unless its
    /// parent's check covered it); answers the type when the node passed.
    pub(super) fn schema_layer(
        &mut self,
        value: &Node,
        object: &Object,
        checked: bool,
    ) -> Option<Modeled<'s>> {
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
            return None;
        };
        // Only in canonical form is the node checked on its own exactly as
        // its parent's schema saw it.
        if checked && self.canonical && self.trust_parents {
            return Some(first);
        }
        let canonical = if self.canonical {
            std::borrow::Cow::Borrowed(value)
        } else {
            normalize::canonical_node(value)
        };
        let mut explained = Vec::new();
        for modeled in checked_as.into_iter().flatten() {
            explained.extend(shapes.check_modeled(modeled, &canonical));
        }
        if explained.is_empty() {
            return Some(first);
        }
        explained.dedup();
        for failure in explained {
            if inside_nested_node(&canonical, &failure.pointer, shapes) {
                continue;
            }
            let relative = match &canonical {
                std::borrow::Cow::Borrowed(_) => failure.pointer,
                std::borrow::Cow::Owned(_) => normalize::original_pointer(value, &failure.pointer),
            };
            let mut pointer = self.pointer.clone();
            pointer.push_str(&relative);
            self.schema_failures
                .push(Finding::new(&rules::schema::RULE, pointer, failure.message));
        }
        None
    }
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
                let modeled = normalize::types(object).any(|name| shapes.is_modeled(name));
                if modeled && token != "@type" {
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
