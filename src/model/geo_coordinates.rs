//! schema.org `GeoCoordinates`.

use super::*;

schema_node! {
    /// A point on Earth, in WGS 84 decimal degrees.
    pub struct GeoCoordinates: "GeoCoordinates" extends ["StructuredValue"] {
        /// Latitude, -90 to 90.
        latitude "latitude": Latitude,
        /// Longitude, -180 to 180.
        longitude "longitude": Longitude,
        /// Elevation, in meters unless a unit is given.
        elevation "elevation": Scalar,
        /// The address at this point.
        address "address": Entity<PostalAddress>,
        /// The country, preferably as an ISO 3166-1 alpha-2 code.
        address_country "addressCountry": TextOrNode,
        /// The postal code.
        postal_code "postalCode": Text,
    }
}
