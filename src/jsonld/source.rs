//! Positions in a dataset's text, computed only when there is something
//! to report.

use std::cell::OnceCell;

use crate::diagnostic::Diagnostic;
use crate::position::{LineIndex, Locator};

/// A dataset's text, with a span index built on first use.
pub(crate) struct Source<'a> {
    text: &'a str,
    spans: OnceCell<(LineIndex, Locator<'a>)>,
}

impl<'a> Source<'a> {
    pub(crate) fn new(text: &'a str) -> Source<'a> {
        Source {
            text,
            spans: OnceCell::new(),
        }
    }

    fn spans(&self) -> &(LineIndex, Locator<'a>) {
        self.spans
            .get_or_init(|| (LineIndex::new(self.text), Locator::new(self.text)))
    }

    /// The 1-based line and column where the value at `pointer` starts.
    pub(crate) fn locate(&self, pointer: &str) -> Option<(u32, u32)> {
        let (index, locator) = self.spans();
        let offset = locator.offset(pointer)?;
        Some(index.position(self.text, offset))
    }

    /// Line and column (in characters) of serde_json's 1-based line and
    /// byte column.
    pub(crate) fn serde_position(&self, line: usize, column: usize) -> (u32, u32) {
        let (index, _) = self.spans();
        let line_start = self
            .text
            .split_inclusive('\n')
            .take(line.saturating_sub(1))
            .map(str::len)
            .sum::<usize>();
        let mut offset = (line_start + column.saturating_sub(1)).min(self.text.len());
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        index.position(self.text, offset)
    }

    /// Adds the position of the diagnostic's pointer, when it can be found.
    pub(crate) fn place(&self, diagnostic: Diagnostic) -> Diagnostic {
        match self.locate(&diagnostic.pointer) {
            Some((line, column)) => diagnostic.at(line, column),
            None => diagnostic,
        }
    }
}
