//! Keys the typed model would drop.
//!
//! The model reads the properties it knows and skips the rest, as a reader
//! of third-party data should. For a dataset written by hand that is a trap:
//! a typo (`"adress"`) would vanish from the export without a word. So the
//! loader writes the typed document back and walks the input beside it;
//! every key that did not come back goes to the `unmodeled-property` rule
//! (`rules/unmodeled_property.rs`), which decides and words its finding.

use std::collections::BTreeMap;

use serde_json::value::RawValue;
use serde_json::{Map, Value};

use super::rules::unmodeled_property;
use super::GraphDocument;
use crate::diagnostic::{push_pointer_token, Diagnostic};

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
            _ => {
                let value: Value = serde_json::from_str(value.get())?;
                let mut pointer = String::new();
                push_pointer_token(&mut pointer, &key);
                found.extend(unmodeled_property::check(
                    file, &key, &value, None, &pointer,
                ));
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
            None => found.extend(unmodeled_property::check(
                file,
                key,
                value,
                Some(output),
                pointer,
            )),
        }
        pointer.truncate(len);
    }
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
