//! Keys the typed model would drop.
//!
//! The model reads the properties it knows and skips the rest, as a reader
//! of third-party data should. For a dataset written by hand that is a trap:
//! a typo (`"adress"`) would vanish from the export without a word. So the
//! loader writes the typed document back and reports every key of the input
//! that did not come back, with the nearest property of the node's type.

use std::collections::BTreeMap;

use serde_json::value::RawValue;
use serde_json::{Map, Value};

use super::rules::UNMODELED_PROPERTY;
use super::GraphDocument;
use crate::diagnostic::{push_pointer_token, Diagnostic, Severity};
use crate::model::enumeration::closest;
use crate::model::modeled_properties;

/// Compares the dataset's text with the typed document, one node at a
/// time: only one node is ever held as a `serde_json::Value`, read and
/// written back, so checking a large dataset costs little memory.
pub(crate) fn unmodeled_in_document(
    file: &str,
    text: &str,
    document: &GraphDocument,
) -> Result<Vec<Diagnostic>, serde_json::Error> {
    let mut found = Vec::new();
    let root: BTreeMap<String, &RawValue> = serde_json::from_str(text)?;
    for (key, value) in root {
        match key.as_str() {
            // The context is checked when read and written in canonical form.
            "@context" => {}
            "@graph" => {
                let nodes: Vec<&RawValue> = serde_json::from_str(value.get())?;
                for (index, (input, node)) in nodes.iter().zip(&document.graph).enumerate() {
                    let input: Value = serde_json::from_str(input.get())?;
                    let output = serde_json::to_value(node)?;
                    let mut pointer = format!("/@graph/{index}");
                    compare(file, &input, &output, &mut pointer, &mut found);
                }
            }
            _ if holds_nothing(&serde_json::from_str(value.get())?) => {}
            _ => {
                let mut pointer = String::new();
                push_pointer_token(&mut pointer, &key);
                found.push(dropped(file, &key, None, &pointer));
            }
        }
    }
    Ok(found)
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
    for (key, value) in input {
        let len = pointer.len();
        push_pointer_token(pointer, key);
        match output.get(key) {
            Some(kept) => compare(file, value, kept, pointer, found),
            None if holds_nothing(value) => {}
            None => found.push(dropped(file, key, Some(output), pointer)),
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

/// The diagnostic for `key`, dropped from an object whose written-back
/// form is `output` (`None`: the document itself).
fn dropped(
    file: &str,
    key: &str,
    output: Option<&Map<String, Value>>,
    pointer: &str,
) -> Diagnostic {
    let type_name = output.and_then(|o| o.get("@type")).and_then(Value::as_str);
    let (owner, candidates): (String, &[&str]) = match output {
        None => ("a graph document".to_owned(), &["@context", "@graph"]),
        Some(_) => match type_name.zip(type_name.and_then(modeled_properties)) {
            Some((name, properties)) => (name.to_owned(), properties),
            None => ("this object".to_owned(), &[]),
        },
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
            "@context": ["https://schema.org", {"@base": "https://example.com/", "@vocab": "https://schema.org/"}],
            "comment": "not a graph document key",
            "@graph": [
                {"@type": "Person", "name": "A", "jobTitel": "CEO", "sameAs": [], "email": null},
                {"@type": "Organization", "address": {"@type": "PostalAddress", "adressRegion": "Texas"}}
            ]
        });
        let document: GraphDocument = serde_json::from_value(input.clone()).unwrap();
        let found = unmodeled_in_document("d.jsonld", &input.to_string(), &document).unwrap();
        let summary: Vec<(&str, Option<&str>)> = found
            .iter()
            .map(|d| (d.pointer.as_str(), d.help.as_deref()))
            .collect();
        assert_eq!(
            summary,
            vec![
                ("/@graph/0/jobTitel", Some("did you mean `jobTitle`?")),
                ("/@graph/1/address/adressRegion", Some("did you mean `addressRegion`?")),
                ("/comment", Some("remove it, or use a property sdx models for a graph document (see schemas/graph.schema.json)")),
            ]
        );
        assert!(
            found[0].message.contains("for Person"),
            "{}",
            found[0].message
        );
    }
}
