//! sdx against serde_json on the same bytes: a feed of realistic records
//! parsed into `Value` (what any validator must at least do), and the same
//! feed through `Validator::validate_bytes` (parse, every rule, cross-node
//! references, report). The ratio is the cost of validation over parsing.
//!
//! ```text
//! cargo bench --bench parse
//! ```

use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use serde_json::json;

use sdx::{InputFormat, Settings, Validator};

fn feed(lines: usize) -> Vec<u8> {
    let mut out = Vec::new();
    for i in 0..lines {
        let record = match i % 3 {
            0 => json!({
                "@context": "https://schema.org",
                "@type": "Organization",
                "@id": format!("https://org.example.com/o/{i}"),
                "name": format!("Example {i} Ltd"),
                "url": format!("https://org{i}.example.com/"),
                "logo": format!("https://org{i}.example.com/logo.png"),
                "sameAs": [format!("https://www.wikidata.org/wiki/Q{i}")],
                "foundingDate": "2001-02-03",
                "address": {"@type": "PostalAddress", "addressLocality": "Madrid", "addressCountry": "ES"}
            }),
            1 => json!({
                "@context": "https://schema.org",
                "@type": "Person",
                "@id": format!("https://people.example.com/u/{i}"),
                "name": format!("Person {i}"),
                "jobTitle": "Engineer",
                "url": format!("https://people.example.com/u/{i}"),
                "worksFor": {"@type": "Organization", "name": "Example Ltd"}
            }),
            _ => json!({
                "@context": "https://schema.org",
                "@type": "Product",
                "@id": format!("https://shop.example.com/p/{i}"),
                "name": format!("Product {i}"),
                "gtin13": "4006381333931",
                "brand": {"@type": "Brand", "name": "Acme"},
                "offers": {
                    "@type": "Offer",
                    "price": "19.99",
                    "priceCurrency": "EUR",
                    "availability": "https://schema.org/InStock",
                    "priceValidUntil": "2026-12-31"
                }
            }),
        };
        out.extend_from_slice(record.to_string().as_bytes());
        out.push(b'\n');
    }
    out
}

fn parse_vs_validate(c: &mut Criterion) {
    let bytes = feed(3000);
    let validator = Validator::new(Settings::default());
    let mut group = c.benchmark_group("feed-3000");
    group.throughput(Throughput::Bytes(bytes.len() as u64));
    group.sample_size(20);
    group.bench_function("serde_json parse", |b| {
        b.iter(|| {
            for line in bytes.split(|b| *b == b'\n').filter(|l| !l.is_empty()) {
                let value: serde_json::Value = serde_json::from_slice(line).unwrap();
                std::hint::black_box(value);
            }
        })
    });
    group.bench_function("sdx validate", |b| {
        b.iter(|| validator.validate_bytes("feed.ndjson", InputFormat::Ndjson, &bytes))
    });
    group.finish();
}

criterion_group!(benches, parse_vs_validate);
criterion_main!(benches);
