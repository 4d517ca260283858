//! From a finding's pointer (or a parser's line and column) to the line
//! and column in the file, and the source line shown under a diagnostic.
//!
//! Only documents with findings get here. The pointers of the findings to
//! place are found in one pass over the document's text
//! (`crate::position::offsets`, which keeps nothing of it: a tree of
//! spans of an object of a million keys took over 100 MB), offsets inside
//! it become lines and columns with `crate::position::LineIndex`, and
//! the document's own start in its container (a script in a page, a line
//! in a feed) is added.

use rustc_hash::FxHashMap;

use crate::position::LineIndex;

use crate::validate::ingest::Document;

/// The source line of a diagnostic, cut around the column when long.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceLine {
    /// 1-based line number in the file.
    pub line: u32,
    /// The line's text (or the part of it around the column).
    pub text: String,
    /// 1-based column, in characters, of the value inside `text`.
    pub column: u32,
}

/// A place in a file.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Place {
    /// 1-based line.
    pub line: u32,
    /// 1-based column, in characters.
    pub column: u32,
    /// The line, for renderers that show it.
    pub source: SourceLine,
}

/// The longest source line kept whole; longer ones (minified JSON) are cut
/// around the column.
const MAX_LINE_CHARS: usize = 160;
const CONTEXT_BEFORE: usize = 60;

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Counts characters in possibly invalid UTF-8 (each byte that does not
/// continue a sequence starts a character).
fn char_count(bytes: &[u8]) -> usize {
    bytes.iter().filter(|b| (**b & 0xC0) != 0x80).count()
}

/// 1-based line and column of `offset` in `bytes`, which may not be UTF-8.
fn byte_position(bytes: &[u8], offset: usize) -> (u32, u32) {
    let prefix = &bytes[..offset.min(bytes.len())];
    let line_start = memchr::memrchr(b'\n', prefix).map_or(0, |i| i + 1);
    let line = memchr::memchr_iter(b'\n', prefix).count() + 1;
    (to_u32(line), to_u32(char_count(&prefix[line_start..]) + 1))
}

/// Places findings of one document.
pub struct Placer<'a> {
    document: Document<'a>,
    text: Option<&'a str>,
    index: Option<LineIndex>,
    /// Offsets of the pointers found so far.
    located: FxHashMap<String, usize>,
    start: (u32, u32),
}

impl<'a> Placer<'a> {
    /// A placer for `document`.
    pub fn new(document: Document<'a>) -> Placer<'a> {
        let text = std::str::from_utf8(document.text()).ok();
        let start = byte_position(document.container, document.span.start);
        Placer {
            document,
            text,
            index: text.map(LineIndex::new),
            located: FxHashMap::default(),
            start,
        }
    }

    /// Finds the values at `pointers` in one pass over the document, for
    /// [`at_pointer`](Self::at_pointer) to place. Each pass reads the whole
    /// document: a caller with several pointers to place gives them here
    /// first.
    pub fn locate<'p>(&mut self, pointers: impl IntoIterator<Item = &'p str>) {
        let mut wanted: Vec<&str> = pointers
            .into_iter()
            .filter(|pointer| !self.located.contains_key(*pointer))
            .collect();
        wanted.sort_unstable();
        wanted.dedup();
        if wanted.is_empty() {
            return;
        }
        let found = match self.text {
            Some(text) => crate::position::offsets(text, &wanted),
            None => vec![None; wanted.len()],
        };
        for (pointer, offset) in wanted.into_iter().zip(found) {
            // A document that does not read finds nothing: its start.
            self.located.insert(pointer.to_owned(), offset.unwrap_or(0));
        }
    }

    /// The place of the value at `pointer` (or of its deepest existing
    /// ancestor).
    pub fn at_pointer(&mut self, pointer: &str) -> Place {
        self.locate([pointer]);
        let offset = self.located.get(pointer).copied().unwrap_or(0);
        self.at_offset(offset)
    }

    /// The place of a parser's 1-based line and (byte) column inside the
    /// document.
    pub fn at_line_column(&self, line: usize, column: usize) -> Place {
        let text = self.document.text();
        let mut line_start = 0;
        for _ in 1..line {
            match memchr::memchr(b'\n', &text[line_start..]) {
                Some(i) => line_start += i + 1,
                None => break,
            }
        }
        self.at_offset(line_start + column.saturating_sub(1))
    }

    /// The place of byte `offset` inside the document.
    pub fn at_offset(&self, offset: usize) -> Place {
        let text = self.document.text();
        let offset = offset.min(text.len());
        let (line, column) = match (self.text, &self.index) {
            (Some(text), Some(index)) => index.position(text, offset),
            _ => byte_position(text, offset),
        };
        let (start_line, start_column) = self.start;
        let file_line = self.document.span.line_base + start_line + line - 1;
        let file_column = match (line, start_line) {
            // On the container's first line, after what precedes the
            // container on that line.
            (1, 1) => self.document.span.column_base + start_column + column - 1,
            (1, _) => start_column + column - 1,
            _ => column,
        };
        Place {
            line: file_line,
            column: file_column,
            source: self.source_line(self.document.span.start + offset, file_line),
        }
    }

    fn source_line(&self, absolute: usize, line: u32) -> SourceLine {
        let container = self.document.container;
        let absolute = absolute.min(container.len());
        // On a long line (a minified page) only a window of bytes around
        // the value is read, never the whole line for each finding.
        let window = absolute.saturating_sub(4 * CONTEXT_BEFORE);
        let mut start =
            memchr::memrchr(b'\n', &container[window..absolute]).map_or(window, |i| window + i + 1);
        let limit = absolute
            .saturating_add(4 * MAX_LINE_CHARS)
            .min(container.len());
        let mut end =
            memchr::memchr(b'\n', &container[absolute..limit]).map_or(limit, |i| absolute + i);
        if end > start && container[end - 1] == b'\r' {
            end -= 1;
        }
        while start < absolute && (container[start] & 0xC0) == 0x80 {
            start += 1;
        }
        let whole = String::from_utf8_lossy(&container[start..end]);
        let column = char_count(&container[start..absolute]);
        let total = whole.chars().count();
        if total <= MAX_LINE_CHARS {
            return SourceLine {
                line,
                text: whole.into_owned(),
                column: to_u32(column + 1),
            };
        }
        let from = column.saturating_sub(CONTEXT_BEFORE);
        let text: String = whole.chars().skip(from).take(MAX_LINE_CHARS).collect();
        SourceLine {
            line,
            text,
            column: to_u32(column - from + 1),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validate::ingest::{DocKind, Span};

    #[test]
    fn adds_the_document_start_in_its_page() {
        let page =
            "<html>\n<script type=\"application/ld+json\">{\"a\":\n  \"ñ\", \"b\": 1}</script>";
        let start = page.find('{').unwrap();
        let end = page.find("</script>").unwrap();
        let document = Document {
            kind: DocKind::Script { index: 0 },
            container: page.as_bytes(),
            span: Span {
                container_offset: 0,
                container_len: page.len(),
                start,
                len: end - start,
                line_base: 0,
                column_base: 0,
            },
        };
        let mut placer = Placer::new(document);
        let root = placer.at_pointer("");
        assert_eq!((root.line, root.column), (2, 36));
        let a = placer.at_pointer("/a");
        assert_eq!((a.line, a.column), (3, 3));
        let b = placer.at_pointer("/b");
        assert_eq!((b.line, b.column), (3, 13));
        assert_eq!(b.source.text, "  \"ñ\", \"b\": 1}</script>");
        assert_eq!(b.source.column, 13);
        let syntax = placer.at_line_column(1, 2);
        assert_eq!((syntax.line, syntax.column), (2, 37));
    }

    #[test]
    fn cuts_long_lines_around_the_column() {
        let line = format!("{{\"pad\": \"{}\", \"x\": 1}}", "p".repeat(500));
        let document = Document {
            kind: DocKind::Line { number: 7 },
            container: line.as_bytes(),
            span: Span {
                container_offset: 0,
                container_len: line.len(),
                start: 0,
                len: line.len(),
                line_base: 6,
                column_base: 0,
            },
        };
        let mut placer = Placer::new(document);
        let x = placer.at_pointer("/x");
        assert_eq!((x.line, x.column), (7, 518));
        assert_eq!(x.source.column, 61);
        assert!(x.source.text[60..].starts_with("1}"));
    }
}
