//! The README starts with the two commands a newcomer runs, and CI runs
//! exactly those.

use crate::support;

const MAIN: &str = "cargo run -- export fixtures/seed/dgx-spark.jsonld";
const TESTS: &str = "cargo test";

#[test]
fn readme_starts_with_the_main_command_and_the_tests() {
    let readme = std::fs::read_to_string(support::repo("README.md")).unwrap();
    let lines: Vec<&str> = readme.lines().take(4).collect();
    assert_eq!(lines, ["```sh", MAIN, TESTS, "```"]);
}

#[test]
fn readme_stays_a_first_read() {
    // The user's path (install, export, embed, validate in CI) in one read;
    // reference material goes to docs/.
    let readme = std::fs::read_to_string(support::repo("README.md")).unwrap();
    let lines = readme.lines().count();
    assert!(
        lines < 250,
        "README.md has {lines} lines; move reference material to docs/"
    );
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
        "cargo run --quiet --example schemas -- --check",
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
    for id in sdx::jsonld::rules::LOAD_RULES {
        assert!(
            readme.contains(&format!("| `{id}` |")),
            "README does not document {id}"
        );
    }
}

/// The shell blocks (```sh, ```shell, ```bash) of README.md and docs/*.md:
/// (file, line of the block, its lines joined where they end in `\`).
fn shell_blocks() -> Vec<(String, usize, Vec<String>)> {
    let mut files = vec![support::repo("README.md")];
    let mut docs: Vec<_> = std::fs::read_dir(support::repo("docs"))
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "md"))
        .collect();
    docs.sort();
    files.extend(docs);
    let mut blocks = Vec::new();
    for file in files {
        let text = std::fs::read_to_string(&file).unwrap();
        let name = file
            .strip_prefix(support::repo(""))
            .unwrap()
            .display()
            .to_string();
        let mut block: Option<(usize, Vec<String>)> = None;
        for (index, line) in text.lines().enumerate() {
            let fence = line.trim_start();
            match &mut block {
                None if ["```sh", "```shell", "```bash"].contains(&fence) => {
                    block = Some((index + 1, Vec::new()));
                }
                Some(_) if fence == "```" => {
                    let (start, lines) = block.take().unwrap();
                    blocks.push((name.clone(), start, lines));
                }
                Some((_, lines)) => match lines.last_mut() {
                    Some(last) if last.ends_with('\\') => {
                        last.pop();
                        last.push_str(line.trim());
                    }
                    _ => lines.push(line.to_owned()),
                },
                None => {}
            }
        }
    }
    blocks
}

/// Every command of every shell block runs as written. `sdx` commands run
/// with the built binary in a directory holding the repository's fixtures
/// (what they write stays there); each exits 0, or 1 for findings, never 2
/// ("could not run") or 127 ("no such command"). Cargo commands and the
/// benchmark scripts take minutes to hours, so of those what they name
/// must exist: the script, the example, the files.
#[cfg(unix)]
#[test]
fn every_shell_block_of_the_docs_runs_as_written() {
    let sandbox = tempfile::tempdir().unwrap();
    for linked in ["fixtures", "schemas", "Cargo.toml"] {
        std::os::unix::fs::symlink(support::repo(linked), sandbox.path().join(linked)).unwrap();
    }
    let binary = assert_cmd::cargo::cargo_bin("sdx");
    let path = format!(
        "{}:{}",
        binary.parent().unwrap().display(),
        std::env::var("PATH").unwrap_or_default()
    );
    let blocks = shell_blocks();
    assert!(blocks.len() >= 8, "{blocks:?}");
    let mut ran = 0;
    for (file, start, lines) in &blocks {
        for line in lines {
            let command = line.split(" #").next().unwrap().trim();
            if command.is_empty() || command.starts_with('#') || command == "set -e" {
                continue;
            }
            let words: Vec<&str> = command.split_whitespace().collect();
            if words[0] == "cargo" || words[0].starts_with("scripts/") {
                if words[0].starts_with("scripts/") {
                    assert!(
                        support::repo(words[0]).is_file(),
                        "{file}:{start}: {command}"
                    );
                }
                if let Some(i) = words.iter().position(|w| *w == "--features") {
                    let manifest = std::fs::read_to_string(support::repo("Cargo.toml")).unwrap();
                    let declared = format!("\n{} = [", words[i + 1]);
                    assert!(manifest.contains(&declared), "{file}:{start}: {command}");
                }
                if let Some(i) = words.iter().position(|w| *w == "--example") {
                    let example = support::repo(&format!("examples/{}.rs", words[i + 1]));
                    assert!(example.is_file(), "{file}:{start}: {command}");
                }
                for word in words.iter().filter(|w| w.starts_with("fixtures/")) {
                    assert!(support::repo(word).exists(), "{file}:{start}: {word}");
                }
                continue;
            }
            let output = std::process::Command::new("bash")
                .args(["-o", "pipefail", "-c", command])
                .current_dir(sandbox.path())
                .env("PATH", &path)
                .env("HOME", sandbox.path())
                .output()
                .unwrap();
            assert!(
                matches!(output.status.code(), Some(0 | 1)),
                "{file}:{start}: `{command}` exited {:?}: {}",
                output.status.code(),
                String::from_utf8_lossy(&output.stderr)
            );
            ran += 1;
        }
    }
    assert!(ran >= 15, "{ran} commands ran");
}
