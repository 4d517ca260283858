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

/// Reads `reader` to the end, calling `each_block` with the documents of
/// each block of complete lines, in order.
pub fn for_each_block<R: Read>(
    reader: R,
    mut each_block: impl FnMut(&[Document<'_>]),
) -> io::Result<()> {
    for_each_block_in(reader, None, |documents, _| each_block(documents))
}

/// Like [`for_each_block`], keeping only the lines that start in the byte
/// range `[start, end)` when one is given (line numbers still count from
/// the top of the file), and telling `each_block` how many bytes the block
/// covered, for progress. Lines before the range are only cut, not parsed;
/// reading stops at the end of the range.
pub fn for_each_block_in<R: Read>(
    mut reader: R,
    range: Option<(u64, u64)>,
    mut each_block: impl FnMut(&[Document<'_>], usize),
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
            each_block(&documents, complete);
        }
        offset += complete as u64;
        buffer.drain(..complete);
    }
    Ok(())
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
