//! The property layer of the walk: each property of a node, its values
//! judged by the one value rule that claims the property, empty values
//! and lists, the order of date pairs, and the nodes nested in values
//! walked in turn.

use crate::tree::{Node, Object};

use super::DocumentCheck;
use crate::lookup::Lookup;
use crate::validate::normalize::canonical_key;
use crate::validate::rules;
use crate::validate::rules::properties::{expect, expect_property, Expect};
use crate::validate::shape::Modeled;

/// True when a property's range holds node types, not only datatypes.
fn takes_nodes(property: &crate::vocab::PropertyInfo) -> bool {
    let vocabulary = crate::vocab::Vocabulary::get();
    property
        .ranges()
        .iter()
        .any(|range| vocabulary.type_by_id(*range).kind() != crate::vocab::TypeKind::DataType)
}

impl<'s> DocumentCheck<'s> {
    /// Checks a node's properties. `passed`: the node's modeled type, when
    /// the node passed its schema; `named`: where the node's entries start
    /// in [`named`](Self::named).
    pub(super) fn properties(
        &mut self,
        object: &Object,
        passed: Option<Modeled<'s>>,
        named: usize,
    ) {
        let mut dates: [Option<(&str, &str)>; 4] = [None; 4];
        for (at, (key, value)) in object.iter().enumerate() {
            let name = canonical_key(key);
            if name.starts_with('@') {
                if matches!(name, "@list" | "@set" | "@graph") {
                    let len = self.enter_key(key);
                    self.nested(value, None, None);
                    self.pointer.truncate(len);
                }
                continue;
            }
            if value.is_null() {
                continue;
            }
            if rules::empty_value::is_empty(value) {
                let pointer = self.child_pointer(key);
                self.push(
                    rules::empty_value::RULE
                        .finding(pointer, rules::empty_value::describe(name, value)),
                );
                continue;
            }
            // Keys the vocabulary does not know, and null values (which
            // it skips), are rare: they are matched against the tables by name.
            let found = self.named.get(named + at).copied().unwrap_or_default();
            let expected = match found.property {
                Some(property) => expect_property(property),
                None => expect(name),
            };
            match expected {
                // The vocabulary layer saw these values are plain URLs.
                Some(expected) if expected.is_url() && found.plain_urls => {}
                Some(expected) => self.values(expected, name, key, value),
                None => {}
            }
            if let Node::Array(items) = value {
                self.empty_items(name, key, items);
            }
            if let Node::String(text) = value {
                for (slot, (start, end)) in rules::date_order::PAIRS.iter().enumerate() {
                    if name == *start {
                        dates[slot * 2] = Some((key, text));
                    } else if name == *end {
                        dates[slot * 2 + 1] = Some((key, text));
                    }
                }
            }
            if rules::unexpected_value_type::is_language_map(value)
                && found.property.is_some_and(|p| !takes_nodes(p))
            {
                // Reported as a whole by the vocabulary layer; its keys
                // are language tags, not properties.
                continue;
            }
            if matches!(value, Node::Object(_) | Node::Array(_)) {
                let len = self.enter_key(key);
                self.nested(value, passed, Some(key));
                self.pointer.truncate(len);
            }
        }
        for (slot, (start, end)) in rules::date_order::PAIRS.iter().enumerate() {
            if let (Some((_, from)), Some((end_key, until))) =
                (dates[slot * 2], dates[slot * 2 + 1])
            {
                if let Err(message) = rules::date_order::check(start, from, end, until) {
                    let pointer = self.child_pointer(end_key);
                    self.push(rules::date_order::RULE.finding(pointer, message));
                }
            }
        }
    }

    /// Checks the nodes in a value. `parent`: the modeled type of the node
    /// holding it, when that node passed its schema (its check may have
    /// covered these nodes' own, see [`Shapes::covers`](crate::validate::shape::Shapes::covers)).
    fn nested(&mut self, value: &Node, parent: Option<Modeled<'s>>, under: Option<&str>) {
        match value {
            Node::Object(object) if !object.has("@value") => {
                let checked = match (parent, under) {
                    (Some(modeled), Some(key)) => self.shapes.covers(modeled, key, object),
                    _ => false,
                };
                self.node(value, false, checked, under)
            }
            Node::Array(items) => {
                for (index, item) in items.iter().enumerate() {
                    if matches!(item, Node::Object(_) | Node::Array(_)) {
                        let len = self.enter_index(index);
                        self.nested(item, parent, under);
                        self.pointer.truncate(len);
                    }
                }
            }
            _ => {}
        }
    }

    /// `empty-value` for the empty items of a list (`["", "x"]`).
    fn empty_items(&mut self, name: &str, key: &str, items: &[Node]) {
        for (index, item) in items.iter().enumerate() {
            if rules::empty_value::is_empty(item) {
                let mut pointer = self.child_pointer(key);
                pointer.push('/');
                pointer.push_str(&index.to_string());
                self.push(
                    rules::empty_value::RULE
                        .finding(pointer, rules::empty_value::describe(name, item)),
                );
            }
        }
    }

    fn values(&mut self, expected: Expect, name: &str, key: &str, value: &Node) {
        match value {
            Node::Array(items) => {
                for (index, item) in items.iter().enumerate() {
                    if let Some(failure) = expected.check(name, item) {
                        let mut pointer = self.child_pointer(key);
                        pointer.push('/');
                        pointer.push_str(&index.to_string());
                        self.push(rules::failed(failure, pointer));
                    }
                }
            }
            other => {
                if let Some(failure) = expected.check(name, other) {
                    let pointer = self.child_pointer(key);
                    self.push(rules::failed(failure, pointer));
                }
            }
        }
    }
}
