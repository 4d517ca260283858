//! Reviews and ratings nested in a product, as the review snippet page
//! defines them (the product snippet page defers to it): the scopes the
//! product snippet feature puts on a product's `review` and
//! `aggregateRating`.

use super::{recommended, required};
use crate::profile::Check::{AnyOf, Present};
use crate::profile::{Nested, Scope};

const AGENTS: &[&str] = &["Person", "Organization"];

/// A review of the product.
pub(super) const REVIEW: Nested = Nested {
    property: "review",
    types: &["Review"],
    except: &[],
    scope: Scope {
        requirements: &[
            required(
                "google/product-snippet-review-missing-author",
                Present("author"),
                "Review has no `author`",
                "Google shows no review without the person or organization who wrote it",
            ),
            // "You can omit the rating for an individual review if your
            // marked-up content contains both an author and a review date";
            // an editorial review's pros and cons stand on their own.
            required(
                "google/product-snippet-review-missing-rating",
                Present("reviewRating"),
                "Review has no `reviewRating` (nor an author and a `datePublished`, nor pros and cons)",
                "Google shows no review snippet without the review's rating, unless the review gives its author and date",
            )
            .unless(&[
                &["author", "datePublished"],
                &["positiveNotes"],
                &["negativeNotes"],
            ]),
            recommended(
                "google/product-snippet-review-missing-date-published",
                Present("datePublished"),
                "Review has no `datePublished`",
                "Google can show when the review was published",
            ),
        ],
        nested: &[
            Nested {
                property: "reviewRating",
                types: &["Rating"],
                except: &[],
                scope: Scope {
                    requirements: &[
                        required(
                            "google/product-snippet-review-rating-missing-value",
                            Present("ratingValue"),
                            "Rating has no `ratingValue`",
                            "Google shows no rating without its value",
                        ),
                        recommended(
                            "google/product-snippet-review-rating-missing-best-rating",
                            Present("bestRating"),
                            "Rating has no `bestRating`",
                            "without it Google reads the rating on a scale up to 5",
                        ),
                        recommended(
                            "google/product-snippet-review-rating-missing-worst-rating",
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
                        "google/product-snippet-review-author-missing-name",
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

/// The product's average rating.
pub(super) const AGGREGATE_RATING: Nested = Nested {
    property: "aggregateRating",
    types: &["AggregateRating"],
    except: &[],
    scope: Scope {
        requirements: &[
            required(
                "google/product-snippet-rating-missing-value",
                Present("ratingValue"),
                "AggregateRating has no `ratingValue`",
                "Google shows no rating stars without the average rating",
            ),
            required(
                "google/product-snippet-rating-missing-count",
                AnyOf(&["ratingCount", "reviewCount"]),
                "AggregateRating has neither `ratingCount` nor `reviewCount`",
                "Google shows no rating stars without the number of ratings or reviews",
            ),
            recommended(
                "google/product-snippet-rating-missing-best-rating",
                Present("bestRating"),
                "AggregateRating has no `bestRating`",
                "without it Google reads the average on a scale up to 5",
            ),
            recommended(
                "google/product-snippet-rating-missing-worst-rating",
                Present("worstRating"),
                "AggregateRating has no `worstRating`",
                "without it Google reads the average on a scale from 1",
            ),
        ],
        nested: &[],
    },
};
