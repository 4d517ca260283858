//! The surface for programs that embed sdx rather than run it (the Python
//! package in `python/`): owned text in, owned results out, every result
//! the same data the command line prints.
//!
//! The command line is built on it too: what `sdx export` checks before
//! it writes ([`load_dataset`]) and the rule catalogue `sdx rules` prints
//! ([`rules`](mod@rules)) are here.
//!
//! A [`Validator`] from [`validator`] is `Send + Sync`: build it once and
//! share it between threads; it compiles each type's schema the first time
//! a document uses it.

use std::sync::OnceLock;

use crate::diagnostic::{Diagnostic, Severity};
use crate::validate::{Config, ConfigError, InputFormat, Settings, Validator};

mod dataset_check;
pub mod rules;

pub use dataset_check::load as load_dataset;

// What the `sdx` binary needs besides validation, re-exported one by one:
// the modules they come from stay private to the crate.
pub use crate::atomic::write_atomically;
pub use crate::diagram::{to_dot, to_mermaid, Diagram, DiagramEdge, DiagramNode};
#[cfg(feature = "fetch")]
pub use crate::page::fetch::{fetch, FetchError, FetchOptions};
pub use crate::page::{documents_graph, embed_graph, page_graph, EmbedError};
pub use crate::validate::config::FILE_NAME as CONFIG_FILE_NAME;
pub use crate::validate::ingest::limits::{parse_size, SizeError};
pub use crate::validate::report::{one_line, redact_userinfo};

/// A validator for `config`, the settings `sdx.toml`'s `[validate]` table
/// and `sdx validate`'s flags give: profiles, selected and ignored rules,
/// severities, limits. The error names an unknown rule or profile, with
/// the closest known id.
pub fn validator_for(config: &Config) -> Result<Validator, ConfigError> {
    Ok(Validator::new(config.resolve("the configuration")?))
}

/// The validator of the default settings, built once: no profile, every
/// built-in rule.
fn default_validator() -> &'static Validator {
    static DEFAULT: OnceLock<Validator> = OnceLock::new();
    DEFAULT.get_or_init(|| Validator::new(Settings::default()))
}

/// True when the JSON-LD document `text` has no error under the default
/// rules (warnings and infos do not count), as `sdx validate` exits 0.
pub fn is_valid(text: &str) -> bool {
    default_validator()
        .validate_bytes("-", InputFormat::Json, text.as_bytes())
        .diagnostics()
        .all(|(diagnostic, _)| diagnostic.severity != Severity::Error)
}

/// Every finding of `validator` on the JSON-LD document `text`, named
/// `name` in the findings, in the order `sdx validate` reports them. The
/// findings are owned: the iterator outlives `text`.
pub fn iter_errors(
    validator: &Validator,
    name: &str,
    text: &str,
) -> impl Iterator<Item = Diagnostic> {
    let report = validator.validate_bytes(name, InputFormat::Json, text.as_bytes());
    let found: Vec<Diagnostic> = report.diagnostics().map(|(d, _)| d.clone()).collect();
    found.into_iter()
}

/// A validator with the rules of these profiles (`google`, `social`), only
/// the `select`ed rules when any are named, and never the `ignore`d ones,
/// with every finding listed (no `--max-diagnostics` cap). The error names
/// an unknown profile or rule, as `sdx validate` says it.
pub fn validator(
    profiles: &[String],
    select: &[String],
    ignore: &[String],
) -> Result<Validator, ConfigError> {
    let config = Config {
        select: (!select.is_empty()).then(|| select.to_vec()),
        ignore: ignore.to_vec(),
        profile: profiles.to_vec(),
        ..Config::default()
    };
    let mut settings = config.resolve("the arguments")?;
    settings.limits.max_diagnostics = 0;
    Ok(Validator::new(settings))
}

/// What `sdx export` writes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ExportFormat {
    /// One `{"@context", "@graph"}` JSON-LD document.
    JsonLd,
    /// A `<script type="application/ld+json">` element.
    Html,
}

/// A base IRI (`sdx export --base`) that is not absolute.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{text}` is not an absolute IRI ({source}); write it like https://example.com/page")]
pub struct BaseError {
    /// The text given.
    pub text: String,
    /// Why it is not an absolute IRI.
    pub source: url::ParseError,
}

/// The absolute IRI relative `@id`s of a dataset resolve against.
pub fn parse_base(text: &str) -> Result<url::Url, BaseError> {
    url::Url::parse(text).map_err(|source| BaseError {
        text: text.to_owned(),
        source,
    })
}

/// A dataset's text exported as `sdx export` exports the file, named
/// `file` in diagnostics; relative `@id`s resolve against `base` (an
/// absolute IRI). The error is what makes `sdx export` exit 2: every
/// error of a dataset that does not load, or a bad base.
pub fn export(
    file: &str,
    text: &str,
    base: Option<&str>,
    format: ExportFormat,
) -> Result<String, Vec<Diagnostic>> {
    let base = match base {
        Some(base) => Some(parse_base(base).map_err(|error| {
            vec![Diagnostic::new(
                "invalid-base",
                Severity::Error,
                file,
                "",
                error.to_string(),
            )]
        })?),
        None => None,
    };
    let (dataset, _warnings) = dataset_check::load(file, text.as_bytes(), base.as_ref())?;
    Ok(match format {
        ExportFormat::JsonLd => dataset.to_json_ld(),
        ExportFormat::Html => dataset.to_html(),
    })
}

/// The JSON Schema of the modeled type `name`, self-contained (the file
/// `schemas/<name>.schema.json` refers to the graph schema's `$defs`
/// instead), or of a whole graph document for `None`; `None` back for a
/// type sdx does not model.
pub fn schema(name: Option<&str>) -> Option<String> {
    match name {
        None => Some(crate::schema::committed_graph_schema().to_owned()),
        Some(name) => {
            let modeled = crate::schema::modeled_type(name)?;
            serde_json::to_string(&modeled.schema_value()).ok()
        }
    }
}

/// Every rule of `sdx validate`, as `sdx rules --format json` lists them.
pub fn rules() -> String {
    serde_json::to_string(&rules::rows()).unwrap_or_else(|_| "[]".to_owned())
}

/// The validator is shared between threads as is.
const _: fn() = || {
    fn shared<T: Send + Sync>() {}
    shared::<Validator>();
};
