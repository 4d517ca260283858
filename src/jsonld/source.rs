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
        let mut offset = self.serde_offset(line, column);
        while !self.text.is_char_boundary(offset) {
            offset -= 1;
        }
        index.position(self.text, offset)
    }

    /// The byte offset of serde_json's 1-based line and byte column.
    pub(crate) fn serde_offset(&self, line: usize, column: usize) -> usize {
        let line_start = self
            .text
            .split_inclusive('\n')
            .take(line.saturating_sub(1))
            .map(str::len)
            .sum::<usize>();
        (line_start + column.saturating_sub(1)).min(self.text.len())
    }

    /// The last object key that ends before `offset`: for a syntax error,
    /// the property the reader had got to. Lexes strings properly (escapes
    /// included) so a `"…":` inside a string value is not taken for a key.
    pub(crate) fn last_key_before(&self, offset: usize) -> Option<&'a str> {
        let bytes = self.text.as_bytes();
        let end = offset.min(bytes.len());
        let mut last_key = None;
        let mut last_string: Option<(usize, usize)> = None;
        let mut i = 0;
        while i < end {
            match bytes[i] {
                b'"' => {
                    let start = i + 1;
                    i += 1;
                    while i < end && bytes[i] != b'"' {
                        i += if bytes[i] == b'\\' { 2 } else { 1 };
                    }
                    last_string = Some((start, i.min(end)));
                }
                b':' => {
                    if let Some((start, stop)) = last_string.take() {
                        last_key = self.text.get(start..stop);
                    }
                }
                b' ' | b'\t' | b'\n' | b'\r' => {}
                _ => last_string = None,
            }
            i += 1;
        }
        last_key
    }

    /// Adds the position of the diagnostic's pointer, when it can be found.
    pub(crate) fn place(&self, diagnostic: Diagnostic) -> Diagnostic {
        match self.locate(&diagnostic.pointer) {
            Some((line, column)) => diagnostic.at(line, column),
            None => diagnostic,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Source;

    #[test]
    fn finds_the_last_key_before_an_offset() {
        let text = r#"{"a": "x\":", "b\"c": [1, {"d": "e:"}] "#;
        let source = Source::new(text);
        assert_eq!(source.last_key_before(text.len()), Some("d"));
        assert_eq!(
            source.last_key_before(12),
            Some("a"),
            "a string value is not a key"
        );
        assert_eq!(source.last_key_before(1), None);
    }
}
