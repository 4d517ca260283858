//! Measures loading the vocabulary table and the hot lookups.
//!
//! ```text
//! cargo run --release --example bench-vocab
//! ```
//!
//! Speed is measured here, not in tests. On the 2-core development
//! machine a release build loaded the 30.0 table in 1.4–1.9 ms (first load
//! included) and answered `property_allowed_on` in about 55 ns.

use std::hint::black_box;
use std::time::Instant;

use sdx::vocab::Vocabulary;

fn main() {
    let started = Instant::now();
    let vocabulary = Vocabulary::get();
    let first = started.elapsed();
    println!(
        "first load (parse + maps + ancestor sets): {first:?} for {} types, {} properties, {} members",
        vocabulary.types().count(),
        vocabulary.properties().count(),
        vocabulary.members().count()
    );

    let rounds = 20;
    let started = Instant::now();
    for _ in 0..rounds {
        black_box(sdx::vocab::parse_table_for_bench());
    }
    println!("load, mean of {rounds}: {:?}", started.elapsed() / rounds);

    let lookups = 1_000_000u32;
    let started = Instant::now();
    let mut allowed = 0u32;
    for i in 0..lookups {
        let types: &[&str] = if i % 2 == 0 {
            &["MusicEvent"]
        } else {
            &["Product"]
        };
        allowed += u32::from(vocabulary.property_allowed_on(black_box("startDate"), types));
    }
    println!(
        "property_allowed_on: {:?} per call ({allowed} allowed)",
        started.elapsed() / lookups
    );
}
