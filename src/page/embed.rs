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
    /// More than one element carries the marker: which one is sdx's is
    /// not clear, and filling them all would duplicate the graph.
    #[error("the page has {0} script elements marked `data-sdx`; remove all but the one in <head> that sdx should refresh")]
    Ambiguous(usize),
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
    // `<template>` content is inert markup, not the page's: a marked
    // script there is never the target.
    let in_template = std::rc::Rc::new(Cell::new(0usize));
    let selector = format!("script[{EMBED_MARKER}]");
    let content = format!("\n{script_json}\n");
    let template_depth = in_template.clone();
    let output = rewrite_str(
        page,
        RewriteStrSettings::new()
            .append_element_content_handler(element!("template", |el| {
                if el.end_tag_handlers().is_some() {
                    template_depth.set(template_depth.get() + 1);
                    let depth = template_depth.clone();
                    el.on_end_tag(lol_html::end_tag!(move |_| {
                        depth.set(depth.get().saturating_sub(1));
                        Ok(())
                    }))?;
                }
                Ok(())
            }))
            .append_element_content_handler(element!(selector, |el| {
                if in_template.get() == 0 {
                    el.set_inner_content(&content, ContentType::Html);
                    replaced.set(replaced.get() + 1);
                }
                Ok(())
            })),
    )
    .map_err(|e| EmbedError::Rewrite(e.to_string()))?;
    match replaced.get() {
        0 => {}
        1 => return Ok(output),
        count => return Err(EmbedError::Ambiguous(count)),
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
    fn never_writes_into_a_template_and_refuses_two_targets() {
        let page = "<html><head><template><script type=\"application/ld+json\" data-sdx=\"graph\">old</script></template>\n</head><body></body></html>";
        let out = embed_graph(page, "{\"a\":1}").expect("embeds");
        assert!(out.contains("<template><script type=\"application/ld+json\" data-sdx=\"graph\">old</script></template>"), "{out}");
        assert!(
            out.contains("data-sdx=\"graph\">\n{\"a\":1}\n</script>\n</head>"),
            "{out}"
        );
        let twice = embed_graph(&out, "{\"a\":2}").expect("refreshes the one in <head>");
        assert!(twice.contains(">old</script></template>") && twice.contains("{\"a\":2}"));

        let two = "<html><head><script data-sdx=\"graph\">1</script></head><body><script data-sdx=\"graph\">2</script></body></html>";
        assert!(matches!(
            embed_graph(two, "{}"),
            Err(EmbedError::Ambiguous(2))
        ));
    }

    #[test]
    fn refuses_pages_without_head() {
        assert!(matches!(
            embed_graph("<p>no head</p>", "{}"),
            Err(EmbedError::NoHead)
        ));
    }
}
