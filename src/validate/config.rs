//! Which rules run and how severe they are, and which paths are skipped:
//! from `--select`/`--ignore` and an optional `sdx.toml`. This file is the
//! configuration as written: its form, finding and reading the file, and
//! the errors; `settings.rs` checks it and resolves it into the
//! [`Settings`](super::Settings) a run uses.
//!
//! `sdx.toml` is found by looking in the working directory and then each
//! parent, the first one found wins (as ruff finds its configuration):
//!
//! ```toml
//! [validate]
//! select = ["schema", "invalid-date"]   # only these rules (default: all)
//! ignore = ["dangling-reference"]       # never these
//! exclude = ["vendor/", "*.min.html"]   # gitignore-style, relative to sdx.toml
//! deny-warnings = true                  # warnings fail the run too
//! profile = ["google"]                  # consumers' requirements to check (default: none)
//! max-depth = 64                        # deepest nesting read (1-127)
//! max-document-size = "64MiB"           # largest file, feed line or page
//! max-diagnostics = 100                 # findings kept per file (0: all)
//!
//! [validate.severity]
//! missing-context = "error"             # re-grade a rule: error, warning, info
//! ```
//!
//! Command-line `--select` replaces the file's `select`; `--ignore` adds to
//! its `ignore`, `--profile` to its `profile` (`none` switches every
//! profile off).
//!
//! A profile's rules run when the profile is named, or when `select` names
//! one of them; `ignore` and `[validate.severity]` treat them like any rule.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::ingest::limits::ByteSize;

/// The file name looked for.
pub const FILE_NAME: &str = "sdx.toml";

/// Settings for `sdx validate`, before they are checked.
#[derive(Debug, Clone, Default, PartialEq, Eq, Deserialize)]
#[serde(deny_unknown_fields, rename_all = "kebab-case")]
pub struct Config {
    /// Only these rules run (all when absent).
    #[serde(default)]
    pub select: Option<Vec<String>>,
    /// These rules never run.
    #[serde(default)]
    pub ignore: Vec<String>,
    /// New severities, by rule id.
    #[serde(default)]
    pub severity: BTreeMap<String, String>,
    /// Gitignore-style patterns of paths skipped when walking directories.
    #[serde(default)]
    pub exclude: Vec<String>,
    /// Warnings fail the run.
    #[serde(default)]
    pub deny_warnings: bool,
    /// Profiles whose rules are checked (`google`, `social`, `pending`); `none`
    /// clears the list.
    #[serde(default)]
    pub profile: Vec<String>,
    /// Deepest nesting read (see [`Limits`](super::Limits)).
    #[serde(default)]
    pub max_depth: Option<usize>,
    /// Largest document read, bytes or text with a unit.
    #[serde(default)]
    pub max_document_size: Option<ByteSize>,
    /// Findings shown per file in the human and GitHub formats.
    #[serde(default)]
    pub max_diagnostics: Option<usize>,
    /// The directory `exclude` patterns are relative to (the config file's).
    #[serde(skip)]
    pub root: PathBuf,
}

#[derive(Debug, Default, Deserialize)]
#[serde(rename_all = "kebab-case")]
struct File {
    #[serde(default)]
    validate: Option<Config>,
}

/// Text from the configuration or the command line as an error message
/// shows it: on one line, every control character escaped. The message goes
/// to standard error, which CI runners also read for workflow commands
/// (`::error file=…::`): a rule id holding a newline must not start one.
fn safe(text: impl std::fmt::Display) -> String {
    super::report::one_line(&text.to_string()).into_owned()
}

/// A configuration that cannot be used.
#[derive(Debug, thiserror::Error)]
pub enum ConfigError {
    /// The file could not be read.
    #[error("cannot read {}: {}", safe(path.display()), safe(source))]
    Read {
        /// The file.
        path: PathBuf,
        /// Why.
        source: std::io::Error,
    },
    /// The file is not valid TOML or has unknown settings.
    #[error("{} is not a valid sdx configuration: {}", safe(path.display()), safe(message))]
    Parse {
        /// The file.
        path: PathBuf,
        /// What the TOML reader said.
        message: String,
    },
    /// A rule id that does not exist.
    #[error("unknown rule `{}` in {}{}; `sdx rules` lists the rules", safe(id), safe(origin), .suggestion.map(|s| format!(" (did you mean `{s}`?)")).unwrap_or_default())]
    UnknownRule {
        /// The id as written.
        id: String,
        /// Where it was written.
        origin: String,
        /// The nearest real id.
        suggestion: Option<&'static str>,
    },
    /// A severity name that does not exist.
    #[error(
        "unknown severity `{}` for rule `{}`; use error, warning or info",
        safe(value),
        safe(id)
    )]
    UnknownSeverity {
        /// The rule.
        id: String,
        /// The value as written.
        value: String,
    },
    /// A profile name that does not exist.
    #[error(
        "unknown profile `{}` in {}; the profiles are: none, {known}",
        safe(name),
        safe(origin)
    )]
    UnknownProfile {
        /// The name as written.
        name: String,
        /// Where it was written.
        origin: String,
        /// The known profiles, comma-separated.
        known: String,
    },
    /// A limit out of its range.
    #[error("invalid {setting}: {}", safe(message))]
    Limit {
        /// The setting.
        setting: &'static str,
        /// What is wrong.
        message: String,
    },
    /// An `exclude` pattern that is not a valid glob.
    #[error("invalid exclude pattern `{}`: {}", safe(pattern), safe(message))]
    Exclude {
        /// The pattern.
        pattern: String,
        /// What the glob reader said.
        message: String,
    },
}

impl Config {
    /// Reads the `[validate]` table of an `sdx.toml`.
    pub fn load(path: &Path) -> Result<Config, ConfigError> {
        let text = std::fs::read_to_string(path).map_err(|source| ConfigError::Read {
            path: path.to_owned(),
            source,
        })?;
        let file: File = toml::from_str(&text).map_err(|error| ConfigError::Parse {
            path: path.to_owned(),
            message: error.message().to_owned(),
        })?;
        let mut config = file.validate.unwrap_or_default();
        let dir = path.parent().unwrap_or(Path::new("."));
        config.root = std::path::absolute(dir).unwrap_or_else(|_| dir.to_path_buf());
        Ok(config)
    }

    /// The `sdx.toml` in `start` or its nearest ancestor that has one.
    pub fn discover(start: &Path) -> Option<PathBuf> {
        start
            .ancestors()
            .map(|dir| dir.join(FILE_NAME))
            .find(|candidate| candidate.is_file())
    }
}

#[cfg(test)]
mod tests;
