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

/// The documents of a page, given its script ranges.
pub fn documents<'a>(page: &'a [u8], ranges: &[Range<usize>]) -> Vec<Document<'a>> {
    ranges
        .iter()
        .enumerate()
        .map(|(index, range)| Document {
            kind: DocKind::Script {
                index: u32::try_from(index).unwrap_or(u32::MAX),
            },
            container: page,
            span: Span {
                container_offset: 0,
                container_len: page.len(),
                start: range.start,
                len: range.end.saturating_sub(range.start),
                line_base: 0,
            },
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
    fn keeps_script_text_raw() {
        let page = "<script type=\"application/ld+json\">{\"name\": \"A &amp; B <i>\"}</script>";
        let ranges = script_ranges(page.as_bytes()).unwrap();
        assert_eq!(&page[ranges[0].clone()], "{\"name\": \"A &amp; B <i>\"}");
    }
}
