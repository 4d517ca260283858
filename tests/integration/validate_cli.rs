//! `sdx validate` end to end: each rule fires on its fixture at the right
//! line, column and pointer, and stays silent on valid data; feeds, pages,
//! standard input, configuration and exit codes.

use std::path::{Path, PathBuf};

use assert_cmd::Command;

use crate::support::sdx;
use serde_json::Value;

fn fixture(path: &str) -> String {
    format!("fixtures/thirdparty/{path}")
}

/// Runs `sdx validate --format json ARGS` and returns (exit code, output).
fn validate_json(args: &[&str]) -> (i32, Value) {
    let output = sdx()
        .arg("validate")
        .arg("--format")
        .arg("json")
        .arg("--no-config")
        .args(args)
        .output()
        .unwrap();
    let value: Value = serde_json::from_slice(&output.stdout).unwrap_or_else(|e| {
        panic!(
            "not JSON ({e}): {}",
            String::from_utf8_lossy(&output.stdout)
        )
    });
    (output.status.code().unwrap(), value)
}

/// (rule, line, column, pointer) of every diagnostic.
fn findings(output: &Value) -> Vec<(String, Option<u64>, Option<u64>, String)> {
    output["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["rule"].as_str().unwrap().to_owned(),
                d["line"].as_u64(),
                d["column"].as_u64(),
                d["pointer"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

fn f(
    rule: &str,
    line: u64,
    column: u64,
    pointer: &str,
) -> (String, Option<u64>, Option<u64>, String) {
    (
        rule.to_owned(),
        Some(line),
        Some(column),
        pointer.to_owned(),
    )
}

fn check(path: &str, expected: &[(String, Option<u64>, Option<u64>, String)]) -> Value {
    let (_, output) = validate_json(&[&fixture(path)]);
    assert_eq!(findings(&output), expected, "{path}: {output:#}");
    output
}

/// Findings other than infos.
fn problems(output: &Value) -> Vec<(String, Option<u64>, Option<u64>, String)> {
    let infos: Vec<bool> = output["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["severity"] == "info")
        .collect();
    findings(output)
        .into_iter()
        .zip(infos)
        .filter_map(|(finding, info)| (!info).then_some(finding))
        .collect()
}

#[test]
fn valid_fixtures_are_clean() {
    let (code, output) = validate_json(&[&fixture("valid")]);
    assert_eq!(problems(&output), vec![], "{output:#}");
    let notes: Vec<(String, String)> = output["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["rule"].as_str().unwrap().to_owned(),
                d["pointer"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    let note = |rule: &str, pointer: &str| (rule.to_owned(), pointer.to_owned());
    // The only notes: text standing for a node, and another vocabulary's
    // context whose terms were not checked. (Terms schema.org 30.0 still
    // has in its pending layer are noted only with `--profile pending`.)
    assert_eq!(
        notes,
        [
            note("text-for-entity", "/0/founder"),
            note("text-for-entity", "/1/superEvent"),
            note("unsupported-context", "/2/@context/1"),
        ]
    );
    assert_eq!(code, 0);
    let summary = &output["summary"];
    assert_eq!(summary["files"], 7);
    assert_eq!(summary["errors"], 0);
    assert_eq!(summary["warnings"], 0);
    assert!(summary["nodes"].as_u64().unwrap() >= 25, "{summary}");
}

#[test]
fn every_rule_has_a_fixture_that_triggers_it() {
    let (code, output) = validate_json(&[
        "--profile",
        "pending",
        &fixture("invalid"),
        &fixture("vocabulary"),
    ]);
    assert_eq!(code, 1);
    let mut fired: std::collections::BTreeSet<String> = findings(&output)
        .into_iter()
        .map(|(rule, ..)| rule)
        .collect();
    let (code, output) = validate_json(&["--profile", "google", &fixture("google")]);
    assert_eq!(code, 1);
    fired.extend(findings(&output).into_iter().map(|(rule, ..)| rule));
    // Page markup rules and profile rules fire on the page fixtures.
    let (code, pages) = validate_json(&["--profile", "social", "fixtures/pages"]);
    assert_eq!(code, 1);
    fired.extend(findings(&pages).into_iter().map(|(rule, ..)| rule));
    // The dataset layer's rules fire on the broken datasets of `sdx export`.
    for entry in std::fs::read_dir(crate::support::repo("fixtures/broken")).unwrap() {
        let path = entry.unwrap().path();
        if path.extension().is_some_and(|e| e == "jsonld") {
            let output = sdx().arg("export").arg(&path).output().unwrap();
            let stderr = String::from_utf8_lossy(&output.stderr);
            fired.extend(stderr.lines().filter_map(|line| {
                let rule = line.split_once(": error[")?.1.split_once(']')?.0;
                Some(rule.to_owned())
            }));
        }
    }
    let unreadable = sdx()
        .args(["export", "fixtures/broken/no-such-file.jsonld"])
        .output()
        .unwrap();
    if String::from_utf8_lossy(&unreadable.stderr).contains("error[unreadable-file]") {
        fired.insert("unreadable-file".to_owned());
    }
    // A profile rule may instead be fired by its own documented `wrong`
    // example (`rule_examples.rs` runs them): a new Google feature then
    // needs no fixture. Every other rule still needs one here.
    fired.extend(crate::rule_examples::fired_by_their_example());
    let all: std::collections::BTreeSet<String> = crate::support::listed_rules()
        .iter()
        .map(|r| r["id"].as_str().unwrap().to_owned())
        .collect();
    assert_eq!(fired, all);
}

#[test]
fn invalid_json_with_the_parser_position() {
    check("invalid/syntax.json", &[f("invalid-json", 6, 1, "")]);
}

#[test]
fn deep_nesting_is_a_clean_finding() {
    check("invalid/deep.json", &[f("limit-exceeded", 1, 122, "")]);
}

#[test]
fn json_ld_shape() {
    check(
        "invalid/shape.jsonld",
        &[
            f("invalid-jsonld", 4, 15, "/@graph/0/@type"),
            f("invalid-jsonld", 5, 5, "/@graph/1"),
            f("invalid-jsonld", 6, 32, "/@graph/2/@id"),
        ],
    );
}

#[test]
fn contexts_missing_and_unsupported() {
    check(
        "invalid/no-context.json",
        // Untyped nested nodes are nodes of the type the property expects.
        &[f("missing-context", 1, 1, "")],
    );
    check(
        "invalid/contexts.jsonld",
        &[
            f("unsupported-context", 3, 17, "/0/@context"),
            f("unsupported-context", 9, 40, "/1/@context/1"),
        ],
    );
}

#[test]
fn missing_type_at_top_level() {
    check("invalid/untyped.jsonld", &[f("missing-type", 1, 1, "")]);
}

/// The model's schema reads schema.org's open forms (a number for text,
/// any property repeated, an untyped node, a node of another type, kept as
/// written): what it still refuses is said by the rules in their own words,
/// and only a constraint no rule reads — a latitude of 200 — is the schema
/// layer's own finding.
#[test]
fn the_schema_layer_reports_only_what_no_rule_explains() {
    let output = check(
        "invalid/schema.jsonld",
        &[
            f("unexpected-node-type", 6, 14, "/founder"),
            f("unexpected-value-type", 8, 12, "/email"),
            f("schema", 9, 46, "/location/latitude"),
        ],
    );
    let messages: Vec<&str> = output["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["message"].as_str().unwrap())
        .collect();
    assert_eq!(
        messages,
        [
            "`founder` expects Organization or Person; found a Brand node",
            "`email` expects Text; found the boolean true",
            "`latitude`: 200 is greater than the maximum of 90.0",
        ]
    );
}

#[test]
fn empty_values_are_their_own_finding() {
    // `null` is JSON-LD's "no value": not reported. An empty price is not
    // also a bad price.
    check(
        "invalid/empty.jsonld",
        &[
            f("empty-value", 5, 18, "/description"),
            f("empty-value", 6, 12, "/image"),
            f("empty-value", 7, 12, "/brand"),
            f("empty-value", 9, 41, "/offers/price"),
            f("empty-value", 10, 24, "/keywords/1"),
        ],
    );
}

#[test]
fn forms_schema_org_reads_but_consumers_may_lose_are_warnings() {
    check(
        "invalid/forms.jsonld",
        &[
            f("date-with-time", 5, 16, "/birthDate"),
            f("number-for-text", 6, 16, "/deathDate"),
            f("number-for-text", 7, 16, "/telephone"),
            f("number-for-text", 8, 55, "/address/postalCode"),
        ],
    );
    let (code, _) = validate_json(&[&fixture("invalid/forms.jsonld")]);
    assert_eq!(code, 0, "warnings only");
}

#[test]
fn a_misspelled_context_is_an_error_and_the_document_is_still_checked() {
    let output = check(
        "invalid/misspelled-context.jsonld",
        &[
            f("misspelled-context", 2, 15, "/@context"),
            f("invalid-date", 5, 16, "/startDate"),
        ],
    );
    assert_eq!(
        output["diagnostics"][0]["message"],
        "`@context` `https://shema.org` is not schema.org's context; did you mean `https://schema.org`?"
    );
}

#[test]
fn dates_and_their_order() {
    check(
        "invalid/dates.jsonld",
        &[
            f("date-order", 6, 14, "/endDate"),
            f("invalid-date", 9, 18, "/offers/validFrom"),
            f("invalid-date", 10, 24, "/offers/priceValidUntil"),
        ],
    );
}

#[test]
fn urls_relative_and_invalid() {
    check(
        "invalid/urls.jsonld",
        &[
            f("relative-url", 5, 10, "/url"),
            f("relative-url", 6, 11, "/logo"),
            f("invalid-url", 7, 54, "/sameAs/1"),
        ],
    );
}

#[test]
fn offers_prices_currencies_gtins_enums() {
    let output = check(
        "invalid/offer.jsonld",
        &[
            f("invalid-gtin", 5, 13, "/gtin13"),
            f("invalid-gtin", 6, 12, "/gtin8"),
            f("invalid-price", 10, 16, "/offers/0/price"),
            f("non-iso-currency", 11, 24, "/offers/0/priceCurrency"),
            f("invalid-enum", 12, 23, "/offers/0/availability"),
            f("invalid-price", 16, 16, "/offers/1/price"),
            f("invalid-currency", 17, 24, "/offers/1/priceCurrency"),
            f("invalid-enum", 18, 24, "/offers/1/itemCondition"),
        ],
    );
    let near_miss = &output["diagnostics"][4];
    assert!(
        near_miss["message"]
            .as_str()
            .unwrap()
            .contains("did you mean `https://schema.org/InStock`?"),
        "{near_miss}"
    );
    assert_eq!(output["diagnostics"][3]["help"], "did you mean `EUR`?");
}

#[test]
fn semantic_rules_apply_to_modeled_types_without_schema_duplicates() {
    check(
        "invalid/modeled.jsonld",
        &[
            f("relative-url", 5, 10, "/url"),
            f("invalid-date", 6, 19, "/foundingDate"),
            f("invalid-url", 8, 5, "/sameAs/0"),
        ],
    );
}

#[test]
fn language_tags() {
    check(
        "invalid/language.jsonld",
        &[f("invalid-language", 5, 17, "/inLanguage")],
    );
}

#[test]
fn references_resolve_within_the_set() {
    check(
        "invalid/references.jsonld",
        &[
            f("dangling-reference", 8, 17, "/@graph/0/author"),
            f("conflicting-id", 12, 5, "/@graph/2"),
        ],
    );
}

#[test]
fn references_resolve_across_files_validated_together() {
    let (code, output) = validate_json(&[
        &fixture("cross/article.jsonld"),
        &fixture("cross/people.ndjson"),
    ]);
    assert_eq!(
        findings(&output),
        vec![f("conflicting-id", 2, 1, "")],
        "{output:#}"
    );
    let message = output["diagnostics"][0]["message"].as_str().unwrap();
    assert!(
        message.contains("fixtures/thirdparty/cross/article.jsonld /@graph/1"),
        "{message}"
    );
    assert_eq!(code, 1);
}

#[test]
fn html_page_with_a_broken_block_still_validates_the_other() {
    let (code, output) = validate_json(&[&fixture("invalid/two-blocks.html")]);
    assert_eq!(
        findings(&output),
        vec![
            f("invalid-json", 9, 20, ""),
            f("relative-url", 17, 10, "/url")
        ]
    );
    assert_eq!(output["summary"]["documents"], 2);
    assert_eq!(code, 1);
}

#[test]
fn ndjson_reports_each_bad_line_and_keeps_going() {
    let (_, output) = validate_json(&[&fixture("invalid/feed.ndjson")]);
    assert_eq!(
        findings(&output),
        vec![
            f("invalid-json", 2, 68, ""),
            f("invalid-gtin", 5, 79, "/gtin13"),
            f("invalid-json", 6, 5, ""),
        ]
    );
    assert_eq!(
        output["summary"]["documents"], 6,
        "blank line 4 is not a document"
    );
}

#[test]
fn reads_standard_input_with_a_format() {
    let feed = std::fs::read(fixture("invalid/feed.ndjson")).unwrap();
    let output = sdx()
        .args([
            "validate",
            "--no-config",
            "--format",
            "json",
            "--input-format",
            "ndjson",
            "-",
        ])
        .write_stdin(feed)
        .output()
        .unwrap();
    let value: Value = serde_json::from_slice(&output.stdout).unwrap();
    let got = findings(&value);
    assert_eq!(got.len(), 3);
    assert!(value["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .all(|d| d["file"] == "-"));
    assert_eq!(got[1], f("invalid-gtin", 5, 79, "/gtin13"));
}

#[test]
fn exit_codes() {
    // Warnings only: success, unless warnings are denied.
    let warnings = fixture("invalid/untyped.jsonld");
    sdx()
        .args(["validate", "--no-config", &warnings])
        .assert()
        .code(0);
    sdx()
        .args(["validate", "--no-config", "--deny-warnings", &warnings])
        .assert()
        .code(1);
    sdx()
        .args(["validate", "--no-config", "no/such/file.json"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("no/such/file.json"));
    sdx()
        .args([
            "validate",
            "--no-config",
            "--ignore",
            "invalid-gtn",
            &warnings,
        ])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("did you mean `invalid-gtin`?"));
    sdx()
        .args(["validate", "--no-config", "Cargo.toml"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("--input-format"));
}

#[test]
fn select_and_ignore() {
    let offer = fixture("invalid/offer.jsonld");
    let (_, output) = validate_json(&["--select", "invalid-gtin,invalid-enum", &offer]);
    let rules: Vec<String> = findings(&output).into_iter().map(|f| f.0).collect();
    assert_eq!(
        rules,
        [
            "invalid-gtin",
            "invalid-gtin",
            "invalid-enum",
            "invalid-enum"
        ]
    );
    let (code, output) = validate_json(&[
        "--ignore",
        "invalid-gtin",
        "--ignore",
        "invalid-price,invalid-currency,invalid-enum,non-iso-currency",
        &offer,
    ]);
    assert_eq!(findings(&output), vec![]);
    assert_eq!(code, 0);
}

fn temp_site() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().to_path_buf();
    let copy = |from: &str, to: &str| {
        let target = root.join(to);
        std::fs::create_dir_all(target.parent().unwrap()).unwrap();
        std::fs::copy(
            Path::new(env!("CARGO_MANIFEST_DIR")).join(fixture(from)),
            target,
        )
        .unwrap();
    };
    copy("invalid/urls.jsonld", "site/urls.jsonld");
    copy("invalid/contexts.jsonld", "site/contexts.jsonld");
    copy("invalid/offer.jsonld", "site/vendor/offer.jsonld");
    copy("invalid/dates.jsonld", "site/generated/dates.jsonld");
    copy("valid/organization.json", "site/notes.txt");
    (dir, root)
}

#[test]
fn sdx_toml_regrades_and_excludes_and_gitignore_is_honoured() {
    let (_dir, root) = temp_site();
    std::fs::write(root.join("site/.gitignore"), "generated/\n").unwrap();
    std::fs::write(
        root.join("sdx.toml"),
        "[validate]\nexclude = [\"vendor/\"]\nignore = [\"invalid-url\"]\n\n[validate.severity]\nunsupported-context = \"error\"\n",
    )
    .unwrap();
    let output = Command::cargo_bin("sdx")
        .unwrap()
        .current_dir(root.join("site"))
        .args(["validate", "--format", "json", "."])
        .output()
        .unwrap();
    let value: Value = serde_json::from_slice(&output.stdout).unwrap();
    let got: Vec<(String, String, String)> = value["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| {
            (
                d["file"].as_str().unwrap().to_owned(),
                d["rule"].as_str().unwrap().to_owned(),
                d["severity"].as_str().unwrap().to_owned(),
            )
        })
        .collect();
    let expect = |file: &str, rule: &str, severity: &str| {
        (file.to_owned(), rule.to_owned(), severity.to_owned())
    };
    assert_eq!(
        got,
        vec![
            expect("contexts.jsonld", "unsupported-context", "error"),
            expect("contexts.jsonld", "unsupported-context", "error"),
            expect("urls.jsonld", "relative-url", "warning"),
            expect("urls.jsonld", "relative-url", "warning"),
        ],
        "vendor/ excluded by sdx.toml, generated/ by .gitignore, notes.txt by extension"
    );
    assert_eq!(value["summary"]["files"], 2);
    assert_eq!(output.status.code(), Some(1));
}

#[test]
fn output_is_deterministic() {
    let run = || {
        sdx()
            .args([
                "validate",
                "--no-config",
                "--format",
                "json",
                "fixtures/thirdparty",
            ])
            .output()
            .unwrap()
            .stdout
    };
    let first = run();
    assert!(!first.is_empty());
    assert_eq!(first, run());
}

#[test]
fn writes_the_report_to_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let target = dir.path().join("report.sarif");
    sdx()
        .args(["validate", "--no-config", "--format", "sarif", "-o"])
        .arg(&target)
        .arg(fixture("invalid/urls.jsonld"))
        .assert()
        .code(1)
        .stdout("");
    let sarif: Value = serde_json::from_str(&std::fs::read_to_string(&target).unwrap()).unwrap();
    assert_eq!(sarif["runs"][0]["results"].as_array().unwrap().len(), 3);
    let leftovers = std::fs::read_dir(dir.path()).unwrap().count();
    assert_eq!(leftovers, 1, "no temporary file is left behind");
}

#[test]
fn rules_table() {
    let output = sdx().arg("rules").output().unwrap();
    let text = String::from_utf8(output.stdout).unwrap();
    assert!(text.starts_with("RULE "), "{text}");
    let gtin = text
        .lines()
        .find(|l| l.starts_with("invalid-gtin "))
        .unwrap();
    let columns: Vec<&str> = gtin.split_whitespace().take(3).collect();
    assert_eq!(columns, ["invalid-gtin", "error", "semantic"]);
    // A 100-column terminal holds every line.
    for line in text.lines() {
        assert!(line.chars().count() <= 100, "{line}");
    }
    assert!(
        text.contains("\ngoogle/event-missing-start-date\n"),
        "{text}"
    );
}

#[test]
fn a_repeated_key_is_a_warning_at_its_last_value() {
    check(
        "invalid/duplicate-key.jsonld",
        &[f("duplicate-key", 6, 11, "/name")],
    );
}
