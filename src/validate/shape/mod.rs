//! The schema layer: each node whose `@type` sdx models, against the JSON
//! Schema generated from that type's model.
//!
//! Every modeled type's schema is compiled once, when the [`Shapes`] are
//! built, with no way to fetch anything (`offline()`: any `$ref` outside
//! the schema fails closed). Checking a node is one `is_valid` call; only a
//! node that fails walks its errors, which are translated by
//! [`explain`](self::explain) into plain words.

mod explain;

use std::collections::HashMap;

use serde_json::Value;

use crate::schema::modeled_types;

pub use explain::Explained;

/// A compiled schema and the schema text, for describing failures.
struct Compiled {
    validator: jsonschema::Validator,
    schema: Value,
}

/// The compiled schema of every modeled type, shared read-only.
pub struct Shapes {
    by_type: HashMap<&'static str, Compiled>,
}

/// A modeled type's schema failed to compile: a defect in sdx, not input.
#[derive(Debug, thiserror::Error)]
#[error("the generated schema of {type_name} does not compile: {reason}")]
pub struct CompileError {
    type_name: &'static str,
    reason: String,
}

/// The options every schema is compiled with. `offline()`: no retrieval
/// of any kind, so a `$ref` outside the schema fails to compile instead of
/// being fetched (the crate is also built without its HTTP and file
/// resolvers). `pattern` keywords run on the `regex` crate, whose matching
/// time is linear in the text, never on a backtracking engine.
pub fn options<'i>() -> jsonschema::ValidationOptions<'i> {
    jsonschema::options()
        .offline()
        .with_pattern_options(jsonschema::PatternOptions::regex())
}

impl Shapes {
    /// Generates and compiles the schema of every modeled type.
    pub fn new() -> Result<Shapes, CompileError> {
        let mut by_type = HashMap::new();
        for modeled in modeled_types() {
            let schema = Value::from(modeled.schema());
            let validator = options().build(&schema).map_err(|error| CompileError {
                type_name: modeled.name,
                reason: error.to_string(),
            })?;
            by_type.insert(modeled.name, Compiled { validator, schema });
        }
        Ok(Shapes { by_type })
    }

    /// True when sdx models the schema.org type `name`.
    pub fn is_modeled(&self, name: &str) -> bool {
        self.by_type.contains_key(name)
    }

    /// The modeled type names, sorted.
    pub fn type_names(&self) -> Vec<&'static str> {
        let mut names: Vec<&'static str> = self.by_type.keys().copied().collect();
        names.sort_unstable();
        names
    }

    /// Checks `node` (in canonical form) against the schema of `type_name`.
    /// Empty when the node is valid or the type is not modeled; pointers in
    /// the result are relative to the node.
    pub fn check(&self, type_name: &str, node: &Value) -> Vec<Explained> {
        let Some(compiled) = self.by_type.get(type_name) else {
            return Vec::new();
        };
        if compiled.validator.is_valid(node) {
            return Vec::new();
        }
        let mut out = Vec::new();
        for error in compiled.validator.iter_errors(node) {
            explain::explain(&error, &compiled.schema, &mut out);
        }
        out.dedup();
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    #[test]
    fn a_remote_ref_is_refused_not_fetched() {
        for target in [
            "https://schema.example/product.json",
            "http://127.0.0.1:9/schema.json",
            "file:///etc/passwd",
        ] {
            let schema = json!({"$ref": target});
            let error = options().build(&schema).err();
            assert!(error.is_some(), "{target} compiled");
            let nested = json!({"properties": {"a": {"$ref": format!("{target}#/x")}}});
            assert!(
                options().build(&nested).is_err(),
                "{target} compiled nested"
            );
        }
        // Local references still work.
        let local = json!({"$defs": {"a": {"type": "string"}}, "$ref": "#/$defs/a"});
        assert!(options().build(&local).unwrap().is_valid(&json!("x")));
    }

    #[test]
    fn patterns_match_in_linear_time() {
        // A pattern that makes a backtracking engine explore 2^n paths on a
        // near-miss; the regex engine answers at once.
        let schema = json!({"type": "string", "pattern": "^(a+)+$"});
        let validator = options().build(&schema).unwrap();
        let evil = format!("{}!", "a".repeat(5000));
        assert!(!validator.is_valid(&json!(evil)));
        assert!(validator.is_valid(&json!("aaaa")));
    }

    #[test]
    fn every_modeled_schema_compiles_with_these_options() {
        let shapes = Shapes::new().unwrap();
        assert!(!shapes.type_names().is_empty());
    }
}
