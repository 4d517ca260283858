//! Review snippets of a review or a rating that stands on its own (a
//! `Review` or `AggregateRating` with an `itemReviewed`), as the review
//! snippet page defines them. Reviews and ratings nested in a product are
//! the product snippet's (see `review.rs`).

use super::{recommended, required, source, READ};
use crate::profile::Check::{AnyOf, Present, TypedAs};
use crate::profile::{Feature, Nested, Scope, When};

/// The types Google shows reviews of.
const REVIEWED: &[&str] = &[
    "Book",
    "Course",
    "CreativeWorkSeason",
    "CreativeWorkSeries",
    "Episode",
    "Event",
    "Game",
    "HowTo",
    "LocalBusiness",
    "MediaObject",
    "Movie",
    "MusicPlaylist",
    "MusicRecording",
    "Organization",
    "Product",
    "Recipe",
    "SoftwareApplication",
];

const AGENTS: &[&str] = &["Person", "Organization"];

/// What is reviewed: one of the types above, with a name.
const ITEM: Nested = Nested {
    property: "itemReviewed",
    types: REVIEWED,
    except: &[],
    scope: Scope {
        requirements: &[required(
            "google/review-snippet-item-missing-name",
            Present("name"),
            "the reviewed item has no `name`",
            "Google shows no review snippet without the name of what is reviewed",
        )],
        nested: &[],
    },
};

/// A review meeting every requirement and recommendation.
const COMPLETE_REVIEW: &str = r#"{
    "@type": "Review",
    "itemReviewed": {"@type": "Book", "name": "The Innovator's Dilemma"},
    "author": {"@type": "Person", "name": "Jane Doe"},
    "datePublished": "2025-10-20",
    "reviewRating": {"@type": "Rating", "ratingValue": 4, "bestRating": 5, "worstRating": 1}
}"#;

/// Review snippet of a review.
pub(super) const REVIEW_SNIPPET: Feature = Feature {
    id: "review-snippet",
    name: "Review snippet",
    applies_to: &["Review"],
    source: source!("review-snippet"),
    read: READ,
    complete: COMPLETE_REVIEW,
    when: When::Always,
    scope: Scope {
        requirements: &[
            required(
                "google/review-snippet-missing-item-reviewed",
                Present("itemReviewed"),
                "Review has no `itemReviewed`",
                "Google shows no review snippet without the item reviewed (or nest the review in it)",
            ),
            required(
                "google/review-snippet-item-reviewed-type",
                TypedAs {
                    property: "itemReviewed",
                    types: REVIEWED,
                },
                "Review `itemReviewed` is not of a type Google shows reviews of",
                "Google shows reviews of books, courses, events, local businesses, movies, products, recipes, software and a few more types",
            ),
            required(
                "google/review-snippet-missing-author",
                Present("author"),
                "Review has no `author`",
                "Google shows no review without the person or organization who wrote it",
            ),
            required(
                "google/review-snippet-missing-rating",
                Present("reviewRating"),
                "Review has no `reviewRating` (nor an author and a `datePublished`)",
                "Google shows no review snippet without the review's rating, unless the review gives its author and date",
            )
            .unless(&[&["author", "datePublished"]]),
            recommended(
                "google/review-snippet-missing-date-published",
                Present("datePublished"),
                "Review has no `datePublished`",
                "Google can show when the review was published",
            ),
        ],
        nested: &[
            ITEM,
            Nested {
                property: "reviewRating",
                types: &["Rating"],
                except: &[],
                scope: Scope {
                    requirements: &[
                        required(
                            "google/review-snippet-rating-missing-value",
                            Present("ratingValue"),
                            "Rating has no `ratingValue`",
                            "Google shows no rating without its value",
                        ),
                        recommended(
                            "google/review-snippet-rating-missing-best-rating",
                            Present("bestRating"),
                            "Rating has no `bestRating`",
                            "without it Google reads the rating on a scale up to 5",
                        ),
                        recommended(
                            "google/review-snippet-rating-missing-worst-rating",
                            Present("worstRating"),
                            "Rating has no `worstRating`",
                            "without it Google reads the rating on a scale from 1",
                        ),
                    ],
                    nested: &[],
                },
            },
            Nested {
                property: "author",
                types: AGENTS,
                except: &[],
                scope: Scope {
                    requirements: &[required(
                        "google/review-snippet-author-missing-name",
                        Present("name"),
                        "review author has no `name`",
                        "Google shows no review whose author has no name",
                    )],
                    nested: &[],
                },
            },
        ],
    },
};

/// An aggregate rating meeting every requirement and recommendation.
const COMPLETE_AGGREGATE: &str = r#"{
    "@type": "AggregateRating",
    "itemReviewed": {"@type": "Book", "name": "The Innovator's Dilemma"},
    "ratingValue": 4.4,
    "ratingCount": 89,
    "bestRating": 5,
    "worstRating": 1
}"#;

/// Review snippet of an aggregate rating.
pub(super) const AGGREGATE_RATING_SNIPPET: Feature = Feature {
    id: "review-snippet-aggregate",
    name: "Review snippet (aggregate rating)",
    applies_to: &["AggregateRating"],
    source: source!("review-snippet"),
    read: READ,
    complete: COMPLETE_AGGREGATE,
    when: When::Always,
    scope: Scope {
        requirements: &[
            required(
                "google/review-snippet-aggregate-missing-item-reviewed",
                Present("itemReviewed"),
                "AggregateRating has no `itemReviewed`",
                "Google shows no rating stars without the item rated (or nest the rating in it)",
            ),
            required(
                "google/review-snippet-aggregate-item-reviewed-type",
                TypedAs {
                    property: "itemReviewed",
                    types: REVIEWED,
                },
                "AggregateRating `itemReviewed` is not of a type Google shows ratings of",
                "Google shows ratings of books, courses, events, local businesses, movies, products, recipes, software and a few more types",
            ),
            required(
                "google/review-snippet-aggregate-missing-value",
                Present("ratingValue"),
                "AggregateRating has no `ratingValue`",
                "Google shows no rating stars without the average rating",
            ),
            required(
                "google/review-snippet-aggregate-missing-count",
                AnyOf(&["ratingCount", "reviewCount"]),
                "AggregateRating has neither `ratingCount` nor `reviewCount`",
                "Google shows no rating stars without the number of ratings or reviews",
            ),
            recommended(
                "google/review-snippet-aggregate-missing-best-rating",
                Present("bestRating"),
                "AggregateRating has no `bestRating`",
                "without it Google reads the average on a scale up to 5",
            ),
            recommended(
                "google/review-snippet-aggregate-missing-worst-rating",
                Present("worstRating"),
                "AggregateRating has no `worstRating`",
                "without it Google reads the average on a scale from 1",
            ),
        ],
        nested: &[Nested {
            property: "itemReviewed",
            types: REVIEWED,
            except: &[],
            scope: Scope {
                requirements: &[required(
                    "google/review-snippet-aggregate-item-missing-name",
                    Present("name"),
                    "the rated item has no `name`",
                    "Google shows no rating stars without the name of what is rated",
                )],
                nested: &[],
            },
        }],
    },
};
