//! Runs of clean documents: a file's documents without findings are
//! kept as runs (lines `n`, `n+1`, … of a feed), so a clean feed costs one
//! run however long it is; a run is split when some of its documents turn
//! out to have findings after all.

use super::FileReport;
use crate::validate::ingest::DocKind;

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
