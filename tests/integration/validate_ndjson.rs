//! `sdx validate --format ndjson`: one line per document, the same findings
//! and counts as `--format json`, and a filter that answers each line
//! before its input ends.

use std::io::{BufRead, BufReader, Write};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use serde_json::Value;

use crate::support::{repo, sdx};

/// A page with a broken block, a feed with bad lines, references across
/// files and an `@id` typed two ways.
const INPUTS: &[&str] = &[
    "fixtures/thirdparty/invalid/two-blocks.html",
    "fixtures/thirdparty/invalid/feed.ndjson",
    "fixtures/thirdparty/invalid/references.jsonld",
    "fixtures/thirdparty/cross",
];

fn run(format: &str, inputs: &[&str]) -> (i32, String) {
    let output = sdx()
        .args(["validate", "--no-config", "--max-diagnostics", "0"])
        .args(["--format", format])
        .args(inputs)
        .output()
        .unwrap();
    let text = String::from_utf8(output.stdout).unwrap();
    (output.status.code().unwrap(), text)
}

fn lines(text: &str) -> Vec<Value> {
    text.lines()
        .map(|line| serde_json::from_str(line).unwrap())
        .collect()
}

#[test]
fn one_line_per_document_then_the_summary() {
    let (code, text) = run("ndjson", INPUTS);
    assert_eq!(code, 1);
    insta::assert_snapshot!("ndjson", text);
}

#[test]
fn the_same_findings_and_counts_as_the_json_format() {
    let mut inputs: Vec<String> = Vec::new();
    for dir in [
        "valid",
        "invalid",
        "cross",
        "corpus",
        "vocabulary",
        "google",
    ] {
        inputs.push(format!("fixtures/thirdparty/{dir}"));
    }
    let inputs: Vec<&str> = inputs.iter().map(String::as_str).collect();
    let (json_code, json) = run("json", &inputs);
    let (code, text) = run("ndjson", &inputs);
    assert_eq!(code, json_code);
    let json: Value = serde_json::from_str(&json).unwrap();
    let mut records = lines(&text);
    let last = records.pop().unwrap();
    assert_eq!(last["summary"], json["summary"]);
    assert_eq!(last["errors"], json["errors"]);
    let documents = records.iter().filter(|r| r.get("cross").is_none()).count();
    assert_eq!(
        Some(documents as u64),
        json["summary"]["documents"].as_u64()
    );
    let key = |d: &Value| d.to_string();
    let mut from_records: Vec<String> = records
        .iter()
        .flat_map(|r| r["diagnostics"].as_array().unwrap().iter().map(key))
        .collect();
    let mut from_json: Vec<String> = json["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(key)
        .collect();
    from_records.sort();
    from_json.sort();
    assert_eq!(from_records, from_json);
    for record in &records {
        let count = |severity: &str| {
            record["diagnostics"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|d| d["severity"] == severity)
                .count() as u64
        };
        assert_eq!(record["errors"].as_u64(), Some(count("error")));
        assert_eq!(record["warnings"].as_u64(), Some(count("warning")));
        assert_eq!(record["infos"].as_u64(), Some(count("info")));
    }
}

#[test]
fn standard_input_is_a_feed_answered_line_by_line() {
    let mut child = Command::new(assert_cmd::cargo::cargo_bin("sdx"))
        .current_dir(repo(""))
        .args([
            "validate",
            "--no-config",
            "--format",
            "ndjson",
            "-j",
            "2",
            "-",
        ])
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    let stdout = child.stdout.take().unwrap();
    let (lines, received) = mpsc::channel();
    let reader = std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines() {
            if lines.send(line.unwrap()).is_err() {
                break;
            }
        }
    });
    let product = r#"{"@context":"https://schema.org","@type":"Product","name":"A","gtin13":"4006381333932"}"#;
    writeln!(stdin, "{product}").unwrap();
    stdin.flush().unwrap();
    // The input is still open: the first result must come anyway.
    let first = received
        .recv_timeout(Duration::from_secs(60))
        .expect("the first record's result before the input ends");
    let first: Value = serde_json::from_str(&first).unwrap();
    assert_eq!(
        (first["line"].as_u64(), first["errors"].as_u64()),
        (Some(1), Some(1))
    );
    writeln!(
        stdin,
        "{{\"@context\":\"https://schema.org\",\"@type\":\"Thing\",\"name\":\"B\"}}"
    )
    .unwrap();
    drop(stdin);
    let rest: Vec<Value> = received
        .iter()
        .map(|line| serde_json::from_str(&line).unwrap())
        .collect();
    reader.join().unwrap();
    assert_eq!(rest.len(), 2, "{rest:?}");
    assert_eq!(rest[0]["line"].as_u64(), Some(2));
    assert_eq!(rest[1]["summary"]["documents"].as_u64(), Some(2));
    assert_eq!(child.wait().unwrap().code(), Some(1));
}

#[test]
fn a_file_written_whole_and_an_input_that_cannot_be_read() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("results.ndjson");
    sdx()
        .args(["validate", "--no-config", "--format", "ndjson", "-o"])
        .arg(&out)
        .arg("fixtures/thirdparty/valid/feed.ndjson")
        .assert()
        .code(0);
    let text = std::fs::read_to_string(&out).unwrap();
    let records = lines(&text);
    assert!(records.len() > 1);
    assert!(records.last().unwrap()["summary"].is_object());

    let output = sdx()
        .args([
            "validate",
            "--no-config",
            "--format",
            "ndjson",
            "no/such.ndjson",
        ])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let records = lines(std::str::from_utf8(&output.stdout).unwrap());
    assert_eq!(records.len(), 1);
    assert!(records[0]["errors"][0]["message"]
        .as_str()
        .unwrap()
        .contains("no such file"));
}
