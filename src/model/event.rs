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
                start_date "startDate": $crate::model::DateOrDateTime,
                /// When the event ends.
                end_date "endDate": $crate::model::DateOrDateTime,
                /// When the doors open.
                door_time "doorTime": $crate::model::DateOrTime,
                /// The start dates before a reschedule.
                previous_start_date "previousStartDate": $crate::model::DateOrDateTime,
                /// Where the event happens: a place, an address, a virtual location or a text.
                location "location": $crate::model::Entity<$crate::model::Location>,
                /// Who organizes the event.
                organizer "organizer": $crate::model::Entity<$crate::model::Agent>,
                /// Who performs at the event (for a delivery: who delivers).
                performer "performer": $crate::model::Entity<$crate::model::Agent>,
                /// Who attends the event (for a delivery: who receives).
                attendee "attendee": $crate::model::Entity<$crate::model::Agent>,
                /// Who sponsors the event.
                sponsor "sponsor": $crate::model::Entity<$crate::model::Agent>,
                /// Who funds the event.
                funder "funder": $crate::model::Entity<$crate::model::Agent>,
                /// Who contributes to the event.
                contributor "contributor": $crate::model::Entity<$crate::model::Agent>,
                /// What the event is about (for a delivery: what is delivered).
                about "about": $crate::model::Entity<$crate::model::Node>,
                /// Whether the event takes place as planned.
                event_status "eventStatus": $crate::model::EventStatusType,
                /// Whether attendees are present in person, online, or both.
                event_attendance_mode "eventAttendanceMode": $crate::model::EventAttendanceMode,
                /// Offers of tickets or admission.
                offers "offers": $crate::model::Entity<$crate::model::AnyOffer>,
                /// The language of the event, as a BCP 47 tag.
                in_language "inLanguage": $crate::model::ValueOrRef<$crate::model::LanguageTag, $crate::model::Language>,
                /// Whether attending is free.
                is_accessible_for_free "isAccessibleForFree": $crate::model::Boolean,
                /// How many people can attend.
                maximum_attendee_capacity "maximumAttendeeCapacity": $crate::model::Integer,
                /// How many places are left.
                remaining_attendee_capacity "remainingAttendeeCapacity": $crate::model::Integer,
                /// Who the event is meant for.
                audience "audience": $crate::model::Entity<$crate::model::Audience>,
                /// The typical age range of attendees (`18-`).
                typical_age_range "typicalAgeRange": $crate::model::Text,
                /// A larger event this one is part of.
                super_event "superEvent": $crate::model::Entity<$crate::model::AnyEvent>,
                /// Events that are part of this one.
                sub_event "subEvent": $crate::model::Entity<$crate::model::AnyEvent>,
                /// Keywords or tags describing the event.
                keywords "keywords": $crate::model::TextOrNode,
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
