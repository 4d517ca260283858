//! NDJSON feeds: one document per line, streamed.
//!
//! [`Blocks`] reads the file in blocks of about [`BLOCK`] bytes; complete
//! lines are cut with memchr and handed over as an owned [`Lines`] block
//! (so a block's lines can be checked on other threads while the next
//! block is read), and the partial last line is carried into the next
//! block. The whole file is never held in memory: a caller holds a few
//! blocks at a time and hands them back to be reused. Blank lines are not
//! documents but still count as lines.

use std::io::{self, Read};

use super::{DocKind, Document, Span};

/// About how many bytes are read and checked at a time.
pub const BLOCK: usize = 1 << 20;

/// The largest buffer a long line's reading reserves in one step.
const JUMP_LIMIT: usize = 1 << 30;

/// What the reader hands over, in file order, borrowing a block.
#[cfg(any(test, feature = "internals"))]
#[derive(Debug)]
pub enum Chunk<'b, 'a> {
    /// The documents of a block of complete lines.
    Lines(&'b [Document<'a>]),
    /// A line longer than the limit, skipped without being held in memory.
    TooLong {
        /// 1-based line number.
        number: u32,
        /// Byte offset of the line in the file.
        offset: u64,
        /// Its length in bytes (without the newline).
        len: u64,
    },
}

/// What [`Blocks::next`] hands over: owned, so it can be checked while the
/// next block is read.
#[derive(Debug)]
pub enum Block {
    /// A block of complete lines.
    Lines(Lines),
    /// A line longer than the limit, skipped without being held in memory.
    TooLong {
        /// 1-based line number.
        number: u32,
        /// Byte offset of the line in the file.
        offset: u64,
        /// Its length in bytes (without the newline).
        len: u64,
    },
}

impl Block {
    /// How many bytes of the file the block covered (for progress).
    pub fn covered(&self) -> usize {
        match self {
            Block::Lines(lines) => lines.bytes.len(),
            Block::TooLong { len, .. } => usize::try_from(len + 1).unwrap_or(usize::MAX),
        }
    }
}

/// The complete lines of one block, and where each document is in them.
#[derive(Debug, Default)]
pub struct Lines {
    bytes: Vec<u8>,
    /// Each document's line number, and its line's offset and length in
    /// `bytes`.
    lines: Vec<(u32, usize, usize)>,
    /// File offset of `bytes[0]`.
    offset: u64,
}

impl Lines {
    /// How many documents the block holds.
    pub fn len(&self) -> usize {
        self.lines.len()
    }

    /// True when the block holds only blank lines (or lines outside the
    /// range read).
    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }

    /// The `index`-th document of the block.
    pub fn document(&self, index: usize) -> Option<Document<'_>> {
        let &(number, start, len) = self.lines.get(index)?;
        Some(Document {
            kind: DocKind::Line { number },
            container: self.bytes.get(start..start + len)?,
            span: Span {
                container_offset: self.offset + start as u64,
                container_len: len,
                start: 0,
                len,
                line_base: number.saturating_sub(1),
                column_base: 0,
            },
        })
    }

    /// The documents of the block, in order.
    pub fn documents(&self) -> impl Iterator<Item = Document<'_>> {
        (0..self.len()).filter_map(|index| self.document(index))
    }
}

/// Reads a feed block by block: see the module documentation.
pub struct Blocks<R> {
    reader: R,
    /// Lines that start at or past `last` are not read; before `first`,
    /// only cut.
    first: u64,
    last: u64,
    max_line: u64,
    /// Bytes read and not handed over yet: the start of a partial line.
    buffer: Vec<u8>,
    /// File offset of `buffer[0]`.
    offset: u64,
    /// Line number of `buffer[0]`.
    line: u32,
    at_end: bool,
    /// Hand over the complete lines of each read at once, instead of
    /// waiting for a whole block (see [`Blocks::eager`]).
    eager: bool,
    /// Blocks handed back, reused for the next reads.
    spare: Vec<Lines>,
}

impl<R: Read> Blocks<R> {
    /// Reads `reader`, keeping only the lines that start in the byte range
    /// `[start, end)` when one is given (line numbers still count from the
    /// top of the file). A line found to be longer than `max_line` bytes
    /// while it is being read is skipped to its end and handed over as
    /// [`Block::TooLong`], so memory stays bounded by `max_line` plus a few
    /// blocks. (A long line that arrives whole within one read is handed
    /// over as a document; the caller checks its size.)
    pub fn new(reader: R, range: Option<(u64, u64)>, max_line: u64) -> Blocks<R> {
        let (first, last) = range.unwrap_or((0, u64::MAX));
        Blocks {
            reader,
            first,
            last,
            max_line,
            buffer: Vec::new(),
            offset: 0,
            line: 1,
            at_end: false,
            eager: false,
            spare: Vec::new(),
        }
    }

    /// Hands over the complete lines of every read as soon as it returns,
    /// rather than filling a block first: for a pipe written slowly (a
    /// filter such as `sdx validate --format ndjson -`), the first lines'
    /// results then come before the input ends. Blocks are smaller (a
    /// pipe's read returns at most its buffer, 64 KiB on Linux), so a fast
    /// input costs a little more per byte.
    pub fn eager(mut self) -> Blocks<R> {
        self.eager = true;
        self
    }

    /// Hands a block back, so that its memory is reused.
    pub fn recycle(&mut self, lines: Lines) {
        // Two spares cover a block being checked while the next is read.
        if self.spare.len() < 2 {
            self.spare.push(lines);
        }
    }

    /// The next block, or `None` at the end of the input (or of the range).
    #[allow(clippy::should_implement_trait)] // it can fail, and blocks are handed back
    pub fn next(&mut self) -> io::Result<Option<Block>> {
        while !self.at_end {
            // Fill up to BLOCK bytes past what is carried over (more when
            // a single line is longer than a block).
            // `read_to_end` reads into the spare capacity without zeroing
            // it first, as a `resize` did: that memset was a megabyte a
            // block, about 1 % of the instructions on a clean feed. It
            // retries on `Interrupted` itself.
            // Grows by doubling, as `reserve` would, up to a few blocks;
            // a line longer than that goes at once to what a line at the
            // limit needs. Doubling on to the limit held the old buffer and
            // the new one at each step (twice the limit at the last), and
            // a line that never ends (a device of zeros) took that much.
            let len = self.buffer.len();
            if self.buffer.capacity() < len + BLOCK {
                let ceiling = usize::try_from(self.max_line)
                    .unwrap_or(usize::MAX)
                    .saturating_add(2 * BLOCK)
                    .max(len + BLOCK);
                // (Only for a limit of a size worth reserving at once; past
                // it, or with no limit, doubling goes on.)
                let grown = if len < 4 * BLOCK || ceiling > JUMP_LIMIT {
                    (2 * len).clamp(len + BLOCK, ceiling)
                } else {
                    ceiling
                };
                self.buffer.reserve_exact(grown - len);
            }
            if self.eager {
                // One read: whatever the writer has written so far.
                if read_once(&mut self.reader, &mut self.buffer)? == 0 {
                    self.at_end = true;
                }
            } else {
                let read = (&mut self.reader)
                    .take(BLOCK as u64)
                    .read_to_end(&mut self.buffer)?;
                if read < BLOCK {
                    self.at_end = true;
                }
            }
            let complete = if self.at_end {
                self.buffer.len()
            } else {
                match memchr::memrchr(b'\n', &self.buffer) {
                    Some(last) => last + 1,
                    None if self.buffer.len() as u64 > self.max_line => {
                        let (len, rest, ended) = skip_line(&mut self.reader, &mut self.buffer)?;
                        let (number, offset) = (self.line, self.offset);
                        self.line = self.line.saturating_add(1);
                        self.offset += len + 1;
                        self.buffer.clear();
                        self.buffer.extend_from_slice(&rest);
                        self.at_end = ended;
                        if offset >= self.last {
                            self.at_end = true;
                            break;
                        }
                        if offset >= self.first {
                            return Ok(Some(Block::TooLong {
                                number,
                                offset,
                                len,
                            }));
                        }
                        continue;
                    }
                    None => continue, // one long line: read on
                }
            };
            let lines = self.cut(complete);
            if !lines.is_empty() || complete > 0 {
                return Ok(Some(Block::Lines(lines)));
            }
        }
        Ok(None)
    }

    /// Hands over the first `complete` bytes of the buffer (whole lines)
    /// as a block, keeping the rest for the next read.
    fn cut(&mut self, complete: usize) -> Lines {
        let mut next = self.spare.pop().unwrap_or_default();
        next.bytes.clear();
        next.bytes.reserve(BLOCK + (self.buffer.len() - complete));
        next.bytes.extend_from_slice(&self.buffer[complete..]);
        let mut bytes = std::mem::replace(&mut self.buffer, std::mem::take(&mut next.bytes));
        bytes.truncate(complete);
        let mut lines = next;
        lines.lines.clear();
        lines.offset = self.offset;
        let mut start = 0;
        while start < bytes.len() {
            let end = memchr::memchr(b'\n', &bytes[start..]).map_or(bytes.len(), |i| start + i);
            let mut len = end - start;
            if bytes[start..end].ends_with(b"\r") {
                len -= 1;
            }
            let at = self.offset + start as u64;
            if at >= self.last {
                self.at_end = true;
                break;
            }
            let text = &bytes[start..start + len];
            if at >= self.first && !text.iter().all(u8::is_ascii_whitespace) {
                lines.lines.push((self.line, start, len));
            }
            self.line = self.line.saturating_add(1);
            start = end + 1;
        }
        self.offset += complete as u64;
        lines.bytes = bytes;
        lines
    }
}

/// Reads `reader` to the end, calling `each_block` with the documents of
/// each block of complete lines, in order.
#[cfg(any(test, feature = "internals"))]
pub fn for_each_block<R: Read>(
    reader: R,
    mut each_block: impl FnMut(&[Document<'_>]),
) -> io::Result<()> {
    for_each_chunk(reader, u64::MAX, |chunk| {
        if let Chunk::Lines(documents) = chunk {
            each_block(documents);
        }
    })
}

/// Like [`for_each_block`], keeping only the lines that start in the byte
/// range `[start, end)` when one is given, and telling `each_block` how
/// many bytes the block covered, for progress.
#[cfg(any(test, feature = "internals"))]
pub fn for_each_block_in<R: Read>(
    reader: R,
    range: Option<(u64, u64)>,
    mut each_block: impl FnMut(&[Document<'_>], usize),
) -> io::Result<()> {
    for_each_chunk_in(reader, range, u64::MAX, |chunk, bytes| {
        if let Chunk::Lines(documents) = chunk {
            each_block(documents, bytes);
        }
    })
}

/// Like [`for_each_block`], but with lines over `max_line` bytes handed
/// over as [`Chunk::TooLong`] (see [`Blocks::new`]).
#[cfg(any(test, feature = "internals"))]
pub fn for_each_chunk<R: Read>(
    reader: R,
    max_line: u64,
    mut each: impl FnMut(Chunk<'_, '_>),
) -> io::Result<()> {
    for_each_chunk_in(reader, None, max_line, |chunk, _| each(chunk))
}

/// Like [`for_each_chunk`], keeping only the lines that start in the byte
/// range `[start, end)` when one is given (see [`Blocks::new`]), and
/// telling `each` how many bytes each block covered, for progress.
#[cfg(any(test, feature = "internals"))]
pub fn for_each_chunk_in<R: Read>(
    reader: R,
    range: Option<(u64, u64)>,
    max_line: u64,
    mut each: impl FnMut(Chunk<'_, '_>, usize),
) -> io::Result<()> {
    let mut blocks = Blocks::new(reader, range, max_line);
    while let Some(block) = blocks.next()? {
        let covered = block.covered();
        match block {
            Block::Lines(lines) => {
                let documents: Vec<Document<'_>> = lines.documents().collect();
                each(Chunk::Lines(&documents), covered);
                drop(documents);
                blocks.recycle(lines);
            }
            Block::TooLong {
                number,
                offset,
                len,
            } => each(
                Chunk::TooLong {
                    number,
                    offset,
                    len,
                },
                covered,
            ),
        }
    }
    Ok(())
}

/// Appends what one `read` of `reader` returns (retried when interrupted)
/// to `buffer`, up to [`EAGER_READ`] bytes; 0 at the end of the input.
fn read_once<R: Read>(reader: &mut R, buffer: &mut Vec<u8>) -> io::Result<usize> {
    let len = buffer.len();
    buffer.resize(len + EAGER_READ, 0);
    let read = loop {
        match reader.read(&mut buffer[len..]) {
            Err(error) if error.kind() == io::ErrorKind::Interrupted => continue,
            other => break other,
        }
    };
    buffer.truncate(len + *read.as_ref().unwrap_or(&0));
    read
}

/// The most one eager read takes: a pipe's buffer holds 64 KiB, and a
/// larger read is still cheap to zero.
const EAGER_READ: usize = 256 << 10;

/// Reads on to the end of a line whose start is in `buffer`, keeping only
/// a block at a time. Returns the line's length, the bytes read after its
/// newline, and whether the input ended.
fn skip_line<R: Read>(reader: &mut R, buffer: &mut Vec<u8>) -> io::Result<(u64, Vec<u8>, bool)> {
    let mut len = buffer.len() as u64;
    buffer.clear();
    buffer.resize(BLOCK, 0);
    loop {
        let n = match reader.read(&mut buffer[..]) {
            Ok(n) => n,
            Err(error) if error.kind() == io::ErrorKind::Interrupted => continue,
            Err(error) => return Err(error),
        };
        if n == 0 {
            return Ok((len, Vec::new(), true));
        }
        if let Some(newline) = memchr::memchr(b'\n', &buffer[..n]) {
            len += newline as u64;
            return Ok((len, buffer[newline + 1..n].to_vec(), false));
        }
        len += n as u64;
    }
}

#[cfg(test)]
mod tests;
