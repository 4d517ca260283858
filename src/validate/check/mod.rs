//! One parsed document, layer by layer: its JSON-LD shape and context, then
//! each node against its schema and the semantic rules, collecting the
//! `@id`s and references the cross-node rules need. The walk decides
//! where to look; whether a rule fires there, and what it says, is the
//! rule's own, in its file under `rules/`.
//!
//! Clean nodes cost a walk and one `is_valid` per modeled node: findings
//! (and their pointers and messages) are only built on failure. The
//! pointer buffer is reused through the walk.

use crate::tree::Node;

use crate::diagnostic::push_pointer_token;
use crate::lookup::Lookup;

mod explaining;
mod properties;
mod schema_layer;

use super::cross::DocumentSites;
use super::findings::{FindingSink, Findings, Gate};
use super::normalize::{self, canonical_key};
use super::rules;
use super::rules::invalid_jsonld::Place;
use super::shape::Shapes;
use super::vocabulary::Named;
use crate::diagnostic::Diagnostic;

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
    /// The current top-level node's context names another vocabulary
    /// beside schema.org's, whose terms are not checked.
    foreign_terms: bool,
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
    /// The document's `{"@id"}` references, recorded once the walk knows
    /// which addresses the document defines nodes at (see [`Self::finish`]).
    references: Vec<(String, String)>,
    /// The addresses (without fragment) of the nodes the document defines.
    defines: rustc_hash::FxHashSet<String>,
    /// Where findings of rules that are errors by default were pushed.
    error_pointers: explaining::ErrorPointers,
    /// The schema layer's failures, held until the walk is done: one that
    /// a rule's error explains (at, inside or around its pointer) is not
    /// reported again (see [`Self::finish`]). Each with the order of its
    /// node (a node's failures are explained once its insides are walked,
    /// after those of the nodes inside it; they are reported in the order
    /// the nodes were entered).
    schema_failures: Vec<(usize, Diagnostic)>,
    /// Nodes that failed a schema so far.
    failed_nodes: usize,
}

/// A [`FindingSink`] that notes where errors were pushed, for the schema
/// failures they explain.
struct Recording<'a, 'g> {
    findings: &'a mut Findings<'g>,
    error_pointers: &'a mut explaining::ErrorPointers,
}

/// True when a finding of the rule `id`, at its rule's default `severity`,
/// explains a schema failure at its pointer.
fn explains(id: &str, severity: crate::diagnostic::Severity) -> bool {
    // Rules are compared by id: a `const` is not one place in memory.
    severity == crate::diagnostic::Severity::Error && id != rules::schema::RULE.id
}

impl FindingSink for Recording<'_, '_> {
    fn push(&mut self, finding: Diagnostic) {
        if explains(finding.rule, finding.severity) {
            self.error_pointers.push(&finding.pointer);
        }
        self.findings.push(finding);
    }

    fn push_with(
        &mut self,
        rule: &'static crate::rule::Rule,
        pointer: String,
        build: impl FnOnce(String) -> Diagnostic,
    ) {
        if explains(rule.id, rule.severity) {
            self.error_pointers.push(&pointer);
        }
        self.findings.push_with(rule, pointer, build);
    }
}

impl<'s> DocumentCheck<'s> {
    /// Checks the parsed document `root`.
    pub fn run(shapes: &'s Shapes, root: &Node) -> Checked<'s> {
        Self::walk(shapes, root, true, false, Findings::default())
    }

    /// Like [`run`](Self::run), with findings through `gate`: those certain
    /// not to be listed are only counted, their messages never built.
    /// `canonical`: the caller knows the document's keys and `@type`s to be
    /// canonical throughout, as the parser notes
    /// ([`Parsed::canonical`](super::parse::Parsed::canonical)).
    pub fn run_gated(
        shapes: &'s Shapes,
        root: &Node,
        canonical: bool,
        gate: Gate<'s>,
    ) -> Checked<'s> {
        Self::walk(shapes, root, true, canonical, Findings::gated(gate))
    }

    /// Like [`run`](Self::run), checking every typed node against its
    /// schema even when its parent's check covered it: the reference the
    /// shortcut is tested against.
    #[cfg(test)]
    pub(crate) fn run_checking_every_node(shapes: &'s Shapes, root: &Node) -> Checked<'s> {
        Self::walk(shapes, root, false, false, Findings::default())
    }

    /// Whether `value`, at `place` and at the current pointer, has the shape
    /// JSON-LD puts there (`invalid-jsonld` judges); reports it if not.
    fn shaped(&mut self, place: Place, value: &Node) -> bool {
        match rules::invalid_jsonld::check(place, value) {
            None => true,
            Some(failure) => {
                self.push(rules::failed(failure, self.pointer.clone()));
                false
            }
        }
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
            foreign_terms: false,
            canonical: false,
            known_canonical,
            trust_parents,
            // Room for a record's nodes: growing it from empty cost more
            // than the lookups it saves.
            named: Vec::with_capacity(64),
            references: Vec::new(),
            defines: rustc_hash::FxHashSet::default(),
            error_pointers: explaining::ErrorPointers::default(),
            schema_failures: Vec::new(),
            failed_nodes: 0,
        };
        if check.shaped(Place::Document, root) {
            match root {
                Node::Array(items) => {
                    for (index, item) in items.iter().enumerate() {
                        let len = check.enter_index(index);
                        if check.shaped(Place::DocumentItem(index), item) {
                            check.top_level(item);
                        }
                        check.pointer.truncate(len);
                    }
                }
                object => check.top_level(object),
            }
        }
        check.finish()
    }

    /// Records the document's references: a reference into the document
    /// itself (a fragment, or another fragment of an address the document
    /// defines a node at) is expected to resolve among the validated
    /// files; any other links elsewhere (see `dangling-reference`).
    fn finish(mut self) -> Checked<'s> {
        for (id, pointer) in std::mem::take(&mut self.references) {
            let local =
                rules::dangling_reference::local(&id, |address| self.defines.contains(address));
            self.out.sites.reference(&id, &pointer, local);
        }
        let mut failures = std::mem::take(&mut self.schema_failures);
        if failures.is_empty() {
            return self.out;
        }
        // Stable: a node's failures keep their order.
        failures.sort_by_key(|(order, _)| *order);
        let explaining = explaining::Explaining::new(&self.error_pointers);
        for (_, failure) in failures {
            if !explaining.explains(&failure.pointer) {
                self.out.findings.push(failure);
            }
        }
        self.out
    }

    fn push(&mut self, finding: Diagnostic) {
        Recording {
            findings: &mut self.out.findings,
            error_pointers: &mut self.error_pointers,
        }
        .push(finding);
    }

    fn enter_key(&mut self, key: &str) -> usize {
        let len = self.pointer.len();
        push_pointer_token(&mut self.pointer, key);
        len
    }

    fn enter_index(&mut self, index: usize) -> usize {
        let len = self.pointer.len();
        self.pointer.push('/');
        // `itoa` rather than `write!`: the formatting machinery cost about
        // 200 instructions an index, asked for every list a record holds.
        self.pointer.push_str(itoa::Buffer::new().format(index));
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
        if let Some(failure) = rules::missing_context::check(&context) {
            self.push(rules::failed(failure, self.pointer.clone()));
        }
        let entries = rules::misspelled_context::check(&context)
            .chain(rules::unsupported_context::check(&context));
        for (index, failure) in entries {
            let mut pointer = self.child_pointer("@context");
            if let Some(index) = index {
                pointer.push('/');
                pointer.push_str(&index.to_string());
            }
            self.push(rules::failed(failure, pointer));
        }
        if context.present && !context.reads_schema_org() {
            // The terms could mean anything: checking them as schema.org
            // would report findings that are not there.
            return;
        }
        self.foreign_terms = context.mixes_vocabularies();
        self.defined = super::vocabulary::defined_terms(object.field("@context"));
        self.canonical = self.known_canonical || normalize::is_canonical(value);
        match object.field("@graph") {
            None => self.node(value, true, false, None),
            Some(graph) => {
                let len = self.enter_key("@graph");
                if self.shaped(Place::Graph, graph) {
                    match graph {
                        Node::Array(items) => {
                            for (index, item) in items.iter().enumerate() {
                                let len = self.enter_index(index);
                                if self.shaped(Place::GraphItem(index), item) {
                                    self.node(item, true, false, None);
                                }
                                self.pointer.truncate(len);
                            }
                        }
                        node => self.node(node, true, false, None),
                    }
                }
                self.pointer.truncate(len);
                // A graph container that also describes something is a node too.
                if object
                    .keys()
                    .any(|k| !matches!(canonical_key(k), "@context" | "@graph" | "@id"))
                {
                    self.node(value, false, false, None);
                }
            }
        }
    }

    /// Checks one node. `checked`: its parent passed a schema that checked
    /// it as its own would; `under`: the property it is the value of.
    fn node(&mut self, value: &Node, top: bool, checked: bool, under: Option<&str>) {
        let Node::Object(object) = value else {
            return;
        };
        let mut typed = false;
        if let Some(value) = normalize::keyword(object, "@type") {
            match rules::invalid_jsonld::check(Place::Type, value) {
                Some(failure) => self.push(rules::failed(failure, self.child_pointer("@type"))),
                None => typed = normalize::types(object).next().is_some(),
            }
        }
        let id = match normalize::keyword(object, "@id") {
            None => None,
            Some(value) => match rules::invalid_jsonld::check(Place::Id, value) {
                Some(failure) => {
                    self.push(rules::failed(failure, self.child_pointer("@id")));
                    None
                }
                None => value.as_str(),
            },
        };
        let described = object.keys().any(|k| !canonical_key(k).starts_with('@'));
        if let Some(id) = id {
            // A blank node label (`_:b0`) names a node within its document
            // only: it is no site of the rules across files.
            let blank = id.starts_with("_:");
            // The value of a URL property (typed `@id` in schema.org's
            // context) is a URL, even written as `{"@id": …}`.
            let url_value =
                under.is_some_and(|key| rules::invalid_url::is_url_property(canonical_key(key)));
            if !described && !url_value && !blank {
                self.references.push((id.to_owned(), self.pointer.clone()));
            }
            if described {
                let address = rules::dangling_reference::address(id);
                if !address.is_empty() && !self.defines.contains(address) {
                    self.defines.insert(address.to_owned());
                }
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
        if top && rules::missing_type::fires(object) {
            self.push(
                rules::missing_type::RULE
                    .finding(self.pointer.clone(), rules::missing_type::MESSAGE),
            );
        }
        if typed || top {
            self.out.nodes += 1;
        }
        let (passed, failed) = if typed {
            self.schema_layer(value, object, checked)
        } else {
            (None, None)
        };
        let named = self.named.len();
        let around = super::vocabulary::Surroundings {
            defined: &self.defined,
            foreign_terms: self.foreign_terms,
            under,
        };
        super::vocabulary::check_node(
            object,
            &self.pointer,
            around,
            &mut self.named,
            &mut Recording {
                findings: &mut self.out.findings,
                error_pointers: &mut self.error_pointers,
            },
        );
        self.properties(object, passed, named);
        self.named.truncate(named);
        if let Some(failed) = failed {
            // Now that the errors inside the node are known.
            self.explain_failures(value, value, failed);
        }
    }
}
