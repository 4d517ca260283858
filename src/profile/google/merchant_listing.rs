//! Merchant listings: shopping results (knowledge panel, Google Images,
//! popular products) for pages where the product can be bought.
//!
//! Google applies them only where the merchant sells the product, which
//! markup says with an `Offer` (an `AggregateOffer` is a comparison of
//! other sellers' offers): a review or aggregator page gets product-snippet
//! findings only.

use super::{recommended, required, source, READ};
use crate::profile::Check::{ActivePriceAboveZero, AnyOf, AnyPath, HereOrOrganization, Present};
use crate::profile::{Feature, Nested, Scope, When};

const PRICE: &[&str] = &["price", "priceSpecification.price"];
const CURRENCY: &[&str] = &["priceCurrency", "priceSpecification.priceCurrency"];
/// A price specification that gives the points a member earns has no price.
const POINTS: &[&[&str]] = &[&["membershipPointsEarned"]];

/// A merchant listing meeting every requirement and recommendation, and
/// those of the product snippet (a product sold is a product too).
const COMPLETE: &str = r#"{
    "@type": "Product",
    "name": "DGX Spark",
    "image": "https://example.com/dgx-spark.jpg",
    "description": "A desktop AI computer.",
    "brand": {"@type": "Brand", "name": "NVIDIA"},
    "gtin13": "4006381333931",
    "sku": "DGX-SPARK",
    "mpn": "940-54242-0000-000",
    "color": "gold",
    "size": "150 x 150 x 50.5 mm",
    "aggregateRating": {"@type": "AggregateRating", "ratingValue": 4.5, "reviewCount": 12,
                        "bestRating": 5, "worstRating": 1},
    "review": [{
        "@type": "Review",
        "author": {"@type": "Person", "name": "Jane Doe"},
        "datePublished": "2025-10-20",
        "reviewRating": {"@type": "Rating", "ratingValue": 5, "bestRating": 5, "worstRating": 1}
    }],
    "offers": {
        "@type": "Offer",
        "url": "https://example.com/dgx-spark",
        "validFrom": "2025-10-15",
        "price": "3999.00",
        "priceCurrency": "USD",
        "availability": "https://schema.org/InStock",
        "priceValidUntil": "2026-12-31",
        "itemCondition": "https://schema.org/NewCondition",
        "shippingDetails": {"@type": "OfferShippingDetails"},
        "hasMerchantReturnPolicy": {"@type": "MerchantReturnPolicy"}
    }
}"#;

/// Merchant listing.
pub(super) const MERCHANT_LISTING: Feature = Feature {
    id: "merchant-listing",
    name: "Merchant listing",
    applies_to: &["Product"],
    source: source!("merchant-listing"),
    read: READ,
    complete: COMPLETE,
    when: When::Holds {
        property: "offers",
        types: &["Offer"],
        except: &["AggregateOffer"],
    },
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
            recommended(
                "google/merchant-listing-missing-description",
                Present("description"),
                "Product has no `description`",
                "Google can show the description in the shopping knowledge panel",
            ),
            recommended(
                "google/merchant-listing-missing-brand",
                AnyPath(&["brand.name"]),
                "Product has no `brand` with a `name`",
                "Google uses the brand to match the product and can show it",
            ),
            // Google's row is "gtin | gtin8 | gtin12 | gtin13 | gtin14 |
            // isbn": an ISBN is the global identifier of a book (typed
            // Product and Book).
            recommended(
                "google/merchant-listing-missing-gtin",
                AnyOf(&["gtin", "gtin8", "gtin12", "gtin13", "gtin14", "isbn"]),
                "Product has no GTIN (`gtin`, `gtin13`…, or `isbn` for a book)",
                "Google matches products across sellers by GTIN; without one it may not group this offer with others",
            ),
            recommended(
                "google/merchant-listing-missing-mpn",
                Present("mpn"),
                "Product has no `mpn`",
                "Google uses the manufacturer part number to identify the product",
            ),
            recommended(
                "google/merchant-listing-missing-sku",
                Present("sku"),
                "Product has no `sku`",
                "Google uses the merchant's own product id to tell variants apart",
            ),
            recommended(
                "google/merchant-listing-missing-color",
                Present("color"),
                "Product has no `color`",
                "Google can show and filter by the product's color",
            ),
            recommended(
                "google/merchant-listing-missing-size",
                Present("size"),
                "Product has no `size`",
                "Google can show and filter by the product's size",
            ),
            recommended(
                "google/merchant-listing-missing-review",
                Present("review"),
                "Product has no `review`",
                "Google can show reviews in the shopping knowledge panel",
            ),
            recommended(
                "google/merchant-listing-missing-aggregate-rating",
                Present("aggregateRating"),
                "Product has no `aggregateRating`",
                "Google can show the average rating in shopping results",
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
                        AnyPath(PRICE),
                        "Offer has no `price` (nor a `priceSpecification` with one)",
                        "Google lists no offer without its price",
                    ),
                    required(
                        "google/merchant-listing-offer-missing-price-currency",
                        AnyPath(CURRENCY),
                        "Offer has no `priceCurrency` (nor a `priceSpecification` with one)",
                        "Google lists no offer whose price has no currency",
                    ),
                    required(
                        "google/merchant-listing-offer-price-not-positive",
                        ActivePriceAboveZero,
                        "Offer's active price is not above zero",
                        "merchant listings need a price greater than zero (product snippets accept 0)",
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
                        "google/merchant-listing-offer-missing-url",
                        Present("url"),
                        "Offer has no `url`",
                        "Google can link to the page where the product is bought",
                    ),
                    recommended(
                        "google/merchant-listing-offer-missing-price-valid-until",
                        Present("priceValidUntil"),
                        "Offer has no `priceValidUntil`",
                        "Google stops showing a price after this date; without it an old price may linger",
                    ),
                    recommended(
                        "google/merchant-listing-offer-missing-valid-from",
                        Present("validFrom"),
                        "Offer has no `validFrom`",
                        "Google can tell from when the price applies (the start of a sale)",
                    ),
                    // Google prefers one shipping and return policy for the
                    // whole business, on its Organization, over one per offer.
                    recommended(
                        "google/merchant-listing-offer-missing-shipping-details",
                        HereOrOrganization {
                            property: "shippingDetails",
                            organization: &["hasShippingService"],
                        },
                        "Offer has no `shippingDetails`, and no Organization here has a `hasShippingService`",
                        "Google can show shipping costs and delivery times",
                    ),
                    recommended(
                        "google/merchant-listing-offer-missing-return-policy",
                        HereOrOrganization {
                            property: "hasMerchantReturnPolicy",
                            organization: &["hasMerchantReturnPolicy"],
                        },
                        "Offer has no `hasMerchantReturnPolicy`, and no Organization here has one",
                        "Google can show the return window and its cost",
                    ),
                ],
                nested: &[Nested {
                    property: "priceSpecification",
                    types: &["UnitPriceSpecification"],
                    except: &[],
                    scope: Scope {
                        requirements: &[
                            required(
                                "google/merchant-listing-offer-price-specification-missing-price",
                                Present("price"),
                                "UnitPriceSpecification has no `price`",
                                "Google reads no price from a price specification without one",
                            )
                            .unless(POINTS),
                            required(
                                "google/merchant-listing-offer-price-specification-missing-price-currency",
                                Present("priceCurrency"),
                                "UnitPriceSpecification has no `priceCurrency`",
                                "Google reads no price from a price specification without its currency",
                            )
                            .unless(POINTS),
                        ],
                        nested: &[],
                    },
                }],
            },
        }],
    },
};
