//! Where a failure's words come from in the schema text: the title and
//! description of the definition a failing keyword was reached through.

use jsonschema::ValidationError;
use serde_json::Value;

/// A modeled type's schema, for describing its failures: its own root, and
/// the `$defs` all the modeled types' schemas share, kept once for all.
#[derive(Debug, Clone, Copy)]
pub struct SchemaText<'a> {
    /// The type's schema without its `$defs`.
    pub root: &'a Value,
    /// The `$defs` object.
    pub defs: &'a Value,
}

impl<'a> SchemaText<'a> {
    /// The subschema at `pointer` (RFC 6901, from the type's root).
    pub(super) fn pointer(&self, pointer: &str) -> Option<&'a Value> {
        match pointer.strip_prefix("/$defs") {
            Some(rest) => self.defs.pointer(rest),
            None => self.root.pointer(pointer),
        }
    }
}

/// The description of the datatype whose check failed, as a phrase
/// ("an absolute http or https URL").
pub(super) fn datatype(schema: &SchemaText<'_>, error: &ValidationError<'_>) -> Option<String> {
    let description = referenced(schema, error).1?;
    let trimmed = description.trim().trim_end_matches('.');
    let mut chars = trimmed.chars();
    let first = chars.next()?;
    // Lower-case "An …" but not an acronym such as "ISO …".
    let keep = chars.next().is_some_and(char::is_uppercase);
    Some(if keep {
        trimmed.to_owned()
    } else {
        first
            .to_lowercase()
            .chain(trimmed.chars().skip(1))
            .collect()
    })
}

/// The title and description of the last schema reached through `$ref`
/// on the way to the failing keyword.
pub(super) fn referenced<'s>(
    schema: &SchemaText<'s>,
    error: &ValidationError<'_>,
) -> (Option<&'s str>, Option<&'s str>) {
    let path = error.evaluation_path().as_str();
    // The error of a keyword of sdx's own (a pattern decided by code)
    // gives where the keyword sits in the shared document, as
    // `/$defs/Date/anyOf/0/sdxPattern`, not the way taken through `$ref`s
    // to it: the definition it sits in is the last one reached.
    if path.starts_with("/$defs/") {
        let definition = crate::position::tokens(path)
            .nth(1)
            .and_then(|name| schema.defs.get(name.as_str()));
        let text = |key: &str| definition.and_then(|d| d.get(key)).and_then(Value::as_str);
        return (text("title"), text("description"));
    }
    let mut node = schema.root;
    let mut found = (None, None);
    let mut tokens = crate::position::tokens(path).peekable();
    // A type's schema is a reference to its definition, which is `root`:
    // every path starts by taking it.
    if tokens.peek().is_some_and(|token| token == "$ref") {
        tokens.next();
    }
    for token in tokens {
        if token == "$ref" {
            let Some(target) = node
                .get("$ref")
                .and_then(Value::as_str)
                .and_then(|r| r.strip_prefix('#'))
                .and_then(|pointer| schema.pointer(pointer))
            else {
                return found;
            };
            node = target;
            found = (
                node.get("title").and_then(Value::as_str),
                node.get("description").and_then(Value::as_str),
            );
            continue;
        }
        match crate::position::step(node, &token) {
            Some(next) => node = next,
            None => break,
        }
    }
    found
}
