//! sdx: one typed model of schema.org entities, and everything derived from it.

pub mod cli;
pub mod diagnostic;
pub mod model;
pub mod position;
pub mod schema;
pub mod validate;
