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
mod feed;
pub(crate) mod findings;
pub(crate) mod ingest;
mod jobs;
pub(crate) mod normalize;
mod page_markup;
pub(crate) mod parse;
mod placement;
pub(crate) mod profiles;
pub(crate) mod registry;
pub(crate) mod report;
#[cfg(test)]
mod robust_tests;
pub(crate) mod rules;
mod settings;
pub(crate) mod shape;
pub(crate) mod shard;
mod stream;
pub(crate) mod vocabulary;

use std::io::Read;
use std::path::PathBuf;
use std::sync::{Arc, Mutex};

use rayon::prelude::*;

use crate::diagnostic::{Diagnostic, Severity};

pub use config::{Config, ConfigError};
pub use ingest::limits::{ByteSize, Limits};
pub use ingest::{DocKind, InputFormat, Span};
pub use report::locate::SourceLine;
pub use report::{CleanRun, DocumentReport, FileReport, Format, Omitted, Problem, Report, Summary};
pub use settings::Settings;
pub use shard::{Shard, ShardError};
pub use stream::{Record, RecordSink};

use cross::{DocumentSites, Located, SiteStore, TypeHierarchy};
use placement::where_is;

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
    shapes: &'static shape::Shapes,
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
    /// Given up before its end, to be checked again: it needed a
    /// validator another thread was compiling (see `feed`).
    set_aside: bool,
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
            set_aside: false,
        }
    }
}

impl Validator {
    /// A validator with these settings. Schemas are compiled as the types
    /// they check are first seen, once a process: every validator shares
    /// them.
    pub fn new(settings: Settings) -> Validator {
        Validator {
            settings,
            shapes: shape::Shapes::shared(),
            hierarchy: Box::new(crate::vocab::Vocabulary::get()),
            shard: None,
            progress: None,
            site_budget: cross::store::DEFAULT_BUDGET,
            force_exclude: false,
        }
    }

    /// This validator with schemas of its own instead of the process's.
    #[cfg(test)]
    fn with_shapes(mut self, shapes: &'static shape::Shapes) -> Validator {
        self.shapes = shapes;
        self
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

    fn run(
        &self,
        jobs: Vec<Job>,
        mut problems: Vec<Problem>,
        stdin: Option<&Stream<'_>>,
    ) -> Report {
        let jobs = self.shard_jobs(jobs);
        let store = SiteStore::new(self.site_budget);
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
}

/// A file's position among the inputs, as the cross-node sites store it.
/// More than 4 billion files cannot be named on one command line or walked
/// in one run; saturate rather than wrap.
fn clamp_index(index: usize) -> u32 {
    u32::try_from(index).unwrap_or(u32::MAX)
}
