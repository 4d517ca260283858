//! sdx: one typed model of schema.org entities, and everything derived from it.
//!
//! - [`model`]: a Rust type per schema.org type (Organization, Person,
//!   Product, Offer, Event, DeliveryEvent, Place, NewsArticle, …) whose serde
//!   form is compact schema.org JSON-LD. Values that may be one or many,
//!   embedded nodes or `{"@id"}` references, enumerations in any IRI spelling,
//!   dates, URLs, currencies and GTINs are types that refuse bad values.
//! - [`jsonld`]: datasets (hand-written JSON-LD graph files) loaded and checked
//!   as a whole, and exported as one `{"@context", "@graph"}` document or as a
//!   `<script type="application/ld+json">` element.
//! - [`schema`]: JSON Schema (draft 2020-12) generated from the model.
//! - [`vocab`]: the whole schema.org vocabulary (types, properties, ranges).
//! - [`diagnostic`]: the one finding type every layer reports.
//! - Validation of third-party JSON-LD, NDJSON feeds and HTML pages,
//!   offline: a [`Validator`] built from a [`Config`] gives a [`Report`] of
//!   [`Diagnostic`]s, rendered in any [`Format`]. Three functions work in
//!   the manner of JSON Schema validators: [`validator_for`], [`is_valid`]
//!   and [`iter_errors`].
//! - [`api`]: the rest a program or a binding needs (exporting a dataset's
//!   text, the rule catalogue, page and diagram helpers the `sdx` binary
//!   uses), in owned values.
//!
//! Everything else (the stages of validation, page markup reading, the
//! consumers' requirement tables) is private to the crate: see
//! `ARCHITECTURE.md` for the map.
//!
//! # Validating
//!
//! ```
//! let text = r#"{"@context": "https://schema.org", "@type": "Product",
//!                "name": "Desk lamp", "gtin13": "4006381333932"}"#;
//! assert!(!sdx::is_valid(text));
//!
//! // A validator is built once and shared between threads.
//! let config = sdx::Config {
//!     profile: vec!["google".to_owned()],
//!     ..sdx::Config::default()
//! };
//! let validator = sdx::validator_for(&config)?;
//! let rules: Vec<&str> = sdx::iter_errors(&validator, "lamp.jsonld", text)
//!     .filter(|finding| finding.severity == sdx::Severity::Error)
//!     .map(|finding| finding.rule)
//!     .collect();
//! assert_eq!(
//!     rules,
//!     ["google/product-snippet-missing-offers-review-or-rating", "invalid-gtin"]
//! );
//! # Ok::<(), sdx::ConfigError>(())
//! ```
//!
//! # Example
//!
//! A person working for an organization, built in code and exported:
//!
//! ```
//! use sdx::jsonld::{Dataset, GraphDocument};
//! use sdx::model::{Entity, NodeId, Organization, Person};
//!
//! let nvidia = Organization {
//!     id: Some(NodeId::from("https://example.com/#nvidia")),
//!     name: Some("NVIDIA".into()),
//!     ..Organization::default()
//! };
//! let jensen = Person {
//!     id: Some(NodeId::from("https://example.com/#jensen-huang")),
//!     name: Some("Jensen Huang".into()),
//!     job_title: Some("CEO".to_owned().into()),
//!     works_for: Some(Entity::id("https://example.com/#nvidia").into()),
//!     ..Person::default()
//! };
//!
//! // Loading checks the graph: the reference resolves to an Organization.
//! let graph = GraphDocument::new(vec![nvidia.into(), jensen.into()]);
//! let dataset = Dataset::from_document("example", graph, None)?;
//!
//! assert_eq!(
//!     dataset.to_json_ld(),
//!     r##"{
//!   "@context": "https://schema.org",
//!   "@graph": [
//!     {
//!       "@type": "Organization",
//!       "@id": "https://example.com/#nvidia",
//!       "name": "NVIDIA"
//!     },
//!     {
//!       "@type": "Person",
//!       "@id": "https://example.com/#jensen-huang",
//!       "name": "Jensen Huang",
//!       "jobTitle": "CEO",
//!       "worksFor": {
//!         "@id": "https://example.com/#nvidia"
//!       }
//!     }
//!   ]
//! }
//! "##
//! );
//! # Ok::<(), sdx::jsonld::LoadError>(())
//! ```

#![warn(missing_docs)]

pub mod api;
mod atomic;
mod datatypes;
pub mod diagnostic;
mod diagram;
#[cfg(any(test, feature = "internals"))]
#[doc(hidden)]
pub mod internals;
pub mod jsonld;
mod lookup;
mod markup;
pub mod model;
mod page;
mod position;
mod profile;
mod rule;
pub mod schema;
mod tree;
mod validate;
pub mod vocab;

pub use api::{is_valid, iter_errors, validator_for};
pub use diagnostic::{Diagnostic, Severity};
pub use validate::{
    ByteSize, CleanRun, Config, ConfigError, DocKind, DocumentReport, FileReport, Format, Input,
    InputFormat, Limits, Omitted, Problem, Progress, Record, RecordSink, Report, Settings, Shard,
    ShardError, SourceLine, Span, Summary, Validator,
};
