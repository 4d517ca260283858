//! Reading a page's markup: microdata and RDFa items as JSON-LD node
//! objects (`@type`, `@id`, properties by their compact schema.org names),
//! so the validation rules written for JSON-LD apply to them unchanged,
//! and the social meta tags.
//!
//! The tree is only built when a cheap byte scan finds a microdata, RDFa or
//! social attribute: pages with JSON-LD alone pay nothing.

use url::Url;

use super::dom::Dom;
use super::items::Extracted;
use super::social::SocialTags;

/// What a page holds besides its JSON-LD scripts.
#[derive(Debug, Clone, Default)]
pub struct PageMarkup {
    /// Microdata items, when the page has any.
    pub microdata: Option<Extracted>,
    /// RDFa items, when the page has any.
    pub rdfa: Option<Extracted>,
    /// OpenGraph and Twitter-card meta tags.
    pub social: SocialTags,
    /// The page nests elements too deeply to build its tree (see
    /// [`super::dom::WORK_BUDGET`]); nothing besides JSON-LD was read.
    pub too_deep: bool,
}
/// True when the page may hold microdata, RDFa or social meta tags. A
/// false positive costs one parse; a false negative would lose data, so
/// the scan looks for the attribute names alone.
pub fn has_markup(page: &[u8]) -> bool {
    const NEEDLES: &[&[u8]] = &[
        b"itemscope",
        b"typeof",
        b"property",
        b"vocab",
        b"og:",
        b"twitter:",
    ];
    NEEDLES
        .iter()
        .any(|needle| memchr::memmem::find(page, needle).is_some())
}

/// Reads the microdata, RDFa and social tags of `page`. `page_url` is the
/// address the page was fetched from, when it was; relative URLs are
/// resolved against the page's `<base href>` and that address, and kept as
/// written when there is neither. Items are read as JSON-LD documents
/// nested at most `max_depth` levels of arrays and objects deep (the limit
/// JSON-LD documents have); what lies deeper is left out and recorded in
/// [`Extracted::too_deep`].
pub fn read_markup(page: &[u8], page_url: Option<&Url>, max_depth: usize) -> PageMarkup {
    if !has_markup(page) {
        return PageMarkup::default();
    }
    let Some(dom) = Dom::parse(page) else {
        return PageMarkup {
            too_deep: true,
            ..PageMarkup::default()
        };
    };
    let base = base_url(&dom, page_url);
    let microdata = super::microdata::extract(&dom, base.as_ref(), max_depth);
    let rdfa = super::rdfa::extract(&dom, base.as_ref(), max_depth);
    PageMarkup {
        microdata: (!microdata.items().is_empty() || microdata.too_deep.is_some())
            .then_some(microdata),
        rdfa: (!rdfa.items().is_empty() || rdfa.too_deep.is_some()).then_some(rdfa),
        social: super::social::extract(&dom),
        too_deep: false,
    }
}

fn base_url(dom: &Dom, page_url: Option<&Url>) -> Option<Url> {
    match (dom.base_href(), page_url) {
        (Some(href), Some(page)) => page.join(href.trim()).ok(),
        (Some(href), None) => Url::parse(href.trim()).ok(),
        (None, page) => page.cloned(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn scans_cheaply_for_markup() {
        assert!(!has_markup(
            b"<script type=\"application/ld+json\">{}</script>"
        ));
        assert!(has_markup(b"<div itemscope>"));
        assert!(has_markup(b"<meta property=\"og:title\">"));
    }
}
