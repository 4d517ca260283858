//! Shared by the integration tests: the binary, the repository's paths, the committed
//! schemas as compiled validators, and generators of model instances.

#![allow(dead_code)]

pub mod corpus;
pub mod generators;
pub mod measured;
pub mod same_graph;

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use serde_json::Value;

/// The built `sdx` binary, run from the repository root as a user would.
pub fn sdx() -> assert_cmd::Command {
    let mut command = assert_cmd::Command::cargo_bin("sdx").expect("cargo builds the sdx binary");
    command.current_dir(repo(""));
    command
}

/// What `sdx rules --format json` lists: every rule, each an object (`id`,
/// `profile`, `summary`, `help`, `wrong`, `right`…), run once for all the
/// tests that read it.
pub fn listed_rules() -> &'static [Value] {
    static RULES: OnceLock<Vec<Value>> = OnceLock::new();
    RULES.get_or_init(|| {
        let output = sdx().args(["rules", "--format", "json"]).output().unwrap();
        assert!(output.status.success(), "{output:?}");
        match serde_json::from_slice(&output.stdout).unwrap() {
            Value::Array(rules) => rules,
            other => panic!("sdx rules printed no list: {other}"),
        }
    })
}

/// `sdx validate --format json --no-config ARGS`: the exit code and the
/// report's diagnostics.
pub fn validate_json(args: &[&str]) -> (i32, Vec<Value>) {
    let output = sdx()
        .args(["validate", "--format", "json", "--no-config"])
        .args(args)
        .output()
        .unwrap();
    let report: Value = serde_json::from_slice(&output.stdout).unwrap();
    let diagnostics = report["diagnostics"].as_array().unwrap().clone();
    (output.status.code().unwrap(), diagnostics)
}

/// A path inside the repository.
pub fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

/// The seed dataset.
pub fn seed_path() -> PathBuf {
    repo("fixtures/seed/dgx-spark.jsonld")
}

/// A committed schema file, parsed.
pub fn committed_schema(file: &str) -> Value {
    let text = std::fs::read_to_string(repo("schemas").join(file))
        .unwrap_or_else(|e| panic!("schemas/{file}: {e}"));
    serde_json::from_str(&text).unwrap()
}

/// The base URI the committed schemas are compiled under, as a third party
/// would: a per-type file `$ref`s `graph.schema.json` beside it, which is
/// registered here from disk, and nothing is ever retrieved. Any base does,
/// as long as both files share its directory.
pub const SCHEMAS_BASE: &str = "file:///sdx/schemas/";

/// `graph.schema.json`, registered under [`SCHEMAS_BASE`]: all a per-type
/// schema needs besides itself.
pub fn schema_registry() -> &'static jsonschema::Registry<'static> {
    static REGISTRY: OnceLock<jsonschema::Registry<'static>> = OnceLock::new();
    REGISTRY.get_or_init(|| {
        let graph = committed_schema("graph.schema.json");
        jsonschema::Registry::new()
            .add(format!("{SCHEMAS_BASE}graph.schema.json"), graph)
            .and_then(|builder| builder.prepare())
            .unwrap_or_else(|e| panic!("graph.schema.json does not register: {e}"))
    })
}

/// Compiles `schemas/<name>` offline, as [`SCHEMAS_BASE`]`<name>`.
pub fn compile_committed_schema(
    name: &str,
) -> Result<jsonschema::Validator, jsonschema::ValidationError<'static>> {
    jsonschema::options()
        .offline()
        .with_base_uri(format!("{SCHEMAS_BASE}{name}"))
        .with_registry(schema_registry())
        .build(&committed_schema(name))
}

/// Validators compiled from the committed `schemas/`, by file name.
pub fn validators() -> &'static HashMap<String, jsonschema::Validator> {
    static VALIDATORS: OnceLock<HashMap<String, jsonschema::Validator>> = OnceLock::new();
    VALIDATORS.get_or_init(|| {
        let mut map = HashMap::new();
        for entry in std::fs::read_dir(repo("schemas")).unwrap() {
            let name = entry.unwrap().file_name().to_string_lossy().into_owned();
            let validator = compile_committed_schema(&name)
                .unwrap_or_else(|e| panic!("schemas/{name} does not compile: {e}"));
            map.insert(name, validator);
        }
        map
    })
}

/// The validation errors of `instance` against `schemas/<file>`, as text.
pub fn schema_errors(file: &str, instance: &Value) -> Vec<String> {
    let validator = validators()
        .get(file)
        .unwrap_or_else(|| panic!("no committed schema {file}"));
    validator
        .iter_errors(instance)
        .map(|e| format!("{} at {}", e, e.instance_path()))
        .collect()
}

/// Checks an exported document against `graph.schema.json` and each of its
/// nodes against the schema of its `@type`.
pub fn assert_export_validates(document: &Value) {
    let errors = schema_errors("graph.schema.json", document);
    assert!(errors.is_empty(), "graph.schema.json: {errors:#?}");
    for node in document["@graph"].as_array().unwrap() {
        let type_name = node["@type"].as_str().unwrap();
        let file = format!("{type_name}.schema.json");
        let errors = schema_errors(&file, node);
        assert!(errors.is_empty(), "{file}: {errors:#?}\n{node:#}");
    }
}
