//! The renderings of `sdx validate`, pinned: human (without colour),
//! GitHub annotations, SARIF and JUnit; and the SARIF output checked
//! against the SARIF 2.1.0 schema.

use assert_cmd::Command;
use serde_json::Value;

/// A set of fixtures that shows every rendering's features: a page with a
/// broken block, a feed with bad lines, offers with suggestions, references.
const INPUTS: &[&str] = &[
    "fixtures/thirdparty/invalid/two-blocks.html",
    "fixtures/thirdparty/invalid/feed.ndjson",
    "fixtures/thirdparty/invalid/offer.jsonld",
    "fixtures/thirdparty/invalid/references.jsonld",
    "fixtures/thirdparty/invalid/contexts.jsonld",
];

fn render(format: &str, extra: &[&str]) -> String {
    let output = Command::cargo_bin("sdx")
        .unwrap()
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .args(["validate", "--no-config", "--format", format])
        .args(extra)
        .args(INPUTS)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1), "{output:?}");
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn human() {
    let text = render("human", &["--color", "never"]);
    assert!(!text.contains('\u{1b}'), "no colour when asked for none");
    insta::assert_snapshot!("human", text);
}

#[test]
fn human_is_plain_when_not_on_a_terminal() {
    // The test harness's pipe is not a terminal: `auto` means no colour.
    assert_eq!(render("human", &[]), render("human", &["--color", "never"]));
    assert!(render("human", &["--color", "always"]).contains("\u{1b}["));
}

#[test]
fn github() {
    insta::assert_snapshot!("github", render("github", &[]));
}

#[test]
fn junit() {
    insta::assert_snapshot!("junit", render("junit", &[]));
}

#[test]
fn sarif() {
    insta::assert_snapshot!("sarif", render("sarif", &[]));
}

fn escape_stray_bracket(value: &mut Value) -> usize {
    const STRAY: &str = "^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$";
    match value {
        Value::Object(object) => object
            .iter_mut()
            .map(|(key, value)| {
                if key == "pattern" && value == STRAY {
                    *value = Value::from(STRAY.replace("}]?", "}\\]?"));
                    1
                } else {
                    escape_stray_bracket(value)
                }
            })
            .sum(),
        Value::Array(items) => items.iter_mut().map(escape_stray_bracket).sum(),
        _ => 0,
    }
}

#[test]
fn sarif_validates_against_the_sarif_2_1_0_schema() {
    let mut schema: Value =
        serde_json::from_str(include_str!("../data/sarif-schema-2.1.0.json")).unwrap();
    // The official schema's `language` patterns (properties sdx does not
    // write) have a stray `]` that ECMA-262 regexes accept and the
    // meta-schema's `regex` format check does not. Escaping that one
    // character lets the schema compile with formats checked; nothing else
    // is touched.
    let patched = escape_stray_bracket(&mut schema);
    assert!(patched >= 1);
    let validator = jsonschema::options()
        .offline()
        .should_validate_formats(true)
        .build(&schema)
        .unwrap();
    let sarif: Value = serde_json::from_str(&render("sarif", &[])).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(&sarif)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    // The check would catch a broken log: a result without a message.
    let mut broken = sarif.clone();
    broken["runs"][0]["results"][0]
        .as_object_mut()
        .unwrap()
        .remove("message");
    assert!(!validator.is_valid(&broken));
    let results = sarif["runs"][0]["results"].as_array().unwrap();
    assert_eq!(results.len(), 17);
    let rules = sarif["runs"][0]["tool"]["driver"]["rules"]
        .as_array()
        .unwrap();
    for result in results {
        let index = result["ruleIndex"].as_u64().unwrap() as usize;
        assert_eq!(rules[index]["id"], result["ruleId"]);
        assert!(rules[index]["help"]["text"].as_str().is_some());
    }
}
