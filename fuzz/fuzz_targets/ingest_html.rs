//! An HTML page: finding the JSON-LD script elements and their exact byte
//! ranges, and placing a finding in each.
#![no_main]

use libfuzzer_sys::fuzz_target;
use sdx::internals::html;
use sdx::internals::Placer;

fuzz_target!(|bytes: &[u8]| {
    let Ok(ranges) = html::script_ranges(bytes) else {
        return;
    };
    for range in &ranges {
        assert!(range.start <= range.end && range.end <= bytes.len());
    }
    for document in html::documents(bytes, &ranges) {
        let place = Placer::new(document).at_offset(0);
        assert!(place.line >= 1);
    }
});
