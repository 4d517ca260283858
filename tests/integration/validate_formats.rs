//! The renderings of `sdx validate`, pinned: human (without colour),
//! GitHub annotations, SARIF (but its catalogue of rules, checked against
//! `sdx rules`) and JUnit; and the SARIF output checked against the SARIF
//! 2.1.0 schema.

use crate::support::sdx;

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
    let output = sdx()
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
    let sarif: Value = serde_json::from_str(&render("sarif", &[])).unwrap();
    // The catalogue of every rule grows with each rule or Google feature:
    // it is checked against `sdx rules` below (each rule's id, short
    // description and help, in order) rather than pinned here.
    insta::assert_json_snapshot!("sarif", sarif, {
        ".runs[].tool.driver.rules" => "[every rule of `sdx rules`]"
    });
    let expected: Vec<(&str, &str, &str)> = crate::support::listed_rules()
        .iter()
        .map(|rule| {
            (
                rule["id"].as_str().unwrap(),
                rule["summary"].as_str().unwrap(),
                rule["help"].as_str().unwrap(),
            )
        })
        .collect();
    let catalogue: Vec<(&str, &str, &str)> = sarif["runs"][0]["tool"]["driver"]["rules"]
        .as_array()
        .unwrap()
        .iter()
        .map(|rule| {
            (
                rule["id"].as_str().unwrap(),
                rule["shortDescription"]["text"].as_str().unwrap(),
                rule["help"]["text"].as_str().unwrap(),
            )
        })
        .collect();
    assert_eq!(catalogue, expected);
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
    let validator = sarif_validator();
    let sarif: Value = serde_json::from_str(&render("sarif", &[])).unwrap();
    let errors: Vec<String> = validator
        .iter_errors(&sarif)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect();
    assert!(errors.is_empty(), "{errors:#?}");
    sarif_details(&validator, &sarif);
}

fn sarif_validator() -> jsonschema::Validator {
    let mut schema: Value =
        serde_json::from_str(include_str!("../data/sarif-schema-2.1.0.json")).unwrap();
    // The official schema's `language` patterns (properties sdx does not
    // write) have a stray `]` that ECMA-262 regexes accept and the
    // meta-schema's `regex` format check does not. Escaping that one
    // character lets the schema compile with formats checked; nothing else
    // is touched.
    let patched = escape_stray_bracket(&mut schema);
    assert!(patched >= 1);
    jsonschema::options()
        .offline()
        .should_validate_formats(true)
        .build(&schema)
        .unwrap()
}

fn sarif_details(validator: &jsonschema::Validator, sarif: &Value) {
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

/// `references.jsonld` has a warning (line 8) before an error (line 12),
/// both found by the cross-node rules once every file is read.
fn capped(format: &str) -> String {
    let output = sdx()
        .args(["validate", "--no-config", "--max-diagnostics", "1"])
        .args(["--format", format])
        .arg("fixtures/thirdparty/invalid/references.jsonld")
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1), "{output:?}");
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn a_cap_keeps_the_most_severe_finding_and_every_format_counts_the_rest() {
    let json: Value = serde_json::from_str(&capped("json")).unwrap();
    let listed: Vec<&str> = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["rule"].as_str().unwrap())
        .collect();
    assert_eq!(
        listed,
        ["conflicting-id"],
        "the error, not the earlier warning"
    );
    assert_eq!(json["summary"]["errors"], 1);
    assert_eq!(json["summary"]["warnings"], 1);
    assert_eq!(json["summary"]["omitted"], 1);

    let human = capped("human");
    assert!(human.contains("error[conflicting-id]"), "{human}");
    assert!(!human.contains("dangling-reference"), "{human}");
    assert!(
        human.contains("... 1 more finding in fixtures/thirdparty/invalid/references.jsonld not listed (--max-diagnostics 1; 0 lists all)"),
        "{human}"
    );
    assert!(human.contains("(1 not listed)."), "{human}");

    let junit = capped("junit");
    assert_eq!(junit.matches("<testcase ").count(), 1, "{junit}");
    assert!(
        junit.contains("... 1 more (0 errors, 1 warnings and 0 infos) not listed (--max-diagnostics 1; 0 lists all)"),
        "{junit}"
    );

    let sarif: Value = serde_json::from_str(&capped("sarif")).unwrap();
    let validator = sarif_validator();
    assert!(validator.is_valid(&sarif), "{sarif:#}");
    assert_eq!(sarif["runs"][0]["results"].as_array().unwrap().len(), 1);
    let note = &sarif["runs"][0]["invocations"][0]["toolExecutionNotifications"][0];
    assert_eq!(note["level"], "note");
    assert!(
        note["message"]["text"]
            .as_str()
            .unwrap()
            .starts_with("... 1 more finding in fixtures/thirdparty/invalid/references.jsonld"),
        "{note}"
    );
}
