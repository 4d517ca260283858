//! sdx: one typed model of schema.org entities, and everything derived from it.

pub mod atomic;
pub mod cli;
pub mod diagnostic;
pub mod jsonld;
pub mod model;
pub mod position;
pub mod schema;
