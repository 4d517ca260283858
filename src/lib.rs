//! sdx: one typed model of schema.org entities, and everything derived from it.

pub mod diagnostic;
pub mod model;
pub mod profile;
pub mod schema;
pub mod vocab;
