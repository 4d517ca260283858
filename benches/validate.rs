//! Per-node validation cost of each modeled type: one representative,
//! clean node through every layer (`DocumentCheck::run`: shape, semantic
//! rules, `@id` collection), already parsed. Types added to the model get a
//! minimal node until they are given a representative one here.
//!
//! ```text
//! cargo bench --features internals --bench validate
//! ```

use criterion::{criterion_group, criterion_main, Criterion};
use serde_json::{json, Value};

use sdx::internals::{DocumentCheck, Node, Shapes};
use sdx::model::{Date, DateOrDateTime, Gtin13, Url};
use sdx::schema::modeled_types;

fn representative(type_name: &str) -> Value {
    let mut node = match type_name {
        "Organization" => json!({
            "@id": "https://example.com/#org",
            "name": "Example Corp",
            "legalName": "Example Corporation S.L.",
            "url": "https://example.com/",
            "logo": "https://example.com/logo.png",
            "sameAs": ["https://www.wikidata.org/wiki/Q1", "https://x.com/example"],
            "foundingDate": "1999-04-05"
        }),
        "Person" => json!({
            "@id": "https://example.com/#ceo",
            "name": "Ada Example",
            "givenName": "Ada",
            "familyName": "Example",
            "jobTitle": "CEO",
            "url": "https://example.com/ada",
            "worksFor": {"@id": "https://example.com/#org"},
            "sameAs": "https://www.wikidata.org/wiki/Q2"
        }),
        "Brand" => json!({"name": "Acme", "logo": "https://example.com/acme.png"}),
        "ImageObject" => json!({
            "contentUrl": "https://cdn.example.com/a.jpg",
            "width": 1200,
            "height": 800,
            "caption": "A photo"
        }),
        "PropertyValue" => json!({"name": "weight", "value": 1200, "unitText": "g"}),
        _ => json!({"name": format!("A {type_name}")}),
    };
    node["@context"] = json!("https://schema.org");
    node["@type"] = json!(type_name);
    node
}

fn per_type(c: &mut Criterion) {
    let shapes = Shapes::new();
    shapes.compile_all().expect("the generated schemas compile");
    let mut group = c.benchmark_group("node");
    for modeled in modeled_types() {
        let value = representative(modeled.name);
        let node = Node::from(&value);
        let checked = DocumentCheck::run(&shapes, &node);
        assert!(
            checked.findings.is_empty(),
            "{} representative is not clean: {:?}",
            modeled.name,
            checked.findings
        );
        group.bench_function(modeled.name, |b| {
            b.iter(|| DocumentCheck::run(&shapes, std::hint::black_box(&node)))
        });
    }
    group.finish();
}

fn datatypes(c: &mut Criterion) {
    let mut group = c.benchmark_group("datatype");
    group.bench_function("Date::check", |b| {
        b.iter(|| Date::check(std::hint::black_box("2025-10-14")))
    });
    group.bench_function("DateOrDateTime::check", |b| {
        b.iter(|| DateOrDateTime::check(std::hint::black_box("2025-10-14T09:30:00-05:00")))
    });
    group.bench_function("Url::check", |b| {
        b.iter(|| {
            Url::check(std::hint::black_box(
                "https://shop.example.com/p/1234?ref=feed",
            ))
        })
    });
    group.bench_function("Gtin13::check", |b| {
        b.iter(|| Gtin13::check(std::hint::black_box("4006381333931")))
    });
    group.finish();
}

criterion_group!(benches, per_type, datatypes);
criterion_main!(benches);
