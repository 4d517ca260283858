//! The kind-dispatched form (see [`judge`](super::judge)) judges as the
//! `jsonschema` validators do: on every value of the fixtures and of
//! schema.org's example corpus, and on generated values, for every
//! modeled type.

use proptest::prelude::*;
use serde_json::{json, Value};

use super::Shapes;
use crate::tree::Node;
use crate::validate::normalize;

/// Asserts that the judged form and the type's `jsonschema` validator give
/// `value` (and its canonical form) the same verdict under every modeled
/// type; answers how many of those verdicts were "valid".
fn judged_alike(shapes: &Shapes, value: &Value, what: &str) -> usize {
    let node = Node::from(value);
    let canonical = normalize::canonical_node(&node);
    let mut valid = 0;
    for name in shapes.type_names() {
        let slot = &shapes.by_type[name];
        let (judge, at) = shapes.judged(slot).expect("every type has a judged form");
        let validator = shapes.compiled(slot).as_ref().expect("every type compiles");
        for node in [&node, &*canonical] {
            let verdict = validator.is_valid(node);
            assert_eq!(
                judge.is_valid(at, node),
                verdict,
                "{name} on {what}: {node}"
            );
            valid += usize::from(verdict);
        }
    }
    valid
}

/// Every object and list in `value`, itself included.
fn containers<'v>(value: &'v Value, out: &mut Vec<&'v Value>) {
    match value {
        Value::Object(object) => {
            out.push(value);
            object.values().for_each(|item| containers(item, out));
        }
        Value::Array(items) => {
            out.push(value);
            items.iter().for_each(|item| containers(item, out));
        }
        _ => {}
    }
}

/// Every JSON document in `text`: a whole file, each line of a feed, or
/// each object or list that parses where one opens (script elements, the
/// corpus's `JSON:` sections).
fn documents(text: &str) -> Vec<Value> {
    if let Ok(value) = serde_json::from_str(text) {
        return vec![value];
    }
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(offset) = text[at..].find(['{', '[']) {
        let start = at + offset;
        let mut stream = serde_json::Deserializer::from_str(&text[start..]).into_iter::<Value>();
        match stream.next() {
            Some(Ok(value)) => {
                out.push(value);
                at = start + stream.byte_offset();
            }
            _ => at = start + 1,
        }
    }
    out
}

fn files(dir: &std::path::Path, out: &mut Vec<std::path::PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        if path.is_dir() {
            files(&path, out);
        } else {
            out.push(path);
        }
    }
}

#[test]
fn every_modeled_type_has_a_judged_form() {
    let shapes = Shapes::new();
    assert!(shapes.judge().is_some(), "the judged form does not compile");
    for name in shapes.type_names() {
        assert!(shapes.judged(&shapes.by_type[name]).is_some(), "{name}");
    }
}

#[test]
fn the_judged_form_agrees_on_every_fixture_and_corpus_value() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut paths = Vec::new();
    files(&root.join("fixtures"), &mut paths);
    files(&root.join("tests/conformance"), &mut paths);
    paths.sort();
    let shapes = Shapes::new();
    let (mut values, mut valid) = (0, 0);
    for path in paths {
        let Ok(text) = std::fs::read_to_string(&path) else {
            continue;
        };
        for document in documents(&text) {
            let mut found = Vec::new();
            containers(&document, &mut found);
            for value in found {
                valid += judged_alike(&shapes, value, &path.display().to_string());
                values += 1;
            }
        }
    }
    // Both verdicts, many times over.
    assert!(
        values > 3_000 && valid > 1_000,
        "{values} values, {valid} valid"
    );
}

#[test]
fn type_name_patterns_are_looked_up_as_their_regex_reads_them() {
    fn patterns<'v>(value: &'v Value, out: &mut Vec<&'v str>) {
        match value {
            Value::Object(object) => {
                // The definitions carry the patterns sdx decides by code
                // under its own keyword.
                let pattern = object
                    .get("pattern")
                    .or_else(|| object.get(super::judge::patterns::KEYWORD));
                if let Some(Value::String(pattern)) = pattern {
                    out.push(pattern);
                }
                object.values().for_each(|item| patterns(item, out));
            }
            Value::Array(items) => items.iter().for_each(|item| patterns(item, out)),
            _ => {}
        }
    }
    let shapes = Shapes::new();
    let mut found = Vec::new();
    patterns(shapes.defs(), &mut found);
    let mut looked_up = 0;
    for pattern in found {
        let Some(matches) = super::judge::type_name_pattern(pattern) else {
            continue;
        };
        looked_up += 1;
        let regex = regex::Regex::new(pattern).unwrap();
        let names = pattern.rsplit_once("?(").unwrap().1.trim_end_matches(")$");
        for name in names.split('|').chain(["", "schema", "Thing", "https"]) {
            for text in [
                name.to_owned(),
                format!("schema:{name}"),
                format!("https://schema.org/{name}"),
                format!("http://www.schema.org/{name}"),
                format!("https://www.schema.org/{name}"),
                format!("http://schema.org/{name}"),
                format!("HTTPS://schema.org/{name}"),
                format!("https://schema.org/schema:{name}"),
                format!("schema:schema:{name}"),
                format!("{name} "),
                format!(" {name}"),
                format!("{name}x"),
                name.to_lowercase(),
                format!("https://schema.org{name}"),
                format!("ftp://schema.org/{name}"),
            ] {
                assert_eq!(
                    matches(&text),
                    regex.is_match(&text),
                    "{text:?} under {pattern}"
                );
            }
        }
    }
    // One a modeled type, at least.
    assert!(looked_up >= 19, "{looked_up} type-name patterns");
}

/// Texts that sit on either side of the schemas' patterns and enums.
const TEXTS: &[&str] = &[
    "",
    " ",
    "\u{a0}",
    "x",
    "a b",
    "Product",
    "schema:Offer",
    "https://schema.org/Brand",
    "http://www.schema.org/Organization",
    "Corporation",
    "Thing",
    "LocalBusiness",
    "InStock",
    "https://schema.org/InStock",
    "NewCondition",
    "https://shop.example/p/1",
    " https://a.example ",
    "javascript:alert(1)",
    " DATA:x",
    "mailto:a@b.example",
    "2025-06-11",
    "2025-13",
    "2025",
    "2025-06-11T10:00:00Z",
    "10:00",
    "12.50",
    "-3",
    "1e3",
    "€5",
    "EUR",
    "US$",
    "12345670",
    "1234567890128",
    "en",
    "en-GB",
    "@id",
    "0",
    "90.5",
];

/// Property names of the modeled types, JSON-LD keywords and a stranger.
const KEYS: &[&str] = &[
    "@type",
    "@id",
    "@value",
    "@language",
    "type",
    "id",
    "name",
    "url",
    "image",
    "sameAs",
    "offers",
    "price",
    "priceCurrency",
    "availability",
    "itemCondition",
    "brand",
    "gtin13",
    "gtin",
    "releaseDate",
    "startDate",
    "address",
    "geo",
    "latitude",
    "longitude",
    "location",
    "author",
    "datePublished",
    "headline",
    "value",
    "unitText",
    "contactPoint",
    "seller",
    "logo",
    "description",
    "additionalProperty",
    "eventStatus",
    "inLanguage",
    "x-other",
];

fn value() -> impl Strategy<Value = Value> {
    let leaf = prop_oneof![
        Just(Value::Null),
        any::<bool>().prop_map(Value::Bool),
        prop_oneof![
            Just(json!(0)),
            Just(json!(-1)),
            Just(json!(1.0)),
            Just(json!(2.5)),
            Just(json!(-90.5)),
            Just(json!(9999)),
            Just(json!(10000)),
            Just(json!(1e300)),
            any::<i64>().prop_map(|n| json!(n)),
        ],
        proptest::sample::select(TEXTS).prop_map(|text| json!(text)),
    ];
    leaf.prop_recursive(4, 48, 4, |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..4).prop_map(Value::Array),
            proptest::collection::vec((proptest::sample::select(KEYS), inner), 0..5).prop_map(
                |members| Value::Object(
                    members
                        .into_iter()
                        .map(|(k, v)| (k.to_owned(), v))
                        .collect()
                )
            ),
        ]
    })
}

/// A node of a modeled type (or a name near one), with generated members.
fn typed_node() -> impl Strategy<Value = Value> {
    let names = vec![
        "Product",
        "Offer",
        "AggregateOffer",
        "Organization",
        "Corporation",
        "Person",
        "Event",
        "Place",
        "LocalBusiness",
        "PostalAddress",
        "GeoCoordinates",
        "NewsArticle",
        "ImageObject",
        "PropertyValue",
        "QuantitativeValue",
        "Brand",
        "ContactPoint",
        "Thing",
    ];
    (
        proptest::sample::select(names),
        proptest::collection::vec((proptest::sample::select(KEYS), value()), 0..6),
    )
        .prop_map(|(name, members)| {
            let mut object = serde_json::Map::new();
            object.insert("@type".to_owned(), json!(name));
            object.extend(members.into_iter().map(|(k, v)| (k.to_owned(), v)));
            Value::Object(object)
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn the_judged_form_agrees_on_generated_nodes(node in typed_node()) {
        let shapes = shapes();
        judged_alike(shapes, &node, "a generated node");
    }

    #[test]
    fn the_judged_form_agrees_on_generated_values(value in value()) {
        let shapes = shapes();
        judged_alike(shapes, &value, "a generated value");
    }
}

/// One set of schemas for the generated cases: compiling them is the slow part.
fn shapes() -> &'static Shapes {
    static SHAPES: std::sync::OnceLock<Shapes> = std::sync::OnceLock::new();
    SHAPES.get_or_init(Shapes::new)
}
