//! Tests of the NDJSON block reader: lines cut across blocks, blank lines
//! counted, the carried partial line.

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

/// A caller holds a block while the next one is read, and hands blocks
/// back in any order: every block keeps its own lines, and reused
/// memory never shows an earlier block's.
#[test]
fn blocks_held_or_handed_back_keep_their_own_lines() {
    let input: String = (0..4 * BLOCK / 300)
        .map(|i| format!("{{\"n\":{i},\"pad\":\"{}\"}}\n", "p".repeat(i % 500)))
        .collect();
    let texts = |lines: &Lines| -> Vec<(u64, String)> {
        lines
            .documents()
            .map(|d| {
                let text = String::from_utf8_lossy(d.text()).into_owned();
                (d.span.container_offset, text)
            })
            .collect()
    };
    let mut held = Vec::new();
    let mut blocks = Blocks::new(input.as_bytes(), None, u64::MAX);
    while let Some(Block::Lines(lines)) = blocks.next().unwrap() {
        held.push(lines);
    }
    assert!(held.len() >= 4, "{} blocks", held.len());
    let expected: Vec<(u64, String)> = held.iter().flat_map(texts).collect();
    let mut blocks = Blocks::new(input.as_bytes(), None, u64::MAX);
    let mut got = Vec::new();
    let mut previous: Option<Lines> = None;
    while let Some(Block::Lines(lines)) = blocks.next().unwrap() {
        got.extend(texts(&lines));
        if let Some(previous) = previous.replace(lines) {
            blocks.recycle(previous);
        }
    }
    assert_eq!(got.len(), 4 * BLOCK / 300);
    assert_eq!(got, expected);
    for (index, (offset, text)) in got.iter().enumerate() {
        assert!(text.starts_with(&format!("{{\"n\":{index},")), "{text}");
        assert_eq!(
            &input.as_bytes()[*offset as usize..][..text.len()],
            text.as_bytes()
        );
    }
}

#[test]
fn reads_a_line_longer_than_a_block() {
    let input = format!("{{\"a\":\"{}\"}}\n{{}}", "y".repeat(BLOCK * 2));
    let got = lines(input.as_bytes());
    assert_eq!(got.len(), 2);
    assert_eq!(got[1].0, 2);
}
