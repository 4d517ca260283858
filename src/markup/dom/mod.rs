//! A page as a tree of elements, each knowing where its start tag is in
//! the page's bytes.
//!
//! Microdata and RDFa need the tree a browser builds (`itemref` reaches
//! across the page, nesting decides which item a property belongs to,
//! unclosed `<p>` and `<li>` close implicitly), so the tree comes from
//! html5ever, the HTML specification's tree-construction algorithm as a
//! crate. html5ever reports only the line a token ends on, not columns, and
//! `tl` or `scraper` report no positions a browser-shaped tree can be
//! matched with. lol_html, already used for JSON-LD scripts, reports the
//! exact byte range of every start tag, so each element html5ever creates
//! is paired with the start tag of the same name ending on the same line,
//! in order: elements the parser creates without a tag (implied `<body>`,
//! `<tbody>`) find none and fall back to the start of that line.
//!
//! The tree is an arena of nodes addressed by index; html5ever's
//! `TreeSink` is implemented on it directly (`sink.rs`), so nothing is
//! reference counted and the whole tree is freed at once.

mod sink;

use std::rc::Rc;

use html5ever::tendril::{ByteTendril, TendrilSink};

use sink::Sink;

/// One node of the page.
#[derive(Debug, Clone)]
pub struct Node {
    /// The parent, when attached.
    pub parent: Option<usize>,
    /// The children, in order.
    pub children: Vec<usize>,
    /// What the node is.
    pub data: NodeData,
}

/// The kinds of node sdx reads.
#[derive(Debug, Clone)]
pub enum NodeData {
    /// The document itself (index 0).
    Document,
    /// An element.
    Element(Element),
    /// Text.
    Text(String),
    /// Comments, processing instructions, template contents.
    Other,
}

/// An element: its lowercase local name, attributes and start tag position.
#[derive(Debug, Clone)]
pub struct Element {
    /// Lowercase local name (`div`, `meta`).
    pub name: String,
    /// Attributes, names lowercase, in source order.
    pub attrs: Vec<(String, String)>,
    /// Byte offset of the start tag in the page (the start of its line
    /// when the parser created the element without a tag).
    pub offset: usize,
}

impl Element {
    /// The value of attribute `name`.
    pub fn attr(&self, name: &str) -> Option<&str> {
        self.attrs
            .iter()
            .find(|(key, _)| key == name)
            .map(|(_, value)| value.as_str())
    }

    /// True when the element has attribute `name`.
    pub fn has(&self, name: &str) -> bool {
        self.attrs.iter().any(|(key, _)| key == name)
    }
}

/// A parsed page.
#[derive(Debug, Clone)]
pub struct Dom {
    /// Every node; index 0 is the document.
    pub nodes: Vec<Node>,
}

impl Dom {
    /// Parses a page (bytes decoded as UTF-8, invalid sequences replaced).
    /// `None` when the page nests elements so deeply that building its
    /// tree would take more than [`WORK_BUDGET`] steps.
    pub fn parse(page: &[u8]) -> Option<Dom> {
        let sink = Sink::default();
        let work = Rc::clone(&sink.work);
        let mut parser =
            html5ever::parse_document(sink, html5ever::ParseOpts::default()).from_utf8();
        for chunk in page.chunks(CHUNK) {
            parser.process(ByteTendril::from_slice(chunk));
            if work.get() > WORK_BUDGET {
                return None;
            }
        }
        let sink = parser.finish();
        Some(sink.into_dom(page))
    }

    /// The element at `index`, if it is one.
    pub fn element(&self, index: usize) -> Option<&Element> {
        match &self.nodes.get(index)?.data {
            NodeData::Element(element) => Some(element),
            _ => None,
        }
    }

    /// Every element in tree order, from the document down.
    pub fn elements(&self) -> Vec<usize> {
        let mut out = Vec::new();
        let mut stack = vec![0];
        while let Some(index) = stack.pop() {
            if matches!(self.nodes[index].data, NodeData::Element(_)) {
                out.push(index);
            }
            stack.extend(self.nodes[index].children.iter().rev());
        }
        out
    }

    /// The text of a node and its descendants (the DOM's `textContent`).
    pub fn text_content(&self, index: usize) -> String {
        let mut out = String::new();
        let mut stack = vec![index];
        while let Some(index) = stack.pop() {
            match &self.nodes[index].data {
                NodeData::Text(text) => out.push_str(text),
                _ => stack.extend(self.nodes[index].children.iter().rev()),
            }
        }
        out
    }

    /// The href of the first `<base>` element, if any.
    pub fn base_href(&self) -> Option<&str> {
        self.elements()
            .into_iter()
            .filter_map(|index| self.element(index))
            .find(|element| element.name == "base" && element.has("href"))
            .and_then(|element| element.attr("href"))
    }
}

/// The tree builder looks up the stack of open elements for most start
/// and end tags, so a page nested n elements deep costs n² steps (20,000
/// unclosed `<div>`s: 200 million). Steps are counted as element-name
/// lookups and the page is fed in chunks; past this budget (a few hundred
/// milliseconds) the page is given up on, and reported, rather than
/// stalling a run.
pub const WORK_BUDGET: u64 = 30_000_000;

/// Bytes fed to the parser between budget checks.
const CHUNK: usize = 16 * 1024;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn builds_the_browser_tree_with_start_tag_offsets() {
        let page = "<!doctype html>\n<p id=a>one\n<p id=b\n  class=x>two <b>bold</b>\n<table><tr><td id=c>cell</table>";
        let dom = Dom::parse(page.as_bytes()).unwrap();
        let find = |id: &str| {
            dom.elements()
                .into_iter()
                .find(|i| dom.element(*i).unwrap().attr("id") == Some(id))
                .unwrap()
        };
        let (a, b, c) = (find("a"), find("b"), find("c"));
        assert_eq!(dom.nodes[a].parent, dom.nodes[b].parent, "<p> closes <p>");
        assert_eq!(
            dom.element(a).unwrap().offset,
            page.find("<p id=a").unwrap()
        );
        assert_eq!(
            dom.element(b).unwrap().offset,
            page.find("<p id=b").unwrap()
        );
        assert_eq!(dom.element(c).unwrap().offset, page.find("<td").unwrap());
        assert_eq!(dom.text_content(b).trim(), "two bold");
        // The implied <tbody> has no tag: it falls back to its line's start.
        let tbody = dom
            .elements()
            .into_iter()
            .find(|i| dom.element(*i).unwrap().name == "tbody")
            .unwrap();
        assert_eq!(
            dom.element(tbody).unwrap().offset,
            page.rfind('\n').unwrap() + 1
        );
    }

    #[test]
    fn gives_up_on_absurd_nesting() {
        assert!(Dom::parse("<div>".repeat(20_000).as_bytes()).is_none());
        assert!(Dom::parse("<div></div>".repeat(20_000).as_bytes()).is_some());
    }
}
