//! Throughput of loading and exporting a large dataset.
//!
//! `cargo bench --bench export` builds a dataset of connected organizations,
//! people and products (references, embedded nodes, typed values), then
//! times loading it (parse, unmodeled-key check, graph checks) and writing it
//! as JSON-LD and HTML; it prints the best of several runs. A plain harness:
//! the numbers are for comparing changes on one machine, not a pass/fail test.

use std::hint::black_box;
use std::time::{Duration, Instant};

use sdx::jsonld::Dataset;
use serde_json::json;

/// A dataset of `groups` × 3 top-level nodes.
fn dataset(groups: usize) -> String {
    let mut graph = Vec::with_capacity(groups * 3);
    for i in 0..groups {
        graph.push(json!({
            "@type": "Organization", "@id": format!("#org-{i}"), "name": format!("Org {i}"),
            "foundingDate": "2001-02-03", "url": format!("https://example.com/o/{i}"),
            "address": {"@type": "PostalAddress", "addressLocality": "San Francisco", "addressRegion": "CA"}
        }));
        graph.push(json!({
            "@type": "Person", "@id": format!("#person-{i}"), "name": format!("Person {i}"),
            "jobTitle": "CEO", "worksFor": {"@id": format!("#org-{i}")},
            "affiliation": [{"@id": format!("#org-{}", (i + 1) % groups)}]
        }));
        graph.push(json!({
            "@type": "Product", "name": format!("Product {i}"), "gtin13": "4006381333931",
            "brand": {"@id": format!("#org-{i}")},
            "offers": {"@type": "Offer", "price": "12.50", "priceCurrency": "EUR",
                       "availability": "http://schema.org/InStock"}
        }));
    }
    let document = json!({
        "@context": ["https://schema.org", {"@base": "https://example.com/bench"}],
        "@graph": graph
    });
    serde_json::to_string_pretty(&document).unwrap_or_default()
}

fn best_of(runs: usize, mut job: impl FnMut()) -> Duration {
    (0..runs)
        .map(|_| {
            let start = Instant::now();
            job();
            start.elapsed()
        })
        .min()
        .unwrap_or_default()
}

fn report(what: &str, bytes: usize, nodes: usize, time: Duration) {
    let seconds = time.as_secs_f64();
    println!(
        "{what:<28} {:>8.1} ms  {:>7.1} MB/s  {:>9.0} nodes/s",
        seconds * 1e3,
        bytes as f64 / 1e6 / seconds,
        nodes as f64 / seconds
    );
}

fn main() {
    let groups = 5_000;
    let text = dataset(groups);
    let nodes = groups * 3;
    println!(
        "dataset: {nodes} top-level nodes, {:.1} MB",
        text.len() as f64 / 1e6
    );

    let load = best_of(5, || {
        black_box(Dataset::from_slice("bench.jsonld", text.as_bytes(), None).is_ok());
    });
    report("load and check", text.len(), nodes, load);

    let Ok(dataset) = Dataset::from_slice("bench.jsonld", text.as_bytes(), None) else {
        eprintln!("the benchmark dataset does not load");
        std::process::exit(1);
    };
    let json_ld = best_of(5, || {
        black_box(dataset.to_json_ld());
    });
    report("export JSON-LD", text.len(), nodes, json_ld);
    let html = best_of(5, || {
        black_box(dataset.to_html());
    });
    report("export HTML", text.len(), nodes, html);
}
