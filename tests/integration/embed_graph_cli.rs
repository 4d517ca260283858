//! `sdx embed`, `sdx graph`, `sdx completions` and `sdx man`, run as a user
//! runs them.

use std::path::{Path, PathBuf};

use crate::support::sdx;

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

const SEED: &str = "fixtures/seed/dgx-spark.jsonld";

fn copy_page(dir: &Path) -> PathBuf {
    let page = dir.join("article.html");
    std::fs::copy(root().join("fixtures/embed/article.html"), &page).expect("copy page");
    page
}

#[test]
fn embed_is_idempotent_and_leaves_other_scripts_alone() {
    let dir = tempfile::tempdir().expect("temp dir");
    let page = copy_page(dir.path());
    let original = std::fs::read_to_string(&page).expect("page");

    sdx()
        .args([
            "embed",
            page.to_str().expect("utf-8 path"),
            "--graph",
            SEED,
            "--root",
            "#article",
        ])
        .assert()
        .code(0);
    let once = std::fs::read_to_string(&page).expect("page");
    assert_ne!(once, original);
    for line in original.lines().filter(|l| l.contains("<script")) {
        assert!(once.contains(line), "untouched: {line}");
    }
    assert_eq!(once.matches("data-sdx=\"graph\"").count(), 1);

    sdx()
        .args([
            "embed",
            page.to_str().expect("utf-8 path"),
            "--graph",
            SEED,
            "--root",
            "#article",
        ])
        .assert()
        .code(0);
    let twice = std::fs::read_to_string(&page).expect("page");
    assert_eq!(once, twice, "a second run changes nothing");

    // What was embedded is the article and what it refers to, and it
    // validates clean as part of the page.
    let start =
        once.find("data-sdx=\"graph\">").expect("marked element") + "data-sdx=\"graph\">".len();
    let end = start + once[start..].find("</script>").expect("closed");
    let embedded: serde_json::Value = serde_json::from_str(&once[start..end]).expect("JSON");
    let graph = embedded["@graph"].as_array().expect("graph");
    assert!(graph
        .iter()
        .any(|n| n["@id"] == "https://example.com/dgx-spark#article"));
    assert!(graph.iter().any(|n| n["@type"] == "Product"));
    let output = sdx()
        .args([
            "validate",
            "--format",
            "json",
            page.to_str().expect("utf-8 path"),
        ])
        .output()
        .expect("runs");
    let report: serde_json::Value = serde_json::from_slice(&output.stdout).expect("JSON report");
    assert_eq!(report["summary"]["errors"], 0, "{report:#}");
    assert_eq!(
        report["summary"]["documents"], 2,
        "the site's own block and sdx's"
    );
}

#[test]
fn embed_writes_elsewhere_with_output_and_refuses_unknown_roots() {
    let dir = tempfile::tempdir().expect("temp dir");
    let page = copy_page(dir.path());
    let original = std::fs::read(&page).expect("page");
    let out = dir.path().join("out.html");
    sdx()
        .args([
            "embed",
            page.to_str().expect("utf-8"),
            "--graph",
            SEED,
            "-o",
            out.to_str().expect("utf-8"),
        ])
        .assert()
        .code(0);
    assert_eq!(
        std::fs::read(&page).expect("page"),
        original,
        "PAGE untouched with -o"
    );
    assert!(std::fs::read_to_string(&out)
        .expect("out")
        .contains("data-sdx=\"graph\""));

    sdx()
        .args([
            "embed",
            page.to_str().expect("utf-8"),
            "--graph",
            SEED,
            "--root",
            "#nobody",
        ])
        .assert()
        .code(2)
        .stderr(predicates::str::contains(
            "`https://example.com/dgx-spark#nobody`",
        ));
    assert_eq!(
        std::fs::read(&page).expect("page"),
        original,
        "nothing written on error"
    );
}

#[test]
fn graph_of_the_seed_as_mermaid_and_dot() {
    let mermaid = sdx().args(["graph", SEED]).output().expect("runs");
    assert_eq!(mermaid.status.code(), Some(0));
    insta::assert_snapshot!("seed_mermaid", String::from_utf8_lossy(&mermaid.stdout));
    let dot = sdx()
        .args(["graph", SEED, "--format", "dot"])
        .output()
        .expect("runs");
    assert_eq!(dot.status.code(), Some(0));
    insta::assert_snapshot!("seed_dot", String::from_utf8_lossy(&dot.stdout));
}

#[test]
fn graph_reports_bad_json_with_its_position() {
    let dir = tempfile::tempdir().expect("temp dir");
    let bad = dir.path().join("bad.jsonld");
    std::fs::write(&bad, "{\n  \"@graph\": [\n    {\"@id\": }\n  ]\n}\n").expect("write");
    sdx()
        .args(["graph", bad.to_str().expect("utf-8")])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("bad.jsonld:3:13: not valid JSON"));
}

#[test]
fn completions_and_man_page_come_from_the_cli_definitions() {
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let output = sdx().args(["completions", shell]).output().expect("runs");
        assert_eq!(output.status.code(), Some(0), "{shell}");
        let text = String::from_utf8_lossy(&output.stdout);
        for command in ["validate", "export", "schema", "embed", "graph"] {
            assert!(text.contains(command), "{shell} completes {command}");
        }
    }
    let man = sdx().arg("man").output().expect("runs");
    let text = String::from_utf8_lossy(&man.stdout);
    assert!(text.contains(".TH sdx 1"));
    assert!(text.contains("validate"));
}

/// `sdx graph` and `sdx extract` read any input `sdx validate` reads: a
/// page (JSON-LD, microdata), a JSON-LD file, a feed, standard input.
#[test]
fn graph_and_extract_read_every_input_validate_reads() {
    let page = "fixtures/pages/product-valid.microdata.html";
    let graph = sdx().args(["graph", page]).output().expect("runs");
    assert_eq!(graph.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&graph.stdout).contains("[\"Product<br/>"));

    let file = "fixtures/thirdparty/valid/event.jsonld";
    let extract = sdx().args(["extract", file]).output().expect("runs");
    assert_eq!(extract.status.code(), Some(0));
    let document: serde_json::Value = serde_json::from_slice(&extract.stdout).expect("JSON");
    let nodes = document["@graph"].as_array().expect("a graph");
    assert!(
        nodes.iter().any(|node| node["@type"] == "Event"),
        "the file's nodes: {document}"
    );

    let feed = "fixtures/thirdparty/valid/feed.ndjson";
    let lines = std::fs::read_to_string(crate::support::repo(feed)).expect("feed");
    let count = lines.lines().filter(|l| !l.trim().is_empty()).count();
    let extract = sdx().args(["extract", feed]).output().expect("runs");
    let document: serde_json::Value = serde_json::from_slice(&extract.stdout).expect("JSON");
    assert!(document["@graph"].as_array().expect("a graph").len() >= count);

    let stdin = std::fs::read(crate::support::repo(file)).expect("file");
    let from_stdin = sdx()
        .args(["extract", "-"])
        .write_stdin(stdin)
        .output()
        .expect("runs");
    let from_file = sdx().args(["extract", file]).output().expect("runs");
    assert_eq!(from_stdin.stdout, from_file.stdout);

    sdx()
        .args(["extract", "README.md"])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("--input-format"));
}
