//! The crate's inner stages, for the fuzz targets (`fuzz/`) and the
//! per-node benchmark (`benches/validate.rs`): they drive one stage at a
//! time, which the public API does not offer. Compiled only with the
//! `internals` feature and hidden from the documentation: no part of the
//! API, and changed without notice.

pub use crate::tree::Node;
pub use crate::validate::check::DocumentCheck;
pub use crate::validate::ingest::{html, json, ndjson};
pub use crate::validate::limits::too_deep;
pub use crate::validate::locate::Placer;
pub use crate::validate::shape::Shapes;

/// One reading of JSON-LD: contexts, canonical keys and types, pointers
/// mapped back to the document as written.
pub mod normalize {
    pub use crate::validate::normalize::{
        canonical_key, canonical_node, original_pointer, read_context, type_is_malformed, types,
    };
}
