//! JSON-LD normalization: context reading, canonical keys and types, and
//! mapping canonical pointers back to the original document.
#![no_main]

use libfuzzer_sys::fuzz_target;
use sdx::internals::normalize;

fuzz_target!(|bytes: &[u8]| {
    if sdx::internals::too_deep(bytes, 64).is_some() {
        return;
    }
    let Ok(value) = serde_json::from_slice::<serde_json::Value>(bytes) else {
        return;
    };
    let _ = normalize::read_context(value.get("@context"));
    visit(&value, &value, String::new());
});

fn visit(root: &serde_json::Value, value: &serde_json::Value, pointer: String) {
    match value {
        serde_json::Value::Object(map) => {
            let _ = normalize::type_is_malformed(value);
            let _ = normalize::types(map).count();
            let canonical = normalize::canonical_node(value, &|_| true);
            if let serde_json::Value::Object(canonical) = canonical.as_ref() {
                for key in canonical.keys() {
                    let mut p = pointer.clone();
                    sdx::diagnostic::push_pointer_token(&mut p, key);
                    let _ = normalize::original_pointer(root, &p);
                }
            }
            for (key, child) in map {
                let _ = normalize::canonical_key(key);
                let mut p = pointer.clone();
                sdx::diagnostic::push_pointer_token(&mut p, key);
                visit(root, child, p);
            }
        }
        serde_json::Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                visit(root, child, format!("{pointer}/{i}"));
            }
        }
        _ => {}
    }
}
