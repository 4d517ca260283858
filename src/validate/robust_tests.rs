//! Bad input gets a finding, never a panic: arbitrary bytes in every
//! format, non-UTF-8 text, absurd nesting, pages that end inside a script.
//!
//! The property tests here cover what the cargo-fuzz targets in `fuzz/`
//! drive (ingest of JSON, NDJSON and HTML, normalization, the whole
//! pipeline rendered in every format), within `cargo test`: CI has only a
//! stable toolchain, and building the fuzz targets takes longer than its
//! whole budget. Mutations of the hostile shapes of docs/performance.md's
//! findings-cost table (many keys, many findings, many scripts on one line)
//! are among their inputs.

use proptest::prelude::*;

use super::ingest::html;
use super::report::locate::Placer;
use super::report::Format;
use super::{InputFormat, Settings, Validator};
use crate::tree::Node;

/// One validator for every case: schemas are compiled once, as in a run.
fn validator() -> &'static Validator {
    static VALIDATOR: std::sync::OnceLock<Validator> = std::sync::OnceLock::new();
    VALIDATOR.get_or_init(|| Validator::new(Settings::default()))
}

fn rules(report: &super::Report) -> Vec<(&'static str, Option<u32>, Option<u32>)> {
    report
        .diagnostics()
        .map(|(d, _)| (d.rule, d.line, d.column))
        .collect()
}

#[test]
fn non_utf8_text_is_invalid_json_with_its_position() {
    let report = validator().validate_bytes(
        "bytes.json",
        InputFormat::Json,
        b"{\n  \"@type\": \"Thing\",\n  \"name\": \"caf\xE9\"\n}",
    );
    assert_eq!(rules(&report), [("invalid-json", Some(3), Some(15))]);
}

#[test]
fn non_utf8_outside_scripts_does_not_matter() {
    let page = b"<html><p>caf\xE9</p>\n<script type=\"application/ld+json\">{\"@context\": \"https://schema.org\", \"@type\": \"Thing\", \"url\": \"/x\"}</script>";
    let report = validator().validate_bytes("page.html", InputFormat::Html, page);
    assert_eq!(rules(&report), [("relative-url", Some(2), Some(96))]);
}

#[test]
fn absurd_nesting_is_a_finding_not_a_crash() {
    let deep = format!("{}{}", "[".repeat(100_000), "]".repeat(100_000));
    let report = validator().validate_bytes("deep.json", InputFormat::Json, deep.as_bytes());
    assert_eq!(rules(&report), [("limit-exceeded", Some(1), Some(65))]);
}

#[test]
fn a_page_ending_inside_a_script_is_read_to_its_end() {
    let page = b"<script type=\"application/ld+json\">\n{\"@context\": \"https://schema.org\", \"@type\": \"Thing\"";
    let report = validator().validate_bytes("cut.html", InputFormat::Html, page);
    assert_eq!(report.summary.documents, 1);
    assert_eq!(rules(&report), [("invalid-json", Some(2), Some(51))]);
}

#[test]
fn empty_inputs() {
    let v = validator();
    let json = v.validate_bytes("empty.json", InputFormat::Json, b"");
    assert_eq!(rules(&json), [("invalid-json", Some(1), Some(1))]);
    let feed = v.validate_bytes("empty.ndjson", InputFormat::Ndjson, b"\n\n");
    assert_eq!(feed.summary.documents, 0);
    let page = v.validate_bytes("empty.html", InputFormat::Html, b"");
    assert_eq!(page.summary.documents, 0);
    assert!(!page.failed());
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..512)) {
        let v = validator();
        for format in [InputFormat::Json, InputFormat::Ndjson, InputFormat::Html] {
            let report = v.validate_bytes("fuzz", format, &bytes);
            for (diagnostic, _) in report.diagnostics() {
                prop_assert!(diagnostic.line.is_some_and(|l| l >= 1));
            }
            for format in [Format::Human, Format::Json, Format::Github, Format::Sarif, Format::Junit] {
                let _ = report.render(format, false);
            }
        }
    }

    #[test]
    fn arbitrary_json_ld_shapes_never_panic(value in json_value(4)) {
        let text = serde_json::to_string(&value).unwrap();
        let report = validator().validate_bytes("fuzz.json", InputFormat::Json, text.as_bytes());
        prop_assert_eq!(report.summary.documents, 1);
    }
}

fn json_value(depth: u32) -> impl Strategy<Value = serde_json::Value> {
    let key = prop_oneof![
        Just("@type".to_owned()),
        Just("@id".to_owned()),
        Just("@graph".to_owned()),
        Just("@context".to_owned()),
        Just("url".to_owned()),
        Just("startDate".to_owned()),
        Just("endDate".to_owned()),
        Just("price".to_owned()),
        Just("gtin13".to_owned()),
        Just("schema:name".to_owned()),
        Just("founder".to_owned()),
        "[a-z]{1,6}",
    ];
    let leaf = prop_oneof![
        Just(serde_json::Value::Null),
        any::<bool>().prop_map(serde_json::Value::from),
        any::<i64>().prop_map(serde_json::Value::from),
        Just(serde_json::Value::from("Organization")),
        Just(serde_json::Value::from("https://schema.org")),
        Just(serde_json::Value::from("2025-10-14")),
        ".{0,12}".prop_map(serde_json::Value::from),
    ];
    leaf.prop_recursive(depth, 64, 6, move |inner| {
        prop_oneof![
            proptest::collection::vec(inner.clone(), 0..4).prop_map(serde_json::Value::from),
            proptest::collection::vec((key.clone(), inner), 0..5)
                .prop_map(|pairs| { serde_json::Value::Object(pairs.into_iter().collect()) }),
        ]
    })
}

/// Nesting depth of a value: scalars 0, each array or object one more.
fn depth(value: &serde_json::Value) -> usize {
    match value {
        serde_json::Value::Array(items) => 1 + items.iter().map(depth).max().unwrap_or(0),
        serde_json::Value::Object(map) => 1 + map.values().map(depth).max().unwrap_or(0),
        _ => 0,
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// The depth scan that locates a refused level agrees with the real
    /// depth and with the parser, whatever strings (with brackets, quotes,
    /// escapes) the document holds.
    #[test]
    fn the_depth_scan_agrees_with_the_parsed_depth(value in json_value(5), limit in 0usize..7) {
        let text = serde_json::to_string(&value).unwrap();
        let over = super::ingest::limits::too_deep(text.as_bytes(), limit);
        prop_assert_eq!(over.is_some(), depth(&value) > limit, "{}", text);
        // The parser, which enforces the limit, refuses the same documents.
        let parsed = super::parse::document(text.as_bytes(), limit);
        prop_assert_eq!(parsed.is_err(), over.is_some(), "{}", text);
        if let Some(at) = over {
            let opens = matches!(text.as_bytes()[at], b'[' | b'{');
            prop_assert!(opens, "offset {} is not a bracket", at);
        }
    }

    /// Feed cutting with a tiny line limit: never a panic, lines handed over
    /// in order, skipped lines inside the feed.
    #[test]
    fn feed_cutting_never_panics(bytes in proptest::collection::vec(prop_oneof![Just(b'\n'), Just(b'\r'), Just(b' '), any::<u8>()], 0..600), max in 1u64..64) {
        use super::ingest::ndjson::{for_each_chunk, Chunk};
        let mut last = 0u32;
        for_each_chunk(&bytes[..], max, |chunk| {
            let number = match chunk {
                Chunk::Lines(documents) => documents.iter().map(|d| match d.kind {
                    super::DocKind::Line { number } => number,
                    _ => 0,
                }).max().unwrap_or(last + 1),
                Chunk::TooLong { number, offset, len } => {
                    assert!(offset + len <= bytes.len() as u64);
                    number
                }
            };
            assert!(number > last, "line {number} after {last}");
            last = number;
        }).unwrap();
    }
}

/// A small version of one of the findings-cost table's hostile inputs,
/// which the strategies below then mutate.
fn hostile_seed(kind: u8, n: usize) -> Vec<u8> {
    let context = r#""@context":"https://schema.org""#;
    let text = match kind % 5 {
        0 => format!(
            "{{{context},\"@type\":\"Product\",{}}}",
            (0..n).map(|i| format!("\"q{i}\":1")).collect::<Vec<_>>().join(",")
        ),
        1 => format!(
            "{{{context},\"@type\":\"Event\",\"startDate\":[{}]}}",
            (0..n).map(|i| format!("\"2024-13-{i}\"")).collect::<Vec<_>>().join(",")
        ),
        2 => format!(
            "<html><head>{}</head></html>",
            format!("<script type=\"application/ld+json\">{{{context},\"nme\":1}}</script>").repeat(n)
        ),
        3 => (0..n)
            .map(|i| format!("{{{context},\"@type\":\"Thing\",\"@id\":\"#t{i}\",\"subjectOf\":{{\"@id\":\"#t{}\"}}}}\n", i + 1))
            .collect(),
        _ => format!(
            "{{{context},\"@type\":\"Product\",\"offers\":[{}]}}",
            (0..n).map(|i| format!("{{\"@type\":\"Offer\",\"price\":\"x{i}\"}}")).collect::<Vec<_>>().join(",")
        ),
    };
    text.into_bytes()
}

/// A hostile seed with bytes overwritten, inserted and removed.
fn mutated_hostile() -> impl Strategy<Value = Vec<u8>> {
    (
        any::<u8>(),
        1usize..40,
        proptest::collection::vec((any::<usize>(), any::<u8>(), 0u8..3), 0..8),
    )
        .prop_map(|(kind, n, edits)| {
            let mut bytes = hostile_seed(kind, n);
            for (at, byte, how) in edits {
                if bytes.is_empty() {
                    break;
                }
                let at = at % bytes.len();
                match how {
                    0 => bytes[at] = byte,
                    1 => bytes.insert(at, byte),
                    _ => {
                        bytes.remove(at);
                    }
                }
            }
            bytes
        })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    /// The `validate` fuzz target on mutated hostile inputs: any format,
    /// every output format rendered, every finding placed on a line.
    #[test]
    fn mutated_hostile_inputs_never_panic(bytes in mutated_hostile(), format in 0u8..3) {
        let format = [InputFormat::Json, InputFormat::Ndjson, InputFormat::Html][usize::from(format)];
        let report = validator().validate_bytes("fuzz", format, &bytes);
        for (diagnostic, _) in report.diagnostics() {
            prop_assert!(diagnostic.line.is_some_and(|l| l >= 1));
        }
        for format in [Format::Human, Format::Json, Format::Github, Format::Sarif, Format::Junit] {
            let _ = report.render(format, false);
        }
    }

    /// The `normalize` fuzz target: contexts, canonical keys and types,
    /// canonical pointers mapped back, on any JSON value.
    #[test]
    fn normalization_never_panics(value in json_value(4)) {
        crate::internals::normalize::exercise(&Node::from(&value));
    }

    /// The `ingest_html` fuzz target: script ranges inside the page, and a
    /// place for each document.
    #[test]
    fn page_scripts_are_found_and_placed(bytes in prop_oneof![mutated_hostile(), proptest::collection::vec(any::<u8>(), 0..400)]) {
        if let Ok(ranges) = html::script_ranges(&bytes) {
            for range in &ranges {
                prop_assert!(range.start <= range.end && range.end <= bytes.len());
            }
            for document in html::documents(&bytes, &ranges) {
                let place = Placer::new(document).at_offset(0);
                prop_assert!(place.line >= 1);
            }
        }
    }
}
