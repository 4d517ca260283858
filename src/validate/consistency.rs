//! `inconsistent-markup`: one entity described in two formats of the same
//! page (JSON-LD and microdata, JSON-LD and RDFa, structured data and
//! OpenGraph tags) with different names, prices or images. Search engines
//! take one description or the other; the page shows something else.
//!
//! Entities match by `@id` (`itemid`, `resource`), or by being the first
//! top-level node of a type they share in each format. OpenGraph tags
//! describe the page's main entity: `og:type` `product` is compared with
//! the first product, `article` with the first article; other `og:type`s
//! (`website`, `profile`) name the page, not an entity, and are not
//! compared. A finding is reported at the second place (formats in page
//! reading order: JSON-LD, microdata, RDFa, meta tags) and names the first
//! by file, line and column.

use crate::tree::{Node, Object};

use crate::diagnostic::push_pointer_token;
use crate::page::PageMarkup;

use super::normalize::{self, canonical_key};
use super::rules::{inconsistent_markup, shorten, Finding};

/// Which format a description is in; the index of the findings' slot for
/// the extracted ones.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Format {
    /// JSON-LD script `n` (0-based).
    Script(usize),
    /// Microdata.
    Microdata,
    /// RDFa.
    Rdfa,
    /// OpenGraph meta tags.
    MetaTags,
}

impl Format {
    fn family(self) -> u8 {
        match self {
            Format::Script(_) => 0,
            Format::Microdata => 1,
            Format::Rdfa => 2,
            Format::MetaTags => 3,
        }
    }

    fn label(self) -> String {
        match self {
            Format::Script(n) => format!("JSON-LD script {}", n + 1),
            Format::Microdata => "microdata".to_owned(),
            Format::Rdfa => "RDFa".to_owned(),
            Format::MetaTags => "meta tags".to_owned(),
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
    headline: Option<Fact>,
    price: Option<Fact>,
    images: Option<(Vec<String>, String)>,
}

/// Compares the descriptions of a page. `scripts` are the parsed JSON-LD
/// scripts; `locate` turns a format and pointer into `line:column`.
/// Findings come back with the format they are reported in.
pub(super) fn check(
    file: &str,
    scripts: &[Option<Node>],
    markup: &PageMarkup,
    locate: &dyn Fn(Format, &str) -> (u32, u32),
) -> Vec<(Format, Finding)> {
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
    let og = open_graph(markup);
    let mut findings = Vec::new();
    for (later_index, later) in entities.iter().enumerate() {
        let earlier = entities[..later_index]
            .iter()
            .enumerate()
            .filter(|(_, e)| e.format.family() < later.format.family())
            .find(|(index, e)| same_entity(&entities, *index, e, later_index, later));
        if let Some((_, earlier)) = earlier {
            compare(file, earlier, later, locate, &mut findings);
        }
    }
    if let Some(og) = og {
        let earlier = entities
            .iter()
            .find(|e| e.types.iter().any(|t| og.types.contains(t)));
        if let Some(earlier) = earlier {
            compare(file, earlier, &og, locate, &mut findings);
        }
    }
    findings
}

fn top_level(value: &Node, pointer: &str, format: Format, out: &mut Vec<Entity>) {
    match value {
        Node::Array(items) => {
            for (index, item) in items.iter().enumerate() {
                top_level(item, &format!("{pointer}/{index}"), format, out);
            }
        }
        Node::Object(object) => {
            if let Some(graph) = object.get("@graph") {
                let mut child = pointer.to_owned();
                push_pointer_token(&mut child, "@graph");
                top_level(graph, &child, format, out);
            } else if object.contains_key("@type") {
                out.push(entity(object, pointer, format));
            }
        }
        _ => {}
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

fn entity(object: &Object, pointer: &str, format: Format) -> Entity {
    let price = get(object, "offers").and_then(|(key, offers)| {
        let (offer, offer_pointer) = match offers {
            Node::Array(items) => (items.first()?, format!("{}/0", child(pointer, key))),
            other => (other, child(pointer, key)),
        };
        text_fact(offer.as_object()?, "price", &offer_pointer)
    });
    let images = get(object, "image").map(|(key, value)| {
        let mut urls = Vec::new();
        image_urls(value, &mut urls);
        (urls, child(pointer, key))
    });
    Entity {
        format,
        types: normalize::types(object).map(str::to_owned).collect(),
        id: object.get("@id").and_then(Node::as_str).map(str::to_owned),
        name: text_fact(object, "name", pointer),
        headline: text_fact(object, "headline", pointer),
        price,
        images,
    }
}

fn image_urls(value: &Node, out: &mut Vec<String>) {
    match value {
        Node::String(url) => out.push(url.trim().to_owned()),
        Node::Array(items) => items.iter().for_each(|item| image_urls(item, out)),
        Node::Object(object) => {
            if let Some((_, url)) = get(object, "url")
                .or_else(|| get(object, "contentUrl"))
                .or_else(|| object.get_key_value("@id").map(|(k, v)| (k.as_str(), v)))
            {
                image_urls(url, out);
            }
        }
        _ => {}
    }
}

/// The page's main entity as its OpenGraph tags describe it, when
/// `og:type` names one.
fn open_graph(markup: &PageMarkup) -> Option<Entity> {
    let social = &markup.social;
    let og_type = social.get("og:type")?.content.to_ascii_lowercase();
    let types: Vec<String> = match og_type.as_str() {
        "product" | "product.item" | "og:product" => [
            "Product",
            "ProductGroup",
            "IndividualProduct",
            "ProductModel",
        ]
        .map(str::to_owned)
        .to_vec(),
        "article" => [
            "Article",
            "NewsArticle",
            "BlogPosting",
            "Report",
            "ScholarlyArticle",
            "TechArticle",
            "AnalysisNewsArticle",
            "ReportageNewsArticle",
            "OpinionNewsArticle",
        ]
        .map(str::to_owned)
        .to_vec(),
        _ => return None,
    };
    let fact = |key: &str| {
        social.get(key).map(|tag| Fact {
            text: tag.content.clone(),
            pointer: child("", key),
        })
    };
    let images: Vec<String> = social
        .tags
        .iter()
        .filter(|tag| tag.key == "og:image" || tag.key == "og:image:url")
        .map(|tag| tag.content.clone())
        .collect();
    Some(Entity {
        format: Format::MetaTags,
        types,
        id: None,
        name: fact("og:title"),
        headline: None,
        price: fact("product:price:amount").or_else(|| fact("og:price:amount")),
        images: (!images.is_empty()).then(|| (images, child("", "og:image"))),
    })
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
            other.format.family() == entity.format.family()
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
    findings: &mut Vec<(Format, Finding)>,
) {
    let mut report = |what: &str, here: &Fact, there: &Fact| {
        let (line, column) = locate(earlier.format, &there.pointer);
        findings.push((
            later.format,
            Finding::new(
                &inconsistent_markup::RULE,
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
    if let Some(here) = &later.name {
        if later.format == Format::MetaTags {
            // og:title often carries the site's name after the entity's.
            let candidates = [&earlier.name, &earlier.headline];
            let known: Vec<&Fact> = candidates.into_iter().flatten().collect();
            let agrees = known.iter().any(|there| {
                same_text(&here.text, &there.text)
                    || here
                        .text
                        .to_lowercase()
                        .starts_with(&there.text.trim().to_lowercase())
            });
            if let (false, Some(there)) = (agrees, known.first()) {
                report("`og:title`", here, there);
            }
        } else if let Some(there) = &earlier.name {
            if !same_text(&here.text, &there.text) {
                report("`name`", here, there);
            }
        }
    }
    if let (Some(here), Some(there)) = (&later.price, &earlier.price) {
        if !same_price(&here.text, &there.text) {
            let what = if later.format == Format::MetaTags {
                "`product:price:amount`"
            } else {
                "`offers.price`"
            };
            report(what, here, there);
        }
    }
    if let (Some((here, here_pointer)), Some((there, there_pointer))) =
        (&later.images, &earlier.images)
    {
        let shared = here.iter().any(|a| there.iter().any(|b| same_url(a, b)));
        if !shared && !here.is_empty() && !there.is_empty() {
            let what = if later.format == Format::MetaTags {
                "`og:image`"
            } else {
                "`image`"
            };
            report(
                what,
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
