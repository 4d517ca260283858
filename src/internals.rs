//! The crate's inner stages, for the fuzz targets (`fuzz/`) and the
//! per-node benchmark (`benches/validate.rs`): they drive one stage at a
//! time, which the public API does not offer. Compiled with the
//! `internals` feature (and for the crate's own tests, which drive the
//! fuzz targets' walks as property tests), hidden from the documentation:
//! no part of the API, and changed without notice.

pub use crate::tree::Node;
pub use crate::validate::check::DocumentCheck;
pub use crate::validate::ingest::limits::too_deep;
pub use crate::validate::ingest::{html, json, ndjson};
pub use crate::validate::report::locate::Placer;
pub use crate::validate::shape::Shapes;

/// One reading of JSON-LD: contexts, canonical keys and types, pointers
/// mapped back to the document as written.
pub mod normalize {
    pub use crate::validate::normalize::{
        canonical_key, canonical_node, original_pointer, read_context, type_is_malformed, types,
    };

    use crate::diagnostic::push_pointer_token;
    use crate::tree::Node;

    /// Runs every normalization step on `tree` and each node in it: the
    /// context, each node's types and canonical form, and each canonical
    /// key's pointer mapped back. The `normalize` fuzz target and its
    /// property test both drive this one walk.
    pub fn exercise(tree: &Node) {
        if let Node::Object(object) = tree {
            let _ = read_context(object.get("@context"));
        }
        visit(tree, tree, String::new());
    }

    fn visit(root: &Node, value: &Node, pointer: String) {
        match value {
            Node::Object(object) => {
                let _ = type_is_malformed(value);
                let _ = types(object).count();
                let canonical = canonical_node(value);
                if let Node::Object(canonical) = canonical.as_ref() {
                    for key in canonical.keys() {
                        let mut p = pointer.clone();
                        push_pointer_token(&mut p, key.as_str());
                        let _ = original_pointer(root, &p);
                    }
                }
                for (key, child) in object.iter() {
                    let _ = canonical_key(key.as_str());
                    let mut p = pointer.clone();
                    push_pointer_token(&mut p, key.as_str());
                    visit(root, child, p);
                }
            }
            Node::Array(items) => {
                for (i, child) in items.iter().enumerate() {
                    visit(root, child, format!("{pointer}/{i}"));
                }
            }
            _ => {}
        }
    }
}
