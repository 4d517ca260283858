//! schema.org `DeliveryEvent`: an `Event` in which something is handed over.

use super::*;

schema_node! {
    /// A delivery: who delivers (`performer`), who receives (`attendee`),
    /// what is delivered (`about`), where (`location`), and the delivery's
    /// own details.
    pub struct DeliveryEvent: "DeliveryEvent" extends ["Event"] {
        ..event_properties,
        /// A code the recipient needs to pick the delivery up.
        access_code "accessCode": Text,
        /// When the delivery can first be picked up.
        available_from "availableFrom": DateTime,
        /// When the delivery can last be picked up.
        available_through "availableThrough": DateTime,
        /// How the delivery is made.
        has_delivery_method "hasDeliveryMethod": DeliveryMethod,
    }
}
