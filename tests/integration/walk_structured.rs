//! A directory walk checks structured data only: `.json` files that are not
//! JSON-LD (`package.json`, `tsconfig.json`, a web manifest) are skipped and
//! counted in the summary; a file named on the command line is checked.

use assert_cmd::Command;

const PROJECT: &str = "fixtures/web-project";

fn sdx() -> Command {
    let mut command = Command::cargo_bin("sdx").expect("binary");
    command.current_dir(env!("CARGO_MANIFEST_DIR")).args([
        "validate",
        "--no-config",
        "--no-progress",
    ]);
    command
}

#[test]
fn a_walk_skips_plain_json_and_says_so_in_every_summary() {
    let human = sdx().args(["--color", "never", PROJECT]).assert().code(0);
    let stdout = String::from_utf8_lossy(&human.get_output().stdout).into_owned();
    assert_eq!(
        stdout.trim_end(),
        "No problems found in 1 file, 1 document, 4 nodes; \
         skipped 3 JSON files that are not JSON-LD."
    );

    let github = sdx().args(["--format", "github", PROJECT]).assert().code(0);
    let stdout = String::from_utf8_lossy(&github.get_output().stdout).into_owned();
    assert!(
        stdout.contains("skipped 3 JSON files that are not JSON-LD"),
        "{stdout}"
    );

    let json = sdx().args(["--format", "json", PROJECT]).assert().code(0);
    let report: serde_json::Value =
        serde_json::from_slice(&json.get_output().stdout).expect("JSON report");
    assert_eq!(report["summary"]["skipped"], 3);
    assert_eq!(report["summary"]["files"], 1);
}

#[test]
fn a_file_named_on_the_command_line_is_always_checked() {
    let named = sdx()
        .args(["--format", "json", "fixtures/web-project/package.json"])
        .assert()
        .code(1);
    let report: serde_json::Value =
        serde_json::from_slice(&named.get_output().stdout).expect("JSON report");
    assert_eq!(report["summary"]["files"], 1);
    assert_eq!(report["summary"].get("skipped"), None, "{report}");
    assert!(report["summary"]["errors"].as_u64() > Some(0), "{report}");
}

#[test]
fn force_exclude_filters_named_files_as_a_walk_does() {
    let output = sdx()
        .args([
            "--force-exclude",
            "--color",
            "never",
            "fixtures/web-project/package.json",
            "fixtures/web-project/public/organization.json",
        ])
        .assert()
        .code(0);
    let stdout = String::from_utf8_lossy(&output.get_output().stdout).into_owned();
    assert!(
        stdout.contains("in 1 file,") && stdout.contains("skipped 1 JSON file that is not JSON-LD"),
        "{stdout}"
    );
}
