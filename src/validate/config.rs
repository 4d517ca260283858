//! Which rules run and how severe they are, and which paths are skipped:
//! from `--select`/`--ignore` and an optional `sdx.toml`.
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

use std::collections::{BTreeMap, HashMap};
use std::path::{Path, PathBuf};

use serde::Deserialize;

use crate::diagnostic::Severity;

use crate::profile::Profile;

use super::ingest::limits::{self, ByteSize, Limits};
use super::profiles;
use super::registry::{self, Rule};

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
    /// Deepest nesting read (see [`Limits`]).
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

    /// Checks every rule id and severity and builds the settings the
    /// validator uses.
    pub fn resolve(&self, origin: &str) -> Result<Settings, ConfigError> {
        let lookup = |id: &str| {
            registry::find(id).ok_or_else(|| ConfigError::UnknownRule {
                id: id.to_owned(),
                origin: origin.to_owned(),
                suggestion: registry::suggest(id),
            })
        };
        let mut active: Vec<&'static str> = Vec::new();
        for name in &self.profile {
            if name == "none" {
                active.clear();
                continue;
            }
            let id = profiles::find(name)
                .ok_or_else(|| ConfigError::UnknownProfile {
                    name: name.clone(),
                    origin: origin.to_owned(),
                    known: profiles::names().join(", "),
                })?
                .id;
            if !active.contains(&id) {
                active.push(id);
            }
        }
        let runs_by_default =
            |rule: &Rule| profiles::set_of(rule.id).is_none_or(|id| active.contains(&id));
        let mut levels: HashMap<&'static str, Option<Severity>> = registry::all()
            .iter()
            .map(|rule| (rule.id, runs_by_default(rule).then_some(rule.severity)))
            .collect();
        if let Some(select) = &self.select {
            let selected = select
                .iter()
                .filter(|id| !profiles::retired(id))
                .map(|id| lookup(id))
                .collect::<Result<Vec<_>, _>>()?;
            for rule in registry::all() {
                let level = selected.contains(rule).then_some(rule.severity);
                levels.insert(rule.id, level);
            }
        }
        // A retired profile rule is accepted and has nothing to grade.
        for id in self.ignore.iter().filter(|id| !profiles::retired(id)) {
            levels.insert(lookup(id)?.id, None);
        }
        for (id, value) in &self.severity {
            if profiles::retired(id) {
                continue;
            }
            let rule = lookup(id)?;
            let severity = Severity::parse(value).ok_or_else(|| ConfigError::UnknownSeverity {
                id: id.clone(),
                value: value.clone(),
            })?;
            if let Some(level) = levels.get_mut(rule.id) {
                if level.is_some() {
                    *level = Some(severity);
                }
            }
        }
        let mut excludes = ignore::gitignore::GitignoreBuilder::new(&self.root);
        for pattern in &self.exclude {
            excludes
                .add_line(None, pattern)
                .map_err(|error| ConfigError::Exclude {
                    pattern: pattern.clone(),
                    message: error.to_string(),
                })?;
        }
        let excludes = excludes.build().map_err(|error| ConfigError::Exclude {
            pattern: self.exclude.join(", "),
            message: error.to_string(),
        })?;
        let profiles = profiles::tables()
            .filter(|profile| {
                registry::all().iter().any(|rule| {
                    profiles::profile_of(rule.id).is_some_and(|p| p.id == profile.id)
                        && levels.get(rule.id).copied().flatten().is_some()
                })
            })
            .collect();
        Ok(Settings {
            levels,
            excludes,
            deny_warnings: self.deny_warnings,
            profiles,
            limits: self.limits()?,
        })
    }

    fn limits(&self) -> Result<Limits, ConfigError> {
        let mut limits = Limits::default();
        if let Some(depth) = self.max_depth {
            if !(1..=limits::DEPTH_CEILING).contains(&depth) {
                return Err(ConfigError::Limit {
                    setting: "max-depth",
                    message: format!(
                        "{depth} is out of range; use 1 to {}",
                        limits::DEPTH_CEILING
                    ),
                });
            }
            limits.max_depth = depth;
        }
        if let Some(size) = &self.max_document_size {
            let bytes = size.bytes().map_err(|error| ConfigError::Limit {
                setting: "max-document-size",
                message: error.to_string(),
            })?;
            if bytes == 0 {
                return Err(ConfigError::Limit {
                    setting: "max-document-size",
                    message: "0 would refuse every document".to_owned(),
                });
            }
            limits.max_document_size = bytes;
        }
        if let Some(count) = self.max_diagnostics {
            limits.max_diagnostics = count;
        }
        Ok(limits)
    }
}

/// Checked settings: the severity of each rule (`None`: not run) and the
/// excluded paths.
#[derive(Debug, Clone)]
pub struct Settings {
    levels: HashMap<&'static str, Option<Severity>>,
    excludes: ignore::gitignore::Gitignore,
    /// Warnings fail the run.
    pub deny_warnings: bool,
    profiles: Vec<&'static Profile>,
    /// Depth, size and output limits.
    pub limits: Limits,
}

impl Default for Settings {
    fn default() -> Settings {
        Config::default()
            .resolve("defaults")
            .unwrap_or_else(|_| unreachable!("the default configuration names no rule"))
    }
}

impl Settings {
    /// The severity `rule` reports with, or `None` when it does not run.
    pub(crate) fn severity(&self, rule: &Rule) -> Option<Severity> {
        self.severity_of(rule.id)
    }

    /// [`Self::severity`] of the rule with this id (a finding names its
    /// rule by id).
    pub(crate) fn severity_of(&self, id: &str) -> Option<Severity> {
        self.levels.get(id).copied().flatten()
    }

    /// True when a rule of the profile `id` runs.
    pub(crate) fn runs_profile(&self, id: &str) -> bool {
        profiles::find(id)
            .is_some_and(|set| set.rules().iter().any(|rule| self.severity(rule).is_some()))
    }

    /// The consumers' tables with at least one rule that runs.
    pub(crate) fn profiles(&self) -> &[&'static Profile] {
        &self.profiles
    }

    /// True when a path found by walking a directory is excluded.
    pub fn is_excluded(&self, path: &Path, is_dir: bool) -> bool {
        if self.excludes.is_empty() {
            return false;
        }
        // The matcher wants paths under its root (it asserts so): compare
        // absolute paths and hand it the part below the root.
        let Ok(absolute) = std::path::absolute(path) else {
            return false;
        };
        let Ok(relative) = absolute.strip_prefix(self.excludes.path()) else {
            return false;
        };
        self.excludes
            .matched_path_or_any_parents(relative, is_dir)
            .is_ignore()
    }
}

#[cfg(test)]
mod tests;
