//! Events: listings in Google Search's event experience and Google Maps.
//!
//! Google lists only events that take place somewhere: "Virtual experiences
//! that have no real-world component aren't supported", so an event needs
//! a `Place` among its locations (an online location may be given beside
//! it), and the attendance mode is no longer asked for.

use super::{recommended, required, source, READ};
use crate::profile::Check::{Present, SomeTypedAs};
use crate::profile::{Feature, Nested, Scope, When};

const AGENTS: &[&str] = &["Person", "Organization"];

/// An event meeting every requirement and recommendation.
const COMPLETE: &str = r#"{
    "@type": "MusicEvent",
    "name": "Launch night",
    "startDate": "2025-10-14T19:00:00-05:00",
    "endDate": "2025-10-14T22:00:00-05:00",
    "description": "An evening of demos.",
    "eventStatus": "https://schema.org/EventScheduled",
    "image": "https://example.com/launch.jpg",
    "location": {
        "@type": "Place",
        "name": "Giga Texas",
        "address": {"@type": "PostalAddress", "addressLocality": "Austin"}
    },
    "offers": {
        "@type": "Offer",
        "price": 0,
        "priceCurrency": "USD",
        "availability": "https://schema.org/InStock",
        "url": "https://example.com/tickets",
        "validFrom": "2025-09-01"
    },
    "organizer": {"@type": "Corporation", "name": "NVIDIA", "url": "https://www.nvidia.com/"},
    "performer": {"@type": "Person", "name": "Jensen Huang"}
}"#;

/// Event listing.
pub(super) const EVENT: Feature = Feature {
    id: "event",
    name: "Event",
    applies_to: &["Event"],
    source: source!("event"),
    read: READ,
    complete: COMPLETE,
    when: When::Always,
    scope: Scope {
        requirements: &[
            required(
                "google/event-missing-name",
                Present("name"),
                "Event has no `name`",
                "Google lists no event without its title",
            ),
            required(
                "google/event-missing-start-date",
                Present("startDate"),
                "Event has no `startDate`",
                "Google lists no event without the date (and time) it starts",
            ),
            required(
                "google/event-missing-location",
                Present("location"),
                "Event has no `location`",
                "Google lists no event without the place where it happens",
            ),
            required(
                "google/event-location-type",
                SomeTypedAs {
                    property: "location",
                    types: &["Place"],
                },
                "Event `location` has no Place",
                "Google lists only events at a physical place, read from a Place with an address",
            ),
            recommended(
                "google/event-missing-description",
                Present("description"),
                "Event has no `description`",
                "Google can show what the event is about in its listing",
            ),
            recommended(
                "google/event-missing-end-date",
                Present("endDate"),
                "Event has no `endDate`",
                "Google can show when the event ends",
            ),
            recommended(
                "google/event-missing-event-status",
                Present("eventStatus"),
                "Event has no `eventStatus`",
                "Google can flag a cancelled, postponed or rescheduled event",
            ),
            recommended(
                "google/event-missing-image",
                Present("image"),
                "Event has no `image`",
                "Google can show an image of the event in its listing",
            ),
            recommended(
                "google/event-missing-offers",
                Present("offers"),
                "Event has no `offers`",
                "Google can show ticket prices and where to buy them",
            ),
            recommended(
                "google/event-missing-organizer",
                Present("organizer"),
                "Event has no `organizer`",
                "Google can show who hosts the event",
            ),
            recommended(
                "google/event-missing-performer",
                Present("performer"),
                "Event has no `performer`",
                "Google can show who performs at the event",
            ),
        ],
        nested: &[
            Nested {
                property: "location",
                types: &["Place"],
                except: &[],
                scope: Scope {
                    requirements: &[
                        required(
                            "google/event-place-missing-address",
                            Present("address"),
                            "event venue (Place) has no `address`",
                            "Google lists no in-person event whose venue has no address",
                        ),
                        recommended(
                            "google/event-place-missing-name",
                            Present("name"),
                            "event venue (Place) has no `name`",
                            "Google can show the venue's name next to its address",
                        ),
                    ],
                    nested: &[],
                },
            },
            Nested {
                property: "offers",
                types: &["Offer"],
                except: &[],
                scope: Scope {
                    requirements: &[
                        recommended(
                            "google/event-offer-missing-price",
                            Present("price"),
                            "event Offer has no `price`",
                            "Google can show the ticket price (0 for a free event)",
                        ),
                        recommended(
                            "google/event-offer-missing-price-currency",
                            Present("priceCurrency"),
                            "event Offer has no `priceCurrency`",
                            "Google shows a ticket price only with its currency",
                        ),
                        recommended(
                            "google/event-offer-missing-availability",
                            Present("availability"),
                            "event Offer has no `availability`",
                            "Google can show whether tickets are still available",
                        ),
                        recommended(
                            "google/event-offer-missing-url",
                            Present("url"),
                            "event Offer has no `url`",
                            "Google can link straight to the page that sells the tickets",
                        ),
                        recommended(
                            "google/event-offer-missing-valid-from",
                            Present("validFrom"),
                            "event Offer has no `validFrom`",
                            "Google can show when tickets go on sale",
                        ),
                    ],
                    nested: &[],
                },
            },
            Nested {
                property: "organizer",
                types: AGENTS,
                except: &[],
                scope: Scope {
                    requirements: &[
                        recommended(
                            "google/event-organizer-missing-name",
                            Present("name"),
                            "event organizer has no `name`",
                            "Google can show the organizer only by name",
                        ),
                        recommended(
                            "google/event-organizer-missing-url",
                            Present("url"),
                            "event organizer has no `url`",
                            "Google can link to the organizer's site",
                        ),
                    ],
                    nested: &[],
                },
            },
            Nested {
                property: "performer",
                types: AGENTS,
                except: &[],
                scope: Scope {
                    requirements: &[recommended(
                        "google/event-performer-missing-name",
                        Present("name"),
                        "event performer has no `name`",
                        "Google can show the performer only by name",
                    )],
                    nested: &[],
                },
            },
        ],
    },
};
