//! sdx: one typed model of schema.org entities, and everything derived from it.

pub mod cli;
pub mod diagnostic;
pub mod diagram;
pub mod model;
pub mod page;
pub mod position;
pub mod profile;
pub mod schema;
pub mod validate;
pub mod vocab;
