//! JSON Schema (draft 2020-12) generated from the model by schemars.
//!
//! One schema for a whole graph document, whose `$defs` hold every modeled
//! type and every definition they use, once; and one per modeled type, a
//! reference to its definition there. Nothing here is written by hand: the
//! schemas say what the Rust types read.
//!
//! Generation is a step of sdx's own build, not of its runs: the generated
//! graph schema is committed under `schemas/` and built into the binary
//! ([`committed_graph_schema`]), and a test holds it to what the model
//! generates. `sdx schema` writes and checks the schemas the binary carries
//! ([`files`]); `cargo run --example schemas` regenerates them from the
//! model ([`generated_files`]). Keeping schemars' generators out of the
//! binary's reach keeps about 0.9 MB of code out of it (one
//! `JsonSchema` impl per model type, each inlined into its callers), which
//! no validation ever ran.

mod files;

pub use files::{
    check_dir, files, generated_files, graph_schema, write_dir, Drift, SchemaFile,
    GRAPH_SCHEMA_FILE,
};

use schemars::generate::SchemaSettings;
use schemars::{JsonSchema, Schema};

use crate::model::{visit_modeled_types, ModeledTypeVisitor, Node, NodeType};

/// A modeled schema.org type. Only [`modeled_types`] makes one, so its
/// name is always one the model has a schema for.
#[derive(Debug, Clone, Copy)]
#[non_exhaustive]
pub struct ModeledType {
    /// The schema.org type name (`Person`).
    pub name: &'static str,
    /// The JSON-LD keys a node of the type reads and writes.
    pub properties: &'static [&'static str],
}

impl ModeledType {
    /// The file the schema is written to under `schemas/`.
    pub fn file_name(&self) -> String {
        format!("{}.schema.json", self.name)
    }

    /// Generates the type's self-contained schema from the model.
    pub fn schema(&self) -> Schema {
        // Only a modeled type is ever built, so the lookup finds it.
        generate_named(self.name).unwrap_or_default()
    }

    /// The type's self-contained schema as JSON: every definition it uses
    /// is inlined. Generated on each call (a few milliseconds): only the
    /// graph schema, which the validator compiles, is built into the binary.
    pub fn schema_value(&self) -> serde_json::Value {
        serde_json::Value::from(self.schema())
    }

    /// The schema written to `schemas/` for the type: a reference to its
    /// definition in [`GRAPH_SCHEMA_FILE`] beside it. The graph schema holds
    /// every definition once, so a change to one type's properties changes
    /// the graph schema alone, not one copy per type; a reader resolves the
    /// relative `$ref` against the file's own location (its `$id`), so the
    /// two files are read from one directory, or registered under one base,
    /// with nothing fetched.
    fn reference_schema(&self) -> Schema {
        let pointer = self.definition_pointer();
        let description = format!(
            "A schema.org {} node as sdx reads and writes it: the definition {pointer} of {GRAPH_SCHEMA_FILE}, which a validator needs beside this file.",
            self.name
        );
        schemars::json_schema!({
            "$schema": META_SCHEMA,
            "$id": self.file_name(),
            "title": self.name,
            "description": description,
            "$ref": format!("{GRAPH_SCHEMA_FILE}#{pointer}"),
        })
    }

    /// Where the graph schema defines the type (`/$defs/Person`).
    fn definition_pointer(&self) -> String {
        format!("/$defs/{}", self.name)
    }
}

/// The draft every schema sdx writes follows.
const META_SCHEMA: &str = "https://json-schema.org/draft/2020-12/schema";

/// The schema of a whole graph document as committed under `schemas/`,
/// built into the binary: its `$defs` hold every modeled type and every
/// definition they use, once.
pub fn committed_graph_schema() -> &'static str {
    include_str!("../../schemas/graph.schema.json")
}

fn generate<T: JsonSchema>() -> Schema {
    SchemaSettings::draft2020_12()
        .with_transform(FlattenAnyOf)
        .with_transform(ContextAliases)
        .into_generator()
        .into_root_schema_for::<T>()
}

/// schema.org's context makes `type` an alias of `@type` and `id` of
/// `@id` (`{"type": "Person", "id": "#jane"}` is a node): a node's schema
/// says so for both keys, as the model reads both. The `default` schemars
/// derives for `@type` (a node built in code is its own type) says nothing
/// about data and is dropped.
#[derive(Debug, Clone, Copy)]
struct ContextAliases;

impl schemars::transform::Transform for ContextAliases {
    fn transform(&mut self, schema: &mut Schema) {
        schemars::transform::transform_subschemas(self, schema);
        let Some(serde_json::Value::Object(properties)) = schema.get_mut("properties") else {
            return;
        };
        // A node's schema: it has both keywords.
        if !(properties.contains_key("@type") && properties.contains_key("@id")) {
            return;
        }
        for (keyword, alias) in [("@type", "type"), ("@id", "id")] {
            let Some(serde_json::Value::Object(definition)) = properties.get_mut(keyword) else {
                continue;
            };
            definition.remove("default");
            let definition = serde_json::Value::Object(definition.clone());
            properties.entry(alias).or_insert(definition);
        }
    }
}

/// Splices an `anyOf` that is the only keyword of a member of an enclosing
/// `anyOf` into it: `anyOf: [{anyOf: [a, b]}, null]` becomes
/// `anyOf: [a, b, null]`. Optional one-or-many properties produce exactly
/// that nesting; flat, the schemas say the same and read far better.
#[derive(Debug, Clone, Copy)]
struct FlattenAnyOf;

impl schemars::transform::Transform for FlattenAnyOf {
    fn transform(&mut self, schema: &mut Schema) {
        schemars::transform::transform_subschemas(self, schema);
        let Some(serde_json::Value::Array(members)) = schema.get_mut("anyOf") else {
            return;
        };
        let mut flat: Vec<serde_json::Value> = Vec::with_capacity(members.len());
        for member in members.drain(..) {
            match member {
                serde_json::Value::Object(mut object)
                    if object.len() == 1 && object.contains_key("anyOf") =>
                {
                    match object.remove("anyOf") {
                        Some(serde_json::Value::Array(inner)) => flat.extend(inner),
                        Some(other) => {
                            object.insert("anyOf".to_owned(), other);
                            flat.push(serde_json::Value::Object(object));
                        }
                        None => {}
                    }
                }
                member => flat.push(member),
            }
        }
        // An optional property's `null` is already one of the forms of
        // "no value" its one-or-many schema accepts.
        let null = serde_json::json!({"type": "null"});
        let values = |member: &serde_json::Value| {
            member
                .get("$ref")
                .and_then(serde_json::Value::as_str)
                .is_some_and(|r| r.ends_with("Values") || r.ends_with("/NoValue"))
        };
        if flat.len() > 1 && flat.contains(&null) && flat.iter().any(values) {
            flat.retain(|member| member != &null);
        }
        if let [only] = flat.as_slice() {
            // `anyOf` of one member is that member.
            let only = only.clone();
            schema.remove("anyOf");
            if let (Some(object), serde_json::Value::Object(member)) =
                (schema.as_object_mut(), only)
            {
                for (key, value) in member {
                    object.entry(key).or_insert(value);
                }
            }
            return;
        }
        *members = flat;
    }
}

/// Every modeled type, in the order the model lists them.
pub fn modeled_types() -> Vec<ModeledType> {
    struct Collect(Vec<ModeledType>);

    impl ModeledTypeVisitor for Collect {
        fn visit<T: NodeType + JsonSchema>(&mut self) {
            self.0.push(ModeledType {
                name: T::TYPE,
                properties: T::PROPERTIES,
            });
        }
    }

    let mut all = Collect(Vec::new());
    visit_modeled_types(&mut all);
    all.0
}

/// The modeled type `name`, if sdx models it.
pub fn modeled_type(name: &str) -> Option<ModeledType> {
    modeled_types().into_iter().find(|t| t.name == name)
}

/// The schema of the modeled type `name`, generated from the model, if sdx
/// models it.
pub fn schema_for_type(name: &str) -> Option<Schema> {
    generate_named(name)
}

/// Generates the self-contained schema of the modeled type `name`.
fn generate_named(name: &str) -> Option<Schema> {
    struct Generate<'a> {
        name: &'a str,
        schema: Option<Schema>,
    }

    impl ModeledTypeVisitor for Generate<'_> {
        fn visit<T: NodeType + JsonSchema>(&mut self) {
            if self.schema.is_none() && T::TYPE == self.name {
                self.schema = Some(generate::<T>());
            }
        }
    }

    let mut generate = Generate { name, schema: None };
    visit_modeled_types(&mut generate);
    generate.schema
}

/// The schema of any single modeled node.
pub fn node_schema() -> Schema {
    generate::<Node>()
}

#[cfg(test)]
mod open_reading;

#[cfg(test)]
mod tests {
    use super::*;

    use crate::model::TypeSet;

    #[test]
    fn registry_and_node_union_list_the_same_types() {
        let mut registered: Vec<&str> = modeled_types().iter().map(|t| t.name).collect();
        let mut in_union: Vec<&str> = Node::TYPES.to_vec();
        registered.sort_unstable();
        in_union.sort_unstable();
        assert_eq!(registered, in_union);
    }

    /// The reference a type's file holds says what the type's self-contained
    /// schema says: its root is the graph's definition of the type, and each
    /// definition it uses is the graph's, once the self-contained schema's
    /// `#` (its own root) is read as that definition.
    #[test]
    fn a_type_definition_in_the_graph_is_its_self_contained_schema() {
        let graph = serde_json::Value::from(files::graph_schema());
        for modeled in modeled_types() {
            let pointer = modeled.definition_pointer();
            let text = serde_json::to_string(&modeled.schema_value()).unwrap();
            let text = text.replace(r##""$ref":"#""##, &format!(r##""$ref":"#{pointer}""##));
            let serde_json::Value::Object(mut own) = serde_json::from_str(&text).unwrap() else {
                panic!("{} is no object", modeled.name);
            };
            let defs = own.remove("$defs").unwrap_or_default();
            own.remove("$schema");
            assert_eq!(
                graph.pointer(&pointer),
                Some(&serde_json::Value::Object(own)),
                "{}",
                modeled.name
            );
            for (name, definition) in defs.as_object().into_iter().flatten() {
                assert_eq!(
                    graph.pointer(&format!("/$defs/{name}")),
                    Some(definition),
                    "{} uses {name}",
                    modeled.name
                );
            }
            let reference = serde_json::Value::from(modeled.reference_schema());
            assert_eq!(
                reference["$ref"],
                format!("{GRAPH_SCHEMA_FILE}#{pointer}"),
                "{}",
                modeled.name
            );
        }
    }

    #[test]
    fn properties_start_with_the_keywords_and_are_unique() {
        for modeled in modeled_types() {
            assert_eq!(
                &modeled.properties[..2],
                &["@type", "@id"],
                "{}",
                modeled.name
            );
            let mut sorted = modeled.properties.to_vec();
            sorted.sort_unstable();
            sorted.dedup();
            assert_eq!(sorted.len(), modeled.properties.len(), "{}", modeled.name);
        }
    }
}
