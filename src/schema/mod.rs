//! JSON Schema (draft 2020-12) generated from the model by schemars.
//!
//! One schema per modeled type and one for a whole graph document. Nothing
//! here is written by hand: the schemas say what the Rust types read.

use schemars::generate::SchemaSettings;
use schemars::{JsonSchema, Schema};

use crate::model::{Brand, ImageObject, Node, NodeType, Organization, Person, PropertyValue};

/// A modeled schema.org type and how to generate its schema.
#[derive(Debug, Clone, Copy)]
pub struct ModeledType {
    /// The schema.org type name (`Person`).
    pub name: &'static str,
    generate: fn() -> Schema,
}

impl ModeledType {
    /// The file the schema is written to under `schemas/`.
    pub fn file_name(&self) -> String {
        format!("{}.schema.json", self.name)
    }

    /// Generates the type's schema.
    pub fn schema(&self) -> Schema {
        (self.generate)()
    }
}

fn generate<T: JsonSchema>() -> Schema {
    SchemaSettings::draft2020_12()
        .into_generator()
        .into_root_schema_for::<T>()
}

fn modeled<T: JsonSchema + NodeType>() -> ModeledType {
    ModeledType {
        name: T::TYPE,
        generate: generate::<T>,
    }
}

/// Every modeled type, in a stable order.
pub fn modeled_types() -> Vec<ModeledType> {
    vec![
        modeled::<Organization>(),
        modeled::<Person>(),
        modeled::<Brand>(),
        modeled::<ImageObject>(),
        modeled::<PropertyValue>(),
    ]
}

/// The schema of the modeled type `name`, if sdx models it.
pub fn schema_for_type(name: &str) -> Option<Schema> {
    modeled_types()
        .into_iter()
        .find(|t| t.name == name)
        .map(|t| t.schema())
}

/// The schema of any single modeled node.
pub fn node_schema() -> Schema {
    generate::<Node>()
}
