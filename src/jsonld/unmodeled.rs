//! Keys the typed model would drop.
//!
//! The model reads the properties it knows and skips the rest, as a reader
//! of third-party data should. For a dataset written by hand that is a trap:
//! a typo (`"adress"`) would vanish from the export without a word. So the
//! loader writes the typed document back and reports every key of the input
//! that did not come back, with the nearest property of the node's type.

use serde_json::{Map, Value};

use super::rules::UNMODELED_PROPERTY;
use crate::diagnostic::{push_pointer_token, Diagnostic, Severity};
use crate::model::enumeration::closest;
use crate::schema::modeled_type;

/// Compares the dataset as read (`input`) with the typed model written back
/// (`output`); both have the same shape wherever the model kept a value.
pub(crate) fn unmodeled_properties(file: &str, input: &Value, output: &Value) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    let mut pointer = String::new();
    compare(file, input, output, &mut pointer, &mut found);
    found
}

fn compare(
    file: &str,
    input: &Value,
    output: &Value,
    pointer: &mut String,
    found: &mut Vec<Diagnostic>,
) {
    match (input, output) {
        (Value::Object(input), Value::Object(output)) => {
            compare_objects(file, input, output, pointer, found);
        }
        (Value::Array(input), Value::Array(output)) if input.len() == output.len() => {
            for (index, (input, output)) in input.iter().zip(output).enumerate() {
                let len = pointer.len();
                pointer.push('/');
                pointer.push_str(&index.to_string());
                compare(file, input, output, pointer, found);
                pointer.truncate(len);
            }
        }
        _ => {}
    }
}

fn compare_objects(
    file: &str,
    input: &Map<String, Value>,
    output: &Map<String, Value>,
    pointer: &mut String,
    found: &mut Vec<Diagnostic>,
) {
    let at_root = pointer.is_empty();
    for (key, value) in input {
        // The context is checked when read and written in canonical form.
        if at_root && key == "@context" {
            continue;
        }
        let len = pointer.len();
        push_pointer_token(pointer, key);
        match output.get(key) {
            Some(kept) => compare(file, value, kept, pointer, found),
            None if holds_nothing(value) => {}
            None => found.push(dropped(file, key, output, at_root, pointer)),
        }
        pointer.truncate(len);
    }
}

/// `null` and `[]` are absent values: dropping them loses nothing.
fn holds_nothing(value: &Value) -> bool {
    match value {
        Value::Null => true,
        Value::Array(items) => items.is_empty(),
        _ => false,
    }
}

fn dropped(
    file: &str,
    key: &str,
    output: &Map<String, Value>,
    at_root: bool,
    pointer: &str,
) -> Diagnostic {
    let type_name = output.get("@type").and_then(Value::as_str);
    let (owner, candidates): (String, &[&str]) = if at_root {
        ("a graph document".to_owned(), &["@context", "@graph"])
    } else {
        match type_name.and_then(modeled_type) {
            Some(modeled) => (modeled.name.to_owned(), modeled.properties),
            None => ("this object".to_owned(), &[]),
        }
    };
    let message = format!("`{key}` is not a property sdx models for {owner}; export would drop it");
    let help = match closest(key, candidates) {
        Some(near) => format!("did you mean `{near}`?"),
        None => format!(
            "remove it, or use a property sdx models for {owner} (see schemas/{}.schema.json)",
            type_name.unwrap_or("graph")
        ),
    };
    Diagnostic::new(UNMODELED_PROPERTY, Severity::Error, file, pointer, message).with_help(help)
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn reports_dropped_keys_with_the_nearest_property() {
        let input = json!({
            "@context": ["https://schema.org", {"@base": "https://example.com/"}],
            "@graph": [
                {"@type": "Person", "name": "A", "jobTitel": "CEO", "sameAs": [], "email": null},
                {"@type": "Organization", "address": {"@type": "PostalAddress", "adressRegion": "Texas"}}
            ]
        });
        let output = json!({
            "@context": "https://schema.org",
            "@graph": [
                {"@type": "Person", "name": "A"},
                {"@type": "Organization", "address": {"@type": "PostalAddress"}}
            ]
        });
        let found = unmodeled_properties("d.jsonld", &input, &output);
        let summary: Vec<(&str, Option<&str>)> = found
            .iter()
            .map(|d| (d.pointer.as_str(), d.help.as_deref()))
            .collect();
        assert_eq!(
            summary,
            vec![
                ("/@graph/0/jobTitel", Some("did you mean `jobTitle`?")),
                (
                    "/@graph/1/address/adressRegion",
                    Some("did you mean `addressRegion`?")
                ),
            ]
        );
        assert!(
            found[0].message.contains("for Person"),
            "{}",
            found[0].message
        );
    }
}
