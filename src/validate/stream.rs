//! Results one document at a time, as they are judged: the library side of
//! `sdx validate --format ndjson` and of the Python package's
//! `validate_records`.
//!
//! [`Validator::validate_records`] hands each document's [`Record`] to a
//! callback in input order, a block at a time, as soon as the block is
//! checked; nothing is kept per document, so a feed of any length runs in
//! bounded memory. Files are validated one after another (a feed's lines
//! still in parallel), so that records come out in input order without
//! being held back.
//!
//! Two rules need every document first: `dangling-reference` and
//! `conflicting-id`. Their findings come after the last document, as
//! further records of the documents they are in, marked `cross`. The
//! returned [`Report`] holds the counts and the problems, with no
//! documents. Build the validator with `max_diagnostics` 0 to list every
//! finding (as the CLI and the Python package do): nothing accumulates, so
//! there is nothing to cap, and a cap would make a record's list depend on
//! the records before it.

use std::io::Read;
use std::sync::Mutex;

use serde::Serialize;

use super::cross::{self, Located, SiteStore};
use super::feed::Sites;
use super::report::{self, DocumentReport, FileReport, Problem, Report, Summary};
use super::{clamp_index, Checked, FileOutcome, Input, InputFormat, Job, Validator};
use crate::diagnostic::{Diagnostic, Severity};

/// One document's result: one line of `sdx validate --format ndjson`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Record {
    /// The input, as named (`-` for standard input).
    pub file: String,
    /// 1-based line where the document starts: its line in a feed, its
    /// script's line in a page, 1 for a whole file.
    pub line: u32,
    /// Its position in its file (0-based, counting every document).
    pub index: u64,
    /// Findings of severity error.
    pub errors: u64,
    /// Findings of severity warning.
    pub warnings: u64,
    /// Findings of severity info.
    pub infos: u64,
    /// Its findings by position, the same objects as `--format json` lists.
    pub diagnostics: Vec<Diagnostic>,
    /// True for the findings of the rules across documents, reported after
    /// the last document; such a record adds to the document's first one.
    #[serde(skip_serializing_if = "std::ops::Not::not")]
    pub cross: bool,
}

impl Record {
    fn new(file: &str, report: DocumentReport, cross: bool) -> Record {
        let mut record = Record {
            file: file.to_owned(),
            line: report.span.line_base.saturating_add(1),
            index: report.index,
            errors: 0,
            warnings: 0,
            infos: 0,
            diagnostics: report.diagnostics,
            cross,
        };
        for diagnostic in &record.diagnostics {
            match diagnostic.severity {
                Severity::Error => record.errors += 1,
                Severity::Warning => record.warnings += 1,
                Severity::Info => record.infos += 1,
            }
        }
        record
    }

    /// Adds its counts to `summary`.
    fn count(&self, summary: &mut Summary) {
        summary.errors += self.errors;
        summary.warnings += self.warnings;
        summary.infos += self.infos;
    }
}

/// Where records go: called with each block's records, in input order.
pub type RecordSink<'a> = dyn FnMut(Vec<Record>) + Send + 'a;

impl Validator {
    /// Validates `inputs` as [`Validator::validate_inputs`] does, handing
    /// every document's [`Record`] to `sink` as soon as it is judged (see
    /// the module documentation). Standard input is read as `format`, and
    /// as a feed when no format is given; it is read as it arrives.
    pub fn validate_records(
        &self,
        inputs: &[Input],
        format: Option<InputFormat>,
        stdin: &mut (dyn Read + Send),
        sink: &mut RecordSink<'_>,
    ) -> Report {
        let stdin_format = format.or(Some(InputFormat::Ndjson));
        let (jobs, mut problems, skipped) = self.jobs(inputs, format, stdin_format, stdin);
        let jobs = self.shard_jobs(jobs);
        let stream = Mutex::new(stdin);
        let store = SiteStore::new(self.site_budget);
        let mut summary = Summary::default();
        let mut files: Vec<Option<FileOutcome>> = Vec::with_capacity(jobs.len());
        for (index, job) in jobs.iter().enumerate() {
            let sites = Sites {
                file: clamp_index(index),
                store: &store,
            };
            let mut outcome = FileOutcome::default();
            let result = self.documents_of(job, sites, Some(&stream), true, &mut |checked| {
                let records = checked
                    .into_iter()
                    .map(|checked| judged(job, &mut outcome, &mut summary, checked))
                    .collect();
                sink(records);
            });
            match result {
                Ok(()) => files.push(Some(outcome)),
                Err(problem) => {
                    problems.push(Problem::about(job.name.as_str(), problem));
                    files.push(None);
                }
            }
        }
        self.cross_records(&jobs, &mut files, store, &mut problems, &mut summary, sink);
        let files: Vec<FileReport> = jobs
            .iter()
            .zip(files)
            .filter_map(|(job, outcome)| {
                let outcome = outcome?;
                Some(FileReport {
                    name: job.name.clone(),
                    format: job.format,
                    document_count: outcome.count,
                    documents: Vec::new(),
                    omitted: report::Omitted::default(),
                    clean: Vec::new(),
                    clean_unlisted: 0,
                })
            })
            .collect();
        let mut report = Report::new(
            files,
            summary.nodes,
            summary.unmodeled,
            problems,
            self.settings.deny_warnings,
        );
        report.summary.errors = summary.errors;
        report.summary.warnings = summary.warnings;
        report.summary.infos = summary.infos;
        report.summary.skipped = skipped;
        report
    }

    /// Runs the rules across documents and hands their findings over as
    /// `cross` records, file by file in input order.
    fn cross_records(
        &self,
        jobs: &[Job],
        files: &mut [Option<FileOutcome>],
        store: SiteStore,
        problems: &mut Vec<Problem>,
        summary: &mut Summary,
        sink: &mut RecordSink<'_>,
    ) {
        let where_is = |at: &Located, pointer: &str| super::where_is(jobs, at, pointer);
        match cross::check(store, self.hierarchy.as_ref(), &where_is) {
            Ok(findings) => self.place_cross(findings, jobs, files, problems),
            Err(error) => problems.push(Problem::run(format!(
                "cannot keep this run's `@id`s in temporary files ({error}); references and `@id` conflicts were not checked; set TMPDIR to a directory with free space"
            ))),
        }
        for (job, outcome) in jobs.iter().zip(files.iter_mut()) {
            let Some(outcome) = outcome else { continue };
            let records: Vec<Record> = std::mem::take(&mut outcome.documents)
                .into_iter()
                .map(|mut document| {
                    document.sort();
                    let record = Record::new(&job.name, document, true);
                    record.count(summary);
                    record
                })
                .collect();
            if !records.is_empty() {
                sink(records);
            }
        }
    }
}

/// The record of the next document of `job`, counted in its file's
/// outcome and the run's summary.
fn judged(job: &Job, outcome: &mut FileOutcome, summary: &mut Summary, checked: Checked) -> Record {
    let index = outcome.count;
    outcome.count += 1;
    summary.nodes += u64::from(checked.nodes);
    summary.unmodeled += u64::from(checked.unmodeled);
    // Where a page's markup values are, to place the findings across
    // documents at the end.
    if let Some(map) = checked.offsets {
        outcome.offsets.insert(index, map);
    }
    let unplaced = checked.unplaced;
    let (diagnostics, sources) = checked.diagnostics.into_iter().unzip();
    let mut document = DocumentReport {
        index,
        kind: checked.kind,
        span: checked.span,
        diagnostics,
        sources,
    };
    document.sort();
    let mut record = Record::new(&job.name, document, false);
    // Findings a validator with a `max_diagnostics` cap left unplaced:
    // counted, not listed.
    record.errors += unplaced.errors;
    record.warnings += unplaced.warnings;
    record.infos += unplaced.infos;
    record.count(summary);
    record
}
