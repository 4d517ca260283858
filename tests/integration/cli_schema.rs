//! `sdx schema`: writes the generated schemas, and `--check` fails naming
//! each file that drifted.

use crate::support;

use crate::support::sdx;

#[test]
fn check_passes_on_the_committed_schemas() {
    let output = sdx().args(["schema", "--check"]).output().unwrap();
    assert_eq!(
        output.status.code(),
        Some(0),
        "{}",
        String::from_utf8_lossy(&output.stderr)
    );
}

#[test]
fn writes_the_committed_schemas_into_a_new_directory() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("generated");
    let output = sdx()
        .args(["schema", "--out", out.to_str().unwrap()])
        .output()
        .unwrap();
    assert!(output.status.success());
    let committed = support::repo("schemas");
    let mut names: Vec<String> = std::fs::read_dir(&out)
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    names.sort();
    // One schema per modeled type, plus the graph document's.
    assert_eq!(names.len(), sdx::schema::modeled_types().len() + 1);
    for name in names {
        assert_eq!(
            std::fs::read(out.join(&name)).unwrap(),
            std::fs::read(committed.join(&name)).unwrap(),
            "{name}"
        );
        assert!(std::fs::read_to_string(out.join(&name))
            .unwrap()
            .ends_with("}\n"));
    }
}

#[test]
fn check_exits_1_naming_each_file_that_differs() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path();
    let out_arg = out.to_str().unwrap();
    assert!(sdx()
        .args(["schema", "--out", out_arg])
        .output()
        .unwrap()
        .status
        .success());

    std::fs::write(out.join("Person.schema.json"), "{}\n").unwrap();
    std::fs::remove_file(out.join("Offer.schema.json")).unwrap();
    std::fs::write(out.join("Retired.schema.json"), "{}\n").unwrap();
    let before = std::fs::read(out.join("Person.schema.json")).unwrap();

    let output = sdx()
        .args(["schema", "--check", "--out", out_arg])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8(output.stderr).unwrap();
    let person = out.join("Person.schema.json");
    let offer = out.join("Offer.schema.json");
    let retired = out.join("Retired.schema.json");
    assert!(
        stderr.contains(&format!("{}: Person.schema.json differs", person.display())),
        "{stderr}"
    );
    assert!(
        stderr.contains(&format!(
            "{}: Offer.schema.json is missing",
            offer.display()
        )),
        "{stderr}"
    );
    assert!(
        stderr.contains(&format!(
            "{}: Retired.schema.json is not generated",
            retired.display()
        )),
        "{stderr}"
    );
    assert!(
        !stderr.contains("Event.schema.json"),
        "only drifted files are named: {stderr}"
    );
    assert_eq!(
        std::fs::read(out.join("Person.schema.json")).unwrap(),
        before,
        "--check writes nothing"
    );
    assert!(!offer.exists());

    // Writing repairs what is generated and leaves other files alone.
    assert!(sdx()
        .args(["schema", "--out", out_arg])
        .output()
        .unwrap()
        .status
        .success());
    let after = sdx()
        .args(["schema", "--check", "--out", out_arg])
        .output()
        .unwrap();
    assert_eq!(
        after.status.code(),
        Some(1),
        "the stale file is still reported"
    );
    assert!(retired.exists());
    std::fs::remove_file(&retired).unwrap();
    let clean = sdx()
        .args(["schema", "--check", "--out", out_arg])
        .output()
        .unwrap();
    assert_eq!(clean.status.code(), Some(0));
}

#[test]
fn check_of_a_missing_directory_names_every_file() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("absent");
    let output = sdx()
        .args(["schema", "--check", "--out", out.to_str().unwrap()])
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let stderr = String::from_utf8(output.stderr).unwrap();
    assert_eq!(
        stderr.matches("is missing").count(),
        sdx::schema::modeled_types().len() + 1,
        "{stderr}"
    );
    assert!(!out.exists());
}

/// Outside a project (no schemas/, no Cargo.toml) `sdx schema` writes
/// nothing unless `--out` says where; in a directory with a `schemas/` it
/// writes there and says so.
#[test]
fn writes_nowhere_unasked_outside_a_project() {
    let dir = tempfile::tempdir().unwrap();
    let output = sdx()
        .arg("schema")
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("pass --out DIR"));
    assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);

    std::fs::create_dir(dir.path().join("schemas")).unwrap();
    let output = sdx()
        .arg("schema")
        .current_dir(dir.path())
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(0));
    assert!(String::from_utf8_lossy(&output.stderr).contains("schemas in schemas"));
    assert!(dir.path().join("schemas/graph.schema.json").is_file());
}
