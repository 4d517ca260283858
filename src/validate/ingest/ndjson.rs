//! NDJSON feeds: one document per line, streamed.
//!
//! The file is read in blocks of about [`BLOCK`] bytes through a reused
//! buffer; complete lines are cut with memchr and handed over a block at a
//! time (so a block's lines can be checked in parallel), and the partial
//! last line is carried into the next block. The whole file is never held
//! in memory. Blank lines are not documents but still count as lines.

use std::io::{self, Read};

use super::{DocKind, Document, Span};

/// About how many bytes are read and checked at a time.
pub const BLOCK: usize = 1 << 20;

/// What the reader hands over, in file order.
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

/// Reads `reader` to the end, calling `each_block` with the documents of
/// each block of complete lines, in order.
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

/// Like [`for_each_block`], but a line found to be longer than `max_line`
/// bytes while it is being read is skipped to its end and handed over as
/// [`Chunk::TooLong`], so memory stays bounded by `max_line` plus a block.
/// (A long line that arrives whole within one read is handed over as a
/// document; the caller checks its size.)
pub fn for_each_chunk<R: Read>(
    reader: R,
    max_line: u64,
    mut each: impl FnMut(Chunk<'_, '_>),
) -> io::Result<()> {
    for_each_chunk_in(reader, None, max_line, |chunk, _| each(chunk))
}

/// Like [`for_each_chunk`], keeping only the lines that start in the byte
/// range `[start, end)` when one is given (line numbers still count from
/// the top of the file), and telling `each` how many bytes each block
/// covered, for progress. Lines before the range are only cut, not parsed;
/// reading stops at the end of the range.
pub fn for_each_chunk_in<R: Read>(
    mut reader: R,
    range: Option<(u64, u64)>,
    max_line: u64,
    mut each: impl FnMut(Chunk<'_, '_>, usize),
) -> io::Result<()> {
    let (first, last) = range.unwrap_or((0, u64::MAX));
    let mut buffer: Vec<u8> = Vec::with_capacity(BLOCK);
    let mut offset: u64 = 0; // file offset of buffer[0]
    let mut line: u32 = 1; // line number of buffer[0]
    let mut at_end = false;
    while !at_end {
        // Fill up to BLOCK bytes past what is carried over (more when a
        // single line is longer than a block).
        let filled = buffer.len();
        buffer.resize(filled + BLOCK, 0);
        let mut read = 0;
        while filled + read < buffer.len() {
            match reader.read(&mut buffer[filled + read..]) {
                Ok(0) => {
                    at_end = true;
                    break;
                }
                Ok(n) => read += n,
                Err(error) if error.kind() == io::ErrorKind::Interrupted => {}
                Err(error) => return Err(error),
            }
        }
        buffer.truncate(filled + read);
        let complete = if at_end {
            buffer.len()
        } else {
            match memchr::memrchr(b'\n', &buffer) {
                Some(last) => last + 1,
                None if buffer.len() as u64 > max_line => {
                    let (len, rest, ended) = skip_line(&mut reader, &mut buffer)?;
                    if offset >= last {
                        break;
                    }
                    if offset >= first {
                        each(
                            Chunk::TooLong {
                                number: line,
                                offset,
                                len,
                            },
                            usize::try_from(len + 1).unwrap_or(usize::MAX),
                        );
                    }
                    line = line.saturating_add(1);
                    offset += len + 1;
                    buffer.clear();
                    buffer.extend_from_slice(&rest);
                    at_end = ended;
                    continue;
                }
                None => continue, // one long line: read on
            }
        };
        let block = &buffer[..complete];
        let mut documents = Vec::new();
        let mut start = 0;
        while start < block.len() {
            let end = memchr::memchr(b'\n', &block[start..]).map_or(block.len(), |i| start + i);
            let mut text = &block[start..end];
            if let [rest @ .., b'\r'] = text {
                text = rest;
            }
            let at = offset + start as u64;
            if at >= last {
                at_end = true;
                break;
            }
            if at >= first && !text.iter().all(u8::is_ascii_whitespace) {
                documents.push(Document {
                    kind: DocKind::Line { number: line },
                    container: text,
                    span: Span {
                        container_offset: offset + start as u64,
                        container_len: text.len(),
                        start: 0,
                        len: text.len(),
                        line_base: line - 1,
                    },
                });
            }
            line = line.saturating_add(1);
            start = end + 1;
        }
        if !documents.is_empty() || complete > 0 {
            each(Chunk::Lines(&documents), complete);
        }
        offset += complete as u64;
        buffer.drain(..complete);
    }
    Ok(())
}

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
mod tests {
    use super::*;

    fn lines(input: &[u8]) -> Vec<(u32, u64, String)> {
        let mut out = Vec::new();
        for_each_block(input, |docs| {
            for doc in docs {
                let DocKind::Line { number } = doc.kind else {
                    panic!()
                };
                out.push((
                    number,
                    doc.span.container_offset,
                    String::from_utf8_lossy(doc.text()).into_owned(),
                ));
            }
        })
        .unwrap();
        out
    }

    #[test]
    fn numbers_lines_and_skips_blank_ones() {
        let got = lines(b"{\"a\":1}\r\n\n  \n{\"b\":2}\n{\"c\":3}");
        assert_eq!(
            got,
            vec![
                (1, 0, "{\"a\":1}".to_owned()),
                (4, 13, "{\"b\":2}".to_owned()),
                (5, 21, "{\"c\":3}".to_owned()),
            ]
        );
    }

    #[test]
    fn carries_lines_across_blocks() {
        let line = format!("{{\"name\":\"{}\"}}\n", "x".repeat(1000));
        let input = line.repeat(3 * BLOCK / line.len());
        let got = lines(input.as_bytes());
        assert_eq!(got.len(), 3 * BLOCK / line.len());
        assert!(got.iter().all(|(_, _, text)| text.len() == line.len() - 1));
        assert_eq!(got[1500].1, 1500 * line.len() as u64);
    }

    #[test]
    fn skips_lines_over_the_limit_without_holding_them() {
        let long = "z".repeat(5 * BLOCK);
        let input = format!("{{\"a\":1}}\n{long}\n{{\"b\":2}}\n{long}");
        let mut seen = Vec::new();
        for_each_chunk(input.as_bytes(), BLOCK as u64, |chunk| match chunk {
            Chunk::Lines(docs) => {
                for doc in docs {
                    seen.push(format!("{:?} {}", doc.kind, doc.text().len()));
                }
            }
            Chunk::TooLong {
                number,
                offset,
                len,
            } => seen.push(format!("long {number} {offset} {len}")),
        })
        .unwrap();
        let second = 8 + 5 * BLOCK + 1 + 8;
        assert_eq!(
            seen,
            [
                "Line { number: 1 } 7".to_owned(),
                format!("long 2 8 {}", 5 * BLOCK),
                "Line { number: 3 } 7".to_owned(),
                format!("long 4 {} {}", second, 5 * BLOCK),
            ]
        );
    }

    #[test]
    fn ranges_take_each_line_once_with_its_number() {
        let input = b"{\"a\":1}\n\n{\"b\":22}\n{\"c\":333}\n{\"d\":4}";
        let all = lines(input);
        for cuts in [vec![0, 3, 9, 26, 40], vec![0, 1, 2, 40], vec![0, 40]] {
            let mut got = Vec::new();
            for pair in cuts.windows(2) {
                for_each_block_in(&input[..], Some((pair[0], pair[1])), |docs, _| {
                    for doc in docs {
                        got.push((doc.kind, doc.span.container_offset));
                    }
                })
                .unwrap();
            }
            let expected: Vec<_> = all
                .iter()
                .map(|(n, offset, _)| (DocKind::Line { number: *n }, *offset))
                .collect();
            assert_eq!(got, expected, "{cuts:?}");
        }
    }

    #[test]
    fn reads_a_line_longer_than_a_block() {
        let input = format!("{{\"a\":\"{}\"}}\n{{}}", "y".repeat(BLOCK * 2));
        let got = lines(input.as_bytes());
        assert_eq!(got.len(), 2);
        assert_eq!(got[1].0, 2);
    }
}
