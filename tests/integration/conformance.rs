//! schema.org's own example corpus as a conformance suite: every example is
//! valid schema.org by definition, so sdx reports no error on any of them,
//! and a warning only where the warning's documented reason applies to the
//! example (listed below, with the reason). Every section is checked: the
//! JSON-LD, and the microdata and RDFa read as a page.
//!
//! The few examples that contradict schema.org's own definitions keep the
//! error they earn, each listed with the definition it breaks: sdx does
//! not pass a price written `$750` because an example writes one.

use std::collections::{BTreeMap, BTreeSet};

use sdx::diagnostic::Severity;
use sdx::{InputFormat, Settings, Validator};
use serde_json::Value;

use crate::support::corpus::{self, Example, JsonSection};

#[test]
fn the_corpus_splits_into_its_examples_and_sections() {
    let examples = corpus::examples();
    assert_eq!(
        examples.len(),
        507,
        "schema.org 30.0 publishes 507 examples"
    );
    let mut ids = std::collections::HashSet::new();
    for example in examples {
        assert!(
            example.id.starts_with("eg-") || example.id.chars().all(|c| c.is_ascii_alphanumeric()),
            "{}",
            example.id
        );
        assert!(ids.insert(&example.id), "example id {} twice", example.id);
    }
    let json = examples.iter().filter(|e| e.json.is_some()).count();
    let bare = examples
        .iter()
        .filter(|e| matches!(e.json, Some(JsonSection::Json(_))))
        .count();
    let microdata = examples.iter().filter(|e| e.microdata.is_some()).count();
    let rdfa = examples.iter().filter(|e| e.rdfa.is_some()).count();
    println!("JSON-LD {json} ({bare} bare), microdata {microdata}, RDFa {rdfa}");
    // The counts of the 30.0 release: a change means the splitter lost or
    // invented sections.
    assert_eq!((json, bare, microdata, rdfa), (479, 19, 208, 182));
}

/// Examples that contradict schema.org's definition of a property: the
/// error stands. (example, section, rule, why)
const DEFECTIVE: &[(&str, &str, &str, &str)] = &[
    ("eg-0290", "json", "invalid-price", "`price` is `$750`: schema.org's `price` puts the currency in `priceCurrency`, not a symbol in the value"),
    ("eg-0292", "json", "invalid-price", "`price` is `$750`, as in eg-0290"),
    ("eg-0318", "json", "unexpected-value-type", "`name` is a language map, but schema.org's context declares no language container: JSON-LD reads a node with properties `en`, `fr`, `de`"),
    ("eg-0464", "json", "invalid-gtin", "`gtin14` 98766051104218 has a wrong GS1 check digit"),
];

/// A rule, why its warning applies, and the examples and sections it is on.
type Warned = (
    &'static str,
    &'static str,
    &'static [(&'static str, &'static str)],
);

/// Warnings whose documented reason applies to the examples listed.
const WARNED: &[Warned] = &[
    (
        "relative-url",
        "the examples are fragments of pages: their relative URLs resolve only against the page they would be on",
        &[
            ("eg-0001", "json"), ("eg-0009", "json"), ("eg-0010", "json"), ("eg-0011", "json"),
            ("eg-0013", "json"), ("eg-0020", "json"), ("eg-0021", "json"), ("eg-0022", "json"),
            ("eg-0027", "json"), ("eg-0189", "json"), ("eg-0190", "json"), ("eg-0281", "json"),
            ("eg-0328", "json"), ("eg-0329", "json"), ("eg-0371", "json"), ("eg-0404", "json"),
            ("eg-0419", "json"), ("eg-0447", "json"), ("eg-0451", "json"), ("eg-0461", "json"),
            ("eg-0462", "json"),
        ],
    ),
    (
        "missing-context",
        "the section is a bare JSON fragment without `@context`",
        &[("eg-0269", "json"), ("eg-0315", "json"), ("eg-0318", "json"), ("eg-0348", "json"), ("eg-0460", "json")],
    ),
    (
        "duplicate-key",
        "the example repeats a key in one object: JSON keeps only its last value",
        &[
            ("eg-0190", "json"), ("eg-0225", "json"), ("eg-0313", "json"), ("eg-0343", "json"),
            ("eg-0437", "json"), ("eg-0455", "json"), ("eg-0491", "json"),
        ],
    ),
    (
        "invalid-language",
        "`inLanguage` names the language (`English`) where schema.org asks for a BCP 47 tag",
        &[
            ("eg-0231", "json"), ("eg-0231", "microdata"), ("eg-0231", "rdfa"), ("eg-0385", "json"),
            ("eg-0447", "json"), ("eg-0447", "microdata"), ("eg-0447", "rdfa"), ("eg-0462", "json"),
            ("eg-0462", "microdata"), ("eg-0462", "rdfa"),
        ],
    ),
    ("non-iso-currency", "`priceCurrency` is `UDC`, no ISO 4217 code (USD mistyped)", &[("eg-0145", "json")]),
    (
        "empty-value",
        "the markup gives an empty value: an `<img href>` (an image's value is its `src`), an `<input>` (its value is its empty text), microdata attributes inside RDFa, a `<meta link>`",
        &[
            ("eg-0328", "microdata"), ("eg-0329", "microdata"), ("eg-0397", "microdata"),
            ("eg-0397", "rdfa"), ("eg-0446", "rdfa"), ("eg-0457", "microdata"), ("eg-0457", "rdfa"),
        ],
    ),
    (
        "missing-type",
        "the RDFa has no `typeof` for the node (`type=` written for it), or an `<a href>` makes the link the subject of what is inside it",
        &[("eg-0254", "rdfa"), ("eg-0255", "rdfa"), ("eg-0257", "rdfa"), ("eg-0258", "rdfa"), ("eg-0441", "rdfa")],
    ),
    (
        "dangling-reference",
        "the RDFa relies on `rdfa:copy` and `rdfa:Pattern`, which sdx does not expand",
        &[("eg-0394", "rdfa")],
    ),
];

/// Every section of an example sdx validates: its name, format and text.
fn sections(example: &Example) -> Vec<(&'static str, InputFormat, String)> {
    let mut out = Vec::new();
    if let Some(json) = &example.json {
        let (extension, text) = json.as_file();
        let format = match extension {
            "html" => InputFormat::Html,
            _ => InputFormat::Json,
        };
        out.push(("json", format, text));
    }
    if let Some(markup) = &example.microdata {
        out.push(("microdata", InputFormat::Html, corpus::page(markup)));
    }
    if let Some(markup) = &example.rdfa {
        out.push(("rdfa", InputFormat::Html, corpus::page(markup)));
    }
    out
}

/// The rules that found an error or a warning in each section (example
/// id, section).
type Findings = BTreeMap<(String, &'static str), BTreeSet<(&'static str, Severity)>>;

/// [`Findings`], run one example at a time (examples reuse `@id`s such as
/// `#product`).
fn findings() -> &'static Findings {
    static FINDINGS: std::sync::OnceLock<Findings> = std::sync::OnceLock::new();
    FINDINGS.get_or_init(|| {
        let validator = Validator::new(Settings::default());
        let mut out = BTreeMap::new();
        for example in corpus::examples() {
            for (section, format, text) in sections(example) {
                let report = validator.validate_bytes(&example.id, format, text.as_bytes());
                let found: BTreeSet<(&'static str, Severity)> = report
                    .diagnostics()
                    .map(|(d, _)| (d.rule, d.severity))
                    .filter(|(_, severity)| *severity != Severity::Info)
                    .collect();
                out.insert((example.id.clone(), section), found);
            }
        }
        out
    })
}

#[test]
fn no_example_gets_an_error_or_an_unexplained_warning() {
    let mut unexplained = Vec::new();
    let mut outcomes: BTreeMap<&str, usize> = BTreeMap::new();
    let mut seen_defective = BTreeSet::new();
    let mut seen_warned = BTreeSet::new();
    for ((id, section), found) in findings() {
        let mut outcome = "clean";
        for &(rule, severity) in found {
            let defective = DEFECTIVE
                .iter()
                .any(|(i, s, r, _)| i == id && s == section && *r == rule);
            let warned = WARNED
                .iter()
                .any(|(r, _, at)| *r == rule && at.iter().any(|(i, s)| i == id && s == section));
            if severity == Severity::Error && defective {
                seen_defective.insert((id.clone(), *section, rule));
                outcome = "defective example: error kept";
            } else if severity == Severity::Warning && warned {
                seen_warned.insert((id.clone(), *section, rule));
                if outcome == "clean" {
                    outcome = "warning whose reason applies";
                }
            } else {
                unexplained.push(format!("{id} {section}: {severity:?} {rule}"));
            }
        }
        *outcomes.entry(outcome).or_default() += 1;
    }
    println!("schema.org 30.0 examples, by section: {outcomes:?}");
    assert!(
        unexplained.is_empty(),
        "findings on schema.org's own examples:\n{}",
        unexplained.join("\n")
    );
    // The tables cannot rot: each entry still happens.
    for (id, section, rule, _) in DEFECTIVE {
        assert!(
            seen_defective.contains(&((*id).to_owned(), *section, *rule)),
            "{id} {section} no longer has {rule}: take it off DEFECTIVE"
        );
    }
    for (rule, _, at) in WARNED {
        for (id, section) in *at {
            assert!(
                seen_warned.contains(&((*id).to_owned(), *section, *rule)),
                "{id} {section} no longer has {rule}: take it off WARNED"
            );
        }
    }
    let sections = findings().len();
    assert!(
        sections >= 479 + 208 + 182 - 10,
        "{sections} sections checked"
    );
}

/// The committed JSON Schemas, run by another validator (the `jsonschema`
/// crate on the files, as any third party would), accept every node of
/// every example that is of a modeled type or one of its subtypes.
#[test]
fn the_committed_schemas_accept_every_example_node() {
    let vocabulary = sdx::vocab::Vocabulary::get();
    let modeled: Vec<&str> = sdx::schema::modeled_types()
        .iter()
        .map(|t| t.name)
        .collect();
    let mut checked = 0;
    let mut refused = Vec::new();
    for example in corpus::examples() {
        if DEFECTIVE.iter().any(|(id, ..)| *id == example.id) {
            continue;
        }
        let Some(json) = &example.json else { continue };
        for document in json_documents(json) {
            for node in top_level_nodes(&document) {
                let types: Vec<&str> = match node.get("@type").or_else(|| node.get("type")) {
                    Some(Value::String(t)) => vec![t.as_str()],
                    Some(Value::Array(ts)) => ts.iter().filter_map(Value::as_str).collect(),
                    _ => Vec::new(),
                };
                for schema in &modeled {
                    let applies = types.iter().any(|t| {
                        let t = sdx::model::schema_org_term(t);
                        t == *schema || vocabulary.is_subtype(t, schema)
                    });
                    if !applies {
                        continue;
                    }
                    checked += 1;
                    let errors =
                        crate::support::schema_errors(&format!("{schema}.schema.json"), node);
                    if !errors.is_empty() {
                        refused.push(format!("{} ({schema}): {errors:?}", example.id));
                    }
                }
            }
        }
    }
    assert!(checked > 150, "{checked} nodes checked");
    assert!(refused.is_empty(), "{}", refused.join("\n"));
}

/// The JSON-LD documents of a `JSON:` section.
fn json_documents(section: &JsonSection) -> Vec<Value> {
    match section {
        JsonSection::Json(text) => serde_json::from_str(text).into_iter().collect(),
        JsonSection::Html(markup) => markup
            .split("</script>")
            .filter_map(|chunk| chunk.split_once("application/ld+json"))
            .filter_map(|(_, rest)| rest.split_once('>'))
            .filter_map(|(_, body)| serde_json::from_str(body).ok())
            .collect(),
    }
}

/// A document's top-level nodes: the object, the items of a list, or of
/// an `@graph`.
fn top_level_nodes(document: &Value) -> Vec<&Value> {
    match document {
        Value::Array(items) => items.iter().flat_map(top_level_nodes).collect(),
        Value::Object(object) => match object.get("@graph") {
            Some(graph) => top_level_nodes(graph),
            None => vec![document],
        },
        _ => Vec::new(),
    }
}
