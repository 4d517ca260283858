//! What a run checks: the inputs named turned into jobs, directories
//! walked (excluded paths and plain `.json` files left out), and the
//! jobs of this run's shard kept.

use std::io::Read;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

use super::ingest;
use super::report;
use super::{Input, InputFormat, Job, Problem, Source, Validator};

impl Validator {
    /// Keeps the jobs of this run's shard: whole files dealt out by
    /// position, or a byte range of a single feed.
    pub(super) fn shard_jobs(&self, mut jobs: Vec<Job>) -> Vec<Job> {
        let Some(shard) = self.shard else {
            return jobs;
        };
        if let [job] = jobs.as_mut_slice() {
            if job.format == InputFormat::Ndjson {
                let len = match &job.source {
                    Source::Path(path) => std::fs::metadata(path).map_or(0, |m| m.len()),
                    Source::Memory(bytes) => bytes.len() as u64,
                    // Never made when sharding (see validate_inputs).
                    Source::Stdin => u64::MAX,
                };
                job.range = Some(shard.byte_range(len));
                return jobs;
            }
        }
        jobs.into_iter()
            .enumerate()
            .filter(|(position, _)| shard.takes(*position))
            .map(|(_, job)| job)
            .collect()
    }

    /// The jobs of `inputs`, the inputs that cannot be read, and how many
    /// `.json` files a walk skipped as not JSON-LD. Standard input is read
    /// as `stdin_format` (json when `None`), streamed when that is NDJSON.
    pub(super) fn jobs(
        &self,
        inputs: &[Input],
        format: Option<InputFormat>,
        stdin_format: Option<InputFormat>,
        stdin: &mut (dyn Read + Send),
    ) -> (Vec<Job>, Vec<Problem>, u64) {
        let mut jobs = Vec::new();
        let mut problems = Vec::new();
        let mut seen = std::collections::HashSet::new();
        let mut skipped = 0;
        for input in inputs {
            match input {
                Input::Stdin
                    if stdin_format == Some(InputFormat::Ndjson) && self.shard.is_none() =>
                {
                    jobs.push(Job {
                        name: "-".to_owned(),
                        source: Source::Stdin,
                        format: InputFormat::Ndjson,
                        range: None,
                    });
                }
                Input::Stdin => {
                    let mut bytes = Vec::new();
                    // A feed is cut into lines as it is checked; anything
                    // else is one document, read no further than the limit.
                    let limit = match stdin_format {
                        Some(InputFormat::Ndjson) => u64::MAX,
                        _ => self.settings.limits.max_document_size.saturating_add(1),
                    };
                    match stdin.take(limit).read_to_end(&mut bytes) {
                        Ok(_) => jobs.push(Job {
                            name: "-".to_owned(),
                            source: Source::Memory(bytes.into()),
                            format: stdin_format.unwrap_or(InputFormat::Json),
                            range: None,
                        }),
                        Err(error) => problems.push(Problem::about(
                            "-",
                            format!("cannot read standard input: {error}"),
                        )),
                    }
                }
                Input::Page { url, bytes } => jobs.push(Job {
                    name: report::redact_userinfo(url),
                    source: Source::Memory(bytes.as_slice().into()),
                    format: InputFormat::Html,
                    range: None,
                }),
                Input::Path(path) if path.is_dir() => {
                    skipped += self.walk(path, &mut jobs, &mut problems, &mut seen);
                }
                Input::Path(path) => {
                    if !path.exists() {
                        problems.push(Problem::about(
                            display_name(path),
                            format!(
                                "cannot read {}: no such file or directory",
                                display_name(path)
                            ),
                        ));
                        continue;
                    }
                    let Some(format) = format.or_else(|| InputFormat::from_path(path)) else {
                        problems.push(Problem::about(
                            display_name(path),
                            format!(
                                "cannot tell the format of {} from its extension; pass --input-format json, ndjson or html",
                                display_name(path)
                            ),
                        ));
                        continue;
                    };
                    if self.force_exclude {
                        // Filtered as a walk of its directory would filter it.
                        if !self.settings.is_excluded(path, false) && seen.insert(path.clone()) {
                            skipped += self.add_structured(vec![(path.clone(), format)], &mut jobs);
                        }
                    } else if seen.insert(path.clone()) {
                        jobs.push(Job {
                            name: display_name(path),
                            source: Source::Path(path.clone()),
                            format,
                            range: None,
                        });
                    }
                }
            }
        }
        (jobs, problems, skipped)
    }

    /// The files under `dir` with an extension sdx reads, in path order,
    /// added as jobs; `.json` files that are not JSON-LD are counted in
    /// `skipped` instead.
    fn walk(
        &self,
        dir: &Path,
        jobs: &mut Vec<Job>,
        problems: &mut Vec<Problem>,
        seen: &mut std::collections::HashSet<PathBuf>,
    ) -> u64 {
        let settings = self.settings.clone();
        let walker = ignore::WalkBuilder::new(dir)
            .require_git(false)
            .sort_by_file_path(|a, b| a.cmp(b))
            .filter_entry(move |entry| {
                let is_dir = entry.file_type().is_some_and(|t| t.is_dir());
                !settings.is_excluded(entry.path(), is_dir)
            })
            .build();
        let mut found = Vec::new();
        for entry in walker {
            match entry {
                Ok(entry) => {
                    if !entry.file_type().is_some_and(|t| t.is_file()) {
                        continue;
                    }
                    let path = entry.into_path();
                    if let Some(format) = InputFormat::from_path(&path) {
                        if seen.insert(path.clone()) {
                            found.push((path, format));
                        }
                    }
                }
                Err(error) => problems.push(Problem::about(
                    display_name(dir),
                    format!("cannot walk {}: {error}", display_name(dir)),
                )),
            }
        }
        self.add_structured(found, jobs)
    }

    /// Adds `found` as jobs but for the `.json` files that are not JSON-LD,
    /// whose number it returns. Their contents are read on every core: a
    /// site's directory can hold thousands of them.
    pub(super) fn add_structured(
        &self,
        found: Vec<(PathBuf, InputFormat)>,
        jobs: &mut Vec<Job>,
    ) -> u64 {
        let plain: Vec<bool> = found
            .par_iter()
            .map(|(path, _)| is_plain_json_name(path) && ingest::sniff::is_plain_json_file(path))
            .collect();
        let mut skipped = 0;
        for ((path, format), plain) in found.into_iter().zip(plain) {
            if plain {
                skipped += 1;
                continue;
            }
            jobs.push(Job {
                name: display_name(&path),
                source: Source::Path(path),
                format,
                range: None,
            });
        }
        skipped
    }
}

/// A path as diagnostics name it: as given, with `/` separators.
fn display_name(path: &Path) -> String {
    let text = path.to_string_lossy();
    let text = text.strip_prefix("./").unwrap_or(&text);
    text.replace('\\', "/")
}

/// Whether `path` ends in `.json` (not `.jsonld`): the files a walk
/// checks only when they hold JSON-LD.
fn is_plain_json_name(path: &Path) -> bool {
    path.extension()
        .is_some_and(|extension| extension.eq_ignore_ascii_case("json"))
}
