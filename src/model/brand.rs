//! schema.org `Brand`.

use super::*;

schema_node! {
    /// A brand: the name people know a product or service by.
    pub struct Brand: "Brand" {
        /// The brand's logo.
        logo "logo": Image,
        /// A slogan or motto.
        slogan "slogan": Text,
    }
}
