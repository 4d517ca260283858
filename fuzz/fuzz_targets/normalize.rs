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
    normalize::exercise(&Node::from(&value));
});
