//! schema.org `Event`, and the property list its subtypes share.

/// Declares an event type: the properties of schema.org's `Event` followed
/// by the type's own. `Event` and its subtypes (`DeliveryEvent`) use it, so
/// a subtype reads everything an `Event` reads.
macro_rules! event_node {
    (
        $(#[$meta:meta])*
        pub struct $name:ident : $type_name:literal $(extends [$($super:literal),* $(,)?])? {
            $($own:tt)*
        }
    ) => {
        schema_node! {
            $(#[$meta])*
            pub struct $name : $type_name $(extends [$($super),*])? {
                /// When the event starts: a date, or a date and time with offset.
                start_date "startDate": Option<$crate::model::DateOrDateTime>,
                /// When the event ends.
                end_date "endDate": Option<$crate::model::DateOrDateTime>,
                /// When the doors open.
                door_time "doorTime": Option<$crate::model::DateTime>,
                /// The start dates before a reschedule.
                previous_start_date "previousStartDate": Option<$crate::model::OneOrMany<$crate::model::DateOrDateTime>>,
                /// Where the event happens: a place, an address, a virtual location or a text.
                location "location": Option<$crate::model::OneOrMany<$crate::model::ValueOrRef<String, $crate::model::Location>>>,
                /// Who organizes the event.
                organizer "organizer": Option<$crate::model::OneOrMany<$crate::model::Ref<$crate::model::Agent>>>,
                /// Who performs at the event (for a delivery: who delivers).
                performer "performer": Option<$crate::model::OneOrMany<$crate::model::Ref<$crate::model::Agent>>>,
                /// Who attends the event (for a delivery: who receives).
                attendee "attendee": Option<$crate::model::OneOrMany<$crate::model::Ref<$crate::model::Agent>>>,
                /// Who sponsors the event.
                sponsor "sponsor": Option<$crate::model::OneOrMany<$crate::model::Ref<$crate::model::Agent>>>,
                /// Who funds the event.
                funder "funder": Option<$crate::model::OneOrMany<$crate::model::Ref<$crate::model::Agent>>>,
                /// Who contributes to the event.
                contributor "contributor": Option<$crate::model::OneOrMany<$crate::model::Ref<$crate::model::Agent>>>,
                /// What the event is about (for a delivery: what is delivered).
                about "about": Option<$crate::model::OneOrMany<$crate::model::Ref<$crate::model::Node>>>,
                /// Whether the event takes place as planned.
                event_status "eventStatus": Option<$crate::model::EventStatusType>,
                /// Whether attendees are present in person, online, or both.
                event_attendance_mode "eventAttendanceMode": Option<$crate::model::EventAttendanceMode>,
                /// Offers of tickets or admission.
                offers "offers": Option<$crate::model::OneOrMany<$crate::model::Ref<$crate::model::AnyOffer>>>,
                /// The language of the event, as a BCP 47 tag.
                in_language "inLanguage": Option<$crate::model::LanguageTag>,
                /// Whether attending is free.
                is_accessible_for_free "isAccessibleForFree": Option<bool>,
                /// How many people can attend.
                maximum_attendee_capacity "maximumAttendeeCapacity": Option<u64>,
                /// How many places are left.
                remaining_attendee_capacity "remainingAttendeeCapacity": Option<u64>,
                /// Who the event is meant for.
                audience "audience": Option<$crate::model::OneOrMany<$crate::model::Ref<$crate::model::Audience>>>,
                /// The typical age range of attendees (`18-`).
                typical_age_range "typicalAgeRange": Option<String>,
                /// A larger event this one is part of.
                super_event "superEvent": Option<$crate::model::OneOrMany<$crate::model::Ref<$crate::model::AnyEvent>>>,
                /// Events that are part of this one.
                sub_event "subEvent": Option<$crate::model::OneOrMany<$crate::model::Ref<$crate::model::AnyEvent>>>,
                /// Keywords or tags describing the event.
                keywords "keywords": Option<$crate::model::OneOrMany<String>>,
                $($own)*
            }
        }
    };
}

event_node! {
    /// Something that happens at a time and place: a concert, a lecture, a
    /// delivery.
    pub struct Event: "Event" {}
}
