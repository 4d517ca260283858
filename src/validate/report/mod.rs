//! The result of a validation run and its renderings. Renderers only
//! format: every decision (which findings, which severity, which order) is
//! made before a [`Report`] exists.

mod clean;
mod github;
mod human;
mod json;
mod junit;
pub(crate) mod locate;
mod ndjson;
mod omitted;
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

pub use clean::CleanRun;
pub(crate) use clean::{push_clean, remove_from_runs};
pub(crate) use omitted::keep_most_severe;
pub use omitted::Omitted;

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

/// The index of a severity in per-severity counts (info, warning, error).
pub(crate) fn severity_index(severity: Severity) -> usize {
    match severity {
        Severity::Info => 0,
        Severity::Warning => 1,
        Severity::Error => 2,
    }
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
