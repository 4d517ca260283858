//! JSON Schema errors in plain words.
//!
//! The generated schemas say "one value or a list", "an embedded node or an
//! `{"@id"}` reference" and "absent or null" with `anyOf`, so a single
//! mistake fails several branches at once. The translation keeps the branch
//! the value was meant for (the one whose shape matched, failing deeper)
//! and explains its errors; when no branch matched, it says what the
//! property accepts and what it found. Datatype failures borrow the
//! description the model gives its datatype ("an absolute http or https
//! URL").

use jsonschema::error::ValidationErrorKind;
use jsonschema::ValidationError;
use serde_json::Value;

use super::{Modeled, Shapes};
use crate::tree::Node;

use crate::validate::rules::{describe, shorten};

mod schema_text;
mod words;

pub use schema_text::SchemaText;
use schema_text::{datatype, referenced};
use words::{join_or, node_phrase, subject, type_list, type_words, REFERENCE};

/// A schema failure in words, at a pointer relative to the node checked.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Explained {
    /// Pointer relative to the node.
    pub pointer: String,
    /// What is wrong, in words.
    pub message: String,
}

/// Which failures' messages are wanted, by pointer (relative to the node):
/// the failure at a pointer not wanted is certain not to be reported, and
/// is put in the list with an empty message, keeping its place, for the
/// caller to drop.
pub type Wanted<'w> = &'w dyn Fn(&str) -> bool;

/// Translates one error (and, for `anyOf`, its branches) into `out`.
pub fn explain(
    error: &ValidationError<'_>,
    schema: &SchemaText<'_>,
    wanted: Wanted<'_>,
    out: &mut Vec<Explained>,
) {
    let at = error.instance_path().as_str();
    let instance: &Value = error.instance();
    let branches = match error.kind() {
        ValidationErrorKind::AnyOf { context } | ValidationErrorKind::OneOfNotValid { context } => {
            Some(context)
        }
        _ => None,
    };
    if let Some(context) = branches {
        return alternatives(at, instance, context, schema, wanted, out);
    }
    if !wanted(at) {
        // Building the message is most of a failure's cost.
        out.push(Explained {
            pointer: at.to_owned(),
            message: String::new(),
        });
        return;
    }
    let subject = subject(at);
    let value_not_allowed = || match datatype(schema, error) {
        Some(what) => format!(
            "{subject} is {}, which is not {what}",
            describe(&Node::from(instance))
        ),
        None => format!(
            "{subject} is {}, which its type does not allow",
            describe(&Node::from(instance))
        ),
    };
    let message = match error.kind() {
        ValidationErrorKind::Type { kind } => {
            let expected = type_words(kind);
            format!(
                "{subject} should be {expected}; found {}",
                describe(&Node::from(instance))
            )
        }
        ValidationErrorKind::Required { property } => match property.as_str() {
            Some("@type") => format!("{subject} has no `@type`, so it cannot be read as a node"),
            Some(name) => format!("{subject} is missing the required property `{name}`"),
            None => format!("{subject} is missing a required property"),
        },
        ValidationErrorKind::Enum { options } if at.ends_with("/@type") || at == "/@type" => {
            let expected = options
                .as_array()
                .and_then(|o| o.first())
                .and_then(Value::as_str)
                .unwrap_or("another type");
            format!(
                "`@type` is {}; expected {expected}",
                describe(&Node::from(instance))
            )
        }
        ValidationErrorKind::Enum { .. }
        | ValidationErrorKind::Pattern { .. }
        | ValidationErrorKind::Format { .. } => value_not_allowed(),
        // A pattern sdx decides by code runs as its own keyword (see
        // `judge::patterns`), and reads as the regex would.
        ValidationErrorKind::Custom { keyword, .. }
            if keyword == super::judge::patterns::KEYWORD =>
        {
            value_not_allowed()
        }
        ValidationErrorKind::MinLength { limit: 1 } => format!("{subject} is empty"),
        ValidationErrorKind::Minimum { limit } => {
            format!(
                "{subject} is {}; it must be at least {limit}",
                describe(&Node::from(instance))
            )
        }
        ValidationErrorKind::AdditionalProperties { unexpected } => format!(
            "{subject} is a reference and may hold only `@id`; found {}",
            unexpected
                .iter()
                .map(|k| format!("`{k}`"))
                .collect::<Vec<_>>()
                .join(", ")
        ),
        _ => format!("{subject}: {}", shorten(&error.to_string())),
    };
    out.push(Explained {
        pointer: at.to_owned(),
        message,
    });
}

/// True when `branch` failed because the value is not of its shape at all
/// (wrong JSON type, a node of another type, an object where a reference
/// was expected), rather than failing somewhere inside.
fn mismatched(branch: &[ValidationError<'static>], at: &str) -> bool {
    branch.iter().any(|error| {
        let path = error.instance_path().as_str();
        if path == at {
            match error.kind() {
                ValidationErrorKind::Type { .. }
                | ValidationErrorKind::AdditionalProperties { .. }
                | ValidationErrorKind::Required { .. }
                | ValidationErrorKind::Constant { .. }
                | ValidationErrorKind::FalseSchema => true,
                ValidationErrorKind::AnyOf { context }
                | ValidationErrorKind::OneOfNotValid { context } => {
                    context.iter().all(|inner| mismatched(inner, at))
                }
                _ => false,
            }
        } else if path.strip_prefix(at) == Some("/@type") {
            // `@type` reads a name or a one-element list of names, so a
            // node of another type fails an enum, or an anyOf of the enum
            // and the list form.
            match error.kind() {
                ValidationErrorKind::Enum { .. } => true,
                ValidationErrorKind::AnyOf { context }
                | ValidationErrorKind::OneOfNotValid { context } => context.iter().all(|inner| {
                    inner.iter().any(|e| {
                        matches!(
                            e.kind(),
                            ValidationErrorKind::Enum { .. } | ValidationErrorKind::Type { .. }
                        )
                    })
                }),
                _ => false,
            }
        } else {
            false
        }
    })
}

fn alternatives(
    at: &str,
    instance: &Value,
    branches: &[Vec<ValidationError<'static>>],
    schema: &SchemaText<'_>,
    wanted: Wanted<'_>,
    out: &mut Vec<Explained>,
) {
    let fitting = branches
        .iter()
        .filter(|branch| !mismatched(branch, at))
        .min_by_key(|branch| branch.len());
    if let Some(branch) = fitting {
        for error in branch {
            explain(error, schema, wanted, out);
        }
        return;
    }
    if !wanted(at) {
        out.push(Explained {
            pointer: at.to_owned(),
            message: String::new(),
        });
        return;
    }
    let mut expected = Vec::new();
    let mut list = false;
    expectations(at, branches, schema, &mut expected, &mut list);
    // Nodes first, references last: what to write, then the alternative.
    expected.sort_by_key(|e| e == REFERENCE);
    let mut accepted = join_or(&expected);
    if list && !expected.is_empty() {
        accepted.push_str(" (or a list of them)");
    } else if list {
        accepted = "a list".to_owned();
    }
    out.push(Explained {
        pointer: at.to_owned(),
        message: format!(
            "{} should be {accepted}; found {}",
            subject(at),
            describe(&Node::from(instance))
        ),
    });
}

/// What the branches of an `anyOf` at `at` accept, in words.
fn expectations(
    at: &str,
    branches: &[Vec<ValidationError<'static>>],
    schema: &SchemaText<'_>,
    expected: &mut Vec<String>,
    list: &mut bool,
) {
    let add = |text: String, expected: &mut Vec<String>| {
        if !expected.contains(&text) {
            expected.push(text);
        }
    };
    for branch in branches {
        for error in branch {
            let path = error.instance_path().as_str();
            let at_type = path.strip_prefix(at) == Some("/@type");
            if path != at && !at_type {
                continue;
            }
            match error.kind() {
                ValidationErrorKind::Type { kind } if !at_type => {
                    for word in type_list(kind) {
                        if word == "a list" {
                            *list = true;
                        } else if word == "an object" {
                            if let Some(title) = referenced(schema, error).0 {
                                add(node_phrase(title), expected);
                            } else {
                                add(word.to_owned(), expected);
                            }
                        } else if let Some(what) = datatype(schema, error) {
                            add(what, expected);
                        } else {
                            add(word.to_owned(), expected);
                        }
                    }
                }
                ValidationErrorKind::Enum { options } if at_type => {
                    if let Some(name) = options
                        .as_array()
                        .and_then(|o| o.first())
                        .and_then(Value::as_str)
                    {
                        add(node_phrase(name), expected);
                    }
                }
                ValidationErrorKind::AdditionalProperties { .. } => {
                    add(REFERENCE.to_owned(), expected);
                }
                ValidationErrorKind::Required { property } => {
                    if property.as_str() == Some("@id") {
                        add(REFERENCE.to_owned(), expected);
                    } else if let Some(title) = referenced(schema, error).0 {
                        add(node_phrase(title), expected);
                    }
                }
                ValidationErrorKind::AnyOf { context }
                | ValidationErrorKind::OneOfNotValid { context } => {
                    expectations(at, context, schema, expected, list);
                }
                _ => {}
            }
        }
    }
}

impl Shapes {
    /// Like `explain` (a test's whole explanation), building messages only for the
    /// failures at pointers `wanted` accepts; the others are listed with
    /// an empty message, in their place.
    pub fn explain_wanted(
        &self,
        modeled: Modeled<'_>,
        node: &Node<'_>,
        wanted: Wanted<'_>,
    ) -> Vec<Explained> {
        let slot = modeled.0;
        let type_name = slot.modeled.name;
        // Most nodes pass, and the kind-dispatched form says so for fewer
        // instructions than the validator would; a node it refuses is
        // judged again, and explained, by the type's validator.
        if self
            .judged(slot)
            .is_some_and(|(judge, at)| judge.is_valid(at, node))
        {
            return Vec::new();
        }
        let validator = match self.compiled_now(slot) {
            // Set aside: this explanation is not used.
            None => return Vec::new(),
            Some(Ok(validator)) => validator,
            // A defect in sdx, covered by a test; if it ever ships, the
            // node is reported unchecked rather than passed in silence.
            Some(Err(error)) => {
                return vec![Explained {
                    pointer: String::new(),
                    message: format!("{error}; this node could not be checked against it (a defect in sdx: please report it)"),
                }]
            }
        };
        let defs = self.defs();
        let text = SchemaText {
            root: defs.get(type_name).unwrap_or(&Value::Null),
            defs,
        };
        let mut out = Vec::new();
        for error in validator.iter_errors(node) {
            explain(&error, &text, wanted, &mut out);
        }
        out.dedup();
        out
    }
}
