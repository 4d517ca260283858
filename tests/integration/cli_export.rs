//! `sdx export` driven as a user runs it: the seed exported to standard
//! output, to a file and as HTML; broken datasets stopped with exit code 2,
//! a message naming file, line and property, and no output touched.

use crate::support;

use std::path::Path;

use crate::support::sdx;
use serde_json::Value;

const SEED: &str = "fixtures/seed/dgx-spark.jsonld";

fn stdout_of(args: &[&str]) -> String {
    let output = sdx().args(args).output().unwrap();
    assert!(
        output.status.success(),
        "sdx {args:?} failed: {}",
        String::from_utf8_lossy(&output.stderr)
    );
    String::from_utf8(output.stdout).unwrap()
}

#[test]
fn exports_the_seed_to_standard_output_deterministically() {
    let first = stdout_of(&["export", SEED]);
    let second = stdout_of(&["export", SEED]);
    assert_eq!(first, second, "same input, same bytes");
    assert!(first.ends_with("}\n"));
    let document: Value = serde_json::from_str(&first).unwrap();
    assert_eq!(document["@context"], "https://schema.org");
    assert_eq!(document["@graph"].as_array().unwrap().len(), 13);
    assert_eq!(
        document["@graph"][0]["@id"],
        "https://example.com/dgx-spark#nvidia"
    );
}

#[test]
fn writes_the_same_bytes_to_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("graph.jsonld");
    let out_arg = out.to_str().unwrap();
    let output = sdx()
        .args(["export", SEED, "-o", out_arg])
        .output()
        .unwrap();
    assert!(output.status.success());
    assert!(output.stdout.is_empty());
    assert_eq!(
        std::fs::read_to_string(&out).unwrap(),
        stdout_of(&["export", SEED])
    );
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        1,
        "no temporary file left"
    );
}

#[test]
fn base_flag_overrides_the_datasets_base() {
    let text = stdout_of(&["export", SEED, "--base", "https://news.example.org/dgx/"]);
    let document: Value = serde_json::from_str(&text).unwrap();
    assert_eq!(
        document["@graph"][0]["@id"],
        "https://news.example.org/dgx/#nvidia"
    );
    assert!(!text.contains("example.com/dgx-spark"));

    let output = sdx()
        .args(["export", SEED, "--base", "not a url"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("not an absolute IRI"));
}

#[test]
fn base_flag_resolves_a_dataset_without_one() {
    let text = stdout_of(&[
        "export",
        "fixtures/broken/missing-base.jsonld",
        "--base",
        "https://example.com/x",
    ]);
    assert!(
        text.contains("\"@id\": \"https://example.com/x#xai\""),
        "{text}"
    );
}

#[test]
fn html_export_of_the_seed() {
    let html = stdout_of(&["export", SEED, "--format", "html"]);
    insta::assert_snapshot!("seed_html", html);
    let json = stdout_of(&["export", SEED]);
    let body = html
        .strip_prefix("<script type=\"application/ld+json\">\n")
        .and_then(|rest| rest.strip_suffix("</script>\n"))
        .unwrap();
    let from_html: Value = serde_json::from_str(body).unwrap();
    let from_json: Value = serde_json::from_str(&json).unwrap();
    assert_eq!(from_html, from_json, "the element holds the same graph");
}

#[test]
fn html_export_cannot_be_broken_out_of() {
    let dir = tempfile::tempdir().unwrap();
    let dataset = dir.path().join("evil.jsonld");
    let name = "</script><script>alert(1)</script><!-- \u{2028}\u{2029}&";
    let document = serde_json::json!({
        "@context": "https://schema.org",
        "@graph": [{"@type": "Person", "@id": "https://example.com/#e", "name": name,
                    "description": "<SCRIPT>x</SCRIPT> </script"}]
    });
    std::fs::write(&dataset, document.to_string()).unwrap();
    let html = stdout_of(&["export", dataset.to_str().unwrap(), "--format", "html"]);

    // One element, opened at the start and closed at the very end.
    let lowered = html.to_lowercase();
    assert_eq!(lowered.matches("<script").count(), 1, "{html}");
    assert_eq!(lowered.matches("</script").count(), 1, "{html}");
    assert!(html.starts_with("<script type=\"application/ld+json\">\n"));
    assert!(html.ends_with("\n</script>\n"));
    assert!(!html.contains("<!--"));
    assert!(!html.contains('\u{2028}') && !html.contains('\u{2029}'));

    let body =
        &html["<script type=\"application/ld+json\">\n".len()..html.len() - "</script>\n".len()];
    let read: Value = serde_json::from_str(body).unwrap();
    assert_eq!(
        read["@graph"][0]["name"], name,
        "the name survives, escaped"
    );
}

/// Runs `sdx export` on a dataset that must not load, with `-o` pointing at
/// an existing file; returns stderr after checking the exit code, that no
/// panic happened and that the file is untouched.
fn refused(dataset: &str) -> String {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("existing.jsonld");
    std::fs::write(&out, b"previous contents\n").unwrap();
    let output = sdx()
        .args(["export", dataset, "-o", out.to_str().unwrap()])
        .output()
        .unwrap();
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert_eq!(output.status.code(), Some(2), "{dataset}: {stderr}");
    assert!(output.stdout.is_empty());
    assert!(!stderr.contains("panicked"), "{stderr}");
    assert_eq!(
        std::fs::read(&out).unwrap(),
        b"previous contents\n",
        "{dataset}: -o file changed"
    );
    assert_eq!(
        std::fs::read_dir(dir.path()).unwrap().count(),
        1,
        "temporary file left behind"
    );
    stderr
}

/// Each broken fixture, the line its message must name, and the property.
const BROKEN: &[(&str, u32, &str)] = &[
    ("syntax-error", 8, "`name`"),
    ("unknown-reference", 9, "`worksFor`"),
    ("reference-type", 9, "`worksFor`"),
    ("invalid-date", 8, "`foundingDate`"),
    ("invalid-url", 9, "`sameAs`"),
    ("invalid-currency", 10, "`priceCurrency`"),
    ("invalid-gtin", 7, "`gtin13`"),
    ("unmodeled-property", 7, "`smokingAllowed`"),
    ("duplicate-id", 5, "@id"),
    ("missing-base", 4, "@id"),
    ("remote-context", 2, "@context"),
    ("unknown-type", 5, "@type"),
];

#[test]
fn broken_datasets_exit_2_naming_file_line_and_property() {
    for (name, line, property) in BROKEN {
        let path = format!("fixtures/broken/{name}.jsonld");
        let stderr = refused(&path);
        assert!(
            stderr.starts_with(&format!("{path}:{line}:")),
            "{name}: expected {path}:{line}: in\n{stderr}"
        );
        assert!(
            stderr.contains(property),
            "{name}: no {property} in\n{stderr}"
        );
        assert!(
            stderr.contains("  help: "),
            "{name}: no help line in\n{stderr}"
        );
        insta::assert_snapshot!(format!("broken_{name}"), stderr);
    }
}

#[test]
fn non_utf8_and_missing_files_exit_2() {
    let dir = tempfile::tempdir().unwrap();
    let latin1 = dir.path().join("latin1.jsonld");
    std::fs::write(
        &latin1,
        b"{\"@context\": \"https://schema.org\",\n \"@graph\": [{\"@type\": \"Person\", \"name\": \"J\xfcrgen\"}]}",
    )
    .unwrap();
    let stderr = refused(latin1.to_str().unwrap());
    assert!(
        stderr.contains("latin1.jsonld:2:43: error[invalid-json]"),
        "{stderr}"
    );
    assert!(
        stderr.contains("not UTF-8: byte 0xFC in `name`"),
        "{stderr}"
    );

    let stderr = refused("fixtures/no-such-file.jsonld");
    assert!(
        stderr.starts_with("fixtures/no-such-file.jsonld: error[unreadable-file]"),
        "{stderr}"
    );
}

#[test]
fn deeply_nested_and_truncated_documents_exit_2_without_a_panic() {
    let dir = tempfile::tempdir().unwrap();
    let mut node = String::from("{\"@type\": \"Person\", \"name\": \"x\"}");
    for level in 0..300 {
        node = if level % 2 == 0 {
            format!("{{\"@type\": \"Organization\", \"founder\": {node}}}")
        } else {
            format!("{{\"@type\": \"Person\", \"worksFor\": {node}}}")
        };
    }
    let deep = dir.path().join("deep.jsonld");
    std::fs::write(
        &deep,
        format!("{{\"@context\": \"https://schema.org\", \"@graph\": [{node}]}}"),
    )
    .unwrap();
    let stderr = refused(deep.to_str().unwrap());
    assert!(stderr.contains("recursion limit"), "{stderr}");

    let truncated = dir.path().join("truncated.jsonld");
    let seed = std::fs::read_to_string(support::repo(SEED)).unwrap();
    std::fs::write(&truncated, &seed[..seed.len() / 2]).unwrap();
    let stderr = refused(truncated.to_str().unwrap());
    assert!(stderr.contains("error[invalid-json]"), "{stderr}");
}

#[test]
fn an_unwritable_output_exits_2() {
    let output = sdx()
        .args(["export", SEED, "-o", "/nonexistent-dir/out.jsonld"])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(
        stderr.contains("cannot write /nonexistent-dir/out.jsonld"),
        "{stderr}"
    );
    assert!(!Path::new("/nonexistent-dir/out.jsonld").exists());
}

/// A dataset with several mistakes reports all of them in one run, with
/// the rule ids `sdx validate` uses and the help each rule gives, in the
/// order of the file.
#[test]
fn every_mistake_of_a_dataset_in_one_run_with_validates_rule_ids() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("four.jsonld");
    std::fs::write(
        &path,
        r##"{
  "@graph": [
    {"@type": "Organization", "@id": "https://example.com/#acme", "name": "Acme",
     "foundingDate": "1993-04-31", "sameAs": "javascript:alert(1)"},
    {"@type": "Person", "@id": "https://example.com/#jane",
     "worksFor": {"@id": "https://example.com/#acm"}, "birthDate": "yesterday"}
  ]
}
"##,
    )
    .unwrap();
    let stderr = refused(path.to_str().unwrap());
    let rules: Vec<&str> = stderr
        .lines()
        .filter_map(|line| line.split_once(": error[")?.1.split_once(']'))
        .map(|(rule, _)| rule)
        .collect();
    assert_eq!(
        rules,
        [
            "missing-context",
            "invalid-date",
            "invalid-url",
            "dangling-reference",
            "invalid-date"
        ],
        "{stderr}"
    );
    assert!(stderr.contains("the node has no `@context`"), "{stderr}");
    assert!(
        stderr.contains("write it like 2025-10-14 (or 2025-10, or 2025)"),
        "{stderr}"
    );
    assert!(
        stderr.ends_with("did not load (5 errors); nothing was written\n"),
        "{stderr}"
    );
    let listed = crate::support::listed_rules();
    for rule in rules {
        assert!(
            listed.iter().any(|listed| listed["id"] == rule),
            "{rule} is not listed by sdx rules"
        );
    }
}
