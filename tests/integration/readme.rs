//! The README starts with the two commands a newcomer runs, and CI runs
//! exactly those.

use crate::support;

const MAIN: &str = "cargo run --release -- export fixtures/seed/dgx-spark.jsonld";
const TESTS: &str = "cargo test";

#[test]
fn readme_starts_with_the_main_command_and_the_tests() {
    let readme = std::fs::read_to_string(support::repo("README.md")).unwrap();
    let lines: Vec<&str> = readme.lines().take(4).collect();
    assert_eq!(lines, ["```sh", MAIN, TESTS, "```"]);
}

#[test]
fn ci_runs_the_readme_commands_and_the_checks() {
    let ci = std::fs::read_to_string(support::repo(".ci/run")).unwrap();
    let commands: Vec<&str> = ci
        .lines()
        .map(str::trim)
        .filter(|l| !l.starts_with('#'))
        .collect();
    for expected in [
        "set -euo pipefail",
        "cargo fmt --all -- --check",
        "cargo clippy --all-targets -- -D warnings",
        TESTS,
        "cargo run --quiet -- schema --check",
    ] {
        assert!(
            commands.contains(&expected),
            ".ci/run does not run `{expected}`"
        );
    }
    assert!(
        commands.iter().any(|c| c.starts_with(MAIN)),
        ".ci/run does not run `{MAIN}`"
    );
}

#[cfg(unix)]
#[test]
fn ci_script_is_executable() {
    use std::os::unix::fs::PermissionsExt;
    let mode = std::fs::metadata(support::repo(".ci/run"))
        .unwrap()
        .permissions()
        .mode();
    assert!(mode & 0o111 != 0);
}

#[test]
fn readme_lists_every_load_rule() {
    let readme = std::fs::read_to_string(support::repo("README.md")).unwrap();
    for rule in sdx::jsonld::rules::LOAD_RULES {
        assert!(
            readme.contains(&format!("| `{}` |", rule.id)),
            "README does not document {}",
            rule.id
        );
    }
}
