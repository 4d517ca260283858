//! The result of a validation run and its renderings. Renderers only
//! format: every decision (which findings, which severity, which order) is
//! made before a [`Report`] exists.

mod github;
mod human;
mod json;
mod junit;
pub(crate) mod locate;
mod ndjson;
mod sarif;
// Input text made safe to print: below the reports, since a diagnostic
// prints itself with it too.
use crate::diagnostic::text;

#[cfg(test)]
mod format_props;

pub use text::{one_line, redact_userinfo};

use crate::diagnostic::{Diagnostic, Severity};

use super::ingest::{DocKind, InputFormat, Span};
use locate::SourceLine;

/// An output format of `sdx validate`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// rustc-style diagnostics with the source line and a caret.
    Human,
    /// One JSON object: a summary and every diagnostic.
    Json,
    /// GitHub Actions workflow commands (annotations).
    Github,
    /// SARIF 2.1.0, for code scanning.
    Sarif,
    /// JUnit XML, one test case per file (its failing documents listed).
    Junit,
    /// One JSON line per document as it is judged, then a summary line.
    Ndjson,
}

/// One document's findings.
#[derive(Debug, Clone, PartialEq)]
pub struct DocumentReport {
    /// Its position in its file (0-based, counting every document).
    pub index: u64,
    /// Which document of its file.
    pub kind: DocKind,
    /// Where it is in the file.
    pub span: Span,
    /// Its findings, by position.
    pub diagnostics: Vec<Diagnostic>,
    /// The source line of each finding (parallel to `diagnostics`).
    pub sources: Vec<Option<SourceLine>>,
}

impl DocumentReport {
    /// Orders findings by position, then rule, then message.
    pub(crate) fn sort(&mut self) {
        if self.diagnostics.len() < 2 {
            return;
        }
        let mut pairs: Vec<(Diagnostic, Option<SourceLine>)> = self
            .diagnostics
            .drain(..)
            .zip(self.sources.drain(..))
            .collect();
        pairs.sort_by(|(a, _), (b, _)| {
            (a.line, a.column, a.rule, &a.pointer, &a.message)
                .cmp(&(b.line, b.column, b.rule, &b.pointer, &b.message))
        });
        pairs.dedup_by(|(a, _), (b, _)| a == b);
        (self.diagnostics, self.sources) = pairs.into_iter().unzip();
    }

    /// The worst severity among its findings.
    pub fn worst(&self) -> Option<Severity> {
        self.diagnostics.iter().map(|d| d.severity).max()
    }
}

/// One input file's documents.
#[derive(Debug, Clone, PartialEq)]
pub struct FileReport {
    /// The file as named (`-` for standard input).
    pub name: String,
    /// How it was read.
    pub format: InputFormat,
    /// How many documents it has.
    pub document_count: u64,
    /// Its documents that have findings, in order; the others are only
    /// counted, so a long clean feed costs no memory per record.
    pub documents: Vec<DocumentReport>,
    /// Findings past `--max-diagnostics`, counted but not kept.
    pub omitted: Omitted,
    /// Its documents without findings, as runs of consecutive documents.
    pub clean: Vec<CleanRun>,
    /// Documents without findings not in `clean`: past
    /// [`FileReport::MAX_CLEAN_RUNS`] runs they are only counted.
    pub clean_unlisted: u64,
}

impl FileReport {
    /// The most runs of clean documents kept for a file. Each document
    /// with findings between clean ones starts a run; a feed with more
    /// findings than this is already listed in part (`--max-diagnostics`),
    /// and counting its further clean documents keeps memory flat.
    pub const MAX_CLEAN_RUNS: usize = 4096;
}

/// Consecutive documents of a file without findings: lines `n`, `n+1`, …
/// of a feed, scripts of a page, or a single document. A clean feed is one
/// run, however long.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct CleanRun {
    /// Position in the file of the first document.
    pub index: u64,
    /// Which document the first is.
    pub first: DocKind,
    /// How many documents.
    pub count: u64,
}

impl CleanRun {
    /// The run of one document.
    pub fn one(index: u64, kind: DocKind) -> CleanRun {
        CleanRun {
            index,
            first: kind,
            count: 1,
        }
    }

    /// The `offset`-th document of the run.
    pub fn kind_at(&self, offset: u64) -> DocKind {
        let step = |n: u32| u32::try_from(u64::from(n) + offset).unwrap_or(u32::MAX);
        match self.first {
            DocKind::Line { number } => DocKind::Line {
                number: step(number),
            },
            DocKind::Script { index } => DocKind::Script { index: step(index) },
            other => other,
        }
    }

    /// Every document of the run: position in the file and kind.
    pub fn documents(&self) -> impl Iterator<Item = (u64, DocKind)> + '_ {
        (0..self.count).map(|offset| (self.index + offset, self.kind_at(offset)))
    }

    /// Adds the document `index` of kind `kind` if it is the next of the
    /// run (the next position, and the next line or script).
    pub(crate) fn extend(&mut self, index: u64, kind: DocKind) -> bool {
        let next = self.index + self.count == index && self.kind_at(self.count) == kind;
        let countable = matches!(kind, DocKind::Line { .. } | DocKind::Script { .. });
        if next && countable {
            self.count += 1;
        }
        next && countable
    }

    /// The run without the documents at `indices` (sorted): up to one run
    /// more than there are indices inside it.
    pub(crate) fn without(&self, indices: &[u64]) -> Vec<CleanRun> {
        let mut out = Vec::new();
        let mut start = 0u64;
        for &index in indices {
            let Some(offset) = index.checked_sub(self.index).filter(|o| *o < self.count) else {
                continue;
            };
            if offset > start {
                out.push(CleanRun {
                    index: self.index + start,
                    first: self.kind_at(start),
                    count: offset - start,
                });
            }
            start = offset + 1;
        }
        if start < self.count {
            out.push(CleanRun {
                index: self.index + start,
                first: self.kind_at(start),
                count: self.count - start,
            });
        }
        out
    }
}

/// Adds a clean document to `runs`, extending the last run when it follows;
/// false when it starts a run past [`FileReport::MAX_CLEAN_RUNS`] and is
/// not kept.
pub(crate) fn push_clean(runs: &mut Vec<CleanRun>, index: u64, kind: DocKind) -> bool {
    if let Some(last) = runs.last_mut() {
        if last.extend(index, kind) {
            return true;
        }
    }
    if runs.len() >= FileReport::MAX_CLEAN_RUNS {
        return false;
    }
    runs.push(CleanRun::one(index, kind));
    true
}

/// `runs` without the documents at `indices` (sorted), which have findings
/// after all.
pub(crate) fn remove_from_runs(runs: Vec<CleanRun>, indices: &[u64]) -> Vec<CleanRun> {
    if indices.is_empty() {
        return runs;
    }
    let mut out = Vec::with_capacity(runs.len() + indices.len());
    for run in runs {
        let from = indices.partition_point(|i| *i < run.index);
        let to = indices.partition_point(|i| *i < run.index + run.count);
        if from == to {
            out.push(run);
        } else {
            out.extend(run.without(&indices[from..to]));
        }
    }
    out
}

/// The index of a severity in per-severity counts (info, warning, error).
pub(crate) fn severity_index(severity: Severity) -> usize {
    match severity {
        Severity::Info => 0,
        Severity::Warning => 1,
        Severity::Error => 2,
    }
}

/// Findings of a file counted but not kept: past `--max-diagnostics`, the
/// least severe (and, among equals, the last) are left out, so memory and
/// output stay bounded however many findings a feed has.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Omitted {
    /// Errors left out.
    pub errors: u64,
    /// Warnings left out.
    pub warnings: u64,
    /// Infos left out.
    pub infos: u64,
    /// Documents with findings none of which were kept.
    pub documents: u64,
}

impl Omitted {
    /// Findings left out.
    pub fn total(&self) -> u64 {
        self.errors + self.warnings + self.infos
    }

    pub(crate) fn count(&mut self, severity: Severity) {
        match severity {
            Severity::Error => self.errors += 1,
            Severity::Warning => self.warnings += 1,
            Severity::Info => self.infos += 1,
        }
    }

    /// Adds `other`'s findings (not its documents).
    pub(crate) fn add(&mut self, other: &Omitted) {
        self.errors += other.errors;
        self.warnings += other.warnings;
        self.infos += other.infos;
    }
}

/// Keeps at most `cap` findings in `documents` (0: all): the most severe,
/// and among equals the first in document order; counts the rest in
/// `omitted`. Documents left without findings are dropped.
pub(crate) fn keep_most_severe(
    documents: &mut Vec<DocumentReport>,
    cap: usize,
    omitted: &mut Omitted,
) {
    let total: usize = documents.iter().map(|d| d.diagnostics.len()).sum();
    if cap == 0 || total <= cap {
        return;
    }
    let mut ranked: Vec<(std::cmp::Reverse<Severity>, usize, usize)> = documents
        .iter()
        .enumerate()
        .flat_map(|(doc, report)| {
            report
                .diagnostics
                .iter()
                .enumerate()
                .map(move |(at, d)| (std::cmp::Reverse(d.severity), doc, at))
        })
        .collect();
    ranked.sort_unstable();
    let mut keep: Vec<Vec<bool>> = documents
        .iter()
        .map(|d| vec![false; d.diagnostics.len()])
        .collect();
    for &(_, doc, at) in &ranked[..cap] {
        keep[doc][at] = true;
    }
    for (report, keep) in documents.iter_mut().zip(keep) {
        let mut flags = keep.iter();
        let mut kept_sources = Vec::new();
        let sources = std::mem::take(&mut report.sources);
        let mut sources = sources.into_iter();
        report.diagnostics.retain(|diagnostic| {
            let source = sources.next().flatten();
            let keep = flags.next().copied().unwrap_or(false);
            if keep {
                kept_sources.push(source);
            } else {
                omitted.count(diagnostic.severity);
            }
            keep
        });
        report.sources = kept_sources;
        if report.diagnostics.is_empty() {
            omitted.documents += 1;
        }
    }
    documents.retain(|report| !report.diagnostics.is_empty());
}

/// Something that kept part of a run from being done: an input that could
/// not be read, a page that could not be fetched.
#[derive(Debug, Clone, PartialEq, Eq, serde::Serialize)]
pub struct Problem {
    /// The input it is about, as named (a URL without its credentials);
    /// `None` when it is about the run as a whole.
    pub input: Option<String>,
    /// What went wrong, as one sentence.
    pub message: String,
}

impl Problem {
    /// A problem with the input `input`.
    pub fn about(input: impl Into<String>, message: impl Into<String>) -> Problem {
        Problem {
            input: Some(input.into()),
            message: message.into(),
        }
    }

    /// A problem with the run as a whole.
    pub fn run(message: impl Into<String>) -> Problem {
        Problem {
            input: None,
            message: message.into(),
        }
    }
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.message)
    }
}

/// Counts over a run.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, serde::Serialize)]
pub struct Summary {
    /// Files read.
    pub files: u64,
    /// Documents read.
    pub documents: u64,
    /// Nodes checked.
    pub nodes: u64,
    /// Typed nodes none of whose types sdx models (checked by the layers
    /// that apply to them).
    pub unmodeled: u64,
    /// Findings of severity error.
    pub errors: u64,
    /// Findings of severity warning.
    pub warnings: u64,
    /// Findings of severity info.
    pub infos: u64,
    /// Findings counted above but not listed (past `--max-diagnostics`).
    pub omitted: u64,
    /// `.json` files found in a directory that are not JSON-LD, and so were
    /// not checked. Left out of the JSON report when zero.
    #[serde(skip_serializing_if = "is_zero")]
    pub skipped: u64,
}

fn is_zero(n: &u64) -> bool {
    *n == 0
}

/// The result of validating a set of inputs.
#[derive(Debug, Clone, PartialEq)]
pub struct Report {
    /// Every file, in input order.
    pub files: Vec<FileReport>,
    /// Counts.
    pub summary: Summary,
    /// Inputs that could not be read, and other failures that left part
    /// of the run undone; a run with problems exits 2, and every format
    /// lists them.
    pub problems: Vec<Problem>,
    /// Warnings fail the run.
    pub deny_warnings: bool,
    /// The `--max-diagnostics` in force, for messages (0: no cap).
    pub max_diagnostics: usize,
}

impl Report {
    pub(crate) fn new(
        files: Vec<FileReport>,
        nodes: u64,
        unmodeled: u64,
        problems: Vec<Problem>,
        deny_warnings: bool,
    ) -> Report {
        let mut summary = Summary {
            files: files.len() as u64,
            nodes,
            unmodeled,
            ..Summary::default()
        };
        for file in &files {
            summary.documents += file.document_count;
            summary.errors += file.omitted.errors;
            summary.warnings += file.omitted.warnings;
            summary.infos += file.omitted.infos;
            summary.omitted += file.omitted.total();
            for diagnostic in file.documents.iter().flat_map(|d| &d.diagnostics) {
                match diagnostic.severity {
                    Severity::Error => summary.errors += 1,
                    Severity::Warning => summary.warnings += 1,
                    Severity::Info => summary.infos += 1,
                }
            }
        }
        Report {
            files,
            summary,
            problems,
            deny_warnings,
            max_diagnostics: 0,
        }
    }

    /// Every diagnostic with its source line, in output order.
    pub fn diagnostics(&self) -> impl Iterator<Item = (&Diagnostic, Option<&SourceLine>)> {
        self.files.iter().flat_map(|file| {
            file.documents.iter().flat_map(|document| {
                document
                    .diagnostics
                    .iter()
                    .zip(document.sources.iter().map(Option::as_ref))
            })
        })
    }

    /// Every kept diagnostic, and after a file some of whose findings were
    /// left out, its name and how many.
    pub fn shown(&self) -> impl Iterator<Item = Shown<'_>> {
        self.files.iter().flat_map(move |file| {
            let all = file.documents.iter().flat_map(|document| {
                document
                    .diagnostics
                    .iter()
                    .zip(document.sources.iter().map(Option::as_ref))
            });
            let more = file.omitted.total();
            all.map(|(diagnostic, source)| Shown::Diagnostic(diagnostic, source))
                .chain((more > 0).then_some(Shown::More {
                    file: file.name.as_str(),
                    count: more,
                }))
        })
    }

    /// How many findings were left out (past `--max-diagnostics`).
    pub fn omitted(&self) -> u64 {
        self.summary.omitted
    }

    /// True when the findings fail the run: errors, or warnings under
    /// `--deny-warnings`.
    pub fn failed(&self) -> bool {
        self.summary.errors > 0 || (self.deny_warnings && self.summary.warnings > 0)
    }

    /// The report in `format`; `color` only matters for `human`.
    pub fn render(&self, format: Format, color: bool) -> String {
        match format {
            Format::Human => human::render(self, color),
            Format::Json => json::render(self),
            Format::Github => github::render(self),
            Format::Sarif => sarif::render(self),
            Format::Junit => junit::render(self),
            // The documents' lines are written as they are judged (see
            // `Validator::validate_records`); the report is the last line.
            Format::Ndjson => ndjson::render(self),
        }
    }
}

/// One item of the capped listing of [`Report::shown`].
#[derive(Debug, Clone, Copy)]
pub enum Shown<'a> {
    /// A diagnostic and its source line.
    Diagnostic(&'a Diagnostic, Option<&'a SourceLine>),
    /// A file had `count` more diagnostics than the cap.
    More {
        /// The file.
        file: &'a str,
        /// How many were left out.
        count: u64,
    },
}

/// How a document is named inside its file: empty for a whole file,
/// `script 2`, `line 17`.
pub fn document_label(kind: DocKind) -> String {
    match kind {
        DocKind::Whole => String::new(),
        DocKind::Script { index } => format!("script {}", u64::from(index) + 1),
        DocKind::Line { number } => format!("line {number}"),
        DocKind::Microdata => "microdata".to_owned(),
        DocKind::Rdfa => "RDFa".to_owned(),
        DocKind::MetaTags => "meta tags".to_owned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clean_runs_extend_split_and_expand() {
        let mut runs = Vec::new();
        // Lines 1-3, a blank line 4, lines 5-6: two runs.
        for (index, line) in [(0, 1), (1, 2), (2, 3), (3, 5), (4, 6)] {
            push_clean(&mut runs, index, DocKind::Line { number: line });
        }
        assert_eq!(runs.len(), 2);
        assert_eq!(
            (runs[0].count, runs[1].first),
            (3, DocKind::Line { number: 5 })
        );
        // Documents 1 and 4 turn out to have findings.
        let split = remove_from_runs(runs, &[1, 4]);
        let left: Vec<(u64, DocKind)> = split.iter().flat_map(CleanRun::documents).collect();
        assert_eq!(
            left,
            [
                (0, DocKind::Line { number: 1 }),
                (2, DocKind::Line { number: 3 }),
                (3, DocKind::Line { number: 5 }),
            ]
        );
        // A whole file and page markup are never extended.
        let mut runs = vec![CleanRun::one(0, DocKind::Microdata)];
        push_clean(&mut runs, 1, DocKind::Rdfa);
        assert_eq!(runs.len(), 2);
    }
}
