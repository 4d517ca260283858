//! Events, deliveries and news articles.

use proptest::prelude::*;
use proptest::sample::select;

use sdx::model::*;

use super::*;

/// The properties `Event` and `DeliveryEvent` share.
#[derive(Debug, Clone)]
pub struct EventParts {
    pub common: Common,
    pub start_date: Option<OneOrMany<DateOrDateTime>>,
    pub end_date: Option<OneOrMany<DateOrDateTime>>,
    pub location: Option<OneOrMany<Entity<Location>>>,
    pub organizer: Option<OneOrMany<Entity<Agent>>>,
    pub performer: Option<OneOrMany<Entity<Agent>>>,
    pub attendee: Option<OneOrMany<Entity<Agent>>>,
    pub about: Option<OneOrMany<Entity<Node>>>,
    pub event_status: Option<OneOrMany<EventStatusType>>,
    pub event_attendance_mode: Option<OneOrMany<EventAttendanceMode>>,
    pub in_language: Option<OneOrMany<ValueOrRef<LanguageTag, Language>>>,
    pub super_event: Option<OneOrMany<Entity<AnyEvent>>>,
}

pub fn event_parts(depth: u32) -> BoxedStrategy<EventParts> {
    (
        common(depth),
        opt(date_or_date_time()),
        opt(date_or_date_time()),
        opt_many(location(depth)),
        opt_many(reference(AGENTS, agent, depth)),
        opt_many(reference(AGENTS, agent, depth)),
        opt_many(reference(AGENTS, agent, depth)),
        opt_many(any_node_ref(depth)),
        opt(member(EventStatusType::MEMBERS)),
        opt(member(EventAttendanceMode::MEMBERS)),
        opt(language()),
        opt_many(select(EVENTS).prop_map(Entity::id).boxed()),
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

pub fn event(depth: u32) -> BoxedStrategy<Event> {
    event_parts(depth)
        .prop_map(|parts| event_from_parts!(Event, parts))
        .boxed()
}

pub fn delivery_event(depth: u32) -> BoxedStrategy<DeliveryEvent> {
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

pub fn news_article(depth: u32) -> BoxedStrategy<NewsArticle> {
    (
        common(depth),
        opt(text()),
        opt(language()),
        opt(date_or_date_time()),
        opt(date_or_date_time()),
        opt_many(reference(AGENTS, agent, depth)),
        opt_many(reference(AGENTS, agent, depth)),
        opt_many(any_node_ref(depth)),
        opt_many(any_node_ref(depth)),
        opt((0u64..10_000).prop_map(Integer::from).boxed()),
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
