//! The CI integrations shipped in the repository run what they say:
//! the pre-commit hooks' entries and the GitHub action's validation script
//! are executed here against fixtures, with the real binary.

use std::path::{Path, PathBuf};
use std::process::Command;

use assert_cmd::cargo::cargo_bin;
use yaml_rust2::{Yaml, YamlLoader};

fn root() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

struct Hook {
    id: String,
    entry: Vec<String>,
    files: Option<regex::Regex>,
    pass_filenames: bool,
}

fn hooks() -> Vec<Hook> {
    let text = std::fs::read_to_string(root().join(".pre-commit-hooks.yaml")).expect("hooks file");
    let docs = YamlLoader::load_from_str(&text).expect("hooks file is YAML");
    let list = docs[0].as_vec().expect("a list of hooks");
    list.iter()
        .map(|hook| Hook {
            id: hook["id"].as_str().expect("id").to_owned(),
            entry: hook["entry"]
                .as_str()
                .expect("entry")
                .split_whitespace()
                .map(str::to_owned)
                .collect(),
            files: hook["files"]
                .as_str()
                .map(|p| regex::Regex::new(p).expect("files is a regex")),
            pass_filenames: !matches!(hook["pass_filenames"], Yaml::Boolean(false)),
        })
        .collect()
}

/// Runs a hook the way pre-commit does: its entry, with `sdx` being the
/// built binary, followed by the matching files when it takes file names.
fn run_hook(hook: &Hook, candidates: &[PathBuf]) -> std::process::Output {
    assert_eq!(hook.entry[0], "sdx", "{}: entry starts with sdx", hook.id);
    let mut command = Command::new(cargo_bin("sdx"));
    command.current_dir(root()).args(&hook.entry[1..]);
    if hook.pass_filenames {
        let files: Vec<&PathBuf> = candidates
            .iter()
            .filter(|path| {
                let relative = path.strip_prefix(root()).unwrap_or(path);
                hook.files
                    .as_ref()
                    .is_none_or(|re| re.is_match(&relative.to_string_lossy()))
            })
            .collect();
        assert!(
            !files.is_empty(),
            "{}: the hook selects some files",
            hook.id
        );
        command.args(files);
    }
    command.output().expect("runs")
}

fn files_under(dir: &Path) -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("fixture dir")
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.is_file())
        .collect();
    files.sort();
    files
}

fn hook(id: &str) -> Hook {
    hooks()
        .into_iter()
        .find(|h| h.id == id)
        .unwrap_or_else(|| panic!("hook {id} is offered"))
}

#[test]
fn pre_commit_validate_hook_passes_valid_files_and_fails_invalid_ones() {
    let validate = hook("sdx-validate");
    let valid = run_hook(
        &validate,
        &files_under(&root().join("fixtures/thirdparty/valid")),
    );
    assert_eq!(
        valid.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&valid.stdout)
    );
    let mut mixed = files_under(&root().join("fixtures/thirdparty/valid"));
    mixed.push(root().join("fixtures/thirdparty/invalid/urls.jsonld"));
    // A file the hook does not select is not passed: the README is not JSON.
    mixed.push(root().join("README.md"));
    let failing = run_hook(&validate, &mixed);
    assert_eq!(failing.status.code(), Some(1));
    assert!(String::from_utf8_lossy(&failing.stdout).contains("invalid-url"));
}

#[test]
fn pre_commit_schema_check_hook_runs_clean_on_this_repository() {
    let check = hook("sdx-schema-check");
    assert!(!check.pass_filenames, "schema --check takes no file names");
    let output = run_hook(&check, &[]);
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}{}",
        String::from_utf8_lossy(&output.stdout),
        String::from_utf8_lossy(&output.stderr)
    );
}

fn action_script(paths: &str, sarif: Option<&Path>) -> std::process::Output {
    let mut command = Command::new("bash");
    command
        .current_dir(root())
        .arg("scripts/action-validate.sh")
        .env("SDX", cargo_bin("sdx"))
        .env("SDX_PATHS", paths)
        .env("SDX_PROFILE", "")
        .env("SDX_ARGS", "");
    match sarif {
        Some(path) => command.env("SDX_SARIF", path),
        None => command.env("SDX_SARIF", ""),
    };
    command.output().expect("bash runs")
}

#[test]
fn action_script_prints_annotations_and_keeps_sdx_exit_code() {
    let clean = action_script("fixtures/thirdparty/valid", None);
    assert_eq!(clean.status.code(), Some(0));
    assert!(!String::from_utf8_lossy(&clean.stdout).contains("::error"));

    let sarif = tempfile::NamedTempFile::new().expect("temp file");
    let failing = action_script(
        "fixtures/thirdparty/invalid/urls.jsonld fixtures/thirdparty/valid",
        Some(sarif.path()),
    );
    assert_eq!(failing.status.code(), Some(1));
    let annotations = String::from_utf8_lossy(&failing.stdout);
    assert!(
        annotations.contains("::error file=fixtures/thirdparty/invalid/urls.jsonld,line="),
        "{annotations}"
    );
    let log: serde_json::Value =
        serde_json::from_slice(&std::fs::read(sarif.path()).expect("sarif written"))
            .expect("SARIF is JSON");
    assert_eq!(log["version"], "2.1.0");
    assert!(!log["runs"][0]["results"]
        .as_array()
        .expect("results")
        .is_empty());

    let missing = action_script("fixtures/does-not-exist", None);
    assert_eq!(
        missing.status.code(),
        Some(2),
        "unreadable path: could not run"
    );
}

/// pre-commit names every staged file its pattern matches, `package.json`
/// included; the hook skips what a walk of the directory skips, as the
/// Action's default `paths: .` does.
#[test]
fn hook_and_action_skip_json_files_that_are_not_json_ld() {
    let project = root().join("fixtures/web-project");
    let mut files = files_under(&project);
    files.extend(files_under(&project.join("public")));
    let hooked = run_hook(&hook("sdx-validate"), &files);
    let walked = action_script("fixtures/web-project", None);
    for output in [&hooked, &walked] {
        let stdout = String::from_utf8_lossy(&output.stdout);
        assert_eq!(output.status.code(), Some(0), "{stdout}");
        assert!(
            stdout.contains("1 file,")
                && stdout.contains("skipped 3 JSON files that are not JSON-LD"),
            "{stdout}"
        );
    }
}

/// The Action caches the built binary by sdx's version and Cargo.lock's
/// hash, and its install script takes a cached binary without building.
#[test]
fn action_caches_the_binary_by_version_and_lockfile() {
    let text = std::fs::read_to_string(root().join("action.yml")).expect("action.yml");
    let action = &YamlLoader::load_from_str(&text).expect("YAML")[0];
    let steps = action["runs"]["steps"].as_vec().expect("steps");
    let key = steps
        .iter()
        .find(|step| step["id"].as_str() == Some("key"))
        .and_then(|step| step["run"].as_str())
        .expect("a step computing the cache key");
    assert!(
        key.contains("Cargo.toml") && key.contains("Cargo.lock"),
        "{key}"
    );
    let cache = steps
        .iter()
        .find(|step| {
            step["uses"]
                .as_str()
                .is_some_and(|uses| uses.starts_with("actions/cache@"))
        })
        .expect("a cache step");
    assert_eq!(
        cache["with"]["key"].as_str(),
        Some("${{ steps.key.outputs.key }}")
    );

    let cached = tempfile::tempdir().expect("temp dir");
    std::fs::create_dir(cached.path().join("bin")).expect("bin");
    std::fs::copy(cargo_bin("sdx"), cached.path().join("bin/sdx")).expect("copy");
    let output = Command::new("bash")
        .arg(root().join("scripts/action-install.sh"))
        .env("SDX_ROOT", cached.path())
        .env("SDX_SOURCE", root())
        .env("SDX_REPOSITORY", "")
        .env("RUNNER_OS", "Linux")
        .env("RUNNER_ARCH", "X64")
        .output()
        .expect("bash runs");
    assert_eq!(output.status.code(), Some(0));
    assert!(
        String::from_utf8_lossy(&output.stdout).starts_with("sdx from the cache: sdx "),
        "{}",
        String::from_utf8_lossy(&output.stdout)
    );
}
