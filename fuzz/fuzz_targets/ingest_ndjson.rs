//! An NDJSON feed: cutting lines across blocks, skipping over-long lines,
//! and placing a finding in each line.
#![no_main]

use libfuzzer_sys::fuzz_target;
use sdx::internals::ndjson::{for_each_chunk, Chunk};
use sdx::internals::Placer;

fuzz_target!(|bytes: &[u8]| {
    // A small line limit so the skipping path is reached with small inputs.
    let mut previous = 0u32;
    for_each_chunk(bytes, 256, |chunk| match chunk {
        Chunk::Lines(documents) => {
            for document in documents {
                let sdx::DocKind::Line { number } = document.kind else {
                    panic!("a feed document that is not a line");
                };
                assert!(number > previous);
                previous = number;
                assert!(
                    document.span.container_offset as usize + document.text().len() <= bytes.len()
                );
                let place = Placer::new(*document).at_offset(document.text().len() / 2);
                assert_eq!(place.line, number);
            }
        }
        Chunk::TooLong {
            number,
            offset,
            len,
        } => {
            assert!(number > previous);
            previous = number;
            assert!(offset + len <= bytes.len() as u64);
        }
    })
    .expect("reading from memory cannot fail");
});
