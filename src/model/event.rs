//! schema.org `Event`.

use super::*;

schema_node! {
    /// Something that happens at a time and place: a concert, a lecture, a
    /// delivery.
    pub struct Event: "Event" {
        ..event_properties,
    }
}
