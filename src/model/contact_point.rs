//! schema.org `ContactPoint`.

use super::{ContactPointOption, OneOrMany, Place, Product, ValueOrRef};

schema_node! {
    /// A way to reach an organization or person for a purpose (customer
    /// support, sales, press).
    pub struct ContactPoint: "ContactPoint" extends ["StructuredValue"] {
        /// What the contact point is for (`customer support`).
        contact_type "contactType": Option<String>,
        /// Telephone number, preferably with its international prefix.
        telephone "telephone": Option<String>,
        /// Email address.
        email "email": Option<String>,
        /// Fax number.
        fax_number "faxNumber": Option<String>,
        /// Features of the contact point (toll free, hearing impaired supported).
        contact_option "contactOption": Option<OneOrMany<ContactPointOption>>,
        /// The area served, as a place or a text.
        area_served "areaServed": Option<OneOrMany<ValueOrRef<String, Place>>>,
        /// Languages spoken (names or BCP 47 tags).
        available_language "availableLanguage": Option<OneOrMany<String>>,
        /// Products supported, as product nodes or names.
        product_supported "productSupported": Option<OneOrMany<ValueOrRef<String, Product>>>,
    }
}
