//! The vocabulary layer end to end: every rule fires on its fixture at the
//! right line, column and pointer, with its suggestion; one problem is
//! reported once; and varied valid real-world documents give no errors.

use crate::support::sdx;

use serde_json::Value;

/// `sdx validate` with the `pending` profile on, so that `pending-term`
/// (off by default) is among the rules checked here.
fn validate_json(args: &[&str]) -> (i32, Value) {
    let output = sdx()
        .args([
            "validate",
            "--format",
            "json",
            "--no-config",
            "--profile",
            "pending",
        ])
        .args(args)
        .output()
        .unwrap();
    let value: Value = serde_json::from_slice(&output.stdout).unwrap();
    (output.status.code().unwrap(), value)
}

/// (rule, line, column, pointer, message, help) of every diagnostic.
type Row = (String, u64, u64, String, String, String);

fn rows(output: &Value) -> Vec<Row> {
    output["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["rule"].as_str().unwrap().to_owned(),
                d["line"].as_u64().unwrap(),
                d["column"].as_u64().unwrap(),
                d["pointer"].as_str().unwrap().to_owned(),
                d["message"].as_str().unwrap().to_owned(),
                d["help"].as_str().unwrap_or_default().to_owned(),
            )
        })
        .collect()
}

fn row(rule: &str, line: u64, column: u64, pointer: &str, message: &str, help: &str) -> Row {
    (
        rule.to_owned(),
        line,
        column,
        pointer.to_owned(),
        message.to_owned(),
        help.to_owned(),
    )
}

const SUPERSEDED_HELP: &str = "write `TaxiService` instead of `Taxi`";
const PENDING_HELP: &str = "Keep it if you need it, but expect changes and check that your consumers read it (https://pending.schema.org).";
const RANGE_HELP: &str = "Write the value as one of the types the message lists (https://schema.org/<property> shows the range).";

#[test]
fn types_unknown_superseded_and_pending_with_suggestions() {
    let (code, output) = validate_json(&["fixtures/thirdparty/vocabulary/types.jsonld"]);
    assert_eq!(
        rows(&output),
        vec![
            row(
                "unknown-type",
                4,
                15,
                "/@graph/0/@type",
                "`Orgnization` is not a schema.org type; did you mean `Organization`?",
                "write \"@type\": \"Organization\""
            ),
            row(
                "unknown-type",
                5,
                31,
                "/@graph/1/@type/1",
                "`Organisation` is not a schema.org type; did you mean `Organization`?",
                "write \"@type\": \"Organization\""
            ),
            row(
                "superseded-term",
                6,
                15,
                "/@graph/2/@type",
                "the type `Taxi` is superseded by `TaxiService`",
                SUPERSEDED_HELP
            ),
            row(
                "pending-term",
                7,
                15,
                "/@graph/3/@type",
                "the type `NewsMediaOrganization` is in schema.org's pending layer",
                PENDING_HELP
            ),
            // /@graph/4 mixes in a type and a key of another vocabulary: left alone.
            row(
                "unknown-type",
                9,
                15,
                "/@graph/5/@type",
                "`Xylophone` is not a schema.org type",
                "Use a schema.org type name (https://schema.org/docs/full.html); the message suggests the nearest one."
            ),
        ]
    );
    assert_eq!(code, 1);
}

#[test]
fn properties_unknown_out_of_domain_superseded_and_pending() {
    let (_, output) = validate_json(&["fixtures/thirdparty/vocabulary/properties.jsonld"]);
    let got = rows(&output);
    assert_eq!(
        got,
        vec![
            row(
                "unknown-property",
                7,
                19,
                "/@graph/0/strtDate",
                "`strtDate` is not a schema.org property; did you mean `startDate`?",
                "rename the key to `startDate`"
            ),
            row(
                "unknown-property",
                8,
                68,
                "/@graph/0/location/adress",
                "`adress` is not a schema.org property; did you mean `address`?",
                "rename the key to `address`"
            ),
            row(
                "property-not-in-domain",
                13,
                20,
                "/@graph/1/startDate",
                "`startDate` is not a property of IndividualProduct; it belongs to CreativeWorkSeason, CreativeWorkSeries, DatedMoneySpecification, EducationalOccupationalProgram, …",
                "Move the property to a node of a type it belongs to, or add that type to the node's `@type`."
            ),
            row(
                "superseded-term",
                18,
                20,
                "/@graph/2/employees",
                "the property `employees` is superseded by `employee`",
                "write `employee` instead of `employees`"
            ),
            // A number under an unknown key: only the key is reported.
            row(
                "unknown-property",
                19,
                19,
                "/@graph/2/strtDate",
                "`strtDate` is not a schema.org property; did you mean `startDate`?",
                "rename the key to `startDate`"
            ),
            row(
                "pending-term",
                24,
                19,
                "/@graph/3/jobTitle",
                "the property `jobTitle` is in schema.org's pending layer",
                PENDING_HELP
            ),
            row(
                "superseded-term",
                29,
                27,
                "/@graph/4/medicalSpecialty",
                "the enumeration member `Dermatologic` is superseded by `Dermatology`",
                "write `Dermatology` instead of `Dermatologic`"
            ),
        ]
    );
}

#[test]
fn values_against_ranges_reported_once() {
    let (_, output) = validate_json(&["fixtures/thirdparty/vocabulary/values.jsonld"]);
    let got = rows(&output);
    assert_eq!(
        got,
        vec![
            // A date's value is invalid-date's to judge (its digits are read,
            // as a year would be); the range check stays silent here.
            row(
                "invalid-date",
                5,
                16,
                "/startDate",
                "`startDate`: `20251014` is not an ISO 8601 date or date-time; write it like 2025-10-14 or 2025-10-14T09:30:00-05:00",
                "Write dates as 2025-10-14 (or 2025-10, or 2025) and date-times as 2025-10-14T09:30:00-05:00 (with the offset, so the time is unambiguous)."
            ),
            row(
                "unexpected-value-type",
                6,
                15,
                "/doorTime",
                "`doorTime` expects DateTime or Time; found the number 1930",
                RANGE_HELP
            ),
            row(
                "unexpected-value-type",
                7,
                10,
                "/url",
                "`url` expects URL; found a WebPage node",
                RANGE_HELP
            ),
            // A node of a type the property does not expect is still a
            // node: a warning, where a literal of the wrong kind is an error.
            row(
                "unexpected-node-type",
                8,
                15,
                "/location",
                "`location` expects Place, PostalAddress, Text or VirtualLocation; found a Person node",
                "Give the node one of the expected types (https://schema.org/<property> lists them), or a more specific subtype of one."
            ),
            row(
                "text-for-entity",
                9,
                16,
                "/organizer",
                "`organizer` holds text where schema.org expects Organization or Person; it is read as a name",
                "Write the value as a node, e.g. {\"@type\": \"Person\", \"name\": \"…\"}, when you know its type."
            ),
            row(
                "unexpected-value-type",
                10,
                26,
                "/isAccessibleForFree",
                "`isAccessibleForFree` expects Boolean; found the text `maybe`",
                RANGE_HELP
            ),
        ]
    );
    let severities: Vec<&str> = output["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["severity"].as_str().unwrap())
        .collect();
    assert_eq!(
        severities,
        ["error", "error", "error", "warning", "info", "error"]
    );
}

#[test]
fn the_schema_layer_and_the_vocabulary_do_not_repeat_each_other() {
    // `email: true` on a modeled Organization breaks its schema too; the
    // range check says so in its own words, once, and the schema layer
    // reports only the latitude no rule reads.
    let (_, output) = validate_json(&["fixtures/thirdparty/invalid/schema.jsonld"]);
    let rows = rows(&output);
    let at: Vec<(&str, &str)> = rows.iter().map(|r| (r.0.as_str(), r.3.as_str())).collect();
    assert_eq!(
        at,
        [
            ("unexpected-node-type", "/founder"),
            ("unexpected-value-type", "/email"),
            ("schema", "/location/latitude"),
        ]
    );
}

#[test]
fn missing_type_and_context_say_what_sdx_assumed() {
    let (_, output) = validate_json(&["fixtures/thirdparty/invalid/untyped.jsonld"]);
    assert_eq!(
        output["diagnostics"][0]["message"],
        "the node has no `@type`; sdx checks only that its keys are schema.org properties and its values fit their ranges, not which types they belong to"
    );
    let (_, output) = validate_json(&["fixtures/thirdparty/invalid/no-context.json"]);
    assert_eq!(
        output["diagnostics"][0]["message"],
        "the node has no `@context`; sdx reads its terms as schema.org's, as if it had \"@context\": \"https://schema.org\""
    );
}

#[test]
fn vocabulary_rules_can_be_ignored_and_regraded() {
    let (code, output) = validate_json(&[
        "--ignore",
        "unknown-type,superseded-term,pending-term",
        "fixtures/thirdparty/vocabulary/types.jsonld",
    ]);
    assert_eq!(rows(&output), vec![]);
    assert_eq!(code, 0);
}

#[test]
fn varied_real_world_documents_are_clean_without_a_profile() {
    let (code, output) = validate_json(&["fixtures/thirdparty/corpus"]);
    let diagnostics = output["diagnostics"].as_array().unwrap();
    let problems: Vec<&Value> = diagnostics
        .iter()
        .filter(|d| d["severity"] != "info")
        .collect();
    assert!(problems.is_empty(), "{problems:#?}");
    // What remains are notes: pending terms, and text where a node could be.
    for d in diagnostics {
        let rule = d["rule"].as_str().unwrap();
        assert!(rule == "pending-term" || rule == "text-for-entity", "{d}");
    }
    assert_eq!(code, 0);
    assert_eq!(output["summary"]["files"], 11);
    assert!(output["summary"]["nodes"].as_u64().unwrap() >= 60);
    // Action annotations (`query-input`) are schema.org's, not unknown keys.
    let text = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/fixtures/thirdparty/corpus/website-graph.jsonld"
    ))
    .unwrap();
    assert!(text.contains("\"query-input\""));
}

/// Pending terms Google documents (`jobTitle`, `gtin`) were an info on
/// every use: off unless `--profile pending` or `--select` asks for them.
#[test]
fn pending_terms_are_reported_only_when_asked_for() {
    let rules_of = |args: &[&str]| -> Vec<String> {
        let output = sdx()
            .args(["validate", "--format", "json", "--no-config"])
            .args(args)
            .arg("fixtures/thirdparty/vocabulary/types.jsonld")
            .output()
            .unwrap();
        let report: Value = serde_json::from_slice(&output.stdout).unwrap();
        rows(&report).into_iter().map(|row| row.0).collect()
    };
    assert!(!rules_of(&[]).contains(&"pending-term".to_owned()));
    assert!(!rules_of(&["--profile", "google"]).contains(&"pending-term".to_owned()));
    assert_eq!(
        rules_of(&["--select", "pending-term"]),
        vec!["pending-term"]
    );
    assert!(rules_of(&["--profile", "pending"]).contains(&"pending-term".to_owned()));
}

/// Two swapped letters are one slip: `nmae` gets `name`.
#[test]
fn near_misses_get_a_did_you_mean() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("typos.jsonld");
    std::fs::write(
        &path,
        r#"{"@context": "https://schema.org", "@type": "Prodcut", "nmae": "Lamp", "pirce": 3}"#,
    )
    .unwrap();
    let (code, output) = validate_json(&[path.to_str().unwrap()]);
    let messages: Vec<String> = rows(&output).into_iter().map(|row| row.4).collect();
    assert_eq!(
        messages,
        vec![
            "`Prodcut` is not a schema.org type; did you mean `Product`?",
            "`nmae` is not a schema.org property; did you mean `name`?",
            "`pirce` is not a schema.org property; did you mean `price`?",
        ]
    );
    assert_eq!(code, 1);
}
