//! Building the arena as html5ever's `TreeSink`: the nodes the parser
//! creates, moves and reparents, each element then paired with its start
//! tag's byte range as lol_html reports it, and the work counted against
//! [`super::WORK_BUDGET`].

use std::borrow::Cow;
use std::cell::{Cell, Ref, RefCell};
use std::collections::{HashMap, VecDeque};
use std::rc::Rc;

use html5ever::interface::{ElementFlags, NodeOrText, QuirksMode, TreeSink};
use html5ever::tendril::StrTendril;
use html5ever::{local_name, ns, Attribute, LocalName, QualName};

use super::{Dom, Element, Node, NodeData};

/// html5ever's tree sink over the arena.
pub(super) struct Sink {
    pub(super) work: Rc<Cell<u64>>,
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
    pub(super) fn into_dom(self, page: &[u8]) -> Dom {
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
