//! Product snippets: a text result with rating, review, price and
//! availability, for any page about a product (editorial reviews, shopping
//! aggregators, and pages that sell it).

use super::review::{AGGREGATE_RATING, REVIEW};
use super::{recommended, required, source, READ};
use crate::profile::Check::{AnyOf, AnyPath, Present};
use crate::profile::{Feature, Nested, Scope, When};

/// A product snippet meeting every requirement and recommendation: a
/// comparison page's product, whose `AggregateOffer` makes no merchant
/// listing.
const COMPLETE: &str = r#"{
    "@type": "Product",
    "name": "DGX Spark",
    "aggregateRating": {"@type": "AggregateRating", "ratingValue": 4.5, "reviewCount": 12,
                        "bestRating": 5, "worstRating": 1},
    "review": {
        "@type": "Review",
        "author": {"@type": "Person", "name": "Jane Doe"},
        "datePublished": "2025-10-20",
        "reviewRating": {"@type": "Rating", "ratingValue": 5, "bestRating": 5, "worstRating": 1}
    },
    "offers": {"@type": "AggregateOffer", "lowPrice": 3899, "highPrice": 4199,
               "priceCurrency": "USD", "offerCount": 4}
}"#;

/// Product snippet.
pub(super) const SNIPPET: Feature = Feature {
    id: "product-snippet",
    name: "Product snippet",
    applies_to: &["Product"],
    source: source!("product-snippet"),
    read: READ,
    complete: COMPLETE,
    when: When::Always,
    scope: Scope {
        requirements: &[
            required(
                "google/product-snippet-missing-name",
                Present("name"),
                "Product has no `name`",
                "Google shows no product snippet for a product without a name",
            ),
            required(
                "google/product-snippet-missing-offers-review-or-rating",
                AnyOf(&["offers", "review", "aggregateRating"]),
                "Product has none of `offers`, `review` or `aggregateRating`",
                "a product snippet needs a price, a review or a rating to show; add at least one",
            ),
            recommended(
                "google/product-snippet-missing-aggregate-rating",
                Present("aggregateRating"),
                "Product has no `aggregateRating`",
                "Google can show the average rating as stars under the result",
            ),
            recommended(
                "google/product-snippet-missing-review",
                Present("review"),
                "Product has no `review`",
                "Google can show a review's rating and author under the result",
            ),
            recommended(
                "google/product-snippet-missing-offers",
                Present("offers"),
                "Product has no `offers`",
                "Google can show the price and availability under the result",
            ),
        ],
        nested: &[
            Nested {
                property: "offers",
                types: &["Offer"],
                except: &["AggregateOffer"],
                scope: Scope {
                    requirements: &[
                        required(
                            "google/product-snippet-offer-missing-price",
                            AnyPath(&["price", "priceSpecification.price"]),
                            "Offer has no `price` (nor a `priceSpecification` with one)",
                            "Google shows no price for an offer without one",
                        ),
                        recommended(
                            "google/product-snippet-offer-missing-price-currency",
                            AnyPath(&["priceCurrency", "priceSpecification.priceCurrency"]),
                            "Offer has no `priceCurrency` (nor a `priceSpecification` with one)",
                            "without a currency Google may not show the price",
                        ),
                        recommended(
                            "google/product-snippet-offer-missing-availability",
                            Present("availability"),
                            "Offer has no `availability`",
                            "Google can show whether the product is in stock",
                        ),
                        recommended(
                            "google/product-snippet-offer-missing-price-valid-until",
                            Present("priceValidUntil"),
                            "Offer has no `priceValidUntil`",
                            "Google stops showing a price after this date; without it an old price may linger",
                        ),
                    ],
                    nested: &[Nested {
                        property: "priceSpecification",
                        types: &["UnitPriceSpecification"],
                        except: &[],
                        scope: Scope {
                            // A member price may give the points earned
                            // instead of a price.
                            requirements: &[
                                required(
                                    "google/product-snippet-offer-price-specification-missing-price",
                                    Present("price"),
                                    "UnitPriceSpecification has no `price`",
                                    "Google reads no price from a price specification without one",
                                )
                                .unless(&[&["membershipPointsEarned"]]),
                                recommended(
                                    "google/product-snippet-offer-price-specification-missing-price-currency",
                                    Present("priceCurrency"),
                                    "UnitPriceSpecification has no `priceCurrency`",
                                    "without a currency Google may not show the price",
                                )
                                .unless(&[&["membershipPointsEarned"]]),
                            ],
                            nested: &[],
                        },
                    }],
                },
            },
            Nested {
                property: "offers",
                types: &["AggregateOffer"],
                except: &[],
                scope: Scope {
                    requirements: &[
                        required(
                            "google/product-snippet-aggregate-offer-missing-low-price",
                            Present("lowPrice"),
                            "AggregateOffer has no `lowPrice`",
                            "Google shows no price range without the lowest price",
                        ),
                        required(
                            "google/product-snippet-aggregate-offer-missing-price-currency",
                            Present("priceCurrency"),
                            "AggregateOffer has no `priceCurrency`",
                            "Google shows no price range without its currency",
                        ),
                        recommended(
                            "google/product-snippet-aggregate-offer-missing-high-price",
                            Present("highPrice"),
                            "AggregateOffer has no `highPrice`",
                            "Google can show the full price range",
                        ),
                        recommended(
                            "google/product-snippet-aggregate-offer-missing-offer-count",
                            Present("offerCount"),
                            "AggregateOffer has no `offerCount`",
                            "Google can show how many offers there are",
                        ),
                    ],
                    nested: &[],
                },
            },
            REVIEW,
            AGGREGATE_RATING,
        ],
    },
};
