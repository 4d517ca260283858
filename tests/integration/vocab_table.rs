//! The committed vocabulary table is exactly what the generator makes of
//! the schema.org release in `../shared/schemaorg/30.0`.

#[path = "../../examples/gen-vocab/generate.rs"]
mod generate;

use std::path::Path;

#[test]
fn committed_table_matches_the_release() {
    let release = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/schemaorg/30.0");
    if !release.is_dir() {
        eprintln!(
            "skipped: {} is absent, so the committed vocabulary table is not re-derived",
            release.display()
        );
        return;
    }
    let generated = generate::generate(&release).unwrap();
    let committed = std::fs::read_to_string(
        Path::new(env!("CARGO_MANIFEST_DIR")).join("src/vocab/schemaorg.txt"),
    )
    .unwrap();
    assert!(
        generated == committed,
        "src/vocab/schemaorg.txt is stale; run `cargo run --example gen-vocab -- ../shared/schemaorg/30.0`"
    );
    assert_eq!(
        committed,
        sdx::vocab::TABLE,
        "the compiled-in table is the committed file"
    );
}

#[test]
fn a_missing_release_is_a_clear_error() {
    let error = generate::generate(Path::new("/nonexistent/schemaorg/30.0")).unwrap_err();
    let message = error.to_string();
    assert!(
        message.contains("schemaorg-current-https.jsonld"),
        "{message}"
    );
    assert!(message.contains("release"), "{message}");
}

#[test]
fn a_file_that_is_not_a_vocabulary_is_refused() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join(generate::SOURCE_FILE), b"{\"@graph\": 3}").unwrap();
    let error = generate::generate(dir.path()).unwrap_err();
    assert!(error.to_string().contains("@graph"), "{error}");
    std::fs::write(dir.path().join(generate::SOURCE_FILE), b"{not json").unwrap();
    let error = generate::generate(dir.path()).unwrap_err();
    assert!(error.to_string().contains("not valid JSON"), "{error}");
}
