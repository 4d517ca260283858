//! HTML pages: one document per `<script type="application/ld+json">`.
//!
//! The page is tokenized by lol_html, a streaming HTML parser that follows
//! the HTML specification's tokenizer (script data, comments, CDATA and
//! all) and reports the byte range of each token in the input. A script's
//! text is taken as the raw bytes of the page between the end of its start
//! tag and the start of its end tag, so positions inside the JSON map
//! exactly onto the page's lines and columns.

use std::cell::RefCell;
use std::ops::Range;

use lol_html::html_content::{Element, TextChunk};
use lol_html::{element, text, HtmlRewriter, Settings};

use super::{DocKind, Document, Span};

/// True for a `type` attribute naming JSON-LD (`application/ld+json`, in
/// any case, with optional parameters).
fn is_json_ld(type_attribute: &str) -> bool {
    let media_type = type_attribute.split(';').next().unwrap_or_default().trim();
    media_type.eq_ignore_ascii_case("application/ld+json")
}

#[derive(Debug)]
struct Script {
    json_ld: bool,
    content: Range<usize>,
    seen_text: bool,
}

/// The byte ranges of the page's JSON-LD script contents, in page order.
/// An error means the page could not be tokenized at all.
pub fn script_ranges(page: &[u8]) -> Result<Vec<Range<usize>>, String> {
    let scripts: RefCell<Vec<Script>> = RefCell::new(Vec::new());
    {
        let settings = Settings::new()
            .append_element_content_handler(element!("script", |el: &mut Element<'_, '_>| {
                let json_ld = el.get_attribute("type").is_some_and(|t| is_json_ld(&t));
                let end = el.source_location().bytes().end;
                scripts.borrow_mut().push(Script {
                    json_ld,
                    content: end..end,
                    seen_text: false,
                });
                Ok(())
            }))
            .append_element_content_handler(text!("script", |chunk: &mut TextChunk<'_>| {
                let range = chunk.source_location().bytes();
                if let Some(script) = scripts.borrow_mut().last_mut() {
                    if !script.seen_text {
                        script.content.start = range.start;
                        script.seen_text = true;
                    }
                    script.content.end = script.content.end.max(range.end);
                }
                Ok(())
            }));
        let mut rewriter = HtmlRewriter::new(settings, |_: &[u8]| {});
        rewriter.write(page).map_err(|e| e.to_string())?;
        rewriter.end().map_err(|e| e.to_string())?;
    }
    Ok(scripts
        .into_inner()
        .into_iter()
        .filter(|script| script.json_ld)
        .map(|script| script.content)
        .collect())
}

/// Bytes of the page kept before and after a script in its container: the
/// context a source line is shown with.
const CONTEXT: usize = 240;

/// True for a byte that continues a UTF-8 sequence.
fn continues(byte: u8) -> bool {
    byte & 0xC0 == 0x80
}

/// Characters in possibly invalid UTF-8 (each byte that does not continue
/// a sequence starts one).
fn chars(bytes: &[u8]) -> usize {
    bytes.iter().filter(|b| !continues(**b)).count()
}

/// The documents of a page, given its script ranges. Each document's
/// container is its script with a little context on either side, within
/// its lines; the lines and characters before it are counted once for the
/// whole page, so placing a finding (or reading the script again for the
/// cross-node rules) costs the script's length, not the page's: a minified
/// page of a hundred thousand scripts on one line stays linear.
pub fn documents<'a>(page: &'a [u8], ranges: &[Range<usize>]) -> Vec<Document<'a>> {
    let mut scanned = 0; // bytes of the page whose newlines and characters are counted
    let mut lines_before = 0u32;
    let mut line_start = 0;
    let mut column = 0usize; // characters from `line_start` to `scanned`
    ranges
        .iter()
        .enumerate()
        .map(|(index, range)| {
            let start = range.start.min(page.len());
            let end = range.end.min(page.len()).max(start);
            if start < scanned {
                // Out of order (never from script_ranges): count afresh.
                (scanned, lines_before, line_start, column) = (0, 0, 0, 0);
            }
            let gap = &page[scanned..start];
            match memchr::memrchr(b'\n', gap) {
                Some(last) => {
                    let newlines = memchr::memchr_iter(b'\n', gap).count();
                    lines_before =
                        lines_before.saturating_add(u32::try_from(newlines).unwrap_or(u32::MAX));
                    line_start = scanned + last + 1;
                    column = chars(&page[line_start..start]);
                }
                None => column += chars(gap),
            }
            scanned = start;
            let mut from = start.saturating_sub(CONTEXT).max(line_start);
            while from < start && continues(page[from]) {
                from += 1;
            }
            let column_base = column - chars(&page[from..start]);
            let after = end.saturating_add(CONTEXT).min(page.len());
            let to = memchr::memchr(b'\n', &page[end..after]).map_or(after, |i| end + i);
            Document {
                kind: DocKind::Script {
                    index: u32::try_from(index).unwrap_or(u32::MAX),
                },
                container: &page[from..to],
                span: Span {
                    container_offset: from as u64,
                    container_len: to - from,
                    start: start - from,
                    len: end - start,
                    line_base: lines_before,
                    column_base: u32::try_from(column_base).unwrap_or(u32::MAX),
                },
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_json_ld_scripts_with_exact_ranges() {
        let page = "<!doctype html>\n<html><head>\n<script type=\"application/ld+json\">{\"a\": \"</b>\"}</script>\n<script>var x = 1;</script>\n<script type=\"Application/LD+JSON; charset=utf-8\">\n  [1]\n</script>\n<!-- <script type=\"application/ld+json\">{}</script> -->\n<script type=\"application/ld+json\"></script>\n</head></html>";
        let ranges = script_ranges(page.as_bytes()).unwrap();
        let texts: Vec<&str> = ranges.iter().map(|r| &page[r.clone()]).collect();
        assert_eq!(texts, ["{\"a\": \"</b>\"}", "\n  [1]\n", ""]);
    }

    #[test]
    fn documents_start_at_their_line() {
        let page = "<p>\n<script type=\"application/ld+json\">{}</script>\n\n  <script type=\"application/ld+json\">[1]</script>";
        let ranges = script_ranges(page.as_bytes()).unwrap();
        let docs = documents(page.as_bytes(), &ranges);
        assert_eq!(docs[0].text(), b"{}");
        assert_eq!(
            (docs[0].span.container_offset, docs[0].span.line_base),
            (4, 1)
        );
        assert_eq!(docs[1].text(), b"[1]");
        assert_eq!(
            (docs[1].span.container_offset, docs[1].span.line_base),
            (52, 3)
        );
        assert_eq!(docs[1].span.start, 37);
        assert_eq!(docs[1].container.len(), page.len() - 52);
    }

    #[test]
    fn scripts_on_one_long_line_keep_their_columns_in_a_short_container() {
        let script = "<script type=\"application/ld+json\">{\"ñ\": 1}</script>";
        let page = format!("<p>\n{}", script.repeat(1000));
        let ranges = script_ranges(page.as_bytes()).unwrap();
        let docs = documents(page.as_bytes(), &ranges);
        let last = docs.last().unwrap();
        assert_eq!(last.text(), "{\"ñ\": 1}".as_bytes());
        assert!(last.container.len() < 2 * CONTEXT + script.len(), "bounded");
        assert_eq!(last.span.line_base, 1);
        // Characters before the script on its line: 999 whole scripts and
        // the last one's start tag.
        let before = 999 * script.chars().count() + script.find('{').unwrap();
        let in_container = chars(&last.container[..last.span.start]);
        assert_eq!(last.span.column_base as usize + in_container, before);
    }

    #[test]
    fn keeps_script_text_raw() {
        let page = "<script type=\"application/ld+json\">{\"name\": \"A &amp; B <i>\"}</script>";
        let ranges = script_ranges(page.as_bytes()).unwrap();
        assert_eq!(&page[ranges[0].clone()], "{\"name\": \"A &amp; B <i>\"}");
    }
}
