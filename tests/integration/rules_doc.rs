//! `docs/rules.md` is `sdx rules --format markdown`: regenerate it with
//! `cargo run -- rules --format markdown > docs/rules.md` when rules change.

use crate::support::sdx;

#[test]
fn docs_rules_md_is_generated_from_the_registry() {
    let output = sdx()
        .args(["rules", "--format", "markdown"])
        .output()
        .unwrap();
    assert!(output.status.success());
    let generated = String::from_utf8(output.stdout).unwrap();
    let committed =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/rules.md")).unwrap();
    assert!(
        committed == generated,
        "docs/rules.md is out of date: run `cargo run -- rules --format markdown > docs/rules.md`"
    );
}

#[test]
fn rules_list_profile_and_source() {
    let rules = crate::support::listed_rules();
    let find = |id: &str| {
        rules
            .iter()
            .find(|r| r["id"] == id)
            .unwrap_or_else(|| panic!("{id} is not listed"))
            .clone()
    };
    let event = find("google/event-missing-start-date");
    assert_eq!(event["severity"], "error");
    assert_eq!(event["profile"], "google");
    assert_eq!(event["layer"], "google");
    assert_eq!(
        event["source"],
        "https://developers.google.com/search/docs/appearance/structured-data/event"
    );
    assert_eq!(
        event["help"],
        "Google lists no event without the date (and time) it starts"
    );
    let recommended = find("google/event-missing-image");
    assert_eq!(recommended["severity"], "warning");
    let vocabulary = find("unknown-property");
    assert_eq!(vocabulary["layer"], "vocabulary");
    assert_eq!(vocabulary["profile"], serde_json::Value::Null);
    assert_eq!(vocabulary["source"], "https://schema.org/version/30.0/");
}

/// `sdx rules ID`: one rule's full text, like `ruff rule`.
#[test]
fn one_rule_in_full() {
    let output = sdx().args(["rules", "invalid-gtin"]).output().unwrap();
    assert_eq!(output.status.code(), Some(0));
    let text = String::from_utf8(output.stdout).unwrap();
    insta::assert_snapshot!(text);
    for line in text.lines() {
        assert!(line.chars().count() <= 100, "{line}");
    }
    let profile = sdx()
        .args(["rules", "google/event-missing-start-date"])
        .output()
        .unwrap();
    let text = String::from_utf8(profile.stdout).unwrap();
    assert!(
        text.contains(r#"{"@type": "Event", "startDate": …}"#),
        "{text}"
    );

    sdx()
        .args(["rules", "invalid-gtn"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("did you mean `invalid-gtin`?"));
}

/// Every rule has its why and examples in docs/rules.md, under an anchor
/// SARIF's `helpUri` can point at.
#[test]
fn every_rule_has_a_section_in_full() {
    let committed =
        std::fs::read_to_string(concat!(env!("CARGO_MANIFEST_DIR"), "/docs/rules.md")).unwrap();
    for rule in crate::support::listed_rules() {
        let id = rule["id"].as_str().unwrap();
        assert!(
            committed.contains(&format!("\n### {}\n", id.replace('/', "-"))),
            "{id}"
        );
        for key in ["why", "wrong", "right"] {
            assert!(!rule[key].as_str().unwrap().is_empty(), "{id}: {key}");
        }
    }
}
