//! schema.org `Place`.

use super::*;

schema_node! {
    /// A place with a more or less fixed physical location: offices, a venue,
    /// a city.
    pub struct Place: "Place" {
        /// The place's postal address, structured or as text.
        address "address": Entity<PostalAddress>,
        /// The place's coordinates.
        geo "geo": Entity<GeoCoordinates>,
        /// Latitude, when not given in `geo`.
        latitude "latitude": Latitude,
        /// Longitude, when not given in `geo`.
        longitude "longitude": Longitude,
        /// A larger place this one is in.
        contained_in_place "containedInPlace": Entity<Place>,
        /// Places inside this one.
        contains_place "containsPlace": Entity<Place>,
        /// URLs of maps of the place.
        has_map "hasMap": ValueOrRef<Url, AnyType>,
        /// Telephone number.
        telephone "telephone": Text,
        /// Fax number.
        fax_number "faxNumber": Text,
        /// The place's logo.
        logo "logo": Image,
        /// A short code for a branch of a chain.
        branch_code "branchCode": Text,
        /// Whether the place is open to the public.
        public_access "publicAccess": Boolean,
        /// Whether entry is free.
        is_accessible_for_free "isAccessibleForFree": Boolean,
        /// How many people the place holds.
        maximum_attendee_capacity "maximumAttendeeCapacity": Integer,
        /// Further properties of the place.
        additional_property "additionalProperty": Entity<PropertyValue>,
        /// Keywords or tags describing the place.
        keywords "keywords": TextOrNode,
        /// A slogan or motto.
        slogan "slogan": Text,
    }
}
