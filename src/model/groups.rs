//! Property groups several modeled types share, each declared once: a type
//! takes a group's properties with `..group,` in its `schema_node!`
//! declaration, at the place they stand in its property list.
//!
//! A group holds only properties whose name, range and description are the
//! same in every type that takes it: a description that differs (the logo
//! of a brand, of a product) stays in each type's own list, since the
//! schemas publish it.

/// Declares a property group: a macro named after the group that hands its
/// properties back to `schema_node!`, which splices them where `..group,`
/// stood.
///
/// A macro can only write `$` into the macro it defines when it is handed
/// the token: the first rule passes one in as `$d`.
macro_rules! property_group {
    (@with_dollar ($d:tt) $(#[$meta:meta])* $group:ident { $($properties:tt)* }) => {
        $(#[$meta])*
        macro_rules! $group {
            ($d($d declaration:tt)*) => {
                schema_node! { @splice [$($properties)*] $d($d declaration)* }
            };
        }
    };
    ($(#[$meta:meta])* $group:ident { $($properties:tt)* }) => {
        property_group! { @with_dollar ($) $(#[$meta])* $group { $($properties)* } }
    };
}

property_group! {
    /// The properties of schema.org's `Event`, which its subtypes
    /// (`DeliveryEvent`) read too.
    event_properties {
        /// When the event starts: a date, or a date and time with offset.
        start_date "startDate": DateOrDateTime,
        /// When the event ends.
        end_date "endDate": DateOrDateTime,
        /// When the doors open.
        door_time "doorTime": DateOrTime,
        /// The start dates before a reschedule.
        previous_start_date "previousStartDate": DateOrDateTime,
        /// Where the event happens: a place, an address, a virtual location or a text.
        location "location": Entity<Location>,
        /// Who organizes the event.
        organizer "organizer": Entity<Agent>,
        /// Who performs at the event (for a delivery: who delivers).
        performer "performer": Entity<Agent>,
        /// Who attends the event (for a delivery: who receives).
        attendee "attendee": Entity<Agent>,
        /// Who sponsors the event.
        sponsor "sponsor": Entity<Agent>,
        /// Who funds the event.
        funder "funder": Entity<Agent>,
        /// Who contributes to the event.
        contributor "contributor": Entity<Agent>,
        /// What the event is about (for a delivery: what is delivered).
        about "about": Entity<Node>,
        /// Whether the event takes place as planned.
        event_status "eventStatus": EventStatusType,
        /// Whether attendees are present in person, online, or both.
        event_attendance_mode "eventAttendanceMode": EventAttendanceMode,
        /// Offers of tickets or admission.
        offers "offers": Entity<AnyOffer>,
        /// The language of the event, as a BCP 47 tag.
        in_language "inLanguage": ValueOrRef<LanguageTag, Language>,
        /// Whether attending is free.
        is_accessible_for_free "isAccessibleForFree": Boolean,
        /// How many people can attend.
        maximum_attendee_capacity "maximumAttendeeCapacity": Integer,
        /// How many places are left.
        remaining_attendee_capacity "remainingAttendeeCapacity": Integer,
        /// Who the event is meant for.
        audience "audience": Entity<Audience>,
        /// The typical age range of attendees (`18-`).
        typical_age_range "typicalAgeRange": Text,
        /// A larger event this one is part of.
        super_event "superEvent": Entity<AnyEvent>,
        /// Events that are part of this one.
        sub_event "subEvent": Entity<AnyEvent>,
        /// Keywords or tags describing the event.
        keywords "keywords": TextOrNode,
    }
}

property_group! {
    /// The seller's and the maker's numbers for an item (Product, Offer).
    part_numbers {
        /// The seller's stock keeping unit.
        sku "sku": Text,
        /// The manufacturer part number.
        mpn "mpn": Text,
    }
}

property_group! {
    /// The item's GTIN, of any length or of each (Product, Offer).
    gtin_codes {
        /// A GTIN of any length.
        gtin "gtin": Gtin,
        /// The GTIN-8 (EAN-8).
        gtin8 "gtin8": Gtin8,
        /// The GTIN-12 (UPC-A).
        gtin12 "gtin12": Gtin12,
        /// The GTIN-13 (EAN-13).
        gtin13 "gtin13": Gtin13,
        /// The GTIN-14.
        gtin14 "gtin14": Gtin14,
    }
}
