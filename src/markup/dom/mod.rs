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
//! `TreeSink` is implemented on it directly, so nothing is reference
//! counted and the whole tree is freed at once.

use std::borrow::Cow;
use std::cell::{Cell, Ref, RefCell};
use std::collections::{HashMap, VecDeque};
use std::rc::Rc;

use html5ever::interface::{ElementFlags, NodeOrText, QuirksMode, TreeSink};
use html5ever::tendril::{ByteTendril, StrTendril, TendrilSink};
use html5ever::{local_name, ns, Attribute, LocalName, QualName};

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

/// html5ever's tree sink over the arena.
struct Sink {
    work: Rc<Cell<u64>>,
    nodes: RefCell<Vec<Node>>,
    names: RefCell<Vec<QualName>>,
    lines: RefCell<Vec<u64>>,
    templates: RefCell<HashMap<usize, usize>>,
    line: Cell<u64>,
}

impl Default for Sink {
    fn default() -> Sink {
        let sink = Sink {
            work: Rc::new(Cell::new(0)),
            nodes: RefCell::new(Vec::new()),
            names: RefCell::new(Vec::new()),
            lines: RefCell::new(Vec::new()),
            templates: RefCell::new(HashMap::new()),
            line: Cell::new(1),
        };
        sink.push(
            NodeData::Document,
            QualName::new(None, ns!(), local_name!("")),
        );
        sink
    }
}

impl Sink {
    fn push(&self, data: NodeData, name: QualName) -> usize {
        let mut nodes = self.nodes.borrow_mut();
        nodes.push(Node {
            parent: None,
            children: Vec::new(),
            data,
        });
        self.names.borrow_mut().push(name);
        self.lines.borrow_mut().push(self.line.get());
        nodes.len() - 1
    }

    fn detach(nodes: &mut [Node], child: usize) {
        if let Some(parent) = nodes[child].parent.take() {
            nodes[parent].children.retain(|c| *c != child);
        }
    }

    /// Appends text to `parent`, merging with a text node just before
    /// position `at` (the end when `None`).
    fn insert_text(&self, parent: usize, at: Option<usize>, text: &str) {
        {
            let mut nodes = self.nodes.borrow_mut();
            let position = at.unwrap_or(nodes[parent].children.len());
            if position > 0 {
                let previous = nodes[parent].children[position - 1];
                if let NodeData::Text(existing) = &mut nodes[previous].data {
                    existing.push_str(text);
                    return;
                }
            }
        }
        let child = self.push(
            NodeData::Text(text.to_owned()),
            QualName::new(None, ns!(), local_name!("")),
        );
        let mut nodes = self.nodes.borrow_mut();
        let position = at.unwrap_or(nodes[parent].children.len());
        nodes[parent].children.insert(position, child);
        nodes[child].parent = Some(parent);
    }

    fn insert_node(&self, parent: usize, at: Option<usize>, child: usize) {
        let mut nodes = self.nodes.borrow_mut();
        Self::detach(&mut nodes, child);
        let position = at.unwrap_or(nodes[parent].children.len());
        let position = position.min(nodes[parent].children.len());
        nodes[parent].children.insert(position, child);
        nodes[child].parent = Some(parent);
    }

    /// Pairs each element with its start tag and returns the tree.
    fn into_dom(self, page: &[u8]) -> Dom {
        let mut nodes = self.nodes.into_inner();
        let lines = self.lines.into_inner();
        let line_starts = line_starts(page);
        let mut tags: HashMap<(String, u64), VecDeque<usize>> = HashMap::new();
        for (name, start, end) in start_tags(page) {
            let line = line_of(&line_starts, end.saturating_sub(1));
            tags.entry((name, line)).or_default().push_back(start);
        }
        for (index, node) in nodes.iter_mut().enumerate() {
            if let NodeData::Element(element) = &mut node.data {
                let line = lines[index];
                element.offset = tags
                    .get_mut(&(element.name.clone(), line))
                    .and_then(VecDeque::pop_front)
                    .unwrap_or_else(|| {
                        let line = usize::try_from(line.saturating_sub(1)).unwrap_or(usize::MAX);
                        line_starts.get(line).copied().unwrap_or(0)
                    });
            }
        }
        Dom { nodes }
    }
}

fn line_starts(page: &[u8]) -> Vec<usize> {
    let mut starts = vec![0];
    starts.extend(memchr::memchr_iter(b'\n', page).map(|i| i + 1));
    starts
}

/// 1-based line of byte `offset`.
fn line_of(line_starts: &[usize], offset: usize) -> u64 {
    u64::try_from(line_starts.partition_point(|start| *start <= offset)).unwrap_or(u64::MAX)
}

/// Every start tag of the page: lowercase name and byte range.
fn start_tags(page: &[u8]) -> Vec<(String, usize, usize)> {
    use lol_html::{element, HtmlRewriter, Settings};
    let tags = RefCell::new(Vec::new());
    {
        let settings = Settings::new().append_element_content_handler(element!("*", |el| {
            let range = el.source_location().bytes();
            tags.borrow_mut()
                .push((el.tag_name().to_ascii_lowercase(), range.start, range.end));
            Ok(())
        }));
        let mut rewriter = HtmlRewriter::new(settings, |_: &[u8]| {});
        // A page lol_html cannot tokenize still has a tree; its elements
        // then fall back to line starts.
        if rewriter.write(page).is_ok() {
            let _ = rewriter.end();
        }
    }
    tags.into_inner()
}

impl TreeSink for Sink {
    type Handle = usize;
    type Output = Sink;
    type ElemName<'a> = Ref<'a, QualName>;

    fn finish(self) -> Sink {
        self
    }

    fn parse_error(&self, _message: Cow<'static, str>) {}

    fn get_document(&self) -> usize {
        0
    }

    fn elem_name<'a>(&'a self, target: &'a usize) -> Ref<'a, QualName> {
        self.work.set(self.work.get() + 1);
        Ref::map(self.names.borrow(), |names| &names[*target])
    }

    fn create_element(&self, name: QualName, attrs: Vec<Attribute>, _: ElementFlags) -> usize {
        let element = Element {
            name: name.local.to_string().to_ascii_lowercase(),
            attrs: attrs
                .into_iter()
                .map(|attr| {
                    (
                        attr.name.local.to_string().to_ascii_lowercase(),
                        attr.value.to_string(),
                    )
                })
                .collect(),
            offset: 0,
        };
        let is_template = name.local == local_name!("template");
        let index = self.push(NodeData::Element(element), name);
        if is_template {
            // Template contents are inert: a detached node, never walked.
            let contents = self.push(
                NodeData::Other,
                QualName::new(None, ns!(), LocalName::from("")),
            );
            self.templates.borrow_mut().insert(index, contents);
        }
        index
    }

    fn create_comment(&self, _text: StrTendril) -> usize {
        self.push(NodeData::Other, QualName::new(None, ns!(), local_name!("")))
    }

    fn create_pi(&self, _target: StrTendril, _data: StrTendril) -> usize {
        self.push(NodeData::Other, QualName::new(None, ns!(), local_name!("")))
    }

    fn append(&self, parent: &usize, child: NodeOrText<usize>) {
        match child {
            NodeOrText::AppendNode(node) => self.insert_node(*parent, None, node),
            NodeOrText::AppendText(text) => self.insert_text(*parent, None, &text),
        }
    }

    fn append_based_on_parent_node(
        &self,
        element: &usize,
        prev_element: &usize,
        child: NodeOrText<usize>,
    ) {
        let has_parent = self.nodes.borrow()[*element].parent.is_some();
        if has_parent {
            self.append_before_sibling(element, child);
        } else {
            self.append(prev_element, child);
        }
    }

    fn append_doctype_to_document(&self, _: StrTendril, _: StrTendril, _: StrTendril) {}

    fn get_template_contents(&self, target: &usize) -> usize {
        if let Some(contents) = self.templates.borrow().get(target) {
            return *contents;
        }
        *target
    }

    fn same_node(&self, x: &usize, y: &usize) -> bool {
        x == y
    }

    fn set_quirks_mode(&self, _mode: QuirksMode) {}

    fn append_before_sibling(&self, sibling: &usize, new_node: NodeOrText<usize>) {
        let (parent, position) = {
            let nodes = self.nodes.borrow();
            let Some(parent) = nodes[*sibling].parent else {
                return;
            };
            let position = nodes[parent]
                .children
                .iter()
                .position(|c| c == sibling)
                .unwrap_or(nodes[parent].children.len());
            (parent, position)
        };
        match new_node {
            NodeOrText::AppendText(text) => self.insert_text(parent, Some(position), &text),
            NodeOrText::AppendNode(node) => {
                // Detaching first may shift the sibling's position.
                {
                    let mut nodes = self.nodes.borrow_mut();
                    Self::detach(&mut nodes, node);
                }
                let position = self.nodes.borrow()[parent]
                    .children
                    .iter()
                    .position(|c| c == sibling)
                    .unwrap_or(position);
                self.insert_node(parent, Some(position), node);
            }
        }
    }

    fn add_attrs_if_missing(&self, target: &usize, attrs: Vec<Attribute>) {
        let mut nodes = self.nodes.borrow_mut();
        if let NodeData::Element(element) = &mut nodes[*target].data {
            for attr in attrs {
                let name = attr.name.local.to_string().to_ascii_lowercase();
                if !element.has(&name) {
                    element.attrs.push((name, attr.value.to_string()));
                }
            }
        }
    }

    fn remove_from_parent(&self, target: &usize) {
        Self::detach(&mut self.nodes.borrow_mut(), *target);
    }

    fn reparent_children(&self, node: &usize, new_parent: &usize) {
        let mut nodes = self.nodes.borrow_mut();
        let children = std::mem::take(&mut nodes[*node].children);
        for child in &children {
            nodes[*child].parent = Some(*new_parent);
        }
        nodes[*new_parent].children.extend(children);
    }

    fn set_current_line(&self, line_number: u64) {
        self.line.set(line_number);
    }
}

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
