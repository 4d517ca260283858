//! JSON-LD normalization: context reading, canonical keys and types, and
//! mapping canonical pointers back to the original document.
#![no_main]

use libfuzzer_sys::fuzz_target;
use sdx::internals::{normalize, too_deep, Node};

fuzz_target!(|bytes: &[u8]| {
    if too_deep(bytes, 64).is_some() {
        return;
    }
    let Ok(value) = serde_json::from_slice::<serde_json::Value>(bytes) else {
        return;
    };
    let tree = Node::from(&value);
    if let Node::Object(object) = &tree {
        let _ = normalize::read_context(object.get("@context"));
    }
    visit(&tree, &tree, String::new());
});

fn visit(root: &Node, value: &Node, pointer: String) {
    match value {
        Node::Object(object) => {
            let _ = normalize::type_is_malformed(value);
            let _ = normalize::types(object).count();
            let canonical = normalize::canonical_node(value);
            if let Node::Object(canonical) = canonical.as_ref() {
                for key in canonical.keys() {
                    let mut p = pointer.clone();
                    sdx::diagnostic::push_pointer_token(&mut p, key.as_str());
                    let _ = normalize::original_pointer(root, &p);
                }
            }
            for (key, child) in object.iter() {
                let _ = normalize::canonical_key(key.as_str());
                let mut p = pointer.clone();
                sdx::diagnostic::push_pointer_token(&mut p, key.as_str());
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
