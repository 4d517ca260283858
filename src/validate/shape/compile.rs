//! The document every modeled type's validator is compiled from.
//!
//! It holds the `$defs` of the graph schema once; a type is compiled by
//! putting its own keywords at the root for the time of the build. In this
//! runtime copy (never in the published schemas) a nested node of a modeled
//! type is not checked against its type's whole definition: the validator
//! walks every such node on its own anyway (with findings about the node
//! itself), so checking it inside each ancestor as well was paid two or
//! three times on a feed of Products with offers, brands and sellers.
//!
//! A modeled type `T` is therefore defined here as: an object whose
//! `@type` is `T`, and that describes something (a key that is not a
//! JSON-LD keyword) and is not a value object — exactly the nodes the
//! document walk checks against `T` on its own — passes; anything else is
//! checked against `T`'s whole definition, kept under [`full_name`]. Valid
//! nested nodes pass both ways; an invalid one is reported by its own
//! check, where its ancestors' view of its insides was left out before
//! too.

use serde_json::{json, Map, Value};

/// The dialect of every generated schema.
const DRAFT: &str = "https://json-schema.org/draft/2020-12/schema";

/// What the whole definition of a modeled type is called in the document.
const FULL_SUFFIX: &str = "-full";

/// The name of the whole definition of modeled type `name`.
fn full_name(name: &str) -> String {
    format!("{name}{FULL_SUFFIX}")
}

/// The definition name `segment` stands for in the published `$defs`: a
/// whole definition's name is its type's.
pub(super) fn published_name(segment: &str) -> &str {
    segment.strip_suffix(FULL_SUFFIX).unwrap_or(segment)
}

/// The compile document: `$schema` and `defs`, where each of the `modeled`
/// type names is defined as described in the module documentation.
pub(super) fn document<'a>(
    defs: &Value,
    modeled: impl Iterator<Item = &'a str>,
) -> Map<String, Value> {
    let mut defs = match defs {
        Value::Object(defs) => defs.clone(),
        _ => Map::new(),
    };
    for name in modeled {
        let Some(whole) = defs.get(name).cloned() else {
            continue;
        };
        let Some(type_schema) = whole.pointer("/properties/@type").cloned() else {
            // Without a `@type` constraint no node can be told to be of
            // this type: keep the whole definition.
            continue;
        };
        let target = format!("#/$defs/{}", full_name(name));
        let stub = json!({
            "if": {
                "type": "object",
                "required": ["@type"],
                "properties": {"@type": type_schema},
                "not": {"anyOf": [
                    {"propertyNames": {"pattern": "^@"}},
                    {"required": ["@value"]}
                ]}
            },
            "then": true,
            "else": {"$ref": target}
        });
        defs.insert(full_name(name), whole);
        defs.insert(name.to_owned(), stub);
    }
    let mut root = Map::new();
    root.insert("$schema".to_owned(), Value::from(DRAFT));
    root.insert("$defs".to_owned(), Value::Object(defs));
    root
}

/// Compiles the type whose own keywords are `own` from `document`, which
/// is left as it was.
pub(super) fn build(
    document: &mut Map<String, Value>,
    own: &Map<String, Value>,
) -> Result<jsonschema::Validator, String> {
    for (key, value) in own {
        document.insert(key.clone(), value.clone());
    }
    let schema = Value::Object(std::mem::take(document));
    let built = super::options().build(&schema);
    if let Value::Object(mut back) = schema {
        for key in own.keys() {
            back.shift_remove(key);
        }
        *document = back;
    }
    built.map_err(|error| error.to_string())
}
