//! proptest generators of model instances: every modeled type, values in
//! every shape the model reads (one or many, embedded or referenced, text
//! or node), and graphs whose references all resolve to nodes of an
//! accepted type, so a generated graph loads as a dataset.

use proptest::collection::vec;
use proptest::prelude::*;
use proptest::sample::select;

use sdx::jsonld::{Context, GraphDocument};
use sdx::model::*;

/// The base relative ids resolve against in generated graphs.
pub const BASE: &str = "https://example.com/graph";

/// Ids of the top-level nodes every generated graph defines, by type.
/// References pick among them, written relative or absolute.
const ORGANIZATIONS: &[&str] = &["#org-0", "#org-1"];
const PEOPLE: &[&str] = &["#person-0"];
const PLACES: &[&str] = &["#place-0"];
const PRODUCTS: &[&str] = &["#product-0"];
const DELIVERIES: &[&str] = &["#delivery-0"];
const ARTICLES: &[&str] = &["#article-0"];
const BRANDS: &[&str] = &["#brand-0"];

fn all_ids() -> Vec<&'static str> {
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

/// Text with anything in it: markup, quotes, line separators, emoji.
pub fn text() -> BoxedStrategy<String> {
    prop_oneof![
        4 => vec(any::<char>(), 0..10).prop_map(String::from_iter),
        2 => "[A-Za-z ]{1,16}",
        1 => Just("</script><script>alert(1)</script>".to_owned()),
        1 => Just("<!-- \u{2028}\u{2029} & \"quoted\" \\ ñ 🚀".to_owned()),
    ]
    .boxed()
}

fn one_or_many<T: std::fmt::Debug + Clone + 'static>(
    item: BoxedStrategy<T>,
) -> BoxedStrategy<OneOrMany<T>> {
    prop_oneof![
        item.clone().prop_map(OneOrMany::One),
        vec(item, 0..3).prop_map(OneOrMany::Many),
    ]
    .boxed()
}

fn opt<T: std::fmt::Debug + Clone + 'static>(item: BoxedStrategy<T>) -> BoxedStrategy<Option<T>> {
    proptest::option::of(item).boxed()
}

fn url() -> BoxedStrategy<Url> {
    (
        "(https|http)",
        "[a-z]{1,8}",
        "[a-z0-9/_-]{0,10}",
        "(\\?q=[a-z0-9]{0,4})?",
    )
        .prop_map(|(scheme, host, path, query)| {
            format!("{scheme}://{host}.example/{path}{query}")
                .parse()
                .unwrap()
        })
        .boxed()
}

fn date() -> BoxedStrategy<Date> {
    (1900i32..2100, 1u32..=12, 1u32..=28)
        .prop_map(|(y, m, d)| Date::from_ymd(y, m, d).unwrap())
        .boxed()
}

fn date_time() -> BoxedStrategy<DateTime> {
    (
        date(),
        0u32..24,
        0u32..60,
        0u32..60,
        select(vec!["", "Z", "+02:00", "-0500", ".250Z"]),
    )
        .prop_map(|(day, h, m, s, zone)| {
            format!("{day}T{h:02}:{m:02}:{s:02}{zone}").parse().unwrap()
        })
        .boxed()
}

fn date_or_date_time() -> BoxedStrategy<DateOrDateTime> {
    prop_oneof![
        date().prop_map(DateOrDateTime::Date),
        date_time().prop_map(DateOrDateTime::DateTime),
    ]
    .boxed()
}

fn number() -> BoxedStrategy<serde_json::Number> {
    prop_oneof![
        any::<i32>().prop_map(serde_json::Number::from),
        (-1.0e6f64..1.0e6).prop_map(|f| serde_json::Number::from_f64(f).unwrap()),
    ]
    .boxed()
}

fn scalar() -> BoxedStrategy<Scalar> {
    prop_oneof![
        any::<bool>().prop_map(Scalar::Boolean),
        number().prop_map(Scalar::Number),
        text().prop_map(Scalar::Text),
    ]
    .boxed()
}

fn price() -> BoxedStrategy<Price> {
    prop_oneof![
        (0u32..100_000).prop_map(|n| Price::from_number(n.into()).unwrap()),
        ("[0-9]{1,5}", "(\\.[0-9]{2})?")
            .prop_map(|(w, f)| Price::parse_text(&format!("{w}{f}")).unwrap()),
    ]
    .boxed()
}

fn currency() -> BoxedStrategy<CurrencyCode> {
    select(CurrencyCode::all_codes())
        .prop_map(|code| code.parse().unwrap())
        .boxed()
}

/// A GTIN of `len` digits with the right GS1 check digit.
fn gtin_digits(len: usize) -> BoxedStrategy<String> {
    vec(0u8..10, len - 1)
        .prop_map(|body| {
            let sum: u32 = body
                .iter()
                .rev()
                .enumerate()
                .map(|(i, d)| u32::from(*d) * if i % 2 == 0 { 3 } else { 1 })
                .sum();
            let check = (10 - sum % 10) % 10;
            let mut digits: String = body.iter().map(|d| char::from(b'0' + d)).collect();
            digits.push(char::from_digit(check, 10).unwrap());
            digits
        })
        .boxed()
}

fn gtin<const LEN: usize>() -> BoxedStrategy<GtinOf<LEN>> {
    let lengths: Vec<usize> = if LEN == 0 {
        vec![8, 12, 13, 14]
    } else {
        vec![LEN]
    };
    select(lengths)
        .prop_flat_map(gtin_digits)
        .prop_map(|digits| digits.parse().unwrap())
        .boxed()
}

fn language() -> BoxedStrategy<LanguageTag> {
    select(vec!["es", "en-US", "de", "zh-Hant-TW", "es-419"])
        .prop_map(|tag| tag.parse().unwrap())
        .boxed()
}

fn latitude() -> BoxedStrategy<Latitude> {
    prop_oneof![
        (-90.0f64..=90.0)
            .prop_map(|f| Latitude::from_number(serde_json::Number::from_f64(f).unwrap()).unwrap()),
        (-89i32..=89, 0u32..10_000)
            .prop_map(|(d, f)| Latitude::parse_text(&format!("{d}.{f:04}")).unwrap()),
    ]
    .boxed()
}

fn longitude() -> BoxedStrategy<Longitude> {
    (-180.0f64..=180.0)
        .prop_map(|f| Longitude::from_number(serde_json::Number::from_f64(f).unwrap()).unwrap())
        .boxed()
}

fn member<T: Copy + std::fmt::Debug + 'static>(members: &'static [T]) -> BoxedStrategy<T> {
    select(members).boxed()
}

/// A reference to one of `ids` (relative, or already absolute), or an
/// embedded node; at depth 0 only references, when there are ids to use.
fn reference<T: std::fmt::Debug + Clone + 'static>(
    ids: &'static [&'static str],
    node: impl Fn(u32) -> BoxedStrategy<T>,
    depth: u32,
) -> BoxedStrategy<Ref<T>> {
    let by_id = select(ids)
        .prop_flat_map(|id| prop_oneof![Just(id.to_owned()), Just(format!("{BASE}{id}"))])
        .prop_map(Ref::id);
    match (ids.is_empty(), depth) {
        (true, _) => node(depth).prop_map(Ref::from).boxed(),
        (false, 0) => by_id.boxed(),
        (false, _) => prop_oneof![by_id, node(depth - 1).prop_map(Ref::from)].boxed(),
    }
}

/// The common Thing properties, applied to any node type.
#[derive(Debug, Clone)]
struct Common {
    name: Option<String>,
    alternate_name: Option<OneOrMany<String>>,
    description: Option<String>,
    url: Option<Url>,
    image: Option<OneOrMany<Image>>,
    same_as: Option<OneOrMany<Url>>,
    identifier: Option<OneOrMany<Identifier>>,
}

fn common(depth: u32) -> BoxedStrategy<Common> {
    let image = prop_oneof![
        url().prop_map(ValueOrRef::Value),
        image_object(depth).prop_map(|node| ValueOrRef::Ref(Ref::from(node))),
    ]
    .boxed();
    let identifier = prop_oneof![
        text().prop_map(ValueOrRef::Value),
        property_value().prop_map(|node| ValueOrRef::Ref(Ref::from(node))),
    ]
    .boxed();
    (
        opt(text()),
        opt(one_or_many(text())),
        opt(text()),
        opt(url()),
        opt(one_or_many(image)),
        opt(one_or_many(url())),
        opt(one_or_many(identifier)),
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

fn image_object(_depth: u32) -> BoxedStrategy<ImageObject> {
    (opt(url()), opt(scalar()), opt(one_or_many(text())))
        .prop_map(|(content_url, width, caption)| ImageObject {
            content_url,
            width,
            caption,
            ..ImageObject::default()
        })
        .boxed()
}

fn property_value() -> BoxedStrategy<PropertyValue> {
    (
        opt(text()),
        opt(one_or_many(scalar())),
        opt(number()),
        opt(text()),
        opt(text()),
    )
        .prop_map(
            |(name, value, min_value, unit_text, description)| PropertyValue {
                name,
                value,
                min_value,
                unit_text,
                description,
                ..PropertyValue::default()
            },
        )
        .boxed()
}

fn quantitative_value() -> BoxedStrategy<QuantitativeValue> {
    (opt(scalar()), opt(number()), opt(number()), opt(text()))
        .prop_map(
            |(value, min_value, max_value, unit_code)| QuantitativeValue {
                value,
                min_value,
                max_value,
                unit_code,
                ..QuantitativeValue::default()
            },
        )
        .boxed()
}

fn postal_address() -> BoxedStrategy<PostalAddress> {
    (
        opt(text()),
        opt(text()),
        opt(text()),
        opt(text()),
        opt("[A-Z]{2}".boxed()),
    )
        .prop_map(
            |(street, locality, region, postal_code, country)| PostalAddress {
                street_address: street,
                address_locality: locality,
                address_region: region,
                postal_code,
                address_country: country,
                ..PostalAddress::default()
            },
        )
        .boxed()
}

fn geo_coordinates() -> BoxedStrategy<GeoCoordinates> {
    (opt(latitude()), opt(longitude()), opt(scalar()))
        .prop_map(|(latitude, longitude, elevation)| GeoCoordinates {
            latitude,
            longitude,
            elevation,
            ..GeoCoordinates::default()
        })
        .boxed()
}

fn address() -> BoxedStrategy<ValueOrRef<String, PostalAddress>> {
    prop_oneof![
        text().prop_map(ValueOrRef::Value),
        postal_address().prop_map(|a| ValueOrRef::Ref(Ref::from(a))),
    ]
    .boxed()
}

fn place(depth: u32) -> BoxedStrategy<Place> {
    (
        common(depth),
        opt(one_or_many(address())),
        opt(geo_coordinates().prop_map(Ref::from).boxed()),
        opt(reference(PLACES, place, depth)),
        opt(any::<bool>().boxed()),
        opt((0u64..100_000).boxed()),
    )
        .prop_map(
            |(common, address, geo, contained_in_place, public_access, capacity)| {
                with_common!(
                    Place {
                        address,
                        geo,
                        contained_in_place,
                        public_access,
                        maximum_attendee_capacity: capacity,
                        ..Place::default()
                    },
                    common
                )
            },
        )
        .boxed()
}

fn virtual_location() -> BoxedStrategy<VirtualLocation> {
    (opt(text()), opt(url()))
        .prop_map(|(name, url)| VirtualLocation {
            name,
            url,
            ..VirtualLocation::default()
        })
        .boxed()
}

fn location(depth: u32) -> BoxedStrategy<ValueOrRef<String, Location>> {
    prop_oneof![
        text().prop_map(ValueOrRef::Value),
        select(PLACES).prop_map(|id| ValueOrRef::Ref(Ref::id(id))),
        postal_address().prop_map(|a| ValueOrRef::Ref(Ref::from(Location::from(a)))),
        virtual_location().prop_map(|v| ValueOrRef::Ref(Ref::from(Location::from(v)))),
        place(depth.saturating_sub(1)).prop_map(|p| ValueOrRef::Ref(Ref::from(Location::from(p)))),
    ]
    .boxed()
}

fn agent(depth: u32) -> BoxedStrategy<Agent> {
    prop_oneof![
        person(depth).prop_map(Agent::from),
        organization(depth).prop_map(Agent::from),
    ]
    .boxed()
}

const AGENTS: &[&str] = &["#org-0", "#org-1", "#person-0"];
const BRANDS_AND_ORGANIZATIONS: &[&str] = &["#brand-0", "#org-0", "#org-1"];
const EVENTS: &[&str] = &["#delivery-0"];

fn contact_point() -> BoxedStrategy<ContactPoint> {
    (
        opt(text()),
        opt(text()),
        opt(one_or_many(member(ContactPointOption::MEMBERS))),
        opt(one_or_many(text())),
    )
        .prop_map(
            |(contact_type, telephone, contact_option, available_language)| ContactPoint {
                contact_type,
                telephone,
                contact_option,
                available_language,
                ..ContactPoint::default()
            },
        )
        .boxed()
}

fn brand() -> BoxedStrategy<Brand> {
    (
        opt(text()),
        opt(text()),
        opt(one_or_many(url().prop_map(ValueOrRef::Value).boxed())),
    )
        .prop_map(|(name, slogan, logo)| Brand {
            name,
            slogan,
            logo,
            ..Brand::default()
        })
        .boxed()
}

fn brand_or_organization(depth: u32) -> BoxedStrategy<BrandOrOrganization> {
    prop_oneof![
        brand().prop_map(BrandOrOrganization::from),
        organization(depth).prop_map(BrandOrOrganization::from),
    ]
    .boxed()
}

fn organization(depth: u32) -> BoxedStrategy<Organization> {
    (
        common(depth),
        opt(text()),
        opt(one_or_many(address())),
        opt(one_or_many(location(depth))),
        opt(one_or_many(reference(AGENTS, agent, depth))),
        opt(date()),
        opt(reference(ORGANIZATIONS, organization, depth)),
        opt(one_or_many(reference(
            BRANDS_AND_ORGANIZATIONS,
            brand_or_organization,
            depth,
        ))),
        opt(quantitative_value().prop_map(Ref::from).boxed()),
        opt(one_or_many(contact_point().prop_map(Ref::from).boxed())),
        opt(text()),
    )
        .prop_map(
            |(
                common,
                legal_name,
                address,
                location,
                founder,
                founding_date,
                parent,
                brand,
                employees,
                contact_point,
                email,
            )| {
                with_common!(
                    Organization {
                        legal_name,
                        address,
                        location,
                        founder,
                        founding_date,
                        parent_organization: parent,
                        brand,
                        number_of_employees: employees,
                        contact_point,
                        email,
                        ..Organization::default()
                    },
                    common
                )
            },
        )
        .boxed()
}

fn person(depth: u32) -> BoxedStrategy<Person> {
    (
        common(depth),
        opt(text()),
        opt(text()),
        opt(one_or_many(text())),
        opt(one_or_many(reference(ORGANIZATIONS, organization, depth))),
        opt(one_or_many(reference(ORGANIZATIONS, organization, depth))),
        opt(one_or_many(reference(PEOPLE, person, depth))),
        opt(date()),
        opt(reference(PLACES, place, depth)),
    )
        .prop_map(
            |(
                common,
                given_name,
                family_name,
                job_title,
                works_for,
                affiliation,
                knows,
                birth_date,
                birth_place,
            )| {
                with_common!(
                    Person {
                        given_name,
                        family_name,
                        job_title,
                        works_for,
                        affiliation,
                        knows,
                        birth_date,
                        birth_place,
                        ..Person::default()
                    },
                    common
                )
            },
        )
        .boxed()
}

fn offer(depth: u32) -> BoxedStrategy<Offer> {
    let item = reference(
        PRODUCTS,
        |d| product(d).prop_map(OfferedItem::from).boxed(),
        depth,
    );
    (
        common(depth),
        opt(price()),
        opt(currency()),
        opt(member(ItemAvailability::MEMBERS)),
        opt(member(OfferItemCondition::MEMBERS)),
        opt(date()),
        opt(date_or_date_time()),
        opt(one_or_many(item)),
        opt(one_or_many(reference(AGENTS, agent, depth))),
        opt(gtin::<13>()),
        opt(gtin::<0>()),
    )
        .prop_map(
            |(
                common,
                price,
                price_currency,
                availability,
                item_condition,
                price_valid_until,
                valid_from,
                item_offered,
                seller,
                gtin13,
                gtin,
            )| {
                with_common!(
                    Offer {
                        price,
                        price_currency,
                        availability,
                        item_condition,
                        price_valid_until,
                        valid_from,
                        item_offered,
                        seller,
                        gtin13,
                        gtin,
                        ..Offer::default()
                    },
                    common
                )
            },
        )
        .boxed()
}

fn product(depth: u32) -> BoxedStrategy<Product> {
    (
        common(depth),
        opt(one_or_many(reference(
            BRANDS_AND_ORGANIZATIONS,
            brand_or_organization,
            depth,
        ))),
        opt(reference(ORGANIZATIONS, organization, depth)),
        opt(text()),
        (opt(gtin::<8>()), opt(gtin::<12>()), opt(gtin::<14>())),
        opt(one_or_many(text())),
        opt(one_or_many(
            offer(depth.saturating_sub(1)).prop_map(Ref::from).boxed(),
        )),
        opt(one_or_many(property_value().prop_map(Ref::from).boxed())),
        opt(date()),
        opt(one_or_many(
            text()
                .prop_map(|t| Audience {
                    audience_type: Some(t),
                    ..Audience::default()
                })
                .prop_map(Ref::from)
                .boxed(),
        )),
    )
        .prop_map(
            |(
                common,
                brand,
                manufacturer,
                sku,
                (gtin8, gtin12, gtin14),
                category,
                offers,
                additional_property,
                release_date,
                audience,
            )| {
                with_common!(
                    Product {
                        brand,
                        manufacturer,
                        sku,
                        gtin8,
                        gtin12,
                        gtin14,
                        category,
                        offers,
                        additional_property,
                        release_date,
                        audience,
                        ..Product::default()
                    },
                    common
                )
            },
        )
        .boxed()
}

fn any_node_ref(depth: u32) -> BoxedStrategy<Ref<Node>> {
    let ids = all_ids();
    prop_oneof![
        select(ids).prop_map(Ref::id),
        postal_address().prop_map(|a| Ref::from(Node::from(a))),
        quantitative_value().prop_map(|q| Ref::from(Node::from(q))),
        place(depth.saturating_sub(1)).prop_map(|p| Ref::from(Node::from(p))),
    ]
    .boxed()
}

/// The properties `Event` and `DeliveryEvent` share.
#[derive(Debug, Clone)]
struct EventParts {
    common: Common,
    start_date: Option<DateOrDateTime>,
    end_date: Option<DateOrDateTime>,
    location: Option<OneOrMany<ValueOrRef<String, Location>>>,
    organizer: Option<OneOrMany<Ref<Agent>>>,
    performer: Option<OneOrMany<Ref<Agent>>>,
    attendee: Option<OneOrMany<Ref<Agent>>>,
    about: Option<OneOrMany<Ref<Node>>>,
    event_status: Option<EventStatusType>,
    event_attendance_mode: Option<EventAttendanceMode>,
    in_language: Option<LanguageTag>,
    super_event: Option<OneOrMany<Ref<AnyEvent>>>,
}

fn event_parts(depth: u32) -> BoxedStrategy<EventParts> {
    (
        common(depth),
        opt(date_or_date_time()),
        opt(date_or_date_time()),
        opt(one_or_many(location(depth))),
        opt(one_or_many(reference(AGENTS, agent, depth))),
        opt(one_or_many(reference(AGENTS, agent, depth))),
        opt(one_or_many(reference(AGENTS, agent, depth))),
        opt(one_or_many(any_node_ref(depth))),
        opt(member(EventStatusType::MEMBERS)),
        opt(member(EventAttendanceMode::MEMBERS)),
        opt(language()),
        opt(one_or_many(select(EVENTS).prop_map(Ref::id).boxed())),
    )
        .prop_map(
            |(
                common,
                start_date,
                end_date,
                location,
                organizer,
                performer,
                attendee,
                about,
                event_status,
                event_attendance_mode,
                in_language,
                super_event,
            )| EventParts {
                common,
                start_date,
                end_date,
                location,
                organizer,
                performer,
                attendee,
                about,
                event_status,
                event_attendance_mode,
                in_language,
                super_event,
            },
        )
        .boxed()
}

macro_rules! event_from_parts {
    ($ty:ident, $parts:expr) => {{
        let parts = $parts;
        with_common!(
            $ty {
                start_date: parts.start_date,
                end_date: parts.end_date,
                location: parts.location,
                organizer: parts.organizer,
                performer: parts.performer,
                attendee: parts.attendee,
                about: parts.about,
                event_status: parts.event_status,
                event_attendance_mode: parts.event_attendance_mode,
                in_language: parts.in_language,
                super_event: parts.super_event,
                ..$ty::default()
            },
            parts.common
        )
    }};
}

fn event(depth: u32) -> BoxedStrategy<Event> {
    event_parts(depth)
        .prop_map(|parts| event_from_parts!(Event, parts))
        .boxed()
}

fn delivery_event(depth: u32) -> BoxedStrategy<DeliveryEvent> {
    (
        event_parts(depth),
        opt(text()),
        opt(date_time()),
        opt(member(DeliveryMethod::MEMBERS)),
    )
        .prop_map(|(parts, access_code, available_from, method)| {
            let mut delivery = event_from_parts!(DeliveryEvent, parts);
            delivery.access_code = access_code;
            delivery.available_from = available_from;
            delivery.has_delivery_method = method;
            delivery
        })
        .boxed()
}

fn news_article(depth: u32) -> BoxedStrategy<NewsArticle> {
    (
        common(depth),
        opt(text()),
        opt(language()),
        opt(date_or_date_time()),
        opt(date_or_date_time()),
        opt(one_or_many(reference(AGENTS, agent, depth))),
        opt(one_or_many(reference(AGENTS, agent, depth))),
        opt(one_or_many(any_node_ref(depth))),
        opt(one_or_many(any_node_ref(depth))),
        opt((0u64..10_000).boxed()),
        opt(url().prop_map(ValueOrRef::Value).boxed()),
    )
        .prop_map(
            |(
                common,
                headline,
                in_language,
                date_published,
                date_modified,
                author,
                publisher,
                about,
                mentions,
                word_count,
                main_entity_of_page,
            )| {
                with_common!(
                    NewsArticle {
                        headline,
                        in_language,
                        date_published,
                        date_modified,
                        author,
                        publisher,
                        about,
                        mentions,
                        word_count,
                        main_entity_of_page,
                        ..NewsArticle::default()
                    },
                    common
                )
            },
        )
        .boxed()
}

fn with_id<T>(node: T, id: &str, set: impl FnOnce(&mut T, NodeId)) -> T {
    let mut node = node;
    set(&mut node, NodeId::from(id));
    node
}

/// A node without an `@id`, of any modeled type.
fn anonymous_node(depth: u32) -> BoxedStrategy<Node> {
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
            audience_type: Some(t),
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
