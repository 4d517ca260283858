//! The hostile-input corpus (`fixtures/hostile/`, and the large inputs this
//! file generates): each input run through the real binary, with its exit
//! code, its findings and a bound on time (a hang guard, not a speed
//! assertion) and on peak memory pinned. Never a panic, never a signal.

use std::path::Path;

use assert_cmd::Command;
use serde_json::Value;

use crate::support::measured::{
    fixed_cost_kib, messages, scratch, sdx, validate, write, HANG_GUARD,
};

const DIR: &str = "fixtures/hostile";

/// One committed input and what sdx must say about it.
struct Case {
    file: &'static str,
    exit: i32,
    findings: &'static [(&'static str, u64)],
    /// Words the first finding's message must contain.
    says: &'static str,
}

const CASES: &[Case] = &[
    Case {
        file: "empty.json",
        exit: 1,
        findings: &[("invalid-json", 1)],
        says: "the document is empty",
    },
    Case {
        file: "whitespace.json",
        exit: 1,
        findings: &[("invalid-json", 4)],
        says: "the document is empty",
    },
    Case {
        file: "bom.jsonld",
        exit: 0,
        findings: &[],
        says: "",
    },
    Case {
        file: "invalid-utf8.jsonld",
        exit: 1,
        findings: &[("invalid-json", 2)],
        says: "invalid unicode",
    },
    Case {
        file: "utf16.jsonld",
        exit: 1,
        findings: &[("invalid-json", 1)],
        says: "UTF-16",
    },
    Case {
        file: "nul-bytes.jsonld",
        exit: 1,
        findings: &[("invalid-json", 1)],
        says: "control character",
    },
    Case {
        file: "truncated.jsonld",
        exit: 1,
        findings: &[("invalid-json", 1)],
        says: "EOF while parsing",
    },
    Case {
        file: "long-number.jsonld",
        exit: 1,
        findings: &[("limit-exceeded", 1)],
        says: "number too large",
    },
    // The last of two equal keys is checked, as JSON.parse reads it; the
    // repeat is a warning.
    Case {
        file: "duplicate-keys.jsonld",
        exit: 0,
        findings: &[("duplicate-key", 3)],
        says: "`url` appears more than once",
    },
    // Ordinary keys: sdx's objects are maps, with no prototype to pollute;
    // the vocabulary knows no such properties, nested ones included.
    Case {
        file: "proto-keys.jsonld",
        exit: 1,
        findings: &[
            ("unknown-property", 2),
            ("unknown-property", 2),
            ("unknown-property", 3),
            ("unknown-property", 3),
            ("unknown-property", 3),
            ("unknown-property", 4),
        ],
        says: "`__proto__` is not a schema.org property",
    },
    Case {
        file: "remote-context.jsonld",
        exit: 0,
        findings: &[("unsupported-context", 1)],
        says: "does not fetch",
    },
    Case {
        file: "remote-ref.jsonld",
        exit: 1,
        findings: &[("unknown-property", 2), ("unknown-property", 3)],
        says: "`$ref` is not a schema.org property",
    },
    Case {
        file: "regex-shaped.jsonld",
        exit: 1,
        findings: &[
            ("relative-url", 3),
            ("invalid-date", 5),
            ("invalid-language", 6),
            ("property-not-in-domain", 6),
        ],
        says: "relative URL",
    },
    Case {
        file: "no-final-newline.ndjson",
        exit: 0,
        findings: &[("relative-url", 2)],
        says: "/tesla",
    },
    Case {
        file: "crlf.ndjson",
        exit: 0,
        findings: &[("relative-url", 3)],
        says: "/openai",
    },
    // A page that ends inside a script: the script runs to the end of the page.
    Case {
        file: "unterminated-script.html",
        exit: 0,
        findings: &[],
        says: "",
    },
    // Markup nested past --max-depth is cut where JSON-LD would be, and
    // said so; the bad date below the cut is not read.
    Case {
        file: "markup-deep.microdata.html",
        exit: 1,
        findings: &[("limit-exceeded", 65)],
        says: "nests items deeper than 64 levels",
    },
    Case {
        file: "markup-deep.rdfa.html",
        exit: 1,
        findings: &[("limit-exceeded", 65)],
        says: "nests items deeper than 64 levels",
    },
    // An item under two names, 20 deep: read once per item, not once per
    // path (2^20 copies before).
    Case {
        file: "markup-two-names.microdata.html",
        exit: 0,
        findings: &[],
        says: "",
    },
    Case {
        file: "markup-two-names.rdfa.html",
        exit: 0,
        findings: &[],
        says: "",
    },
    // A script inside a comment is not a script.
    Case {
        file: "json-ld-in-comment.html",
        exit: 0,
        findings: &[("relative-url", 4)],
        says: "/visible",
    },
    Case {
        file: "control-characters.jsonld",
        exit: 1,
        findings: &[("invalid-url", 2)],
        says: "it contains a control character",
    },
];

#[test]
fn every_committed_hostile_input_has_its_outcome() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(DIR);
    let mut on_disk: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap())
        .filter(|e| e.file_type().unwrap().is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .filter(|name| name != "README.md")
        .collect();
    on_disk.sort();
    let mut listed: Vec<String> = CASES.iter().map(|c| c.file.to_owned()).collect();
    listed.sort();
    assert_eq!(
        on_disk, listed,
        "every file in {DIR} needs a case, and only those"
    );
    let readme = std::fs::read_to_string(dir.join("README.md")).unwrap();
    for case in CASES {
        assert!(
            readme.contains(case.file),
            "README.md does not list {}",
            case.file
        );
    }
}

#[test]
fn committed_hostile_inputs() {
    for case in CASES {
        let path = format!("{DIR}/{}", case.file);
        let (code, findings, report, _) = validate(&[&path]);
        let expected: Vec<(String, u64)> = case
            .findings
            .iter()
            .map(|(rule, line)| ((*rule).to_owned(), *line))
            .collect();
        assert_eq!(findings, expected, "{}: {report:#}", case.file);
        assert_eq!(code, case.exit, "{}", case.file);
        if let Some(first) = messages(&report).first() {
            assert!(first.contains(case.says), "{}: {first}", case.file);
        }
    }
}

#[test]
fn control_characters_from_the_input_are_escaped_in_human_output() {
    let path = format!("{DIR}/control-characters.jsonld");
    let run = sdx(&["validate", "--no-config", "--color", "never", &path]);
    assert_eq!(run.code, 1);
    assert!(
        !run.stdout.contains('\u{1b}'),
        "raw escape: {:?}",
        run.stdout
    );
    assert!(!run.stdout.contains('\u{7}') && !run.stdout.contains('\u{202e}'));
    assert!(run.stdout.contains("\\u{1b}[2J"), "{}", run.stdout);
    let github = sdx(&["validate", "--no-config", "--format", "github", &path]);
    // Every annotation is one line: nothing from the input starts another.
    let commands: Vec<&str> = github
        .stdout
        .lines()
        .filter(|l| l.starts_with("::"))
        .collect();
    assert_eq!(commands.len(), 1, "{}", github.stdout);
    assert!(!github.stdout.contains('\u{1b}'));
    // JUnit: no character XML 1.0 forbids.
    let junit = sdx(&["validate", "--no-config", "--format", "junit", &path]);
    assert!(junit.stdout.contains("<failure"), "{}", junit.stdout);
    let forbidden: Vec<char> = junit
        .stdout
        .chars()
        .filter(|c| matches!(c, '\0'..='\u{8}' | '\u{b}' | '\u{c}' | '\u{e}'..='\u{1f}' | '\u{fffe}' | '\u{ffff}'))
        .collect();
    assert!(forbidden.is_empty(), "{forbidden:?}");
}

const ORG: &str = r#""@context": "https://schema.org", "@type": "Organization""#;

#[test]
fn nesting_100_000_deep() {
    let dir = scratch();
    let n = 100_000;
    let objects = format!("{}1{}", r#"{"a":"#.repeat(n), "}".repeat(n));
    let arrays = format!("{}{}", "[".repeat(n), "]".repeat(n));
    for (name, text) in [("deep-object.json", objects), ("deep-array.json", arrays)] {
        let path = write(dir.path(), name, text.as_bytes());
        let (code, findings, report, _) = validate(&[path.to_str().unwrap()]);
        assert_eq!(findings, [("limit-exceeded".to_owned(), 1)], "{name}");
        assert_eq!(code, 1);
        assert!(messages(&report)[0].contains("deeper than 64 levels"));
        // The limit can be lowered, and is reported at the first bracket past it.
        let (_, _, report, _) = validate(&["--max-depth", "3", path.to_str().unwrap()]);
        let column = report["diagnostics"][0]["column"].as_u64().unwrap();
        assert_eq!(column, if name == "deep-array.json" { 4 } else { 16 });
    }
}

#[test]
fn a_50_mb_string() {
    let dir = scratch();
    let text = format!(r#"{{{ORG}, "name": "{}"}}"#, "x".repeat(50 << 20));
    let path = write(dir.path(), "big-string.json", text.as_bytes());
    let path = path.to_str().unwrap();
    let (code, findings, _, run) = validate(&[path]);
    assert_eq!((code, findings), (0, vec![]));
    if let Some(peak) = run.peak_kib {
        // The text is held about three times over while parsed and checked.
        assert!(peak < 400 * 1024, "peak {peak} KiB");
    }
    // Under a smaller limit it is skipped unread, at once.
    let (code, findings, report, run) = validate(&["--max-document-size", "1M", path]);
    assert_eq!(
        (code, findings),
        (1, vec![("limit-exceeded".to_owned(), 1)])
    );
    assert!(messages(&report)[0].contains("50.0 MiB, more than the 1 MiB"));
    if let Some(peak) = run.peak_kib {
        assert!(
            peak < fixed_cost_kib() + 16 * 1024,
            "peak {peak} KiB: the file was read"
        );
    }
}

#[test]
fn a_feed_with_a_20_mb_line() {
    let dir = scratch();
    let feed = format!(
        "{{{ORG}, \"name\": \"a\"}}\n{{{ORG}, \"name\": \"{}\"}}\n{{{ORG}, \"foundingDate\": \"after\"}}",
        "y".repeat(20 << 20)
    );
    let path = write(dir.path(), "long-line.ndjson", feed.as_bytes());
    let path = path.to_str().unwrap();
    let (code, findings, _, _) = validate(&[path]);
    assert_eq!((code, findings), (1, vec![("invalid-date".to_owned(), 3)]));
    // Over the limit the line is skipped without being held, and the line
    // after it is still checked.
    let (code, findings, _, run) = validate(&["--max-document-size", "1M", path]);
    assert_eq!(code, 1);
    assert_eq!(
        findings,
        [
            ("limit-exceeded".to_owned(), 2),
            ("invalid-date".to_owned(), 3)
        ]
    );
    if let Some(peak) = run.peak_kib {
        assert!(
            peak < fixed_cost_kib() + 16 * 1024,
            "peak {peak} KiB: the long line was held"
        );
    }
}

#[test]
fn a_page_with_10_000_scripts() {
    let dir = scratch();
    let script = format!(
        "<script type=\"application/ld+json\">{{{ORG}, \"foundingDate\": \"p\"}}</script>\n"
    );
    let page = format!("<html><head>\n{}</head></html>\n", script.repeat(10_000));
    let path = write(dir.path(), "many-scripts.html", page.as_bytes());
    let path = path.to_str().unwrap();
    // With no cap, every finding is listed.
    let (code, findings, report, _) = validate(&["--max-diagnostics", "0", path]);
    assert_eq!(code, 1);
    assert_eq!(
        findings.len(),
        10_000,
        "--max-diagnostics 0 lists every finding"
    );
    assert_eq!(report["summary"]["documents"], 10_000);
    assert_eq!(report["summary"]["omitted"], 0);
    // By default every format keeps 100 a file and counts the rest.
    let (code, findings, report, _) = validate(&[path]);
    assert_eq!(code, 1);
    assert_eq!(findings.len(), 100);
    assert_eq!(report["summary"]["errors"], 10_000);
    assert_eq!(report["summary"]["omitted"], 9_900);
    // People see the first 100, then one line for the rest, counted.
    let human = sdx(&["validate", "--no-config", "--color", "never", path]);
    assert_eq!(human.stdout.matches("error[invalid-date]").count(), 100);
    assert!(
        human.stdout.contains("... 9900 more findings in "),
        "{}",
        tail(&human.stdout)
    );
    assert!(human
        .stdout
        .contains("Found 10000 errors, 0 warnings and 0 infos in 1 file, 10000 documents, 10000 nodes (9900 not listed)."));
    let github = sdx(&[
        "validate",
        "--no-config",
        "--format",
        "github",
        "--max-diagnostics",
        "5",
        path,
    ]);
    assert_eq!(github.stdout.matches("::error ").count(), 5);
    assert_eq!(github.stdout.matches("9995 more findings").count(), 1);
    assert!(human.stderr.is_empty());
}

fn tail(text: &str) -> &str {
    &text[text.len().saturating_sub(400)..]
}

#[test]
fn a_limit_in_sdx_toml_and_a_bad_limit() {
    let dir = scratch();
    std::fs::write(
        dir.path().join("sdx.toml"),
        "[validate]\nmax-depth = 2\nmax-diagnostics = 1\n",
    )
    .unwrap();
    let path = write(
        dir.path(),
        "d.json",
        format!("{{{ORG}, \"x\": [[1]]}}").as_bytes(),
    );
    let config = dir.path().join("sdx.toml");
    let run = sdx(&[
        "validate",
        "--format",
        "json",
        "--config",
        config.to_str().unwrap(),
        path.to_str().unwrap(),
    ]);
    assert_eq!(run.code, 1);
    assert!(
        run.stdout.contains("deeper than 2 levels"),
        "{}",
        run.stdout
    );
    let bad = sdx(&[
        "validate",
        "--no-config",
        "--max-depth",
        "1000",
        path.to_str().unwrap(),
    ]);
    assert_eq!(bad.code, 2);
    assert!(
        bad.stderr
            .contains("invalid max-depth: 1000 is out of range; use 1 to 127"),
        "{}",
        bad.stderr
    );
    let bad = sdx(&[
        "validate",
        "--no-config",
        "--max-document-size",
        "lots",
        path.to_str().unwrap(),
    ]);
    assert_eq!(bad.code, 2);
    assert!(bad.stderr.contains("is not a size"), "{}", bad.stderr);
}

#[test]
fn an_endless_device_is_read_only_to_the_limit() {
    if !Path::new("/dev/zero").exists() {
        return;
    }
    for format in ["json", "html"] {
        let (code, findings, report, run) = validate(&[
            "--input-format",
            format,
            "--max-document-size",
            "2M",
            "/dev/zero",
        ]);
        assert_eq!(
            (code, findings),
            (1, vec![("limit-exceeded".to_owned(), 1)])
        );
        assert!(messages(&report)[0].contains("more than the 2 MiB sdx reads"));
        if let Some(peak) = run.peak_kib {
            assert!(peak < fixed_cost_kib() + 16 * 1024, "peak {peak} KiB");
        }
    }
}

#[test]
fn standard_input_is_read_only_to_the_limit() {
    let big = format!(r#"{{{ORG}, "name": "{}"}}"#, "z".repeat(3 << 20));
    let output = Command::cargo_bin("sdx")
        .unwrap()
        .args([
            "validate",
            "--no-config",
            "--format",
            "json",
            "--max-document-size",
            "1M",
            "-",
        ])
        .write_stdin(big)
        .timeout(HANG_GUARD)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let report: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(report["diagnostics"][0]["rule"], "limit-exceeded");
    assert!(messages(&report)[0].contains("more than the 1 MiB sdx reads"));
}

/// One document with more findings than `--max-diagnostics`: the run keeps
/// the ones the uncapped run ranks first (most severe, then first), and
/// counts the rest, though it does not place them.
#[test]
fn one_document_past_the_cap_keeps_what_ranking_keeps() {
    let dir = scratch();
    let nodes: Vec<String> = (0..600)
        .map(|i| match i % 3 {
            0 => format!(r#"{{"@type": "Organization", "foundingDate": "p{i}"}}"#),
            1 => r#"{"@type": "Organization", "startDate": "2020-01-01"}"#.to_owned(),
            _ => r#"{"@type": "Organization", "founder": "Someone"}"#.to_owned(),
        })
        .collect();
    let text = format!(
        "{{\"@context\": \"https://schema.org\", \"@graph\": [\n{}\n]}}\n",
        nodes.join(",\n")
    );
    let path = write(dir.path(), "crowded.jsonld", text.as_bytes());
    let path = path.to_str().unwrap();
    let listed = |report: &Value| -> Vec<(u64, String, u64, String)> {
        report["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| {
                let rank = match d["severity"].as_str().unwrap() {
                    "error" => 0,
                    "warning" => 1,
                    _ => 2,
                };
                (
                    rank,
                    d["rule"].as_str().unwrap().to_owned(),
                    d["line"].as_u64().unwrap(),
                    d["message"].as_str().unwrap().to_owned(),
                )
            })
            .collect()
    };
    let (_, _, all, _) = validate(&["--max-diagnostics", "0", path]);
    let all = listed(&all);
    assert_eq!(all.len(), 600, "{all:?}");
    let mut expected = all.clone();
    expected.sort_by_key(|(rank, ..)| *rank);
    expected.truncate(250);
    expected.sort_by_key(|(_, _, line, _)| *line);
    let (_, _, capped, _) = validate(&["--max-diagnostics", "250", path]);
    assert_eq!(capped["summary"]["omitted"], 350);
    assert_eq!(capped["summary"]["warnings"], 200);
    let mut kept = listed(&capped);
    kept.sort_by_key(|(_, _, line, _)| *line);
    assert_eq!(kept, expected);
}
