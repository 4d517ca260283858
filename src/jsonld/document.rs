//! A JSON-LD graph document: `{"@context": …, "@graph": [nodes]}`.

use serde::{Deserialize, Serialize};

use super::Context;
use crate::model::{Node, Walk, Walker};

/// A JSON-LD document holding a graph of schema.org nodes: the form of an
/// sdx dataset and of what `sdx export` writes.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize, schemars::JsonSchema)]
#[schemars(
    title = "Graph",
    description = "A JSON-LD document holding a graph of schema.org nodes, as sdx reads and writes it."
)]
pub struct GraphDocument {
    /// schema.org's context, optionally with a base IRI.
    #[serde(rename = "@context")]
    pub context: Context,
    /// The nodes, in the order they are written.
    #[serde(rename = "@graph")]
    pub graph: Vec<Node>,
}

impl GraphDocument {
    /// A document with schema.org's context and these nodes.
    pub fn new(graph: Vec<Node>) -> GraphDocument {
        GraphDocument {
            context: Context::default(),
            graph,
        }
    }
}

impl Walk for GraphDocument {
    fn walk(&self, walker: &mut Walker) {
        walker.field("@graph", &self.graph);
    }
}
