//! The seed dataset's export passes sdx's own validation: what sdx
//! publishes, sdx accepts.

use crate::support::sdx;

fn validate(path: &std::path::Path, extra: &[&str]) -> serde_json::Value {
    let output = sdx()
        .args(["validate", "--format", "json"])
        .args(extra)
        .arg(path)
        .output()
        .expect("runs");
    serde_json::from_slice(&output.stdout).expect("one JSON report")
}

#[test]
fn seed_export_validates_with_zero_findings() {
    let dir = tempfile::tempdir().expect("temp dir");
    for (format, name) in [("jsonld", "seed.jsonld"), ("html", "seed.html")] {
        let out = dir.path().join(name);
        sdx()
            .args([
                "export",
                "fixtures/seed/dgx-spark.jsonld",
                "--format",
                format,
                "-o",
            ])
            .arg(&out)
            .assert()
            .code(0);
        if format == "html" {
            // A script element alone is a page fragment; give it a page.
            let element = std::fs::read_to_string(&out).expect("export");
            std::fs::write(
                &out,
                format!("<!doctype html><html><head>{element}</head><body></body></html>"),
            )
            .expect("write page");
        }
        let report = validate(&out, &[]);
        let summary = &report["summary"];
        assert_eq!(summary["errors"], 0, "{format}: {report:#}");
        assert_eq!(summary["warnings"], 0, "{format}: {report:#}");
        assert_eq!(summary["documents"], 1, "{format}");
        // 13 graph members plus the embedded addresses and property values.
        assert!(
            summary["nodes"].as_u64().is_some_and(|n| n >= 13),
            "{format}: {summary}"
        );
    }
}

#[test]
fn seed_export_under_the_google_profile_reports_only_what_the_article_lacks() {
    let dir = tempfile::tempdir().expect("temp dir");
    let out = dir.path().join("seed.jsonld");
    sdx()
        .args(["export", "fixtures/seed/dgx-spark.jsonld", "-o"])
        .arg(&out)
        .assert()
        .code(0);
    let report = validate(&out, &["--profile", "google"]);
    let diagnostics = report["diagnostics"].as_array().expect("diagnostics");
    // Every finding is about something absent (the article gives no dates,
    // headline, author, images, prices or URLs), none about a value the
    // dataset states; the only other note is schema.org's pending layer.
    for d in diagnostics {
        let rule = d["rule"].as_str().expect("rule");
        assert!(
            (rule.starts_with("google/") && rule.contains("-missing-")) || rule == "pending-term",
            "{d:#}"
        );
    }
    let at = |rule: &str| -> Vec<&str> {
        diagnostics
            .iter()
            .filter(|d| d["rule"] == rule)
            .filter_map(|d| d["pointer"].as_str())
            .collect()
    };
    // The two deliveries have no date: Google requires one for events.
    assert_eq!(
        at("google/event-missing-start-date"),
        ["/@graph/10", "/@graph/11"]
    );
    assert_eq!(at("google/article-missing-headline"), ["/@graph/12"]);
    assert_eq!(at("google/article-missing-date-published"), ["/@graph/12"]);
    // Nothing is invented to silence them: the dataset still has no dates.
    let seed = std::fs::read_to_string("fixtures/seed/dgx-spark.jsonld").expect("seed");
    for property in ["startDate", "datePublished", "headline", "\"price\""] {
        assert!(!seed.contains(property), "the seed states no {property}");
    }
}
