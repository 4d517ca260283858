//! Threads and shards change how the work is split, never the result:
//! `--jobs 1` and `--jobs 4` write the same bytes, and `--shard K/N` for
//! K = 1..N covers every input (file, or feed line) exactly once.

use std::collections::BTreeMap;
use std::path::Path;

use assert_cmd::Command;
use serde_json::{json, Value};

/// A feed of `lines` records, several blocks long, with mistakes of every
/// kind the semantic rules and the cross-node rules catch, blank lines and
/// truncated lines.
fn feed(lines: usize) -> String {
    let mut rng = fastrand::Rng::with_seed(7);
    let mut out = String::new();
    for i in 0..lines {
        let mut record = json!({
            "@context": "https://schema.org",
            "@type": if i % 3 == 0 { "Organization" } else { "Person" },
            "@id": format!("https://example.com/#{}", i % 997),
            "name": format!("Record {i} {}", "x".repeat(rng.usize(0..900))),
            "url": format!("https://example.com/{i}"),
            "worksFor": {"@id": format!("https://example.com/#{}", rng.usize(0..2000))},
        });
        match rng.u8(0..25) {
            0 => record["url"] = json!("/relative"),
            1 => record["birthDate"] = json!("2024-02-30"),
            2 => record["@type"] = json!(42),
            3 => record["sameAs"] = json!("not a url"),
            4..=6 => record["knowsAbout"] = json!("Structured data"),
            _ => {}
        }
        let text = record.to_string();
        match rng.u8(0..50) {
            0 => out.push_str(&text[..text.len() / 2]),
            1 => out.push_str("   "),
            _ => out.push_str(&text),
        }
        out.push('\n');
    }
    out
}

fn validate(dir: &Path, args: &[&str]) -> (i32, Vec<u8>) {
    let output = Command::cargo_bin("sdx")
        .unwrap()
        .current_dir(dir)
        .args([
            "validate",
            "--format",
            "json",
            "--no-config",
            "--no-progress",
            "--profile",
            "pending",
        ])
        .args(args)
        .args(if args.contains(&"--max-diagnostics") {
            &[][..]
        } else {
            // Every finding, unless a test asks for the cap.
            &["--max-diagnostics", "0"][..]
        })
        .output()
        .unwrap();
    (output.status.code().unwrap(), output.stdout)
}

#[test]
fn any_number_of_threads_gives_the_same_bytes() {
    let dir = tempfile::tempdir().unwrap();
    // Over 3 MB: several 1 MB blocks, so batches really are split.
    std::fs::write(dir.path().join("feed.ndjson"), feed(6000)).unwrap();
    std::fs::write(dir.path().join("other.ndjson"), feed(300)).unwrap();
    let (code, one) = validate(dir.path(), &["--jobs", "1", "."]);
    assert_eq!(code, 1);
    let report: Value = serde_json::from_slice(&one).unwrap();
    let rules: std::collections::BTreeSet<&str> = report["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .map(|d| d["rule"].as_str().unwrap())
        .collect();
    for rule in [
        "pending-term",
        "invalid-json",
        "dangling-reference",
        "conflicting-id",
        "invalid-date",
    ] {
        assert!(rules.contains(rule), "{rule} missing from {rules:?}");
    }
    for jobs in ["2", "4"] {
        let (_, many) = validate(dir.path(), &["--jobs", jobs, "."]);
        assert!(one == many, "--jobs {jobs} differs from --jobs 1");
    }
    // The findings kept under a cap do not depend on the threads either.
    let capped =
        |jobs: &str| validate(dir.path(), &["--jobs", jobs, "--max-diagnostics", "7", "."]).1;
    let one = capped("1");
    let report: Value = serde_json::from_slice(&one).unwrap();
    assert_eq!(report["diagnostics"].as_array().unwrap().len(), 14);
    assert!(report["summary"]["omitted"].as_u64().unwrap() > 0);
    for jobs in ["2", "4"] {
        assert!(one == capped(jobs), "--jobs {jobs} keeps other findings");
    }
}

/// `--max-diagnostics` keeps, per file, the most severe findings and among
/// equals the first, exactly as if every finding had been listed and then
/// ranked; the findings it leaves out are still counted. Past the first
/// blocks of a feed the findings certain to be left out are no longer
/// placed, which must not change which ones are kept.
#[test]
fn a_cap_keeps_the_first_of_the_most_severe_as_a_full_listing_ranks_them() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("feed.ndjson"), feed(6000)).unwrap();
    let (_, all) = validate(dir.path(), &["--jobs", "2", "feed.ndjson"]);
    let all: Value = serde_json::from_slice(&all).unwrap();
    // Ranked: more severe first, then earlier lines.
    let key = |d: &Value| {
        let rank = match d["severity"].as_str().unwrap() {
            "error" => 0,
            "warning" => 1,
            _ => 2,
        };
        (rank, d["line"].as_u64().unwrap())
    };
    let every = all["diagnostics"].as_array().unwrap();
    let severities: std::collections::BTreeSet<u8> = every.iter().map(|d| key(d).0).collect();
    assert_eq!(severities.len(), 3, "errors, warnings and infos");
    // 1 and 7: a block's errors fill the cap; 1000: only its errors and
    // warnings together do, so the errors of later blocks are still kept.
    for cap in [1usize, 7, 1000] {
        for jobs in ["1", "2"] {
            let args = ["--jobs", jobs, "--max-diagnostics", &cap.to_string()];
            let (_, kept) = validate(dir.path(), &[&args[..], &["feed.ndjson"]].concat());
            let kept: Value = serde_json::from_slice(&kept).unwrap();
            let kept_list = kept["diagnostics"].as_array().unwrap();
            assert_eq!(kept_list.len(), cap.min(every.len()), "cap {cap}");
            for counter in ["errors", "warnings", "infos", "documents"] {
                assert_eq!(
                    kept["summary"][counter], all["summary"][counter],
                    "{counter}"
                );
            }
            assert_eq!(
                kept["summary"]["omitted"].as_u64().unwrap() as usize,
                every.len() - kept_list.len()
            );
            let kept_set: std::collections::HashSet<String> =
                kept_list.iter().map(Value::to_string).collect();
            let (listed, left_out): (Vec<&Value>, Vec<&Value>) = every
                .iter()
                .partition(|d| kept_set.contains(&d.to_string()));
            assert_eq!(
                listed.len(),
                kept_list.len(),
                "kept findings not in the full listing"
            );
            // Everything that ranks above a kept finding is kept too.
            let last_kept = listed.iter().map(|d| key(d)).max().unwrap();
            let first_left_out = left_out.iter().map(|d| key(d)).min().unwrap();
            assert!(
                first_left_out >= last_kept,
                "cap {cap}, --jobs {jobs}: {first_left_out:?} left out, {last_kept:?} kept"
            );
        }
    }
}

/// Diagnostics per (file, line), without the cross-node rules: those see
/// only a shard's part, by design.
fn by_document(output: &[u8]) -> (u64, BTreeMap<(String, u64), Vec<Value>>) {
    let report: Value = serde_json::from_slice(output).unwrap();
    let mut map: BTreeMap<(String, u64), Vec<Value>> = BTreeMap::new();
    for diagnostic in report["diagnostics"].as_array().unwrap() {
        let key = (
            diagnostic["file"].as_str().unwrap().to_owned(),
            diagnostic["line"].as_u64().unwrap(),
        );
        map.entry(key).or_default().push(diagnostic.clone());
    }
    (report["summary"]["documents"].as_u64().unwrap(), map)
}

#[test]
fn shards_cover_every_line_and_file_exactly_once() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("feed.ndjson"), feed(2500)).unwrap();
    let local = ["--ignore", "dangling-reference,conflicting-id"];
    let whole = |extra: &[&str]| {
        let mut args = local.to_vec();
        args.extend_from_slice(extra);
        validate(dir.path(), &args).1
    };
    let (documents, expected) = by_document(&whole(&["feed.ndjson"]));
    assert!(documents > 2000 && !expected.is_empty());
    for count in 1..=4 {
        let mut total = 0;
        let mut merged = BTreeMap::new();
        for index in 1..=count {
            let shard = format!("{index}/{count}");
            let (part_documents, part) = by_document(&whole(&["--shard", &shard, "feed.ndjson"]));
            total += part_documents;
            for (key, diagnostics) in part {
                assert!(
                    merged.insert(key, diagnostics).is_none(),
                    "twice in {count} shards"
                );
            }
        }
        assert_eq!(total, documents, "{count} shards");
        assert_eq!(merged, expected, "{count} shards");
    }

    // Several files: each in exactly one shard.
    for i in 0..5 {
        std::fs::write(dir.path().join(format!("f{i}.ndjson")), feed(20 + i)).unwrap();
    }
    std::fs::remove_file(dir.path().join("feed.ndjson")).unwrap();
    let names = |output: &[u8]| -> u64 {
        serde_json::from_slice::<Value>(output).unwrap()["summary"]["files"]
            .as_u64()
            .unwrap()
    };
    let all = whole(&["."]);
    let (documents, expected) = by_document(&all);
    for count in 1..=3 {
        let mut files = 0;
        let mut total = 0;
        let mut merged = BTreeMap::new();
        for index in 1..=count {
            let output = whole(&["--shard", &format!("{index}/{count}"), "."]);
            files += names(&output);
            let (part_documents, part) = by_document(&output);
            total += part_documents;
            merged.extend(part);
        }
        assert_eq!(files, 5);
        assert_eq!(total, documents);
        assert_eq!(merged, expected);
    }
}

#[test]
fn a_bad_shard_is_a_usage_error() {
    let dir = tempfile::tempdir().unwrap();
    let (code, _) = validate(dir.path(), &["--shard", "3/2", "."]);
    assert_eq!(code, 2);
}
