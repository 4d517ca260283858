//! The schemas' yes/no verdict, computed on a form of the same definitions
//! that looks at a value's JSON kind before anything else.
//!
//! In the open model every property's schema is an `anyOf` of one value,
//! a list and "no value", and a node-valued one an `anyOf` of the node, a
//! reference, a text and a node of another type. `jsonschema` runs such a
//! schema as a tree of boxed validators and tries each branch in turn: a
//! list pays for the one-value branch first, a text for the node branch.
//! Here each (sub)schema carries the set of JSON kinds it can accept at
//! all, read from its `type` keywords through `$ref` and `anyOf` once, when
//! compiled; a branch that cannot take the value's kind is skipped with
//! one bit test, and `$ref` is an index into one table of definitions.
//!
//! Only the verdict is computed: a node this form accepts is valid, and
//! one it refuses goes to the `jsonschema` validator, which says why (and
//! re-judges it, so a refusal here can cost time but never a finding). The
//! structural keywords, and those decided by simple comparisons, are
//! evaluated here; the few whose exact reading belongs to `jsonschema`
//! (`pattern` through its regex translation, numeric bounds, `integer`,
//! `format`) are compiled by it, each group on its own, and called as
//! leaves; but the `@type` patterns every node meets, a list of names with
//! the prefixes schema.org IRIs may take, are a lookup in a set of names.
//! A `$ref` to a definition holding no `$ref` itself (every datatype) is
//! replaced by that definition's keywords, so a text under `name` is one
//! `anyOf` deep, not four definitions. A keyword this form does not know
//! makes it fail to compile, and every node then goes to `jsonschema` as
//! before. Tests hold this form to `jsonschema`'s verdict on every fixture
//! and corpus value and on generated values (`judge_tests.rs`).
//!
//! [`patterns`] sits here, below `shape/mod.rs`: the judge compiles the
//! known patterns as lookups and the `jsonschema` validator above calls the
//! same matchers as a keyword.

use std::sync::Arc;

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use serde_json::Value;

mod compile;
mod datatypes;
pub(super) mod patterns;

use crate::tree::{Node, Tree};

/// A set of JSON kinds, one bit each (integers are numbers here).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
struct Kinds(u8);

impl Kinds {
    const NONE: Kinds = Kinds(0);
    const ALL: Kinds = Kinds(0b11_1111);
    const STRING: Kinds = Kinds(1 << 3);
    const ARRAY: Kinds = Kinds(1 << 4);
    const OBJECT: Kinds = Kinds(1 << 5);

    fn of(node: &Node<'_>) -> Kinds {
        Kinds(match node {
            Node::Null => 1,
            Node::Bool(_) => 1 << 1,
            Node::Number(_) => 1 << 2,
            Node::String(_) => 1 << 3,
            Node::Array(_) => 1 << 4,
            Node::Object(_) => 1 << 5,
        })
    }

    /// The kinds a JSON Schema type name stands for (`integer`: numbers).
    fn named(name: &str) -> Option<Kinds> {
        Some(Kinds(match name {
            "null" => 1,
            "boolean" => 1 << 1,
            "number" | "integer" => 1 << 2,
            "string" => 1 << 3,
            "array" => 1 << 4,
            "object" => 1 << 5,
            _ => return None,
        }))
    }

    /// The kinds of a `type` keyword's value; `None` if it is malformed.
    fn of_type(value: &Value) -> Option<Kinds> {
        match value {
            Value::String(name) => Kinds::named(name),
            Value::Array(names) => names.iter().try_fold(Kinds::NONE, |kinds, name| {
                Some(kinds.or(Kinds::named(name.as_str()?)?))
            }),
            _ => None,
        }
    }

    fn or(self, other: Kinds) -> Kinds {
        Kinds(self.0 | other.0)
    }

    fn and(self, other: Kinds) -> Kinds {
        Kinds(self.0 & other.0)
    }

    fn has(self, other: Kinds) -> bool {
        self.0 & other.0 != 0
    }

    /// Every kind but these.
    fn not(self) -> Kinds {
        Kinds(Kinds::ALL.0 & !self.0)
    }
}

/// A compiled (sub)schema: the kinds it can accept, and its keywords, all
/// of which must hold.
#[derive(Clone)]
struct Schema {
    accepts: Kinds,
    /// The kinds every value of which passes without a keyword being
    /// evaluated (a text under `name`, whose first branch accepts any
    /// text): set once compiled (see `compile::settle`), `NONE` before.
    settled: Kinds,
    checks: Box<[Check]>,
}

/// One keyword, or a group of keywords read together.
#[derive(Clone)]
enum Check {
    /// The `false` schema.
    Never,
    AnyOf(Box<[Schema]>),
    Not(Box<Schema>),
    /// `$ref` to a definition, by its index.
    Ref(usize),
    /// `properties` with `additionalProperties` (when present).
    Properties {
        named: HashMap<Box<str>, Schema>,
        additional: Option<Box<Schema>>,
    },
    Required(Box<[Box<str>]>),
    Items(Box<Schema>),
    Contains(Box<Schema>),
    /// `enum` of texts only.
    Enum(Arc<HashSet<Box<str>>>),
    MinProperties(usize),
    MaxProperties(usize),
    MaxItems(usize),
    MinLength(usize),
    /// A pattern decided by code (see [`patterns`](super::patterns)).
    Known(fn(&str) -> bool),
    /// A type-name pattern, decided by looking the name up (see
    /// `patterns::type_names`).
    TypeName(Arc<HashSet<Box<str>>>),
    /// Keywords `jsonschema` judges, compiled by it as a schema of their own.
    Leaf(Arc<jsonschema::Validator<Tree>>),
}

/// Every definition of the graph schema in the kind-dispatched form.
pub(super) struct Judge {
    defs: Box<[Schema]>,
    by_name: HashMap<String, usize>,
}

/// Compiles a leaf's keywords on their own; the error says why not.
pub(super) type LeafCompiler<'a> =
    &'a dyn Fn(&Value) -> Result<jsonschema::Validator<Tree>, String>;

impl Judge {
    /// The definition named `name`.
    pub(super) fn definition(&self, name: &str) -> Option<usize> {
        self.by_name.get(name).copied()
    }

    /// True when `node` is valid under the definition `at`.
    pub(super) fn is_valid(&self, at: usize, node: &Node<'_>) -> bool {
        self.defs.get(at).is_some_and(|d| d.is_valid(node, self))
    }
}

/// The names of `pattern` when it is a type-name pattern, and a test of a
/// text against them; for tests.
#[cfg(test)]
pub(super) fn type_name_pattern(pattern: &str) -> Option<impl Fn(&str) -> bool> {
    let names = patterns::type_names(pattern)?;
    Some(move |text: &str| patterns::names_match(&names, text))
}

impl Schema {
    fn is_valid(&self, node: &Node<'_>, judge: &Judge) -> bool {
        let kind = Kinds::of(node);
        if self.settled.has(kind) {
            return true;
        }
        self.accepts.has(kind) && self.checks.iter().all(|c| c.is_valid(node, judge))
    }
}

impl Check {
    fn is_valid(&self, node: &Node<'_>, judge: &Judge) -> bool {
        match (self, node) {
            (Check::Never, _) => false,
            (Check::AnyOf(branches), _) => branches.iter().any(|b| b.is_valid(node, judge)),
            (Check::Not(schema), _) => !schema.is_valid(node, judge),
            (Check::Ref(at), _) => judge.is_valid(*at, node),
            (Check::Properties { named, additional }, Node::Object(object)) => {
                object
                    .iter()
                    .all(|(key, value)| match named.get(key.as_str()) {
                        Some(schema) => schema.is_valid(value, judge),
                        None => additional.as_ref().is_none_or(|s| s.is_valid(value, judge)),
                    })
            }
            (Check::Required(names), Node::Object(object)) => {
                names.iter().all(|name| object.contains_key(name))
            }
            (Check::Items(schema), Node::Array(items)) => {
                items.iter().all(|item| schema.is_valid(item, judge))
            }
            (Check::Contains(schema), Node::Array(items)) => {
                items.iter().any(|item| schema.is_valid(item, judge))
            }
            (Check::Enum(texts), Node::String(text)) => texts.contains(text.as_str()),
            (Check::Enum(_), _) => false,
            (Check::MinProperties(n), Node::Object(object)) => object.len() >= *n,
            (Check::MaxProperties(n), Node::Object(object)) => object.len() <= *n,
            (Check::MaxItems(n), Node::Array(items)) => items.len() <= *n,
            // A text's length is its count of code points.
            (Check::MinLength(n), Node::String(text)) => {
                *n == 0 || text.as_str().chars().nth(*n - 1).is_some()
            }
            (Check::Known(decide), Node::String(text)) => decide(text.as_str()),
            (Check::TypeName(names), Node::String(text)) => {
                patterns::names_match(names, text.as_str())
            }
            (Check::Leaf(validator), _) => validator.is_valid(node),
            // Each remaining keyword says nothing of the other kinds.
            _ => true,
        }
    }
}
