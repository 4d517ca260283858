//! RDFa to JSON-LD node objects, by RDFa Core 1.1's processing sequence
//! (section 7.5) with HTML+RDFa's rules: `vocab`, `prefix`, `typeof`,
//! `property`, `resource`, `about`, `rel`/`rev` with `href`/`src` objects
//! and hanging links completed by the subjects below them, `content`,
//! `datatype`, `<time datetime>`, and `rel="rdf:type"`. RDFa Lite, the
//! subset schema.org's examples use, is a part of it.
//!
//! The statements become a [`Graph`] of subjects, written nested where
//! the markup nests them (`nesting` says when). Subjects that say nothing
//! in schema.org's vocabulary (the page itself, described only by
//! OpenGraph's `og:` tags, which [`super::social`] reads) are not written.
//! `inlist` is read as plain values, without their order.
//!
//! The walk keeps its own stack: a page nested thousands of elements deep
//! does not overflow the thread's stack. sdx reads RDFa itself because it
//! needs the element behind every value to place its findings.

mod nesting;
mod terms;

use std::collections::{HashMap, HashSet};
use std::rc::Rc;

use url::Url;

use super::dom::{Dom, Element, NodeData};
use super::items::graph::{Graph, Object};
use super::items::{self, Extracted, Markup};

use terms::{Resource, Terms, RDF_TYPE};

/// The evaluation context handed from an element to its children.
#[derive(Clone)]
struct Context {
    parent_subject: usize,
    parent_object: usize,
    /// Links waiting for a subject below: name, and true for `rev`.
    incomplete: Rc<[(String, bool)]>,
    terms: Rc<Terms>,
}

struct Reader<'a> {
    dom: &'a Dom,
    base: Option<&'a Url>,
    graph: Graph,
    blanks: HashMap<String, usize>,
    /// Statements already made, so that each is made once.
    said: HashSet<(usize, String, Object)>,
    /// The element being read, by its position in the walk (page order).
    current: usize,
    /// The parent of each element of the walk, by position.
    parents: Vec<Option<usize>>,
    /// Per node, the first element that types it or gives it a property.
    described_at: Vec<Option<usize>>,
    /// Each link's object and the element that states the link.
    links: Vec<(usize, usize)>,
}

/// The subjects of the page that say something in schema.org's
/// vocabulary, top-level ones in page order; objects nested deeper than
/// `max_depth` levels are left out and reported.
pub fn extract(dom: &Dom, base: Option<&Url>, max_depth: usize) -> Extracted {
    let mut reader = Reader {
        dom,
        base,
        graph: Graph::default(),
        blanks: HashMap::new(),
        said: HashSet::new(),
        current: 0,
        parents: Vec::new(),
        described_at: Vec::new(),
        links: Vec::new(),
    };
    let document = match base {
        Some(base) => reader.graph.named(base.as_str(), 0),
        None => reader.graph.blank(0),
    };
    let start = Context {
        parent_subject: document,
        parent_object: document,
        incomplete: Rc::from(Vec::new()),
        terms: Rc::new(Terms::default()),
    };
    let mut stack: Vec<(usize, Option<usize>, Context)> = dom.nodes[0]
        .children
        .iter()
        .rev()
        .map(|child| (*child, None, start.clone()))
        .collect();
    while let Some((index, parent, context)) = stack.pop() {
        let NodeData::Element(element) = &dom.nodes[index].data else {
            continue;
        };
        reader.current = reader.parents.len();
        reader.parents.push(parent);
        let is_root = dom.nodes[index].parent == Some(0);
        let children = reader.element(element, index, is_root, &context);
        for child in dom.nodes[index].children.iter().rev() {
            if matches!(dom.nodes[*child].data, NodeData::Element(_)) {
                stack.push((*child, Some(reader.current), children.clone()));
            }
        }
    }
    let roots = reader.roots();
    let written = reader.graph.write(&roots, max_depth);
    written.extracted(Markup::Rdfa)
}

impl Reader<'_> {
    /// Processes one element (RDFa Core 1.1, 7.5 steps 1 to 12) and
    /// returns the context of its children (step 13).
    fn element(
        &mut self,
        element: &Element,
        index: usize,
        is_root: bool,
        context: &Context,
    ) -> Context {
        let mut terms = Rc::clone(&context.terms);
        if element.has("vocab") || element.has("prefix") {
            let mut local = (*terms).clone();
            if let Some(vocab) = element.attr("vocab") {
                local.set_vocab(vocab);
            }
            if let Some(prefix) = element.attr("prefix") {
                local.add_prefixes(prefix);
            }
            terms = Rc::new(local);
        }
        let offset = element.offset;
        let property: Option<Vec<String>> = element.attr("property").map(|value| {
            value
                .split_ascii_whitespace()
                .filter_map(|token| terms.name(token))
                .collect()
        });
        let beside_property = property.is_some();
        let links = |name: &str| {
            element
                .attr(name)
                .map(|value| terms.links(value, beside_property))
                .filter(|names| !names.is_empty())
        };
        let (rel, rev) = (links("rel"), links("rev"));
        let types: Option<Vec<String>> = element.attr("typeof").map(|value| {
            value
                .split_ascii_whitespace()
                .filter_map(|token| terms.name(token))
                .collect()
        });
        let about = self.resource(element, "about", &terms);
        let resource = self.resource(element, "resource", &terms);
        let href = element
            .attr("href")
            .map(|iri| self.graph.named(&items::resolve(iri, self.base), offset));
        let src = element
            .attr("src")
            .map(|iri| self.graph.named(&items::resolve(iri, self.base), offset));
        let head_or_body = matches!(element.name.as_str(), "head" | "body");
        let document_or_parent = || {
            if is_root {
                Some(context.parent_subject)
            } else if head_or_body {
                Some(context.parent_object)
            } else {
                None
            }
        };

        let mut skip = false;
        let mut new_subject;
        let mut current_object = None;
        let mut typed = None;
        if rel.is_none() && rev.is_none() {
            if property.is_some() && !element.has("content") && !element.has("datatype") {
                // Step 5.1: the property is about the enclosing subject,
                // and a `typeof` here types the value.
                new_subject = about
                    .or_else(document_or_parent)
                    .or(Some(context.parent_object));
                if types.is_some() {
                    typed = about
                        .or_else(|| is_root.then_some(context.parent_subject))
                        .or(resource)
                        .or(href)
                        .or(src)
                        .or_else(|| Some(self.graph.blank(offset)));
                    current_object = typed;
                }
            } else {
                // Step 5.2.
                new_subject = about
                    .or(resource)
                    .or(href)
                    .or(src)
                    .or_else(document_or_parent);
                if new_subject.is_none() && types.is_some() {
                    new_subject = Some(self.graph.blank(offset));
                }
                if new_subject.is_none() {
                    new_subject = Some(context.parent_object);
                    skip = property.is_none();
                }
                if types.is_some() {
                    typed = new_subject;
                }
            }
        } else {
            // Step 6: links from the subject to an object.
            new_subject = about.or_else(document_or_parent);
            if types.is_some() && about.is_some() {
                typed = new_subject;
            }
            let new_subject_or_parent = new_subject.unwrap_or(context.parent_object);
            new_subject = Some(new_subject_or_parent);
            current_object = resource.or(href).or(src);
            if current_object.is_none() && types.is_some() && about.is_none() {
                current_object = Some(self.graph.blank(offset));
            }
            if types.is_some() && about.is_none() {
                typed = current_object;
            }
        }
        let subject = new_subject.unwrap_or(context.parent_object);

        // Step 7.
        if let (Some(node), Some(types)) = (typed, &types) {
            self.add_types(node, types, offset);
        }
        // Steps 9 and 10.
        let mut incomplete = Vec::new();
        match current_object {
            Some(object) => {
                for name in rel.iter().flatten() {
                    self.link(subject, name, object, offset);
                }
                for name in rev.iter().flatten() {
                    self.link(object, name, subject, offset);
                }
            }
            None if rel.is_some() || rev.is_some() => {
                incomplete.extend(rel.iter().flatten().map(|n| (n.clone(), false)));
                incomplete.extend(rev.iter().flatten().map(|n| (n.clone(), true)));
                current_object = Some(self.graph.blank(offset));
            }
            None => {}
        }
        // Step 11.
        if let Some(names) = property.filter(|names| !names.is_empty()) {
            let value = self.property_value(
                element,
                index,
                [resource, href, src],
                typed.filter(|_| about.is_none()),
                rel.is_some() || rev.is_some(),
            );
            for name in names {
                match &value {
                    Object::Node { node, .. } => self.link(subject, &name, *node, offset),
                    Object::Text { .. } => self.say(subject, &name, value.clone()),
                }
            }
        }
        // Step 12: hanging links from above end at this subject.
        if !skip && new_subject.is_some() {
            for (name, reverse) in context.incomplete.iter() {
                if *reverse {
                    self.link(subject, name, context.parent_subject, offset);
                } else {
                    self.link(context.parent_subject, name, subject, offset);
                }
            }
        }
        // Step 13.
        if skip {
            return Context {
                terms,
                ..context.clone()
            };
        }
        Context {
            parent_subject: subject,
            parent_object: current_object.unwrap_or(subject),
            incomplete: Rc::from(incomplete),
            terms,
        }
    }

    /// The node an `about` or `resource` attribute names.
    fn resource(&mut self, element: &Element, attribute: &str, terms: &Terms) -> Option<usize> {
        let value = element.attr(attribute)?;
        match terms.resource(value, self.base) {
            Resource::Iri(iri) => Some(self.graph.named(&iri, element.offset)),
            Resource::Blank(label) => {
                let graph = &mut self.graph;
                Some(
                    *self
                        .blanks
                        .entry(label)
                        .or_insert_with(|| graph.blank(element.offset)),
                )
            }
            Resource::None => None,
        }
    }

    /// The value of a `property` (step 11): a literal, or a node.
    fn property_value(
        &mut self,
        element: &Element,
        index: usize,
        [resource, href, src]: [Option<usize>; 3],
        typed: Option<usize>,
        links: bool,
    ) -> Object {
        let offset = element.offset;
        let text = |text: String| Object::Text { text, offset };
        if let Some(content) = element.attr("content") {
            return text(content.to_owned());
        }
        if element.name == "time" {
            if let Some(datetime) = element.attr("datetime") {
                return text(datetime.trim().to_owned());
            }
        }
        // A `datatype`, empty or not (and `rdf:XMLLiteral`, read as its
        // text), makes a literal of the element's text.
        if !element.has("datatype") {
            let resource = if links {
                None
            } else {
                resource.or(href).or(src)
            };
            if let Some(node) = resource.or(typed) {
                return Object::Node { node, offset };
            }
        }
        text(items::collapse_whitespace(&self.dom.text_content(index)))
    }

    fn add_types(&mut self, node: usize, types: &[String], offset: usize) {
        self.describes(node);
        let graph_node = &mut self.graph.nodes[node];
        if graph_node.types.is_empty() && graph_node.properties.is_empty() {
            graph_node.offset = offset;
        }
        for name in types {
            if !graph_node.types.contains(name) {
                graph_node.types.push(name.clone());
            }
        }
    }

    /// States `subject name object`.
    fn link(&mut self, subject: usize, name: &str, object: usize, offset: usize) {
        if name == RDF_TYPE {
            if let Some(iri) = self.graph.nodes[object].id.clone() {
                self.add_types(subject, &[items::compact(&iri)], offset);
            }
            return;
        }
        self.links.push((object, self.current));
        self.say(
            subject,
            name,
            Object::Node {
                node: object,
                offset,
            },
        );
    }

    fn say(&mut self, subject: usize, name: &str, object: Object) {
        let key = match &object {
            Object::Text { text, .. } => Object::Text {
                text: text.clone(),
                offset: 0,
            },
            Object::Node { node, .. } => Object::Node {
                node: *node,
                offset: 0,
            },
        };
        if self.said.insert((subject, name.to_owned(), key)) {
            self.describes(subject);
            let graph_node = &mut self.graph.nodes[subject];
            if graph_node.types.is_empty() && graph_node.properties.is_empty() {
                graph_node.offset = object_offset(&object);
            }
            graph_node.properties.push((name.to_owned(), object));
        }
    }
}

fn object_offset(object: &Object) -> usize {
    match object {
        Object::Text { offset, .. } | Object::Node { offset, .. } => *offset,
    }
}

#[cfg(test)]
mod tests;
