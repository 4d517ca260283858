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

impl Shapes {
    /// Generates and compiles the schema of every modeled type.
    pub fn new() -> Result<Shapes, CompileError> {
        let mut by_type = HashMap::new();
        for modeled in modeled_types() {
            let schema = Value::from(modeled.schema());
            let validator = jsonschema::options()
                .offline()
                .build(&schema)
                .map_err(|error| CompileError {
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
