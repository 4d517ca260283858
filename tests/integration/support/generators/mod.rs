//! proptest generators of model instances: every modeled type, values in
//! every shape the model reads (one or many, embedded or referenced, text
//! or node), and graphs whose references all resolve to nodes of an
//! accepted type, so a generated graph loads as a dataset.

/// Fills a node's common properties from a generated [`Common`].
macro_rules! with_common {
    ($node:expr, $common:expr) => {{
        let mut node = $node;
        let common = $common;
        node.name = common.name;
        node.alternate_name = common.alternate_name;
        node.description = common.description;
        node.url = common.url;
        node.image = common.image;
        node.same_as = common.same_as;
        node.identifier = common.identifier;
        node
    }};
}

mod agents;
mod commerce;
mod events;
mod structured;
mod values;

use proptest::collection::vec;
use proptest::prelude::*;
use proptest::sample::select;

use sdx::jsonld::{Context, GraphDocument};
use sdx::model::*;

use agents::*;
use commerce::*;
use events::*;
use structured::*;
use values::*;

/// The base relative ids resolve against in generated graphs.
pub const BASE: &str = "https://example.com/graph";

/// Ids of the top-level nodes every generated graph defines, by type.
/// References pick among them, written relative or absolute.
pub const ORGANIZATIONS: &[&str] = &["#org-0", "#org-1"];
pub const PEOPLE: &[&str] = &["#person-0"];
pub const PLACES: &[&str] = &["#place-0"];
pub const PRODUCTS: &[&str] = &["#product-0"];
pub const DELIVERIES: &[&str] = &["#delivery-0"];
pub const ARTICLES: &[&str] = &["#article-0"];
pub const BRANDS: &[&str] = &["#brand-0"];

pub fn all_ids() -> Vec<&'static str> {
    [
        ORGANIZATIONS,
        PEOPLE,
        PLACES,
        PRODUCTS,
        DELIVERIES,
        ARTICLES,
        BRANDS,
    ]
    .concat()
}

pub const AGENTS: &[&str] = &["#org-0", "#org-1", "#person-0"];
pub const BRANDS_AND_ORGANIZATIONS: &[&str] = &["#brand-0", "#org-0", "#org-1"];
pub const EVENTS: &[&str] = &["#delivery-0"];

/// A reference to one of `ids` (relative, or already absolute), or an
/// embedded node; at depth 0 only references, when there are ids to use.
pub fn reference<T: std::fmt::Debug + Clone + 'static>(
    ids: &'static [&'static str],
    node: impl Fn(u32) -> BoxedStrategy<T>,
    depth: u32,
) -> BoxedStrategy<Entity<T>> {
    let by_id = select(ids)
        .prop_flat_map(|id| prop_oneof![Just(id.to_owned()), Just(format!("{BASE}{id}"))])
        .prop_map(Entity::id);
    match (ids.is_empty(), depth) {
        (true, _) => node(depth).prop_map(Entity::from).boxed(),
        (false, 0) => by_id.boxed(),
        (false, _) => prop_oneof![by_id, node(depth - 1).prop_map(Entity::from)].boxed(),
    }
}

/// The common Thing properties, applied to any node type.
#[derive(Debug, Clone)]
pub struct Common {
    pub name: Option<OneOrMany<Text>>,
    pub alternate_name: Option<OneOrMany<Text>>,
    pub description: Option<OneOrMany<TextOrNode>>,
    pub url: Option<OneOrMany<Url>>,
    pub image: Option<OneOrMany<Image>>,
    pub same_as: Option<OneOrMany<Url>>,
    pub identifier: Option<OneOrMany<Identifier>>,
}

pub fn common(depth: u32) -> BoxedStrategy<Common> {
    let image = prop_oneof![
        url().prop_map(ValueOrRef::Value),
        image_object(depth).prop_map(|node| ValueOrRef::Ref(Entity::from(node))),
    ]
    .boxed();
    let identifier = prop_oneof![
        text().prop_map(ValueOrRef::Value),
        property_value().prop_map(|node| ValueOrRef::Ref(Entity::from(node))),
    ]
    .boxed();
    (
        opt(text()),
        opt_many(text()),
        opt(text().prop_map(ValueOrRef::Value).boxed()),
        opt(url()),
        opt_many(image),
        opt_many(url()),
        opt_many(identifier),
    )
        .prop_map(
            |(name, alternate_name, description, url, image, same_as, identifier)| Common {
                name,
                alternate_name,
                description,
                url,
                image,
                same_as,
                identifier,
            },
        )
        .boxed()
}

pub fn with_id<T>(node: T, id: &str, set: impl FnOnce(&mut T, NodeId)) -> T {
    let mut node = node;
    set(&mut node, NodeId::from(id));
    node
}

/// A node without an `@id`, of any modeled type.
pub fn anonymous_node(depth: u32) -> BoxedStrategy<Node> {
    prop_oneof![
        organization(depth).prop_map(Node::from),
        person(depth).prop_map(Node::from),
        product(depth).prop_map(Node::from),
        offer(depth).prop_map(Node::from),
        event(depth).prop_map(Node::from),
        delivery_event(depth).prop_map(Node::from),
        place(depth).prop_map(Node::from),
        postal_address().prop_map(Node::from),
        geo_coordinates().prop_map(Node::from),
        virtual_location().prop_map(Node::from),
        news_article(depth).prop_map(Node::from),
        image_object(depth).prop_map(Node::from),
        property_value().prop_map(Node::from),
        quantitative_value().prop_map(Node::from),
        brand().prop_map(Node::from),
        contact_point().prop_map(Node::from),
        text().prop_map(|t| Node::from(Audience {
            audience_type: Some(t.into()),
            ..Audience::default()
        })),
    ]
    .boxed()
}

/// A graph that loads: the anchor nodes every reference may point at,
/// then up to `extra` nodes without ids, embedded nodes up to `depth` deep.
pub fn graph(depth: u32, extra: usize) -> BoxedStrategy<GraphDocument> {
    let anchors = (
        vec(organization(depth), 2),
        person(depth),
        place(depth),
        product(depth),
        delivery_event(depth),
        news_article(depth),
        brand(),
    )
        .prop_map(|(orgs, person, place, product, delivery, article, brand)| {
            let mut nodes: Vec<Node> = orgs
                .into_iter()
                .zip(ORGANIZATIONS)
                .map(|(org, id)| Node::from(with_id(org, id, |n, id| n.id = Some(id))))
                .collect();
            nodes.push(Node::from(with_id(person, PEOPLE[0], |n, id| {
                n.id = Some(id)
            })));
            nodes.push(Node::from(with_id(place, PLACES[0], |n, id| {
                n.id = Some(id)
            })));
            nodes.push(Node::from(with_id(product, PRODUCTS[0], |n, id| {
                n.id = Some(id)
            })));
            nodes.push(Node::from(with_id(delivery, DELIVERIES[0], |n, id| {
                n.id = Some(id)
            })));
            nodes.push(Node::from(with_id(article, ARTICLES[0], |n, id| {
                n.id = Some(id)
            })));
            nodes.push(Node::from(with_id(brand, BRANDS[0], |n, id| {
                n.id = Some(id)
            })));
            nodes
        });
    (
        anchors,
        vec(anonymous_node(depth), 0..=extra),
        any::<prop::sample::Index>(),
    )
        .prop_map(|(mut nodes, extra, at)| {
            // Anonymous nodes go anywhere in the graph: order is kept, not sorted.
            let position = at.index(nodes.len() + 1);
            let tail = nodes.split_off(position);
            nodes.extend(extra);
            nodes.extend(tail);
            GraphDocument {
                context: Context::with_base(BASE),
                graph: nodes,
            }
        })
        .boxed()
}
