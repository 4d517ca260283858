//! Profile pages: pages about one person or organization (creators on
//! forums and social sites), which Google uses to identify them.

use super::{recommended, required, source, READ};
use crate::profile::Check::{AnyOf, Present, TypedAs};
use crate::profile::{Feature, Nested, Scope, When};

const AGENTS: &[&str] = &["Person", "Organization"];

/// A profile page meeting every requirement and recommendation.
const COMPLETE: &str = r#"{
    "@type": "ProfilePage",
    "dateCreated": "2020-01-01",
    "dateModified": "2025-10-14",
    "mainEntity": {
        "@type": "Person",
        "name": "Jensen Huang",
        "alternateName": "jensen",
        "description": "Founder of NVIDIA.",
        "image": "https://example.com/jensen.jpg",
        "sameAs": ["https://en.wikipedia.org/wiki/Jensen_Huang"],
        "identifier": "1963",
        "interactionStatistic": {"@type": "InteractionCounter",
            "interactionType": "https://schema.org/FollowAction", "userInteractionCount": 7},
        "agentInteractionStatistic": {"@type": "InteractionCounter",
            "interactionType": "https://schema.org/WriteAction", "userInteractionCount": 12}
    }
}"#;

/// Profile page.
pub(super) const PROFILE_PAGE: Feature = Feature {
    id: "profile-page",
    name: "Profile page",
    applies_to: &["ProfilePage"],
    source: source!("profile-page"),
    read: READ,
    complete: COMPLETE,
    when: When::Always,
    scope: Scope {
        requirements: &[
            required(
                "google/profile-page-missing-main-entity",
                Present("mainEntity"),
                "ProfilePage has no `mainEntity`",
                "Google treats the page as a profile only when it says whose profile it is",
            ),
            required(
                "google/profile-page-main-entity-type",
                TypedAs {
                    property: "mainEntity",
                    types: AGENTS,
                },
                "ProfilePage `mainEntity` is not a Person or an Organization",
                "a profile page is about a Person or an Organization; Google ignores other main entities",
            ),
            recommended(
                "google/profile-page-missing-date-created",
                Present("dateCreated"),
                "ProfilePage has no `dateCreated`",
                "Google can tell how long the profile has existed",
            ),
            recommended(
                "google/profile-page-missing-date-modified",
                Present("dateModified"),
                "ProfilePage has no `dateModified`",
                "Google can tell how current the profile is",
            ),
        ],
        nested: &[Nested {
            property: "mainEntity",
            types: AGENTS,
            except: &[],
            scope: Scope {
                requirements: &[
                    // "If the `name` property isn't available, you can provide
                    // the `alternateName` property to fulfill this requirement."
                    required(
                        "google/profile-page-main-entity-missing-name",
                        AnyOf(&["name", "alternateName"]),
                        "profile's main entity has no `name` (nor `alternateName`)",
                        "Google shows no profile without the person's or organization's name",
                    ),
                    recommended(
                        "google/profile-page-main-entity-missing-alternate-name",
                        Present("alternateName"),
                        "profile's main entity has no `alternateName`",
                        "Google can show the handle or username next to the name",
                    ),
                    recommended(
                        "google/profile-page-main-entity-missing-description",
                        Present("description"),
                        "profile's main entity has no `description`",
                        "Google can show the profile's bio",
                    ),
                    recommended(
                        "google/profile-page-main-entity-missing-image",
                        Present("image"),
                        "profile's main entity has no `image`",
                        "Google can show the profile picture",
                    ),
                    recommended(
                        "google/profile-page-main-entity-missing-same-as",
                        Present("sameAs"),
                        "profile's main entity has no `sameAs`",
                        "links to the same person's other profiles help Google identify them",
                    ),
                    recommended(
                        "google/profile-page-main-entity-missing-identifier",
                        Present("identifier"),
                        "profile's main entity has no `identifier`",
                        "a site-wide id lets Google follow the profile when its handle changes",
                    ),
                    recommended(
                        "google/profile-page-main-entity-missing-interaction-statistic",
                        Present("interactionStatistic"),
                        "profile's main entity has no `interactionStatistic`",
                        "Google can show the profile's followers and likes on this site",
                    ),
                    recommended(
                        "google/profile-page-main-entity-missing-agent-interaction-statistic",
                        Present("agentInteractionStatistic"),
                        "profile's main entity has no `agentInteractionStatistic`",
                        "Google can show how many posts, likes and follows the profile made",
                    ),
                ],
                nested: &[],
            },
        }],
    },
};
