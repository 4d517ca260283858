//! Product snippets and merchant listings: the two Google features for
//! `Product` pages (review and comparison pages, and pages that sell).

use super::{recommended, required, source};
use crate::profile::Check::{AnyOf, Present};
use crate::profile::{Feature, Nested, Scope};

const PRICE: &[&str] = &["price", "priceSpecification"];
const CURRENCY: &[&str] = &["priceCurrency", "priceSpecification"];
const AGENTS: &[&str] = &["Person", "Organization"];

/// Product snippet: a text result with rating, review, price and
/// availability, for pages about a product.
pub(super) const SNIPPET: Feature = Feature {
    id: "product-snippet",
    name: "Product snippet",
    applies_to: &["Product"],
    source: source!("product-snippet"),
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
                            AnyOf(PRICE),
                            "Offer has no `price` (nor a `priceSpecification`)",
                            "Google shows no price for an offer without one",
                        ),
                        recommended(
                            "google/product-snippet-offer-missing-price-currency",
                            AnyOf(CURRENCY),
                            "Offer has no `priceCurrency`",
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
                    nested: &[],
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
            Nested {
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
                        required(
                            "google/product-snippet-review-missing-rating",
                            Present("reviewRating"),
                            "Review has no `reviewRating`",
                            "Google shows no review snippet without the review's rating",
                        ),
                    ],
                    nested: &[
                        Nested {
                            property: "reviewRating",
                            types: &["Rating"],
                            except: &[],
                            scope: Scope {
                                requirements: &[required(
                                    "google/product-snippet-review-rating-missing-value",
                                    Present("ratingValue"),
                                    "Rating has no `ratingValue`",
                                    "Google shows no rating without its value",
                                )],
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
            },
            Nested {
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
                    ],
                    nested: &[],
                },
            },
        ],
    },
};

/// Merchant listing: shopping results (knowledge panel, Google Images,
/// popular products) for pages where the product can be bought.
pub(super) const MERCHANT_LISTING: Feature = Feature {
    id: "merchant-listing",
    name: "Merchant listing",
    applies_to: &["Product"],
    source: source!("merchant-listing"),
    scope: Scope {
        requirements: &[
            required(
                "google/merchant-listing-missing-name",
                Present("name"),
                "Product has no `name`",
                "Google lists no product for sale without its name",
            ),
            required(
                "google/merchant-listing-missing-image",
                Present("image"),
                "Product has no `image`",
                "Google lists no product for sale without an image of it",
            ),
            required(
                "google/merchant-listing-missing-offers",
                Present("offers"),
                "Product has no `offers`",
                "Google lists no product for sale without an offer giving its price",
            ),
            recommended(
                "google/merchant-listing-missing-description",
                Present("description"),
                "Product has no `description`",
                "Google can show the description in the shopping knowledge panel",
            ),
            recommended(
                "google/merchant-listing-missing-brand",
                Present("brand"),
                "Product has no `brand`",
                "Google uses the brand to match the product and can show it",
            ),
            recommended(
                "google/merchant-listing-missing-gtin",
                AnyOf(&["gtin", "gtin8", "gtin12", "gtin13", "gtin14"]),
                "Product has no GTIN (`gtin`, `gtin13`…)",
                "Google matches products across sellers by GTIN; without one it may not group this offer with others",
            ),
            recommended(
                "google/merchant-listing-missing-sku",
                Present("sku"),
                "Product has no `sku`",
                "Google uses the merchant's own product id to tell variants apart",
            ),
        ],
        nested: &[Nested {
            property: "offers",
            types: &["Offer"],
            except: &["AggregateOffer"],
            scope: Scope {
                requirements: &[
                    required(
                        "google/merchant-listing-offer-missing-price",
                        AnyOf(PRICE),
                        "Offer has no `price` (nor a `priceSpecification`)",
                        "Google lists no offer without its price",
                    ),
                    required(
                        "google/merchant-listing-offer-missing-price-currency",
                        AnyOf(CURRENCY),
                        "Offer has no `priceCurrency` (nor a `priceSpecification`)",
                        "Google lists no offer whose price has no currency",
                    ),
                    recommended(
                        "google/merchant-listing-offer-missing-availability",
                        Present("availability"),
                        "Offer has no `availability`",
                        "Google can show whether the product is in stock",
                    ),
                    recommended(
                        "google/merchant-listing-offer-missing-item-condition",
                        Present("itemCondition"),
                        "Offer has no `itemCondition`",
                        "Google can show whether the product is new, used or refurbished",
                    ),
                    recommended(
                        "google/merchant-listing-offer-missing-shipping-details",
                        Present("shippingDetails"),
                        "Offer has no `shippingDetails`",
                        "Google can show shipping costs and delivery times",
                    ),
                    recommended(
                        "google/merchant-listing-offer-missing-return-policy",
                        Present("hasMerchantReturnPolicy"),
                        "Offer has no `hasMerchantReturnPolicy`",
                        "Google can show the return window and its cost",
                    ),
                ],
                nested: &[],
            },
        }],
    },
};
