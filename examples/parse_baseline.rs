//! The parse-only baseline for benchmarks: reads an NDJSON file and parses
//! every line with `serde_json::from_slice` into a `Value`, on one thread,
//! doing nothing else. `scripts/bench.sh` compares `sdx validate` with it
//! on the same bytes.
//!
//! ```text
//! cargo run --release --example parse_baseline -- feed.ndjson
//! ```

use std::io::{BufRead, BufReader};

// The allocator `sdx` itself runs on, so that the ratio measures sdx's
// work, not a difference of allocators.
#[path = "../src/allocator.rs"]
mod allocator;

#[global_allocator]
static GLOBAL: allocator::Allocator = allocator::ALLOCATOR;

fn main() -> std::io::Result<()> {
    let path = std::env::args()
        .nth(1)
        .unwrap_or_else(|| "feed.ndjson".into());
    let mut reader = BufReader::with_capacity(1 << 20, std::fs::File::open(path)?);
    let mut line = Vec::new();
    let (mut parsed, mut failed) = (0u64, 0u64);
    loop {
        line.clear();
        if reader.read_until(b'\n', &mut line)? == 0 {
            break;
        }
        match serde_json::from_slice::<serde_json::Value>(&line) {
            Ok(value) => {
                parsed += 1;
                std::hint::black_box(value);
            }
            Err(_) => failed += 1,
        }
    }
    println!("parsed {parsed} records, {failed} failed");
    Ok(())
}
