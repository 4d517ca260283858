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

/// The documents of a page, given its script ranges. Each document's
/// container starts at the line its script starts on, with the lines
/// before it counted once for the whole page, so placing a finding costs
/// the length of its own lines, not of the page before it (a page with
/// thousands of scripts stays linear).
pub fn documents<'a>(page: &'a [u8], ranges: &[Range<usize>]) -> Vec<Document<'a>> {
    let mut scanned = 0; // bytes of the page whose newlines are counted
    let mut lines_before = 0u32;
    let mut line_start = 0;
    ranges
        .iter()
        .enumerate()
        .map(|(index, range)| {
            let start = range.start.min(page.len());
            if start < scanned {
                // Out of order (never from script_ranges): count afresh.
                (scanned, lines_before, line_start) = (0, 0, 0);
            }
            for newline in memchr::memchr_iter(b'\n', &page[scanned..start]) {
                lines_before = lines_before.saturating_add(1);
                line_start = scanned + newline + 1;
            }
            scanned = start;
            Document {
                kind: DocKind::Script {
                    index: u32::try_from(index).unwrap_or(u32::MAX),
                },
                container: &page[line_start..],
                span: Span {
                    container_offset: line_start as u64,
                    container_len: page.len() - line_start,
                    start: start - line_start,
                    len: range.end.min(page.len()).saturating_sub(start),
                    line_base: lines_before,
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
    fn keeps_script_text_raw() {
        let page = "<script type=\"application/ld+json\">{\"name\": \"A &amp; B <i>\"}</script>";
        let ranges = script_ranges(page.as_bytes()).unwrap();
        assert_eq!(&page[ranges[0].clone()], "{\"name\": \"A &amp; B <i>\"}");
    }
}
