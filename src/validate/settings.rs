//! A [`Config`] resolved into the [`Settings`] a run uses: every rule id,
//! severity and profile name checked against the rule registry, the
//! limits against their ranges, and the `exclude` patterns compiled.

use std::collections::HashMap;
use std::path::Path;

use crate::diagnostic::Severity;
use crate::profile::Profile;

use super::config::{Config, ConfigError};
use super::ingest::limits::{self, Limits};
use super::profiles;
use super::registry::{self, Rule};

impl Config {
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
