//! One parsed document, layer by layer: its JSON-LD shape and context, then
//! each node against its schema and the semantic rules, collecting the
//! `@id`s and references the cross-node rules need.
//!
//! Clean nodes cost a walk and one `is_valid` per modeled node: findings
//! (and their pointers and messages) are only built on failure. The
//! pointer buffer is reused through the walk.

use crate::tree::{Node, Object};

use crate::diagnostic::push_pointer_token;
use crate::lookup::Lookup;

mod schema_layer;

use super::cross::DocumentSites;
use super::findings::{FindingSink, Findings, Gate};
use super::normalize::{self, canonical_key};
use super::rules::properties::{expect, expect_property, Expect};
use super::rules::{self, describe, Finding};
use super::shape::{Modeled, Shapes};
use super::values::check_value;
use super::vocabulary::Named;

/// What checking one document found.
#[derive(Default)]
pub struct Checked<'g> {
    /// Nodes seen (typed objects, and top-level objects).
    pub nodes: u32,
    /// Typed nodes none of whose types sdx models.
    pub unmodeled: u32,
    /// Findings, in walk order (through the gate, when one is given).
    pub findings: Findings<'g>,
    /// Nodes with an `@id`, and `{"@id"}` references, in walk order.
    pub sites: DocumentSites,
}

/// Walks one document.
pub struct DocumentCheck<'s> {
    shapes: &'s Shapes,
    pointer: String,
    out: Checked<'s>,
    /// Terms the current top-level node's `@context` defines itself.
    defined: Vec<String>,
    /// The current top-level node is canonical throughout, and so is every
    /// node inside it: checked once, not again for each nested node.
    canonical: bool,
    /// The whole document is known to be canonical (the parser noted it):
    /// no top-level node needs the walk that finds out.
    known_canonical: bool,
    /// Skip the schema check of a nested node whose parent passed a schema
    /// that checked it already (see [`Shapes::covers`]). Off only in tests
    /// that compare both ways.
    trust_parents: bool,
    /// What the vocabulary layer found about each key of the nodes being
    /// walked: a node's entries are pushed on top of its parent's and taken
    /// off when it is done.
    named: Vec<Named>,
}

impl<'s> DocumentCheck<'s> {
    /// Checks the parsed document `root`.
    pub fn run(shapes: &'s Shapes, root: &Node) -> Checked<'s> {
        Self::walk(shapes, root, true, false, Findings::default())
    }

    /// Like [`run`](Self::run), with findings through `gate`: those certain
    /// not to be listed are only counted, their messages never built.
    /// `canonical`: as for [`run_canonical`](Self::run_canonical).
    pub fn run_gated(
        shapes: &'s Shapes,
        root: &Node,
        canonical: bool,
        gate: Gate<'s>,
    ) -> Checked<'s> {
        Self::walk(shapes, root, true, canonical, Findings::gated(gate))
    }

    /// Like [`run`](Self::run), for a document whose keys and `@type`s the
    /// caller knows to be canonical throughout, as the parser notes
    /// ([`Parsed::canonical`](super::parse::Parsed::canonical)).
    pub fn run_canonical(shapes: &'s Shapes, root: &Node) -> Checked<'s> {
        Self::walk(shapes, root, true, true, Findings::default())
    }

    /// Like [`run`](Self::run), checking every typed node against its
    /// schema even when its parent's check covered it: the reference the
    /// shortcut is tested against.
    #[cfg(test)]
    pub(crate) fn run_checking_every_node(shapes: &'s Shapes, root: &Node) -> Checked<'s> {
        Self::walk(shapes, root, false, false, Findings::default())
    }

    /// Reports, at the current pointer, a value where a node object (or a
    /// list of them) belongs.
    fn not_a_node(&mut self, message: String) {
        self.push(Finding::new(
            &rules::invalid_jsonld::RULE,
            self.pointer.clone(),
            message,
        ));
    }

    fn walk(
        shapes: &'s Shapes,
        root: &Node,
        trust_parents: bool,
        known_canonical: bool,
        findings: Findings<'s>,
    ) -> Checked<'s> {
        let mut check = DocumentCheck {
            shapes,
            // Room for the pointers of a typical record, so that the
            // walk does not grow the buffer three or four times a document.
            pointer: String::with_capacity(64),
            out: Checked {
                findings,
                ..Checked::default()
            },
            defined: Vec::new(),
            canonical: false,
            known_canonical,
            trust_parents,
            // Room for a record's nodes: growing it from empty cost more
            // than the lookups it saves.
            named: Vec::with_capacity(64),
        };
        match root {
            Node::Object(_) => check.top_level(root),
            Node::Array(items) => {
                for (index, item) in items.iter().enumerate() {
                    let len = check.enter_index(index);
                    match item {
                        Node::Object(_) => check.top_level(item),
                        other => check.not_a_node(format!(
                            "a JSON-LD document lists node objects; item {index} is {}",
                            describe(other)
                        )),
                    }
                    check.pointer.truncate(len);
                }
            }
            other => check.not_a_node(format!(
                "a JSON-LD document is an object or a list of objects; found {}",
                describe(other)
            )),
        }
        check.out
    }

    fn push(&mut self, finding: Finding) {
        self.out.findings.push(finding);
    }

    fn enter_key(&mut self, key: &str) -> usize {
        let len = self.pointer.len();
        push_pointer_token(&mut self.pointer, key);
        len
    }

    fn enter_index(&mut self, index: usize) -> usize {
        let len = self.pointer.len();
        self.pointer.push('/');
        // Formatting a usize into a reused String does not allocate once warm.
        use std::fmt::Write;
        let _ = write!(self.pointer, "{index}");
        len
    }

    fn child_pointer(&self, key: &str) -> String {
        let mut pointer = self.pointer.clone();
        push_pointer_token(&mut pointer, key);
        pointer
    }

    fn top_level(&mut self, value: &Node) {
        let Node::Object(object) = value else {
            return;
        };
        let context = normalize::read_context(object.field("@context"));
        if !context.present {
            self.push(Finding::new(
                &rules::missing_context::RULE,
                self.pointer.clone(),
                "the node has no `@context`; sdx reads its terms as schema.org's, as if it had \"@context\": \"https://schema.org\"",
            ));
        }
        for (index, value) in &context.unsupported {
            let mut pointer = self.child_pointer("@context");
            if let Some(index) = index {
                pointer.push('/');
                pointer.push_str(&index.to_string());
            }
            self.push(Finding::new(
                &rules::unsupported_context::RULE,
                pointer,
                format!(
                    "`@context` {} is not schema.org's, and sdx does not fetch contexts",
                    rules::unsupported_context::describe(value)
                ),
            ));
        }
        if context.present && !context.schema_org {
            // The terms could mean anything: checking them as schema.org
            // would report findings that are not there.
            return;
        }
        self.defined = super::vocabulary::defined_terms(object.field("@context"));
        self.canonical = self.known_canonical || normalize::is_canonical(value);
        match object.field("@graph") {
            None => self.node(value, true, false),
            Some(graph) => {
                let len = self.enter_key("@graph");
                match graph {
                    Node::Array(items) => {
                        for (index, item) in items.iter().enumerate() {
                            let len = self.enter_index(index);
                            match item {
                                Node::Object(_) => self.node(item, true, false),
                                other => self.not_a_node(format!(
                                    "`@graph` lists node objects; item {index} is {}",
                                    describe(other)
                                )),
                            }
                            self.pointer.truncate(len);
                        }
                    }
                    Node::Object(_) => self.node(graph, true, false),
                    other => self.not_a_node(format!(
                        "`@graph` should be a list of nodes; found {}",
                        describe(other)
                    )),
                }
                self.pointer.truncate(len);
                // A graph container that also describes something is a node too.
                if object
                    .keys()
                    .any(|k| !matches!(k.as_str(), "@context" | "@graph" | "@id"))
                {
                    self.node(value, false, false);
                }
            }
        }
    }

    /// Checks one node. `checked`: its parent passed a schema that checked
    /// it as its own would.
    fn node(&mut self, value: &Node, top: bool, checked: bool) {
        let Node::Object(object) = value else {
            return;
        };
        let mut typed = false;
        if let Some(value) = object.field("@type") {
            if normalize::type_is_malformed(value) {
                self.push(Finding::new(
                    &rules::invalid_jsonld::RULE,
                    self.child_pointer("@type"),
                    format!(
                        "`@type` should be a type name or a list of them; found {}",
                        describe(value)
                    ),
                ));
            } else {
                typed = normalize::types(object).next().is_some();
            }
        }
        let id = match object.field("@id") {
            None => None,
            Some(Node::String(id)) => Some(id.as_str()),
            Some(other) => {
                self.push(Finding::new(
                    &rules::invalid_jsonld::RULE,
                    self.child_pointer("@id"),
                    format!("`@id` should be an IRI (text); found {}", describe(other)),
                ));
                None
            }
        };
        let described = object.keys().any(|k| !k.starts_with('@'));
        if let Some(id) = id {
            // A blank node label (`_:b0`) names a node within its document
            // only: it is no site of the rules across files.
            let blank = id.starts_with("_:");
            if !described && !blank {
                self.out.sites.reference(id, &self.pointer);
            }
            if (described || typed) && !blank {
                self.out
                    .sites
                    .node(id, normalize::types(object), &self.pointer, described);
            }
            if !described {
                return;
            }
        }
        if top && !object.has("@type") {
            self.push(Finding::new(
                &rules::missing_type::RULE,
                self.pointer.clone(),
                "the node has no `@type`; sdx checks only that its keys are schema.org properties and its values fit their ranges, not which types they belong to",
            ));
        }
        if typed || top {
            self.out.nodes += 1;
        }
        let passed = if typed {
            self.schema_layer(value, object, checked)
        } else {
            None
        };
        let named = self.named.len();
        super::vocabulary::check_node(
            object,
            &self.pointer,
            &self.defined,
            &mut self.named,
            &mut self.out.findings,
        );
        self.properties(object, passed, named);
        self.named.truncate(named);
    }

    /// Checks a node's properties. `passed`: the node's modeled type, when
    /// the node passed its schema; `named`: where the node's entries start
    /// in [`named`](Self::named).
    fn properties(&mut self, object: &Object, passed: Option<Modeled<'s>>, named: usize) {
        let mut dates: [Option<(&str, &str)>; 4] = [None; 4];
        for (at, (key, value)) in object.iter().enumerate() {
            if key.starts_with('@') {
                if matches!(key.as_str(), "@list" | "@set" | "@graph") {
                    let len = self.enter_key(key);
                    self.nested(value, false);
                    self.pointer.truncate(len);
                }
                continue;
            }
            let name = canonical_key(key);
            // Keys the vocabulary does not know, and null values (which
            // it skips), are rare: they are matched against the tables by name.
            let found = self.named.get(named + at).copied().unwrap_or_default();
            let expected = match found.property {
                Some(property) => expect_property(property),
                None => expect(name),
            };
            match expected {
                // The vocabulary layer saw these values are plain URLs.
                Some(Expect::Url) if found.plain_urls => {}
                Some(expected) => self.values(expected, name, key, value),
                None => {}
            }
            if let Node::String(text) = value {
                for (slot, (start, end)) in rules::date_order::PAIRS.iter().enumerate() {
                    if name == *start {
                        dates[slot * 2] = Some((key, text));
                    } else if name == *end {
                        dates[slot * 2 + 1] = Some((key, text));
                    }
                }
            }
            if matches!(value, Node::Object(_) | Node::Array(_)) {
                let checked = passed.is_some_and(|modeled| self.shapes.covers(modeled, key));
                let len = self.enter_key(key);
                self.nested(value, checked);
                self.pointer.truncate(len);
            }
        }
        for (slot, (start, end)) in rules::date_order::PAIRS.iter().enumerate() {
            if let (Some((_, from)), Some((end_key, until))) =
                (dates[slot * 2], dates[slot * 2 + 1])
            {
                if let Err(message) = rules::date_order::check(start, from, end, until) {
                    let pointer = self.child_pointer(end_key);
                    self.push(Finding::new(&rules::date_order::RULE, pointer, message));
                }
            }
        }
    }

    fn nested(&mut self, value: &Node, checked: bool) {
        match value {
            Node::Object(object) if !object.has("@value") => self.node(value, false, checked),
            Node::Array(items) => {
                for (index, item) in items.iter().enumerate() {
                    if matches!(item, Node::Object(_) | Node::Array(_)) {
                        let len = self.enter_index(index);
                        self.nested(item, checked);
                        self.pointer.truncate(len);
                    }
                }
            }
            _ => {}
        }
    }

    fn values(&mut self, expected: Expect, name: &str, key: &str, value: &Node) {
        match value {
            Node::Array(items) => {
                for (index, item) in items.iter().enumerate() {
                    if let Some(finding) = check_value(expected, name, item) {
                        let mut pointer = self.child_pointer(key);
                        pointer.push('/');
                        pointer.push_str(&index.to_string());
                        self.push(finding.at(pointer));
                    }
                }
            }
            other => {
                if let Some(finding) = check_value(expected, name, other) {
                    let pointer = self.child_pointer(key);
                    self.push(finding.at(pointer));
                }
            }
        }
    }
}
