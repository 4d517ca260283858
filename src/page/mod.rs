//! Working with HTML pages that carry structured data: embedding JSON-LD,
//! and reading every format a search engine reads (JSON-LD scripts,
//! microdata, RDFa, social meta tags).

pub mod dom;
mod embed;
pub mod extract;
#[cfg(feature = "fetch")]
pub mod fetch;
mod graph;
pub mod microdata;
pub mod rdfa;
pub mod social;

pub use embed::{embed_graph, EmbedError, EMBED_MARKER};
pub use extract::{
    documents_graph, page_graph, read_markup, Extracted, Markup, Offsets, PageMarkup,
};
