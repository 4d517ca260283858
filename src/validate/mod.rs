//! `sdx validate`: third-party structured data checked against the model,
//! offline.
//!
//! ```text
//! inputs ─▶ ingest ─▶ parse (serde_json, once) ─▶ normalize ─▶ check ─▶ cross ─▶ report
//!           json / ndjson (streamed) / html        context, keys,  schema layer,   @id refs,
//!                                                  @type forms     semantic rules  conflicts
//! ```
//!
//! [`Validator`] holds everything compiled once (the schemas of the modeled
//! types, the checked settings) and is shared read-only by the threads that
//! check files and feed blocks in parallel. Output order does not depend on
//! the threads: files keep the order they were named (directories sorted),
//! documents their order in the file.

pub(crate) mod check;
mod collect;
pub(crate) mod config;
pub(crate) mod cross;
mod document;
pub(crate) mod findings;
pub(crate) mod ingest;
pub(crate) mod normalize;
mod page_markup;
pub(crate) mod parse;
pub(crate) mod profiles;
pub(crate) mod registry;
pub(crate) mod report;
#[cfg(test)]
mod robust_tests;
pub(crate) mod rules;
pub(crate) mod shape;
pub(crate) mod shard;
mod stream;
pub(crate) mod vocabulary;

use std::io::{Read, Seek, SeekFrom};
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use rayon::prelude::*;

use crate::diagnostic::{Diagnostic, Severity};

pub use config::{Config, ConfigError, Settings};
pub use ingest::limits::{ByteSize, Limits};
pub use ingest::{DocKind, InputFormat, Span};
pub use report::locate::SourceLine;
pub use report::{CleanRun, DocumentReport, FileReport, Format, Omitted, Problem, Report, Summary};
pub use shard::{Shard, ShardError};
pub use stream::{Record, RecordSink};

use cross::{DocumentSites, Located, SiteStore, TypeHierarchy};
use ingest::Document;
use report::locate::Placer;

/// What to validate.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Input {
    /// A file, or a directory walked recursively (honouring `.gitignore`).
    Path(PathBuf),
    /// Standard input (`-` on the command line).
    Stdin,
    /// An HTML page already fetched (`--url`): the URL names it in
    /// diagnostics, and its relative URLs resolve against it.
    Page {
        /// The address it was fetched from.
        url: String,
        /// Its bytes.
        bytes: Vec<u8>,
    },
}

/// Validates structured data; build once, use for any number of inputs.
pub struct Validator {
    settings: Settings,
    shapes: shape::Shapes,
    hierarchy: Box<dyn TypeHierarchy>,
    shard: Option<Shard>,
    progress: Option<Progress>,
    site_budget: usize,
    force_exclude: bool,
}

/// Called with the number of bytes just validated, from any thread.
pub type Progress = Arc<dyn Fn(u64) + Send + Sync>;

/// Where a file's bytes come from, to read them again for positions of
/// findings that only the cross-node rules discover.
#[derive(Debug, Clone)]
enum Source {
    Path(PathBuf),
    Memory(Arc<[u8]>),
    /// Standard input read as a feed: streamed block by block like a
    /// file, never held whole. It cannot be read again, so cross-node
    /// findings in it are placed at their line only.
    Stdin,
}

/// Standard input, for the one job that streams it.
type Stream<'a> = Mutex<&'a mut (dyn Read + Send)>;

struct Job {
    name: String,
    source: Source,
    format: InputFormat,
    /// For a feed cut into shards: the byte range whose lines are checked.
    range: Option<(u64, u64)>,
}

/// A file's results as its documents are checked: documents with findings
/// are kept, clean ones only counted, and `@id`s go to the run's
/// [`SiteStore`], so a long feed needs no memory per clean record.
#[derive(Default)]
struct FileOutcome {
    documents: Vec<DocumentReport>,
    count: u64,
    nodes: u64,
    unmodeled: u64,
    omitted: report::Omitted,
    clean: Vec<report::CleanRun>,
    clean_unlisted: u64,
    /// For documents extracted from page markup, by position in the file.
    offsets: std::collections::HashMap<u64, Arc<crate::markup::Offsets>>,
}

/// One document's results, before the cross-node rules.
struct Checked {
    kind: DocKind,
    span: Span,
    nodes: u32,
    unmodeled: u32,
    diagnostics: Vec<(Diagnostic, Option<SourceLine>)>,
    /// Findings neither placed nor kept: `--max-diagnostics` was certain
    /// to leave them out (see [`collect`]).
    unplaced: report::Omitted,
    sites: DocumentSites,
    /// For documents extracted from page markup: where each value's
    /// element is in the page.
    offsets: Option<Arc<crate::markup::Offsets>>,
}

impl Checked {
    /// A document with nothing found yet.
    fn empty(kind: DocKind, span: Span) -> Checked {
        Checked {
            kind,
            span,
            nodes: 0,
            unmodeled: 0,
            diagnostics: Vec::new(),
            unplaced: report::Omitted::default(),
            sites: DocumentSites::default(),
            offsets: None,
        }
    }
}

impl Validator {
    /// A validator with these settings. Schemas are compiled as the types
    /// they check are first seen.
    pub fn new(settings: Settings) -> Validator {
        Validator {
            settings,
            shapes: shape::Shapes::new(),
            hierarchy: Box::new(crate::vocab::Vocabulary::get()),
            shard: None,
            progress: None,
            site_budget: cross::store::DEFAULT_BUDGET,
            force_exclude: false,
        }
    }

    /// Keeps at most `bytes` of `@id`s and references in memory for the
    /// cross-node rules; past it they go to temporary files (under
    /// `TMPDIR`). The default, 8 MiB, holds about 80 000 of them.
    pub fn with_site_budget(mut self, bytes: usize) -> Validator {
        self.site_budget = bytes;
        self
    }

    /// Validates only `shard` of the inputs (see [`Shard`]).
    pub fn with_shard(mut self, shard: Option<Shard>) -> Validator {
        self.shard = shard;
        self
    }

    /// Filters files named as inputs as a directory walk filters the files
    /// it finds: skipped when the settings exclude them, or when a `.json`
    /// file is not JSON-LD. For tools that name every file they want
    /// checked (pre-commit), so that they check what a walk would.
    pub fn with_force_exclude(mut self, force_exclude: bool) -> Validator {
        self.force_exclude = force_exclude;
        self
    }

    /// Reports progress in bytes validated to `progress`.
    pub fn with_progress(mut self, progress: Option<Progress>) -> Validator {
        self.progress = progress;
        self
    }

    /// Keeps the jobs of this run's shard: whole files dealt out by
    /// position, or a byte range of a single feed.
    fn shard_jobs(&self, mut jobs: Vec<Job>) -> Vec<Job> {
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

    /// The checked settings in use.
    pub fn settings(&self) -> &Settings {
        &self.settings
    }

    /// Validates bytes already in memory as one input named `name`.
    pub fn validate_bytes(&self, name: &str, format: InputFormat, bytes: &[u8]) -> Report {
        let job = Job {
            name: name.to_owned(),
            source: Source::Memory(Arc::from(bytes)),
            format,
            range: None,
        };
        self.run(vec![job], Vec::new(), None)
    }

    /// Validates files, directories and standard input. `format` forces the
    /// format of standard input and of files named explicitly; files found
    /// in directories are read by extension, and a `.json` file found there
    /// only when it is JSON-LD (the others are counted in
    /// [`report::Summary::skipped`]). Paths that cannot be read are listed
    /// in [`Report::problems`].
    pub fn validate_inputs(
        &self,
        inputs: &[Input],
        format: Option<InputFormat>,
        stdin: &mut (dyn Read + Send),
    ) -> Report {
        let (jobs, problems, skipped) = self.jobs(inputs, format, format, stdin);
        let stream = Mutex::new(stdin);
        let mut report = self.run(jobs, problems, Some(&stream));
        report.summary.skipped = skipped;
        report
    }

    /// The jobs of `inputs`, the inputs that cannot be read, and how many
    /// `.json` files a walk skipped as not JSON-LD. Standard input is read
    /// as `stdin_format` (json when `None`), streamed when that is NDJSON.
    fn jobs(
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
    fn add_structured(&self, found: Vec<(PathBuf, InputFormat)>, jobs: &mut Vec<Job>) -> u64 {
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

    fn run(
        &self,
        jobs: Vec<Job>,
        mut problems: Vec<Problem>,
        stdin: Option<&Stream<'_>>,
    ) -> Report {
        let jobs = self.shard_jobs(jobs);
        let store = Mutex::new(SiteStore::new(self.site_budget));
        let outcomes: Vec<Result<FileOutcome, String>> = jobs
            .par_iter()
            .enumerate()
            .map(|(index, job)| self.file(clamp_index(index), job, &store, stdin))
            .collect();
        let mut nodes = 0u64;
        let mut unmodeled = 0u64;
        let mut files: Vec<Option<FileOutcome>> = Vec::with_capacity(jobs.len());
        for (job, outcome) in jobs.iter().zip(outcomes) {
            match outcome {
                Ok(outcome) => {
                    nodes += outcome.nodes;
                    unmodeled += outcome.unmodeled;
                    files.push(Some(outcome));
                }
                Err(problem) => {
                    problems.push(Problem::about(job.name.as_str(), problem));
                    files.push(None);
                }
            }
        }
        let where_is = |at: &Located, pointer: &str| where_is(&jobs, at, pointer);
        let store = store
            .into_inner()
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        match cross::check(store, self.hierarchy.as_ref(), &where_is) {
            Ok(findings) => self.place_cross(findings, &jobs, &mut files, &mut problems),
            Err(error) => problems.push(Problem::run(format!(
                "cannot keep this run's `@id`s in temporary files ({error}); references and `@id` conflicts were not checked; set TMPDIR to a directory with free space"
            ))),
        }
        let files: Vec<FileReport> = jobs
            .iter()
            .zip(files)
            .filter_map(|(job, outcome)| {
                let mut outcome = outcome?;
                report::keep_most_severe(
                    &mut outcome.documents,
                    self.settings.limits.max_diagnostics,
                    &mut outcome.omitted,
                );
                for document in &mut outcome.documents {
                    document.sort();
                }
                Some(FileReport {
                    name: job.name.clone(),
                    format: job.format,
                    document_count: outcome.count,
                    documents: outcome.documents,
                    omitted: outcome.omitted,
                    clean: outcome.clean,
                    clean_unlisted: outcome.clean_unlisted,
                })
            })
            .collect();
        let mut report = Report::new(
            files,
            nodes,
            unmodeled,
            problems,
            self.settings.deny_warnings,
        );
        report.max_diagnostics = self.settings.limits.max_diagnostics;
        report
    }

    /// Places the cross-node findings, reading again the documents they
    /// are in, and adds them to their documents' reports (a document clean
    /// until now gets one).
    fn place_cross(
        &self,
        findings: Vec<(Located, Diagnostic)>,
        jobs: &[Job],
        files: &mut [Option<FileOutcome>],
        problems: &mut Vec<Problem>,
    ) {
        let mut findings: Vec<(Located, Diagnostic)> = findings
            .into_iter()
            .filter(|(_, finding)| self.settings.severity_of(finding.rule).is_some())
            .collect();
        findings.sort_by_key(|(at, _)| (at.file, at.doc));
        let mut added: Vec<Vec<DocumentReport>> = files.iter().map(|_| Vec::new()).collect();
        for same in findings.chunk_by(|(a, _), (b, _)| (a.file, a.doc) == (b.file, b.doc)) {
            let at = same[0].0;
            let (Some(job), Some(Some(outcome))) =
                (jobs.get(at.file as usize), files.get(at.file as usize))
            else {
                continue;
            };
            let mut report = DocumentReport {
                index: at.doc,
                kind: at.kind,
                span: at.span,
                diagnostics: Vec::with_capacity(same.len()),
                sources: Vec::with_capacity(same.len()),
            };
            if matches!(job.source, Source::Stdin) {
                // Standard input is gone: the finding's line is known (a
                // feed's document is its line), its column is not.
                let line = match at.kind {
                    DocKind::Line { number } => number,
                    _ => at.span.line_base.saturating_add(1),
                };
                for (_, finding) in same {
                    let mut diagnostic = self.cross_diagnostic(&job.name, finding, None);
                    diagnostic.line = Some(line);
                    report.diagnostics.push(diagnostic);
                    report.sources.push(None);
                }
                added[at.file as usize].push(report);
                continue;
            }
            match reread(&job.source, at.span) {
                Ok(container) => {
                    let mut span = at.span;
                    span.container_offset = 0;
                    let mut placer = Placer::new(Document {
                        kind: at.kind,
                        container: &container,
                        span,
                    });
                    if !outcome.offsets.contains_key(&at.doc) {
                        placer.locate(same.iter().map(|(_, finding)| finding.pointer.as_str()));
                    }
                    for (_, finding) in same {
                        let place = match outcome.offsets.get(&at.doc) {
                            Some(map) => placer.at_offset(map.find(&finding.pointer).unwrap_or(0)),
                            None => placer.at_pointer(&finding.pointer),
                        };
                        report.diagnostics.push(self.cross_diagnostic(
                            &job.name,
                            finding,
                            Some(&place),
                        ));
                        report.sources.push(Some(place.source));
                    }
                }
                Err(error) => {
                    problems.push(Problem::about(
                        job.name.as_str(),
                        format!("cannot read {} again: {error}", job.name),
                    ));
                    for (_, finding) in same {
                        report
                            .diagnostics
                            .push(self.cross_diagnostic(&job.name, finding, None));
                        report.sources.push(None);
                    }
                }
            }
            added[at.file as usize].push(report);
        }
        for (outcome, added) in files.iter_mut().zip(added) {
            if let (Some(outcome), false) = (outcome, added.is_empty()) {
                let indices: Vec<u64> = added.iter().map(|report| report.index).collect();
                let clean = std::mem::take(&mut outcome.clean);
                outcome.clean = report::remove_from_runs(clean, &indices);
                let documents = std::mem::take(&mut outcome.documents);
                outcome.documents = merge_reports(documents, added);
            }
        }
    }

    /// A rule's finding completed for the report: in `file`, at the
    /// configured `severity`, at `place` when it is known.
    fn diagnostic(
        &self,
        file: &str,
        finding: Diagnostic,
        severity: Severity,
        place: Option<&report::locate::Place>,
    ) -> Diagnostic {
        let mut diagnostic = finding.in_file(file);
        diagnostic.severity = severity;
        if let Some(place) = place {
            diagnostic = diagnostic.at(place.line, place.column);
        }
        diagnostic
    }

    /// [`Self::diagnostic`] of a cross-document finding, shared by the
    /// findings of its document, at its rule's configured severity.
    fn cross_diagnostic(
        &self,
        file: &str,
        finding: &Diagnostic,
        place: Option<&report::locate::Place>,
    ) -> Diagnostic {
        let severity = self
            .settings
            .severity_of(finding.rule)
            .unwrap_or(Severity::Info);
        self.diagnostic(file, finding.clone(), severity, place)
    }
}

/// Merges two lists of document reports, each in document order, into one;
/// the findings of a document in both are joined.
fn merge_reports(a: Vec<DocumentReport>, b: Vec<DocumentReport>) -> Vec<DocumentReport> {
    let mut out = Vec::with_capacity(a.len() + b.len());
    let mut a = a.into_iter().peekable();
    let mut b = b.into_iter().peekable();
    loop {
        let next = match (a.peek(), b.peek()) {
            (Some(x), Some(y)) if x.index < y.index => a.next(),
            (Some(x), Some(y)) if x.index > y.index => b.next(),
            (Some(_), Some(_)) => match (a.next(), b.next()) {
                (Some(mut x), Some(y)) => {
                    x.diagnostics.extend(y.diagnostics);
                    x.sources.extend(y.sources);
                    Some(x)
                }
                (x, y) => x.or(y),
            },
            (Some(_), None) => a.next(),
            (None, Some(_)) => b.next(),
            (None, None) => break,
        };
        out.extend(next);
    }
    out
}

/// A document and pointer named for a message of the cross-node rules.
fn where_is(jobs: &[Job], at: &Located, pointer: &str) -> String {
    let name = jobs
        .get(at.file as usize)
        .map_or("", |job| job.name.as_str());
    let label = report::document_label(at.kind);
    let mut place = name.to_owned();
    if !label.is_empty() {
        place.push_str(&format!(" ({label})"));
    }
    if !pointer.is_empty() {
        place.push(' ');
        place.push_str(pointer);
    }
    place
}

/// A file's position among the inputs, as the cross-node sites store it.
/// More than 4 billion files cannot be named on one command line or walked
/// in one run; saturate rather than wrap.
fn clamp_index(index: usize) -> u32 {
    u32::try_from(index).unwrap_or(u32::MAX)
}

/// The bytes of a document's container, read again.
fn reread(source: &Source, span: Span) -> std::io::Result<Vec<u8>> {
    match source {
        Source::Stdin => Err(std::io::Error::new(
            std::io::ErrorKind::Unsupported,
            "standard input cannot be read twice",
        )),
        Source::Memory(bytes) => {
            let start = usize::try_from(span.container_offset).unwrap_or(usize::MAX);
            Ok(bytes
                .get(start..start.saturating_add(span.container_len))
                .unwrap_or_default()
                .to_vec())
        }
        Source::Path(path) => {
            let mut file = std::fs::File::open(path)?;
            file.seek(SeekFrom::Start(span.container_offset))?;
            let mut container = vec![0; span.container_len];
            file.read_exact(&mut container)?;
            Ok(container)
        }
    }
}

/// A path as diagnostics name it: as given, with `/` separators.
/// Whether `path` ends in `.json` (not `.jsonld`): the files a walk
/// checks only when they hold JSON-LD.
fn is_plain_json_name(path: &Path) -> bool {
    path.extension()
        .is_some_and(|extension| extension.eq_ignore_ascii_case("json"))
}

fn display_name(path: &Path) -> String {
    let text = path.to_string_lossy();
    let text = text.strip_prefix("./").unwrap_or(&text);
    text.replace('\\', "/")
}
