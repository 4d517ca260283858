//! Working with HTML pages that carry structured data: embedding JSON-LD,
//! fetching a page, and printing every node a search engine reads on one
//! (JSON-LD scripts, microdata, RDFa) as one document. Reading microdata,
//! RDFa and social tags is `crate::markup`'s, below the checks and this.

mod embed;
#[cfg(feature = "fetch")]
pub mod fetch;
mod view;

pub use embed::{embed_graph, EmbedError};
pub use view::{documents_graph, page_graph};
