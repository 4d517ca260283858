//! Folding a file's checked documents, in order, into its [`FileOutcome`],
//! and knowing, as they come, which findings `--max-diagnostics` is certain
//! to leave out, so that the documents still to be checked do not place
//! them.
//!
//! A file keeps its `cap` most severe findings, and among equals the first.
//! A finding is therefore certain to be left out once `cap` findings at
//! least as severe came before its document: whatever comes later (more
//! documents, the cross-node findings added at the end) only ranks below
//! those. Placing a finding (a second parse of its document, with
//! positions) costs more than checking the document did, and on a feed
//! with many findings almost all of them are past the cap.

use crate::diagnostic::Severity;

use super::report::{keep_most_severe, push_clean, Omitted};
use super::{Checked, DocumentReport, FileOutcome};

/// Folds a file's checked documents into its outcome.
pub(super) struct Collector {
    pub outcome: FileOutcome,
    /// `--max-diagnostics` (0: no cap).
    cap: usize,
    /// Findings in `outcome.documents`.
    kept: usize,
}

impl Collector {
    pub fn new(cap: usize) -> Self {
        Collector {
            outcome: FileOutcome::default(),
            cap,
            kept: 0,
        }
    }

    /// Folds the next block of documents.
    pub fn take(&mut self, checked: Vec<Checked>) {
        for checked in checked {
            let doc = self.outcome.count;
            self.outcome.count += 1;
            self.outcome.nodes += u64::from(checked.nodes);
            self.outcome.unmodeled += u64::from(checked.unmodeled);
            // Where a page's markup values are, for the cross-node
            // findings placed at the end (the document's sites went to the
            // store when it was checked).
            if let Some(map) = checked.offsets {
                self.outcome.offsets.insert(doc, map);
            }
            self.outcome.omitted.add(&checked.unplaced);
            if checked.diagnostics.is_empty() {
                if checked.unplaced.total() > 0 {
                    self.outcome.omitted.documents += 1;
                } else if !push_clean(&mut self.outcome.clean, doc, checked.kind) {
                    self.outcome.clean_unlisted += 1;
                }
            } else {
                self.kept += checked.diagnostics.len();
                let (diagnostics, sources) = checked.diagnostics.into_iter().unzip();
                self.outcome.documents.push(DocumentReport {
                    index: doc,
                    kind: checked.kind,
                    span: checked.span,
                    diagnostics,
                    sources,
                });
            }
        }
        // Trimmed in batches, not per finding: the kept set never grows
        // past twice the cap.
        if self.cap > 0 && self.kept > self.cap.saturating_mul(2) {
            let documents = &mut self.outcome.documents;
            keep_most_severe(documents, self.cap, &mut self.outcome.omitted);
            self.kept = documents.iter().map(|d| d.diagnostics.len()).sum();
        }
    }
}

/// Which findings a file is certain to leave out, from the documents
/// checked so far. It needs only their findings' severities, so it is
/// known as soon as a block is checked, before the block is folded.
pub(super) struct Floor {
    /// `--max-diagnostics` (0: no cap).
    cap: usize,
    /// Findings of every document seen so far, placed or not, by severity.
    seen: Omitted,
}

impl Floor {
    pub fn new(cap: usize) -> Floor {
        Floor {
            cap,
            seen: Omitted::default(),
        }
    }

    /// Counts the findings of the next block of documents, and answers
    /// which findings are from now on certain to be left out: those this
    /// severe or less (`None` while any may still be kept).
    pub fn observe(&mut self, checked: &[Checked]) -> Option<Severity> {
        for checked in checked {
            self.seen.add(&checked.unplaced);
            for (diagnostic, _) in &checked.diagnostics {
                self.seen.count(diagnostic.severity);
            }
        }
        floor(&self.seen, self.cap)
    }
}

/// The most severe level of which `cap` findings, counting the more severe
/// ones, have been seen: findings of that level or less are left out.
fn floor(seen: &Omitted, cap: usize) -> Option<Severity> {
    if cap == 0 {
        return None;
    }
    let cap = cap as u64;
    let errors = seen.errors;
    let warnings = errors + seen.warnings;
    let infos = warnings + seen.infos;
    if errors >= cap {
        Some(Severity::Error)
    } else if warnings >= cap {
        Some(Severity::Warning)
    } else if infos >= cap {
        Some(Severity::Info)
    } else {
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_floor_rises_with_the_findings_at_least_as_severe() {
        let seen = |errors, warnings, infos| Omitted {
            errors,
            warnings,
            infos,
            documents: 0,
        };
        assert_eq!(floor(&seen(0, 0, 0), 2), None);
        assert_eq!(floor(&seen(0, 0, 1), 2), None);
        assert_eq!(floor(&seen(0, 0, 2), 2), Some(Severity::Info));
        // One warning and one error: two findings at least as severe as a
        // warning, so the next warning cannot be kept; an error still can.
        assert_eq!(floor(&seen(1, 1, 0), 2), Some(Severity::Warning));
        assert_eq!(floor(&seen(2, 0, 9), 2), Some(Severity::Error));
        assert_eq!(floor(&seen(50, 50, 50), 0), None, "no cap");
    }
}
