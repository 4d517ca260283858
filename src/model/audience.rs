//! schema.org `Audience`.

use super::*;

schema_node! {
    /// The group a product, event or work is meant for.
    pub struct Audience: "Audience" extends ["Intangible"] {
        /// The kind of audience, as text (`developers`, `researchers`).
        audience_type "audienceType": Text,
    }
}
