//! schema.org `GeoCoordinates`.

use super::{Latitude, Longitude, PostalAddress, Scalar, ValueOrRef};

schema_node! {
    /// A point on Earth, in WGS 84 decimal degrees.
    pub struct GeoCoordinates: "GeoCoordinates" extends ["StructuredValue"] {
        /// Latitude, -90 to 90.
        latitude "latitude": Option<Latitude>,
        /// Longitude, -180 to 180.
        longitude "longitude": Option<Longitude>,
        /// Elevation, in meters unless a unit is given.
        elevation "elevation": Option<Scalar>,
        /// The address at this point.
        address "address": Option<ValueOrRef<String, PostalAddress>>,
        /// The country, preferably as an ISO 3166-1 alpha-2 code.
        address_country "addressCountry": Option<String>,
        /// The postal code.
        postal_code "postalCode": Option<String>,
    }
}
