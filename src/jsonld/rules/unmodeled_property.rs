//! `unmodeled-property`: a check `sdx export` runs on a dataset before writing it.
//!
//! Reading: A dataset is exported through sdx's typed model, which carries the properties of the types it models; a schema.org property it does not carry would be silently dropped from the export, so the export stops instead. Third-party data is not judged by this rule: `sdx validate` reads every schema.org property.
//!
//! The loader (`jsonld/unmodeled.rs`) writes each node back through the
//! model and walks the input beside the output; a key of the input missing
//! from the output is judged here: dropped, unless it held nothing.

use serde_json::{Map, Value};

use crate::diagnostic::{Diagnostic, Severity};
use crate::model::enumeration::closest;
use crate::model::modeled_properties;
use crate::rule::{Layer, Rule};

/// The rule.
pub const RULE: Rule = Rule {
    id: "unmodeled-property",
    severity: Severity::Error,
    layer: Layer::Dataset,
    summary: "A property of a dataset's node is one sdx's model does not carry: export would drop it.",
    help: "Use a property the model carries for the node's type (sdx schema lists them), or validate the data with `sdx validate`, which reads every schema.org property.",
    why: r##"`sdx export` writes what the model carries; a property it does not carry would be dropped from the output without a word."##,
    wrong: r##"{"@type": "Organization", "name": "Acme", "knowsAbout": "lamps"}   (in a dataset to export)"##,
    right: r##"{"@type": "Organization", "name": "Acme"}"##,
};

/// The finding for `key`, holding `value` in the input and missing from the
/// written-back object `output` (`None`: from the graph document itself),
/// at `pointer`. `None` when the value held nothing (`null`, `[]`): dropping
/// it loses nothing.
pub(crate) fn check(
    file: &str,
    key: &str,
    value: &Value,
    output: Option<&Map<String, Value>>,
    pointer: &str,
) -> Option<Diagnostic> {
    if holds_nothing(value) {
        return None;
    }
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
    Some(Diagnostic::new(RULE.id, RULE.severity, file, pointer, message).with_help(help))
}

/// `null` and `[]` are absent values.
fn holds_nothing(value: &Value) -> bool {
    match value {
        Value::Null => true,
        Value::Array(items) => items.is_empty(),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn object(value: Value) -> Map<String, Value> {
        match value {
            Value::Object(map) => map,
            _ => Map::new(),
        }
    }

    #[test]
    fn a_dropped_key_is_reported_with_the_nearest_property_of_its_type() {
        let person = object(json!({"@type": "Person", "name": "A"}));
        let found = check(
            "d.jsonld",
            "jobTitel",
            &json!("CEO"),
            Some(&person),
            "/@graph/0/jobTitel",
        )
        .expect("a finding");
        assert_eq!(found.rule, "unmodeled-property");
        assert_eq!(
            found.message,
            "`jobTitel` is not a property sdx models for Person; export would drop it"
        );
        assert_eq!(found.help.as_deref(), Some("did you mean `jobTitle`?"));
        // Nothing near: where the modeled properties are listed.
        let found =
            check("d.jsonld", "zzzzzzzz", &json!(1), Some(&person), "/x").expect("a finding");
        assert_eq!(
            found.help.as_deref(),
            Some("remove it, or use a property sdx models for Person (see schemas/Person.schema.json)")
        );
        // A key of the document itself.
        let found = check("d.jsonld", "@grahp", &json!([1]), None, "/@grahp").expect("a finding");
        assert!(found
            .message
            .ends_with("for a graph document; export would drop it"));
        assert_eq!(found.help.as_deref(), Some("did you mean `@graph`?"));
    }

    #[test]
    fn an_absent_value_is_not_dropped() {
        let person = object(json!({"@type": "Person"}));
        assert!(check("d.jsonld", "email", &Value::Null, Some(&person), "/e").is_none());
        assert!(check("d.jsonld", "sameAs", &json!([]), Some(&person), "/s").is_none());
        assert!(check("d.jsonld", "sameAs", &json!([""]), Some(&person), "/s").is_some());
    }
}
