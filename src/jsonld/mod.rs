//! JSON-LD in and out.
//!
//! A dataset is a JSON-LD graph document written by hand: schema.org's
//! `@context` (optionally with an `@base`), and an `@graph` of nodes whose
//! `@id`s may be relative (`#nvidia`). [`Dataset`] reads one into the typed
//! model and checks it as a whole; its export is compact schema.org JSON-LD
//! with absolute `@id`s, as a document or as an HTML script element.
//!
//! ```
//! use sdx::jsonld::Dataset;
//!
//! let text = br##"{
//!   "@context": ["https://schema.org", {"@base": "https://example.com/page"}],
//!   "@graph": [
//!     {"@type": "Organization", "@id": "#acme", "name": "Acme"},
//!     {"@type": "Person", "name": "Ada", "worksFor": {"@id": "#acme"}}
//!   ]
//! }"##;
//! let dataset = Dataset::from_slice("example.jsonld", text, None)?;
//! assert!(dataset.to_json_ld().contains(r#""@id": "https://example.com/page#acme""#));
//! # Ok::<(), sdx::jsonld::LoadError>(())
//! ```

mod context;
mod dataset;
mod document;
mod export;
mod graph_checks;
mod html;
pub mod ids;
pub mod rules;
mod source;
mod subgraph;
mod unmodeled;

pub use context::{Context, SCHEMA_ORG_CONTEXT, SCHEMA_ORG_CONTEXTS};
pub use dataset::{Dataset, LoadError};
pub use document::GraphDocument;
pub use html::{escape_for_script, script_element};
pub use subgraph::reachable_from;
