//! The tree as a `jsonschema` instance representation: the generated
//! schemas validate a [`Node`] where it lies, without building a
//! `serde_json::Value` first.

use std::borrow::Cow;
use std::cell::Cell;

use jsonschema::json::{cmp, Array, Json, Node as JsonNode, NodeIdentity, Object as JsonObject};
use jsonschema::JsonType;
use serde_json::{Number, Value};

use super::{Node, Object, Text};

/// The [`Node`] representation, for `jsonschema::options_for::<Tree>()`.
pub struct Tree;

impl Json for Tree {
    type Node<'a> = &'a Node<'a>;
    type PreparedKey = String;
    type StringBuffer = ();

    // Objects are vectors looked up by comparing keys: one members pass
    // costs about what one lookup does per key it visits.
    const KEYS_PER_LOOKUP: usize = 1;
    // A parsed tree owns its nodes; none holds itself.
    const ACYCLIC: bool = true;

    fn prepare_key(key: &str) -> String {
        key.to_owned()
    }

    fn with_string_node<T>((): &mut (), string: &str, f: impl FnOnce(Self::Node<'_>) -> T) -> T {
        thread_local! {
            // Reused for every property name on the thread (`propertyNames`).
            static NAME: Cell<String> = const { Cell::new(String::new()) };
        }
        let mut name = NAME.take();
        name.clear();
        name.push_str(string);
        let node = Node::String(Text::from(name));
        let result = f(&node);
        if let Node::String(Text(Cow::Owned(name))) = node {
            NAME.set(name);
        }
        result
    }
}

impl<'a> JsonNode<'a, Tree> for &'a Node<'a> {
    type Object = &'a Object<'a>;
    type Array = &'a [Node<'a>];
    type Number = &'a Number;

    fn as_object(&self) -> Option<&'a Object<'a>> {
        match self {
            Node::Object(object) => Some(object),
            _ => None,
        }
    }

    fn as_array(&self) -> Option<&'a [Node<'a>]> {
        match self {
            Node::Array(items) => Some(items),
            _ => None,
        }
    }

    fn as_string(&self) -> Option<Cow<'a, str>> {
        match self {
            Node::String(text) => Some(Cow::Borrowed(text.as_str())),
            _ => None,
        }
    }

    fn as_number(&self) -> Option<&'a Number> {
        match self {
            Node::Number(number) => Some(number),
            _ => None,
        }
    }

    fn as_boolean(&self) -> Option<bool> {
        match self {
            Node::Bool(value) => Some(*value),
            _ => None,
        }
    }

    fn is_null(&self) -> bool {
        matches!(self, Node::Null)
    }

    fn json_type(&self) -> JsonType {
        match self {
            Node::Null => JsonType::Null,
            Node::Bool(_) => JsonType::Boolean,
            Node::Number(_) => JsonType::Number,
            Node::String(_) => JsonType::String,
            Node::Array(_) => JsonType::Array,
            Node::Object(_) => JsonType::Object,
        }
    }

    fn string_length_within(&self, min: u64, max: u64) -> Option<bool> {
        let Node::String(text) = self else {
            return None;
        };
        // Each code point is one to four bytes: the byte length bounds the
        // count from both sides, and decides most checks without counting.
        let bytes = text.len() as u64;
        if bytes < min || bytes.div_ceil(4) > max {
            return Some(false);
        }
        if bytes.div_ceil(4) >= min && bytes <= max {
            return Some(true);
        }
        Some((min..=max).contains(&(text.chars().count() as u64)))
    }

    fn equals_value(&self, expected: &Value) -> bool {
        // `enum` and `const` hold texts and numbers: compared in place,
        // without building a `Value` of the node.
        match (self, expected) {
            (Node::String(text), Value::String(other)) => text.as_str() == other,
            (Node::String(_), _) | (_, Value::String(_)) => false,
            (Node::Number(number), Value::Number(other)) => cmp::equal_numbers(number, other),
            (Node::Bool(value), Value::Bool(other)) => value == other,
            (Node::Null, Value::Null) => true,
            _ => cmp::equal(&self.to_value(), expected),
        }
    }

    fn to_value(&self) -> Cow<'a, Value> {
        Cow::Owned(Node::to_value(self))
    }

    fn identity(&self) -> Option<NodeIdentity> {
        Some(NodeIdentity::new(
            std::ptr::from_ref::<Node<'_>>(*self) as usize
        ))
    }
}

/// Asserts that `tree` judges `instance` as `plain`, built from the same
/// schema for `Value`s, does: the same verdict and the same errors, at the
/// same places. For tests; `what` names the case in a failure.
#[cfg(test)]
pub(crate) fn assert_judged_alike(
    tree: &jsonschema::Validator<Tree>,
    plain: &jsonschema::Validator,
    instance: &Value,
    what: &str,
) {
    let node = Node::from(instance);
    assert_eq!(tree.is_valid(&node), plain.is_valid(instance), "{what}");
    let errors = |errors: jsonschema::ErrorIterator<'_>| {
        errors
            .map(|e| (e.instance_path().to_string(), e.to_string()))
            .collect::<Vec<_>>()
    };
    assert_eq!(
        errors(tree.iter_errors(&node)),
        errors(plain.iter_errors(instance)),
        "{what}"
    );
}

/// An object's members for `jsonschema`.
pub struct Members<'a>(std::slice::Iter<'a, (Text<'a>, Node<'a>)>);

impl<'a> Iterator for Members<'a> {
    type Item = (&'a str, &'a Node<'a>);

    fn next(&mut self) -> Option<Self::Item> {
        self.0.next().map(|(key, value)| (key.as_str(), value))
    }
}

impl<'a> JsonObject<'a, Tree> for &'a Object<'a> {
    type Node = &'a Node<'a>;
    type MemberName = &'a str;
    type MembersIter = Members<'a>;

    fn len(&self) -> usize {
        Object::len(self)
    }

    fn get(&self, key: &String) -> Option<&'a Node<'a>> {
        Object::get(self, key)
    }

    fn members(&self) -> Members<'a> {
        Members(self.entries.iter())
    }
}

impl<'a> Array<'a, Tree> for &'a [Node<'a>] {
    type Node = &'a Node<'a>;
    type ElementsIter = std::slice::Iter<'a, Node<'a>>;

    fn len(&self) -> usize {
        <[Node<'a>]>::len(self)
    }

    fn elements(&self) -> std::slice::Iter<'a, Node<'a>> {
        (*self).iter()
    }
}
