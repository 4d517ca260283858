//! Cross-document findings put back where they belong: each document
//! they are in read again to place them at their line and column, and
//! added to that document's report.

use std::io::{Read, Seek, SeekFrom};

use super::cross::Located;
use super::ingest::{DocKind, Document};
use super::report::{self, locate::Placer};
use super::{
    Diagnostic, DocumentReport, FileOutcome, Job, Problem, Severity, Source, Span, Validator,
};

impl Validator {
    /// Places the cross-node findings, reading again the documents they
    /// are in, and adds them to their documents' reports (a document clean
    /// until now gets one).
    pub(super) fn place_cross(
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

    /// [`Self::diagnostic`] of a cross-document finding, shared by the
    /// findings of its document, at its rule's configured severity.
    pub(super) fn cross_diagnostic(
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
pub(super) fn where_is(jobs: &[Job], at: &Located, pointer: &str) -> String {
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
