//! What `--max-diagnostics` leaves out of a file: the least severe
//! findings past the cap, counted by severity rather than kept.

use super::DocumentReport;
use crate::diagnostic::Severity;

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
