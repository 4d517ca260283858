//! Working with HTML pages that carry structured data.

mod embed;

pub use embed::{embed_graph, EmbedError, EMBED_MARKER};
