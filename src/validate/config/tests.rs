//! Tests of rule selection, regrading, skipped paths and `sdx.toml`.

use super::*;
use crate::diagnostic::Severity;
use crate::validate::ingest::limits::Limits;
use crate::validate::registry;

#[test]
fn selects_ignores_and_regrades() {
    let config: File = toml::from_str(
            "[validate]\nselect = [\"schema\", \"invalid-date\", \"missing-context\"]\nignore = [\"invalid-date\"]\n[validate.severity]\nmissing-context = \"error\"\n",
        )
        .unwrap();
    let settings = config.validate.unwrap().resolve("sdx.toml").unwrap();
    let rule = |id| registry::find(id).unwrap();
    assert_eq!(settings.severity(rule("schema")), Some(Severity::Error));
    assert_eq!(settings.severity(rule("invalid-date")), None);
    assert_eq!(settings.severity(rule("invalid-gtin")), None);
    assert_eq!(
        settings.severity(rule("missing-context")),
        Some(Severity::Error)
    );
}

#[test]
fn refuses_unknown_rules_and_settings() {
    let config = Config {
        ignore: vec!["invalid-gtn".to_owned()],
        ..Config::default()
    };
    let error = config.resolve("--ignore").unwrap_err().to_string();
    assert_eq!(
            error,
            "unknown rule `invalid-gtn` in --ignore (did you mean `invalid-gtin`?); `sdx rules` lists the rules"
        );
    assert!(toml::from_str::<File>("[validate]\nselekt = []\n").is_err());
}

#[test]
fn profiles_run_when_named_or_selected() {
    let rule = |id| registry::find(id).unwrap();
    let event = "google/event-missing-start-date";
    let settings = Config::default().resolve("defaults").unwrap();
    assert!(settings.profiles().is_empty());
    assert_eq!(settings.severity(rule(event)), None);
    let config: File = toml::from_str("[validate]\nprofile = [\"google\"]\n").unwrap();
    let settings = config.validate.unwrap().resolve("sdx.toml").unwrap();
    assert_eq!(settings.profiles().len(), 1);
    assert_eq!(settings.severity(rule(event)), Some(Severity::Error));
    let config = Config {
        select: Some(vec![event.to_owned()]),
        ..Config::default()
    };
    let settings = config.resolve("--select").unwrap();
    assert_eq!(settings.severity(rule(event)), Some(Severity::Error));
    assert_eq!(settings.severity(rule("google/event-missing-name")), None);
    assert_eq!(settings.profiles().len(), 1);
    let config = Config {
        profile: vec!["google".to_owned(), "none".to_owned()],
        ..Config::default()
    };
    assert!(config.resolve("--profile").unwrap().profiles().is_empty());
    let config = Config {
        profile: vec!["bing".to_owned()],
        ..Config::default()
    };
    assert_eq!(
        config.resolve("--profile").unwrap_err().to_string(),
        "unknown profile `bing` in --profile; the profiles are: none, google, social, pending"
    );
}

#[test]
fn reads_limits_with_defaults() {
    let defaults = Config::default().resolve("sdx.toml").unwrap().limits;
    assert_eq!(defaults, Limits::default());
    let file: File = toml::from_str(
        "[validate]\nmax-depth = 10\nmax-document-size = \"2MiB\"\nmax-diagnostics = 0\n",
    )
    .unwrap();
    let limits = file.validate.unwrap().resolve("sdx.toml").unwrap().limits;
    assert_eq!(
        (
            limits.max_depth,
            limits.max_document_size,
            limits.max_diagnostics
        ),
        (10, 2 << 20, 0)
    );
    let file: File = toml::from_str("[validate]\nmax-document-size = 4096\n").unwrap();
    assert_eq!(
        file.validate
            .unwrap()
            .resolve("x")
            .unwrap()
            .limits
            .max_document_size,
        4096
    );
    for bad in [
        "max-depth = 0",
        "max-depth = 500",
        "max-document-size = \"lots\"",
        "max-document-size = 0",
    ] {
        let file: File = toml::from_str(&format!("[validate]\n{bad}\n")).unwrap();
        let error = file.validate.unwrap().resolve("x").unwrap_err().to_string();
        assert!(error.starts_with("invalid max-"), "{bad}: {error}");
    }
}

#[test]
fn excludes_relative_to_the_config() {
    let config = Config {
        exclude: vec!["vendor/".to_owned(), "*.min.html".to_owned()],
        root: PathBuf::from("/site"),
        ..Config::default()
    };
    let settings = config.resolve("sdx.toml").unwrap();
    assert!(settings.is_excluded(Path::new("/site/vendor/a.json"), false));
    assert!(settings.is_excluded(Path::new("/site/x/page.min.html"), false));
    assert!(!settings.is_excluded(Path::new("/site/page.html"), false));
}
