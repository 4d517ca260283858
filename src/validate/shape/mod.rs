//! The schema layer: each node whose `@type` sdx models, against the JSON
//! Schema generated from that type's model.
//!
//! A modeled type's schema is compiled once, the first time a node of that
//! type is checked (a feed of Products never pays for the other types:
//! compiling all of them up front cost tens of megabytes and most of the
//! start-up time), with no way to fetch anything (`offline()`: any `$ref` outside
//! the schema fails closed). Checking a node is one `is_valid` call; only a
//! node that fails walks its errors, which are translated by
//! [`explain`](self::explain) into plain words.

mod explain;

use std::collections::HashMap;
use std::sync::OnceLock;

use serde_json::Value;

use crate::schema::{modeled_types, ModeledType};

pub use explain::{Explained, SchemaText};

/// A compiled schema and its root (without the shared `$defs`), for
/// describing failures.
struct Compiled {
    validator: jsonschema::Validator,
    root: Value,
}

/// A modeled type and its schema, compiled on first use.
struct Slot {
    modeled: ModeledType,
    compiled: OnceLock<Result<Compiled, CompileError>>,
}

impl Slot {
    fn compiled(&self) -> &Result<Compiled, CompileError> {
        self.compiled.get_or_init(|| {
            let mut root = self.modeled.schema_value();
            let validator = options().build(&root).map_err(|error| CompileError {
                type_name: self.modeled.name,
                reason: error.to_string(),
            })?;
            // Every type's schema repeats the definitions it reaches; one
            // copy for all of them is kept in `Shapes::defs`.
            if let Value::Object(object) = &mut root {
                object.remove("$defs");
            }
            Ok(Compiled { validator, root })
        })
    }
}

/// A modeled type's definitions in a form every type's schema can share:
/// its `$defs`, and the type itself under its name, with the type's
/// references to its own root (`#`) written as `#/$defs/<Type>`.
fn shared_defs(modeled: ModeledType) -> serde_json::Map<String, Value> {
    let Value::Object(mut root) = modeled.schema_value() else {
        return serde_json::Map::new();
    };
    let mut defs = match root.remove("$defs") {
        Some(Value::Object(defs)) => defs,
        _ => serde_json::Map::new(),
    };
    root.remove("$schema");
    defs.insert(modeled.name.to_owned(), Value::Object(root));
    let own = format!("#/$defs/{}", modeled.name);
    for definition in defs.values_mut() {
        rewrite_root_refs(definition, &own);
    }
    defs
}

fn rewrite_root_refs(value: &mut Value, own: &str) {
    match value {
        Value::Object(object) => {
            for (key, item) in object.iter_mut() {
                if key == "$ref" && item == "#" {
                    *item = Value::String(own.to_owned());
                } else {
                    rewrite_root_refs(item, own);
                }
            }
        }
        Value::Array(items) => items
            .iter_mut()
            .for_each(|item| rewrite_root_refs(item, own)),
        _ => {}
    }
}

/// The schemas of the modeled types, shared read-only by every thread.
pub struct Shapes {
    by_type: HashMap<&'static str, Slot>,
    /// The `$defs` of every modeled type's schema, merged; built the first
    /// time a failure is described.
    defs: OnceLock<Value>,
}

/// A modeled type's schema failed to compile: a defect in sdx, not input.
#[derive(Debug, Clone, thiserror::Error)]
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

impl Default for Shapes {
    fn default() -> Shapes {
        Shapes::new()
    }
}

impl Shapes {
    /// The modeled types, each schema to be compiled on first use.
    pub fn new() -> Shapes {
        let by_type = modeled_types()
            .into_iter()
            .map(|modeled| {
                let slot = Slot {
                    modeled,
                    compiled: OnceLock::new(),
                };
                (modeled.name, slot)
            })
            .collect();
        Shapes {
            by_type,
            defs: OnceLock::new(),
        }
    }

    /// Compiles every schema now; the first that fails is the error.
    pub fn compile_all(&self) -> Result<(), CompileError> {
        for name in self.type_names() {
            if let Some(Err(error)) = self.by_type.get(name).map(Slot::compiled) {
                return Err(error.clone());
            }
        }
        Ok(())
    }

    fn defs(&self) -> &Value {
        self.defs.get_or_init(|| {
            let mut all = serde_json::Map::new();
            for modeled in modeled_types() {
                for (name, definition) in shared_defs(modeled) {
                    all.entry(name).or_insert(definition);
                }
            }
            Value::Object(all)
        })
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
        let Some(slot) = self.by_type.get(type_name) else {
            return Vec::new();
        };
        let compiled = match slot.compiled() {
            Ok(compiled) => compiled,
            // A defect in sdx, covered by a test; if it ever ships, the
            // node is reported unchecked rather than passed in silence.
            Err(error) => {
                return vec![Explained {
                    pointer: String::new(),
                    message: format!("{error}; this node could not be checked against it (a defect in sdx: please report it)"),
                }]
            }
        };
        if compiled.validator.is_valid(node) {
            return Vec::new();
        }
        let mut out = Vec::new();
        for error in compiled.validator.iter_errors(node) {
            let text = SchemaText {
                root: &compiled.root,
                defs: self.defs(),
            };
            explain::explain(&error, &text, &mut out);
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
    fn one_copy_of_the_definitions_serves_every_type() {
        // Failures are described from one merged `$defs`: that is only
        // right if a definition reads the same in every schema it is in.
        let shapes = Shapes::new();
        let merged = shapes.defs();
        let mut seen = 0;
        for modeled in modeled_types() {
            for (name, definition) in shared_defs(modeled) {
                assert_eq!(merged[&name], definition, "{} in {}", name, modeled.name);
                seen += 1;
            }
        }
        assert!(seen > modeled_types().len() * 10);
        assert!(!merged.to_string().contains(r##""$ref":"#""##));
    }

    #[test]
    fn every_modeled_schema_compiles_with_these_options() {
        let shapes = Shapes::new();
        assert_eq!(shapes.type_names().len(), modeled_types().len());
        shapes.compile_all().unwrap();
    }
}
