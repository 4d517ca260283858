//! `inconsistent-markup`: one entity described in two schema.org encodings
//! of the same page (a JSON-LD script and microdata, or a JSON-LD script and
//! RDFa) with different names, prices or images. Search engines take one
//! description or the other; the page shows something else.
//!
//! Entities match by `@id` (`itemid`, `resource`; blank node labels are
//! local to their document and never match), or by being the first
//! top-level node of a type they share in each encoding. OpenGraph and
//! Twitter tags are not schema.org data and are not compared: a site may
//! well give its link previews another title or image. A value that is an
//! `{"@id"}` reference is read as the node it names in its document, never
//! as a URL. A finding is reported in the markup and names the script's
//! place by file, line and column.

use crate::diagnostic::{push_pointer_token, Severity};
use crate::markup::PageMarkup;
use crate::tree::{Node, Object};
use crate::validate::normalize::{self, canonical_key};
use crate::rule::{Layer, Rule};

use super::verdict::shorten;
use crate::diagnostic::Diagnostic;

/// The rule.
pub const RULE: Rule = Rule {
    id: "inconsistent-markup",
    severity: Severity::Error,
    layer: Layer::Page,
    summary: "The same entity is described twice on a page, in JSON-LD and in microdata or RDFa, with different values for its name, price or image.",
    help: "Make both descriptions say the same thing, or keep only one of them: search engines pick one at random.",
    why: r##"When the two descriptions disagree, consumers pick one of them and may show the stale price or name."##,
    wrong: r##"<script type="application/ld+json">{"@type": "Product", "offers": {"price": "10"}}</script> … <span itemprop="price">12</span>"##,
    right: r##"the same price (10) in the JSON-LD and in the microdata, or only one of them"##,
};

/// Which encoding a description is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Format {
    /// JSON-LD script `n` (0-based).
    Script(usize),
    /// Microdata.
    Microdata,
    /// RDFa.
    Rdfa,
}

impl Format {
    fn is_script(self) -> bool {
        matches!(self, Format::Script(_))
    }

    fn label(self) -> String {
        match self {
            Format::Script(n) => format!("JSON-LD script {}", n + 1),
            Format::Microdata => "microdata".to_owned(),
            Format::Rdfa => "RDFa".to_owned(),
        }
    }
}

/// One value that can disagree, with where it is.
#[derive(Debug, Clone)]
struct Fact {
    text: String,
    pointer: String,
}

/// What is compared of one entity.
#[derive(Debug, Clone)]
struct Entity {
    format: Format,
    types: Vec<String>,
    id: Option<String>,
    name: Option<Fact>,
    price: Option<Fact>,
    images: Option<(Vec<String>, String)>,
}

/// Compares the descriptions of a page. `scripts` are the parsed JSON-LD
/// scripts; `locate` turns a format and pointer into `line:column`.
/// Findings come back with the format they are reported in.
pub(crate) fn check(
    file: &str,
    scripts: &[Option<Node>],
    markup: &PageMarkup,
    locate: &dyn Fn(Format, &str) -> (u32, u32),
) -> Vec<(Format, Diagnostic)> {
    let mut entities = Vec::new();
    for (index, script) in scripts.iter().enumerate() {
        if let Some(value) = script {
            top_level(value, "", Format::Script(index), &mut entities);
        }
    }
    if let Some(extracted) = &markup.microdata {
        top_level(
            &Node::from(&extracted.value),
            "",
            Format::Microdata,
            &mut entities,
        );
    }
    if let Some(extracted) = &markup.rdfa {
        top_level(
            &Node::from(&extracted.value),
            "",
            Format::Rdfa,
            &mut entities,
        );
    }
    let mut findings = Vec::new();
    for (later_index, later) in entities.iter().enumerate() {
        if later.format.is_script() {
            continue;
        }
        let earlier = entities[..later_index]
            .iter()
            .enumerate()
            .filter(|(_, e)| e.format.is_script())
            .find(|(index, e)| same_entity(&entities, *index, e, later_index, later));
        if let Some((_, earlier)) = earlier {
            compare(file, earlier, later, locate, &mut findings);
        }
    }
    findings
}

fn top_level(value: &Node, pointer: &str, format: Format, out: &mut Vec<Entity>) {
    let mut named = Named::default();
    named.collect(value, pointer);
    top_level_in(value, pointer, format, &named, out);
}

fn top_level_in<'a>(
    value: &'a Node<'a>,
    pointer: &str,
    format: Format,
    named: &Named<'a>,
    out: &mut Vec<Entity>,
) {
    match value {
        Node::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                top_level_in(item, &format!("{pointer}/{index}"), format, named, out);
            }
        }
        Node::Object(object) => {
            if let Some(graph) = object.get("@graph") {
                top_level_in(graph, &child(pointer, "@graph"), format, named, out);
            } else if object.contains_key("@type") {
                out.push(entity(object, pointer, format, named));
            }
        }
        _ => {}
    }
}

/// The nodes of one document that carry an `@id` and say something, by
/// `@id`, with their pointers: what an `{"@id"}` reference stands for.
#[derive(Default)]
struct Named<'a> {
    nodes: Vec<(&'a str, &'a Node<'a>, String)>,
}

impl<'a> Named<'a> {
    fn collect(&mut self, value: &'a Node<'a>, pointer: &str) {
        match value {
            Node::Array(items) => {
                for (index, item) in items.iter().enumerate() {
                    self.collect(item, &format!("{pointer}/{index}"));
                }
            }
            Node::Object(object) => {
                if let Some(id) = object.get("@id").and_then(Node::as_str) {
                    if object.keys().any(|key| key != "@id") {
                        self.nodes.push((id, value, pointer.to_owned()));
                    }
                }
                for (key, value) in object.iter() {
                    self.collect(value, &child(pointer, key));
                }
            }
            _ => {}
        }
    }

    /// `value` itself, or the node a reference names (`None` for a
    /// reference to a node the document does not describe).
    fn resolve(&self, value: &'a Node<'a>, pointer: String) -> Option<(&'a Node<'a>, String)> {
        let Node::Object(object) = value else {
            return Some((value, pointer));
        };
        if object.keys().any(|key| key != "@id") {
            return Some((value, pointer));
        }
        let id = object.get("@id").and_then(Node::as_str)?;
        let (_, node, pointer) = self.nodes.iter().find(|(named, _, _)| *named == id)?;
        Some((*node, pointer.clone()))
    }
}

fn get<'a>(object: &'a Object<'a>, name: &str) -> Option<(&'a str, &'a Node<'a>)> {
    object
        .iter()
        .find(|(key, _)| canonical_key(key) == name)
        .map(|(key, value)| (key.as_str(), value))
}

fn child(pointer: &str, key: &str) -> String {
    let mut out = pointer.to_owned();
    push_pointer_token(&mut out, key);
    out
}

fn text_fact(object: &Object, name: &str, pointer: &str) -> Option<Fact> {
    let (key, value) = get(object, name)?;
    let (value, pointer) = match value {
        Node::Array(items) => (items.first()?, format!("{}/0", child(pointer, key))),
        other => (other, child(pointer, key)),
    };
    let text = match value {
        Node::String(text) => text.as_str().to_owned(),
        Node::Number(number) => number.to_string(),
        _ => return None,
    };
    Some(Fact { text, pointer })
}

fn entity<'a>(object: &'a Object<'a>, pointer: &str, format: Format, named: &Named<'a>) -> Entity {
    let price = get(object, "offers").and_then(|(key, offers)| {
        let (offer, offer_pointer) = match offers {
            Node::Array(items) => (items.first()?, format!("{}/0", child(pointer, key))),
            other => (other, child(pointer, key)),
        };
        let (offer, offer_pointer) = named.resolve(offer, offer_pointer)?;
        text_fact(offer.as_object()?, "price", &offer_pointer)
    });
    let images = get(object, "image").map(|(key, value)| {
        let mut urls = Vec::new();
        image_urls(value, named, &mut urls);
        (urls, child(pointer, key))
    });
    let id = object
        .get("@id")
        .and_then(Node::as_str)
        .filter(|id| !id.starts_with("_:"))
        .map(str::to_owned);
    Entity {
        format,
        types: normalize::types(object).map(str::to_owned).collect(),
        id,
        name: text_fact(object, "name", pointer),
        price,
        images,
    }
}

/// The image URLs of a value: text, `ImageObject`s by their `url` or
/// `contentUrl`, and references by the node they name.
fn image_urls<'a>(value: &'a Node<'a>, named: &Named<'a>, out: &mut Vec<String>) {
    match value {
        Node::String(url) => out.push(url.trim().to_owned()),
        Node::Array(items) => items.iter().for_each(|item| image_urls(item, named, out)),
        Node::Object(_) => {
            let Some((Node::Object(object), _)) = named.resolve(value, String::new()) else {
                return;
            };
            // The image's own URL: text, never followed further.
            if let Some((_, url)) = get(object, "url").or_else(|| get(object, "contentUrl")) {
                match url {
                    Node::String(url) => out.push(url.trim().to_owned()),
                    Node::Array(items) => out.extend(
                        items
                            .iter()
                            .filter_map(Node::as_str)
                            .map(|url| url.trim().to_owned()),
                    ),
                    _ => {}
                }
            }
        }
        _ => {}
    }
}

/// True when `later` describes the same entity as `earlier`: the same
/// `@id`, or both first of a shared type in their format.
fn same_entity(
    entities: &[Entity],
    earlier_index: usize,
    earlier: &Entity,
    later_index: usize,
    later: &Entity,
) -> bool {
    if let (Some(a), Some(b)) = (&earlier.id, &later.id) {
        return a == b;
    }
    let first_of = |index: usize, entity: &Entity, shared: &str| {
        !entities[..index].iter().any(|other| {
            other.format.is_script() == entity.format.is_script()
                && (other.format.is_script() || other.format == entity.format)
                && other.types.iter().any(|t| t == shared)
        })
    };
    earlier.types.iter().any(|shared| {
        later.types.contains(shared)
            && first_of(earlier_index, earlier, shared)
            && first_of(later_index, later, shared)
    })
}

fn same_text(a: &str, b: &str) -> bool {
    let a = a.split_whitespace().collect::<Vec<_>>().join(" ");
    let b = b.split_whitespace().collect::<Vec<_>>().join(" ");
    a.eq_ignore_ascii_case(&b)
}

fn same_price(a: &str, b: &str) -> bool {
    match (a.trim().parse::<f64>(), b.trim().parse::<f64>()) {
        (Ok(x), Ok(y)) => x == y,
        _ => a.trim() == b.trim(),
    }
}

fn same_url(a: &str, b: &str) -> bool {
    let strip = |url: &str| {
        let url = url.trim();
        url.strip_suffix('/').unwrap_or(url).to_owned()
    };
    strip(a) == strip(b)
}

fn compare(
    file: &str,
    earlier: &Entity,
    later: &Entity,
    locate: &dyn Fn(Format, &str) -> (u32, u32),
    findings: &mut Vec<(Format, Diagnostic)>,
) {
    let mut report = |what: &str, here: &Fact, there: &Fact| {
        let (line, column) = locate(earlier.format, &there.pointer);
        findings.push((
            later.format,
            RULE.finding(
                here.pointer.clone(),
                format!(
                    "{what} is `{}` in the {} but `{}` in the {} at {file}:{line}:{column}",
                    shorten(&here.text),
                    later.format.label(),
                    shorten(&there.text),
                    earlier.format.label(),
                ),
            ),
        ));
    };
    if let (Some(here), Some(there)) = (&later.name, &earlier.name) {
        if !same_text(&here.text, &there.text) {
            report("`name`", here, there);
        }
    }
    if let (Some(here), Some(there)) = (&later.price, &earlier.price) {
        if !same_price(&here.text, &there.text) {
            report("`offers.price`", here, there);
        }
    }
    if let (Some((here, here_pointer)), Some((there, there_pointer))) =
        (&later.images, &earlier.images)
    {
        let shared = here.iter().any(|a| there.iter().any(|b| same_url(a, b)));
        if !shared && !here.is_empty() && !there.is_empty() {
            report(
                "`image`",
                &Fact {
                    text: here[0].clone(),
                    pointer: here_pointer.clone(),
                },
                &Fact {
                    text: there[0].clone(),
                    pointer: there_pointer.clone(),
                },
            );
        }
    }
}
