//! Putting a JSON-LD script element into a page's `<head>`.
//!
//! The element sdx writes carries a marker attribute, so a later run
//! replaces exactly that element and never touches the page's other
//! scripts. The page is streamed through lol_html, a rewriter that leaves
//! every byte it does not change as it was: running twice with the same
//! graph gives the same bytes.

use std::cell::Cell;

use lol_html::html_content::ContentType;
use lol_html::{element, rewrite_str, RewriteStrSettings};

/// The attribute that marks the script element sdx owns.
pub const EMBED_MARKER: &str = "data-sdx";

/// Why a page could not be rewritten.
#[derive(Debug, thiserror::Error)]
pub enum EmbedError {
    /// The page has no `<head>` element to put the script in.
    #[error("the page has no <head> element; add `<head></head>` after `<html>` so the structured data has a place")]
    NoHead,
    /// The page has a `<head>` start tag but no end tag to insert before.
    #[error(
        "the page's <head> has no closing </head> tag; close it so the script can be placed inside"
    )]
    UnclosedHead,
    /// The HTML rewriter refused the page.
    #[error("the page could not be rewritten: {0}")]
    Rewrite(String),
}

/// Returns `page` with `script_json` (JSON already escaped for a script
/// element) in an `application/ld+json` script marked as sdx's: the marked
/// element's content is replaced if the page has one, else a new element
/// is appended to `<head>`.
pub fn embed_graph(page: &str, script_json: &str) -> Result<String, EmbedError> {
    let replaced = Cell::new(0usize);
    let selector = format!("script[{EMBED_MARKER}]");
    let content = format!("\n{script_json}\n");
    let output = rewrite_str(
        page,
        RewriteStrSettings::new().append_element_content_handler(element!(selector, |el| {
            el.set_inner_content(&content, ContentType::Html);
            replaced.set(replaced.get() + 1);
            Ok(())
        })),
    )
    .map_err(|e| EmbedError::Rewrite(e.to_string()))?;
    if replaced.get() > 0 {
        return Ok(output);
    }

    let heads = Cell::new(0usize);
    let closed = Cell::new(false);
    let element_text = format!(
        "<script type=\"application/ld+json\" {EMBED_MARKER}=\"graph\">\n{script_json}\n</script>\n"
    );
    let output = rewrite_str(
        page,
        RewriteStrSettings::new().append_element_content_handler(element!("head", |el| {
            heads.set(heads.get() + 1);
            if heads.get() == 1 && el.can_have_content() {
                // Without an end tag lol_html cannot place content at the
                // end of the element; that case is refused below.
                if el.end_tag_handlers().is_some() {
                    let text = element_text.clone();
                    closed.set(true);
                    el.on_end_tag(lol_html::end_tag!(move |end| {
                        end.before(&text, ContentType::Html);
                        Ok(())
                    }))?;
                }
            }
            Ok(())
        })),
    )
    .map_err(|e| EmbedError::Rewrite(e.to_string()))?;
    match (heads.get(), closed.get()) {
        (0, _) => Err(EmbedError::NoHead),
        (_, false) => Err(EmbedError::UnclosedHead),
        _ if !output.contains(&format!("{EMBED_MARKER}=\"graph\"")) => {
            Err(EmbedError::UnclosedHead)
        }
        _ => Ok(output),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = "<!doctype html>\n<html>\n<head>\n  <title>T</title>\n  <script type=\"application/ld+json\">{\"@type\":\"Thing\"}</script>\n</head>\n<body><p>x</p></body>\n</html>\n";

    #[test]
    fn appends_then_replaces_in_place() {
        let once = embed_graph(PAGE, "{\"a\":1}").expect("embeds");
        assert!(once.contains("<script type=\"application/ld+json\" data-sdx=\"graph\">\n{\"a\":1}\n</script>\n</head>"));
        assert!(
            once.contains("<script type=\"application/ld+json\">{\"@type\":\"Thing\"}</script>")
        );
        let twice = embed_graph(&once, "{\"a\":1}").expect("embeds again");
        assert_eq!(once, twice, "a second run changes nothing");
        let updated = embed_graph(&once, "{\"a\":2}").expect("updates");
        assert_eq!(updated, once.replace("{\"a\":1}", "{\"a\":2}"));
    }

    #[test]
    fn refuses_pages_without_head() {
        assert!(matches!(
            embed_graph("<p>no head</p>", "{}"),
            Err(EmbedError::NoHead)
        ));
    }
}
