//! schema.org `PostalAddress`.

use super::*;

schema_node! {
    /// A mailing address. Give only the parts that are known: a region
    /// alone (`Texas`) is a valid address.
    pub struct PostalAddress: "PostalAddress" extends ["ContactPoint", "StructuredValue"] {
        /// Street and number (`1600 Amphitheatre Pkwy`).
        street_address "streetAddress": Text,
        /// The post office box number.
        post_office_box_number "postOfficeBoxNumber": Text,
        /// The locality: a city or town (`San Francisco`).
        address_locality "addressLocality": Text,
        /// The region: a state or province (`Texas`, or `TX`).
        address_region "addressRegion": TextOrNode,
        /// The postal code.
        postal_code "postalCode": Text,
        /// The country, preferably as an ISO 3166-1 alpha-2 code (`US`).
        address_country "addressCountry": TextOrNode,
        /// Telephone number at the address.
        telephone "telephone": Text,
        /// Email address for the address.
        email "email": Text,
    }
}
