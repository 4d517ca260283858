//! A JSON document: depth scan, parse, and placing a finding at the parser's
//! position or at every pointer of the parsed value.
#![no_main]

use libfuzzer_sys::fuzz_target;
use sdx::internals::json;
use sdx::internals::too_deep;
use sdx::internals::Placer;

fuzz_target!(|bytes: &[u8]| {
    let document = json::document(bytes);
    let text = document.text();
    let _ = too_deep(text, 16);
    if too_deep(text, 100).is_some() {
        return;
    }
    let mut placer = Placer::new(document);
    match serde_json::from_slice::<serde_json::Value>(text) {
        Err(error) => {
            let place = placer.at_line_column(error.line(), error.column());
            assert!(place.line >= 1 && place.column >= 1);
        }
        Ok(value) => {
            let mut pointers = Vec::new();
            collect(&value, String::new(), &mut pointers);
            for pointer in pointers.iter().take(64) {
                let place = placer.at_pointer(pointer);
                assert!(place.line >= 1 && place.column >= 1);
            }
        }
    }
});

fn collect(value: &serde_json::Value, pointer: String, out: &mut Vec<String>) {
    match value {
        serde_json::Value::Object(map) => {
            for (key, child) in map {
                let mut p = pointer.clone();
                sdx::diagnostic::push_pointer_token(&mut p, key);
                collect(child, p, out);
            }
        }
        serde_json::Value::Array(items) => {
            for (i, child) in items.iter().enumerate() {
                collect(child, format!("{pointer}/{i}"), out);
            }
        }
        _ => {}
    }
    out.push(pointer);
}
