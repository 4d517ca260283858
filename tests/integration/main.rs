//! sdx's integration tests. They are modules of one test binary rather than
//! one binary per file: every binary links the whole library and its
//! dependencies, so one link instead of two dozen keeps a clean build small
//! on disk and quick on a two-core CI runner.

mod support;

mod atomic_write;
mod cli_export;
mod cli_schema;
mod conformance;
mod conformance_markup;
mod cross_store;
mod embed_graph_cli;
mod findings_cost;
mod google_alternatives;
mod google_examples;
mod google_pages;
mod hostile;
mod integrations;
mod man_pages;
mod markup_limits;
mod model_props;
mod no_network;
mod page_markup;
mod readme;
mod round_trip;
mod rule_examples;
mod rules_doc;
mod schemas;
mod seed;
mod seed_validates;
mod validate_cli;
mod validate_failures;
mod validate_formats;
mod validate_google;
mod validate_ndjson;
mod validate_parallel;
mod validate_url;
mod validate_vocabulary;
mod vocab_table;
mod walk_structured;
