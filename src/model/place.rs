//! schema.org `Place`.

use super::{
    GeoCoordinates, Image, Latitude, Longitude, OneOrMany, PostalAddress, PropertyValue, Ref, Url,
    ValueOrRef,
};

schema_node! {
    /// A place with a more or less fixed physical location: offices, a venue,
    /// a city.
    pub struct Place: "Place" {
        /// The place's postal address, structured or as text.
        address "address": Option<OneOrMany<ValueOrRef<String, PostalAddress>>>,
        /// The place's coordinates.
        geo "geo": Option<Ref<GeoCoordinates>>,
        /// Latitude, when not given in `geo`.
        latitude "latitude": Option<Latitude>,
        /// Longitude, when not given in `geo`.
        longitude "longitude": Option<Longitude>,
        /// A larger place this one is in.
        contained_in_place "containedInPlace": Option<Ref<Place>>,
        /// Places inside this one.
        contains_place "containsPlace": Option<OneOrMany<Ref<Place>>>,
        /// URLs of maps of the place.
        has_map "hasMap": Option<OneOrMany<Url>>,
        /// Telephone number.
        telephone "telephone": Option<String>,
        /// Fax number.
        fax_number "faxNumber": Option<String>,
        /// The place's logo.
        logo "logo": Option<OneOrMany<Image>>,
        /// A short code for a branch of a chain.
        branch_code "branchCode": Option<String>,
        /// Whether the place is open to the public.
        public_access "publicAccess": Option<bool>,
        /// Whether entry is free.
        is_accessible_for_free "isAccessibleForFree": Option<bool>,
        /// How many people the place holds.
        maximum_attendee_capacity "maximumAttendeeCapacity": Option<u64>,
        /// Further properties of the place.
        additional_property "additionalProperty": Option<OneOrMany<Ref<PropertyValue>>>,
        /// Keywords or tags describing the place.
        keywords "keywords": Option<OneOrMany<String>>,
        /// A slogan or motto.
        slogan "slogan": Option<String>,
    }
}
