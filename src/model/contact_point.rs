//! schema.org `ContactPoint`.

use super::*;

schema_node! {
    /// A way to reach an organization or person for a purpose (customer
    /// support, sales, press).
    pub struct ContactPoint: "ContactPoint" extends ["StructuredValue"] {
        /// What the contact point is for (`customer support`).
        contact_type "contactType": Text,
        /// Telephone number, preferably with its international prefix.
        telephone "telephone": Text,
        /// Email address.
        email "email": Text,
        /// Fax number.
        fax_number "faxNumber": Text,
        /// Features of the contact point (toll free, hearing impaired supported).
        contact_option "contactOption": ContactPointOption,
        /// The area served, as a place or a text.
        area_served "areaServed": Entity<Place>,
        /// Languages spoken (names or BCP 47 tags).
        available_language "availableLanguage": ValueOrRef<LanguageTag, Language>,
        /// Products supported, as product nodes or names.
        product_supported "productSupported": Entity<Product>,
    }
}
