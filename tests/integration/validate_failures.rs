//! Runs that could not read every input, and text that tries to pass for
//! output: every format carries the failure, nothing prints "No problems
//! found" on exit 2, an old report survives, and no input or configuration
//! text starts a line of its own (where a CI runner would read a workflow
//! command). Also where the human format's `-->` line points, and JUnit's
//! one test case a file.

use serde_json::Value;

use crate::support::sdx;

const GOOD: &str = "fixtures/thirdparty/invalid/offer.jsonld";

fn run(args: &[&str]) -> (Option<i32>, String, String) {
    let output = sdx().args(args).output().unwrap();
    (
        output.status.code(),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

/// No line of `text` could be read as a workflow command.
fn no_command_line(text: &str) -> bool {
    !text.lines().any(|line| line.trim_start().starts_with("::"))
}

#[test]
fn a_missing_input_is_carried_by_every_format() {
    let args = |format| vec!["validate", "--no-config", "--format", format, GOOD, "typo/"];
    let (code, json, stderr) = run(&args("json"));
    assert_eq!(code, Some(2));
    assert!(stderr.contains("cannot read typo/"), "{stderr}");
    let json: Value = serde_json::from_str(&json).unwrap();
    assert_eq!(json["errors"][0]["input"], "typo/", "{json:#}");
    assert!(
        json["summary"]["errors"].as_u64().unwrap() > 0,
        "the readable file is still checked"
    );

    let (_, sarif, _) = run(&args("sarif"));
    let sarif: Value = serde_json::from_str(&sarif).unwrap();
    let invocation = &sarif["runs"][0]["invocations"][0];
    assert_eq!(invocation["executionSuccessful"], false);
    let notification = &invocation["toolExecutionNotifications"][0];
    assert_eq!(notification["level"], "error");
    assert_eq!(
        notification["locations"][0]["physicalLocation"]["artifactLocation"]["uri"],
        "typo/"
    );

    let (_, junit, _) = run(&args("junit"));
    assert!(junit.contains("<testcase name=\"typo/\""), "{junit}");
    assert!(
        junit.contains("<error message=\"cannot read typo/"),
        "{junit}"
    );

    let (_, github, _) = run(&args("github"));
    assert!(
        github.contains("::error file=typo/,title=sdx::cannot read typo/"),
        "{github}"
    );

    let (code, human, _) = run(&["validate", "--no-config", "--color", "never", "typo/"]);
    assert_eq!(code, Some(2));
    assert!(!human.contains("No problems found"), "{human}");
    assert!(human.contains("1 input not checked"), "{human}");
}

#[test]
fn an_incomplete_run_leaves_the_old_report_as_it_was() {
    let dir = tempfile::tempdir().unwrap();
    let report = dir.path().join("r.sarif");
    std::fs::write(&report, "the last complete report").unwrap();
    let path = report.to_str().unwrap();
    let (code, _, stderr) = run(&[
        "validate",
        "--no-config",
        "--format",
        "sarif",
        "-o",
        path,
        GOOD,
        "typo/",
    ]);
    assert_eq!(code, Some(2));
    assert!(stderr.contains("was left as it was"), "{stderr}");
    assert_eq!(
        std::fs::read_to_string(&report).unwrap(),
        "the last complete report"
    );
    // A complete run replaces it.
    let (code, _, _) = run(&[
        "validate",
        "--no-config",
        "--format",
        "sarif",
        "-o",
        path,
        GOOD,
    ]);
    assert_eq!(code, Some(1));
    assert!(std::fs::read_to_string(&report)
        .unwrap()
        .contains("\"results\""));
}

#[test]
fn a_file_that_does_not_parse_is_never_clean() {
    let dir = tempfile::tempdir().unwrap();
    let broken = dir.path().join("broken.json");
    std::fs::write(&broken, "{\"@type\": ").unwrap();
    let broken = broken.to_str().unwrap();
    for filter in [
        ["--ignore", "invalid-json"],
        ["--select", "unknown-property"],
    ] {
        let (code, human, _) = run(&[
            "validate",
            "--no-config",
            "--color",
            "never",
            filter[0],
            filter[1],
            broken,
        ]);
        assert_eq!(code, Some(1), "{filter:?}: {human}");
        assert!(human.contains("error[invalid-json]"), "{human}");
        assert!(!human.contains("No problems found"), "{human}");
    }
}

#[test]
fn configuration_text_cannot_forge_a_workflow_command() {
    let dir = tempfile::tempdir().unwrap();
    for setting in [
        "ignore = [\"x\\n::error file=x::FORGED\"]",
        "exclude = [\"{\\n::error file=x::FORGED\"]",
        "profile = [\"x\\n::error file=x::FORGED\"]",
    ] {
        std::fs::write(
            dir.path().join("sdx.toml"),
            format!("[validate]\n{setting}\n"),
        )
        .unwrap();
        let output = sdx()
            .current_dir(dir.path())
            .args(["validate", "--format", "github", "."])
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(2), "{setting}: {output:?}");
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(stderr.contains("FORGED"), "{setting}: {stderr}");
        assert!(no_command_line(&stderr), "{setting}: {stderr}");
    }
}

#[test]
fn a_file_name_with_a_newline_stays_on_its_line() {
    let dir = tempfile::tempdir().unwrap();
    let name = dir.path().join("page\n::error file=x::FORGED.jsonld");
    std::fs::write(
        &name,
        r#"{"@context": "https://schema.org", "@type": "Thing", "nmae": "x"}"#,
    )
    .unwrap();
    let name = name.to_str().unwrap();
    for format in ["human", "github"] {
        let (code, stdout, stderr) = run(&["validate", "--no-config", "--format", format, name]);
        assert_eq!(code, Some(1));
        assert!(stdout.contains("FORGED"), "{stdout}");
        if format == "human" {
            assert!(no_command_line(&stdout), "{stdout}");
        } else {
            assert_eq!(
                stdout.lines().filter(|l| l.starts_with("::")).count(),
                1,
                "{stdout}"
            );
        }
        assert!(no_command_line(&stderr), "{stderr}");
    }
}

#[test]
fn the_arrow_line_gives_the_files_column_on_a_long_line() {
    let dir = tempfile::tempdir().unwrap();
    let pad = "p".repeat(10_000);
    let text = format!(
        "{{\"@context\": \"https://schema.org\", \"@type\": \"Event\", \"description\": \"{pad}\", \"startDate\": \"2024-13-01\"}}"
    );
    let path = dir.path().join("long.json");
    std::fs::write(&path, &text).unwrap();
    let path = path.to_str().unwrap();
    let (_, json, _) = run(&["validate", "--no-config", "--format", "json", path]);
    let json: Value = serde_json::from_str(&json).unwrap();
    let column = json["diagnostics"][0]["column"].as_u64().unwrap();
    assert_eq!(column as usize, text.find("\"2024-13-01\"").unwrap() + 1);
    let (_, human, _) = run(&["validate", "--no-config", "--color", "never", path]);
    assert!(
        human.contains(&format!("--> {path}:1:{column}\n")),
        "{human}"
    );
}

#[test]
fn junit_has_one_test_case_a_file() {
    let dir = tempfile::tempdir().unwrap();
    let line = r#"{"@context": "https://schema.org", "@type": "Event", "name": "E", "startDate": "2024-13-01"}"#;
    let feed = format!("{line}\n").repeat(500);
    let path = dir.path().join("feed.ndjson");
    std::fs::write(&path, feed).unwrap();
    let (code, junit, _) = run(&[
        "validate",
        "--no-config",
        "--format",
        "junit",
        path.to_str().unwrap(),
        GOOD,
    ]);
    assert_eq!(code, Some(1));
    assert_eq!(junit.matches("<testcase ").count(), 2, "{junit}");
    assert_eq!(junit.matches("<failure ").count(), 2, "{junit}");
    assert!(junit.contains("line 1: error at 1:"), "{junit}");
    assert!(
        junit.contains("more (400 errors, 0 warnings and 0 infos) not listed"),
        "{junit}"
    );
}

#[test]
fn other_commands_name_files_on_one_line_too() {
    let dir = tempfile::tempdir().unwrap();
    let name = dir.path().join("x\n::error file=x::FORGED.jsonld");
    let name = name.to_str().unwrap();
    for args in [
        vec!["export", name],
        vec!["embed", name, "--graph", GOOD],
        vec!["extract", name],
    ] {
        let (code, _, stderr) = run(&args);
        assert_eq!(code, Some(2), "{args:?}: {stderr}");
        assert!(stderr.contains("FORGED"), "{args:?}: {stderr}");
        assert!(no_command_line(&stderr), "{args:?}: {stderr}");
    }
}
