//! The schema layer: each node whose `@type` sdx models, against the JSON
//! Schema generated from that type's model.
//!
//! A modeled type's schema is compiled once, the first time a node of that
//! type is checked (a feed of Products never pays for the other types),
//! with no way to fetch anything (`offline()`: any `$ref` outside the
//! schema fails closed). Checking a node is one `is_valid` call; only a
//! node that fails walks its errors, which are translated by
//! [`explain`](self::explain) into plain words.
//!
//! Every type's committed schema repeats the definitions it reaches, about
//! 170 KB each. Rather than parse each, the definitions are read once, from
//! the graph schema's `$defs` (which holds every type and definition, as a
//! test checks), into a `jsonschema` registry, prepared once. Each type's
//! schema is then a one-line reference into it (`{"$ref": "…#/$defs/Product"}`):
//! the crate checks that line against the meta-schema, not the whole
//! document each time, and indexes the document once, not once a type
//! (compiling all 18 types took 31 % fewer instructions than compiling
//! each from a whole copy of the document).

mod cover;
mod explain;

use std::sync::{Arc, OnceLock};

// Type names and property names are short and not chosen by an attacker
// in a way that matters here (the keys are sdx's own): FxHash, several
// times cheaper than SipHash on them.
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use serde_json::{Map, Value};

use crate::schema::{committed_graph_schema, modeled_types, ModeledType};

pub use explain::{Explained, SchemaText};

/// A modeled type and its schema, compiled on first use.
struct Slot {
    modeled: ModeledType,
    compiled: OnceLock<Result<jsonschema::Validator, CompileError>>,
    /// Its properties whose nested nodes its schema checks as their own
    /// would (see [`cover`]).
    covering: OnceLock<HashSet<String>>,
}

/// A modeled type, found by [`Shapes::modeled`].
#[derive(Clone, Copy)]
pub struct Modeled<'s>(&'s Slot);

/// The schemas of the modeled types, shared read-only by every thread.
pub struct Shapes {
    by_type: HashMap<&'static str, Slot>,
    /// The graph schema's `$schema` and `$defs` (every definition of every
    /// modeled type's schema, and the types themselves, by name), with the
    /// registry's `$id`; read the first time a node is checked.
    base: OnceLock<Arc<Value>>,
    /// A registry holding [`base`](Self::base) (shared, not copied), the
    /// target of each type's reference; prepared the first time a schema
    /// is compiled.
    registry: OnceLock<Result<jsonschema::Registry<'static>, String>>,
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

/// The URI the graph schema's definitions are registered under. Never
/// fetched: it only names the registry's one resource.
const GRAPH_URI: &str = "urn:sdx:graph-schema";

/// The schema of the modeled type `name`: a reference to its definition.
fn type_reference(name: &str) -> Value {
    serde_json::json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$ref": format!("{GRAPH_URI}#/$defs/{name}"),
    })
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
                    covering: OnceLock::new(),
                };
                (modeled.name, slot)
            })
            .collect();
        Shapes {
            by_type,
            base: OnceLock::new(),
            registry: OnceLock::new(),
        }
    }

    /// Compiles every schema now; the first that fails is the error.
    pub fn compile_all(&self) -> Result<(), CompileError> {
        for name in self.type_names() {
            if let Some(Err(error)) = self.by_type.get(name).map(|slot| self.compiled(slot)) {
                return Err(error.clone());
            }
        }
        Ok(())
    }

    fn base(&self) -> &Arc<Value> {
        self.base.get_or_init(|| {
            let mut graph: Map<String, Value> =
                serde_json::from_str(committed_graph_schema()).unwrap_or_default();
            // The graph's own root describes a graph document, not a type.
            graph.retain(|key, _| key == "$schema" || key == "$defs");
            graph.insert("$id".to_owned(), Value::String(GRAPH_URI.to_owned()));
            Arc::new(Value::Object(graph))
        })
    }

    fn defs(&self) -> &Value {
        static NONE: Value = Value::Null;
        self.base().get("$defs").unwrap_or(&NONE)
    }

    fn registry(&self) -> Result<&jsonschema::Registry<'static>, &str> {
        let prepared = self.registry.get_or_init(|| {
            jsonschema::Registry::new()
                .add(GRAPH_URI, Arc::clone(self.base()))
                .and_then(|builder| builder.prepare())
                .map_err(|error| error.to_string())
        });
        prepared.as_ref().map_err(String::as_str)
    }

    fn compiled<'a>(&self, slot: &'a Slot) -> &'a Result<jsonschema::Validator, CompileError> {
        slot.compiled.get_or_init(|| {
            let name = slot.modeled.name;
            let failed = |reason: String| CompileError {
                type_name: name,
                reason,
            };
            if !self.defs().get(name).is_some_and(Value::is_object) {
                return Err(failed("the graph schema does not define it".to_owned()));
            }
            let registry = self.registry().map_err(|error| failed(error.to_owned()))?;
            options()
                .with_registry(registry)
                .build(&type_reference(name))
                .map_err(|error| failed(error.to_string()))
        })
    }

    /// True when a node of the type `modeled` that passed its
    /// schema has checked every node nested under `property` as that
    /// node's own schema would: their own checks can be skipped. Holds for
    /// the canonical form, where keys are property names.
    pub fn covers(&self, modeled: Modeled<'_>, property: &str) -> bool {
        let slot = modeled.0;
        let covering = slot.covering.get_or_init(|| match self.defs() {
            Value::Object(defs) => {
                cover::covering_properties(defs, slot.modeled.name, &|name| self.is_modeled(name))
                    .into_iter()
                    .collect()
            }
            _ => HashSet::default(),
        });
        covering.contains(property)
    }

    /// The modeled type `name`, if sdx models it.
    pub fn modeled(&self, name: &str) -> Option<Modeled<'_>> {
        self.by_type.get(name).map(Modeled)
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
        match self.modeled(type_name) {
            Some(modeled) => self.check_modeled(modeled, node),
            None => Vec::new(),
        }
    }

    /// Checks `node` (in canonical form) against the schema of `modeled`,
    /// as [`check`](Self::check) does.
    pub fn check_modeled(&self, modeled: Modeled<'_>, node: &Value) -> Vec<Explained> {
        let slot = modeled.0;
        let type_name = slot.modeled.name;
        let validator = match self.compiled(slot) {
            Ok(validator) => validator,
            // A defect in sdx, covered by a test; if it ever ships, the
            // node is reported unchecked rather than passed in silence.
            Err(error) => {
                return vec![Explained {
                    pointer: String::new(),
                    message: format!("{error}; this node could not be checked against it (a defect in sdx: please report it)"),
                }]
            }
        };
        if validator.is_valid(node) {
            return Vec::new();
        }
        let defs = self.defs();
        let text = SchemaText {
            root: defs.get(type_name).unwrap_or(&Value::Null),
            defs,
        };
        let mut out = Vec::new();
        for error in validator.iter_errors(node) {
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

    /// A modeled type's definitions in a form every type's schema can share:
    /// its `$defs`, and the type itself under its name, with the type's
    /// references to its own root (`#`) written as `#/$defs/<Type>`.
    fn shared_defs(modeled: ModeledType) -> Map<String, Value> {
        let Value::Object(mut root) = modeled.schema_value() else {
            return Map::new();
        };
        let mut defs = match root.remove("$defs") {
            Some(Value::Object(defs)) => defs,
            _ => Map::new(),
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
        // Every type is compiled, and its failures described, from the
        // graph schema's `$defs`: that is only right if each definition
        // there reads as in every type's own schema.
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

    /// Every typed node of some fixtures, clean and broken, with its type.
    fn sample_nodes() -> Vec<(String, Value)> {
        fn walk(value: &Value, out: &mut Vec<(String, Value)>) {
            match value {
                Value::Object(object) => {
                    if let Some(Value::String(name)) = object.get("@type") {
                        out.push((name.clone(), value.clone()));
                    }
                    object.values().for_each(|item| walk(item, out));
                }
                Value::Array(items) => items.iter().for_each(|item| walk(item, out)),
                _ => {}
            }
        }
        let mut out = Vec::new();
        for text in [
            include_str!("../../../fixtures/seed/dgx-spark.jsonld"),
            include_str!("../../../fixtures/thirdparty/invalid/modeled.jsonld"),
            include_str!("../../../fixtures/thirdparty/invalid/schema.jsonld"),
            include_str!("../../../fixtures/thirdparty/invalid/offer.jsonld"),
            include_str!("../../../fixtures/thirdparty/invalid/shape.jsonld"),
        ] {
            walk(&serde_json::from_str(text).unwrap(), &mut out);
        }
        out
    }

    #[test]
    fn the_shared_document_judges_as_each_committed_schema() {
        let shapes = Shapes::new();
        let mut judged = (0, 0);
        for (name, node) in sample_nodes() {
            let Some(slot) = shapes.by_type.get(name.as_str()) else {
                continue;
            };
            let shared = shapes.compiled(slot).as_ref().unwrap();
            let own = options().build(&slot.modeled.schema_value()).unwrap();
            assert_eq!(
                shared.is_valid(&node),
                own.is_valid(&node),
                "{name}: {node}"
            );
            let errors = |v: &jsonschema::Validator| {
                v.iter_errors(&node)
                    .map(|e| (e.instance_path().to_string(), e.to_string()))
                    .collect::<Vec<_>>()
            };
            assert_eq!(errors(shared), errors(&own), "{name}: {node}");
            if own.is_valid(&node) {
                judged.0 += 1;
            } else {
                judged.1 += 1;
            }
        }
        assert!(judged.0 >= 5 && judged.1 >= 3, "{judged:?}");
    }

    #[test]
    fn every_modeled_schema_compiles_with_these_options() {
        let shapes = Shapes::new();
        assert_eq!(shapes.type_names().len(), modeled_types().len());
        shapes.compile_all().unwrap();
    }
}
