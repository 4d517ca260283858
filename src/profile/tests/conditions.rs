//! The conditions Google's pages put on requirements: where a feature
//! applies, what waives a requirement, what a nested value must say.

use std::collections::BTreeSet;

use serde_json::{json, Value};

use super::{complete, findings};
use crate::diagnostic::Severity;
use crate::profile::google::GOOGLE;
use crate::profile::{check_profile_on_page, Page};

fn errors(node: &Value) -> BTreeSet<(&'static str, String)> {
    findings(node, &["Product"])
        .into_iter()
        .filter(|f| f.severity == Severity::Error)
        .map(|f| (f.rule, f.pointer))
        .collect()
}

fn set(items: &[(&'static str, &str)]) -> BTreeSet<(&'static str, String)> {
    items.iter().map(|(r, p)| (*r, (*p).to_owned())).collect()
}

#[test]
fn merchant_listings_apply_only_to_products_sold_through_an_offer() {
    // An editorial review page: no offer, so no merchant listing.
    let review_page = json!({"@type": "Product", "name": "Anvil",
        "review": {"@type": "Review", "author": {"@type": "Person", "name": "Fred"},
                   "reviewRating": {"@type": "Rating", "ratingValue": 4}}});
    let all = findings(&review_page, &["Product"]);
    assert!(
        all.iter()
            .all(|f| f.rule.starts_with("google/product-snippet-")),
        "{all:#?}"
    );
    // An aggregator's AggregateOffer is not the merchant's own offer.
    let aggregator = json!({"@type": "Product", "name": "Anvil",
        "offers": {"@type": "AggregateOffer", "lowPrice": 1, "priceCurrency": "USD"}});
    let all = findings(&aggregator, &["Product"]);
    assert!(
        all.iter()
            .all(|f| f.rule.starts_with("google/product-snippet-")),
        "{all:#?}"
    );
    // An Offer makes it a merchant listing, which needs an image.
    let mut sold = aggregator.clone();
    sold["offers"] = json!({"@type": "Offer", "price": 5, "priceCurrency": "USD"});
    assert_eq!(
        errors(&sold),
        set(&[("google/merchant-listing-missing-image", "/@graph/0")])
    );
}

#[test]
fn the_price_may_be_in_a_price_specification_and_is_looked_for_there() {
    let mut product = complete("merchant-listing");
    product["offers"]["price"] = Value::Null;
    product["offers"]["priceSpecification"] =
        json!({"@type": "UnitPriceSpecification", "priceCurrency": "USD"});
    assert_eq!(
        errors(&product),
        set(&[
            (
                "google/merchant-listing-offer-missing-price",
                "/@graph/0/offers"
            ),
            (
                "google/product-snippet-offer-missing-price",
                "/@graph/0/offers"
            ),
            (
                "google/merchant-listing-offer-price-specification-missing-price",
                "/@graph/0/offers/priceSpecification"
            ),
            (
                "google/product-snippet-offer-price-specification-missing-price",
                "/@graph/0/offers/priceSpecification"
            ),
        ])
    );
    product["offers"]["priceSpecification"]["price"] = json!(10);
    assert_eq!(errors(&product), set(&[]));
    // A member's points stand in a specification of their own.
    product["offers"]["priceSpecification"] = json!([
        {"@type": "UnitPriceSpecification", "price": 10, "priceCurrency": "USD"},
        {"@type": "UnitPriceSpecification", "membershipPointsEarned": 20,
         "validForMemberTier": {"@id": "#gold"}}
    ]);
    assert_eq!(errors(&product), set(&[]));
}

#[test]
fn a_merchant_listing_price_must_be_above_zero() {
    let mut product = complete("merchant-listing");
    product["offers"]["price"] = json!("0.00");
    let rule = "google/merchant-listing-offer-price-not-positive";
    assert_eq!(errors(&product), set(&[(rule, "/@graph/0/offers")]));
    // The active price of a price specification, not a strikethrough one.
    product["offers"]["price"] = Value::Null;
    product["offers"]["priceSpecification"] = json!([
        {"@type": "UnitPriceSpecification", "priceType": "https://schema.org/StrikethroughPrice",
         "price": 15, "priceCurrency": "USD"},
        {"@type": "UnitPriceSpecification", "price": 0, "priceCurrency": "USD"}
    ]);
    assert_eq!(errors(&product), set(&[(rule, "/@graph/0/offers")]));
    product["offers"]["priceSpecification"][1]["price"] = json!(9.5);
    assert_eq!(errors(&product), set(&[]));
}

#[test]
fn a_review_may_go_without_a_rating_when_it_has_author_and_date_or_pros_and_cons() {
    let mut product = complete("merchant-listing");
    product["review"] = json!({"@type": "Review", "author": {"@type": "Person", "name": "Fred"}});
    assert_eq!(
        errors(&product),
        set(&[(
            "google/product-snippet-review-missing-rating",
            "/@graph/0/review"
        )])
    );
    product["review"]["datePublished"] = json!("2025-01-01");
    assert_eq!(errors(&product), set(&[]));
    product["review"]["datePublished"] = Value::Null;
    product["review"]["positiveNotes"] = json!({"@type": "ItemList", "itemListElement": []});
    assert_eq!(errors(&product), set(&[]));
}

#[test]
fn shipping_and_return_policies_may_be_the_organizations() {
    let mut product = complete("merchant-listing");
    let offer = product["offers"].as_object_mut().unwrap();
    offer.remove("shippingDetails");
    offer.remove("hasMerchantReturnPolicy");
    let policies = [
        "google/merchant-listing-offer-missing-return-policy",
        "google/merchant-listing-offer-missing-shipping-details",
    ];
    let run = |product: &Value, page: &Page<'_>| {
        let mut found = BTreeSet::new();
        let map = product.as_object().unwrap();
        check_profile_on_page(&GOOGLE, map, &["Product"], "", page, &mut |f| {
            found.insert(f.rule);
        });
        found
    };
    let found = run(&product, &Page::NONE);
    assert!(policies.iter().all(|p| found.contains(p)), "{found:?}");
    // Said once for the business, elsewhere in the document.
    let both = |p: &str| p == "hasShippingService" || p == "hasMerchantReturnPolicy";
    let found = run(&product, &Page::new(&both));
    assert!(policies.iter().all(|p| !found.contains(p)), "{found:?}");
    // Or by the offer's seller.
    product["offers"]["seller"] = json!({"@type": "OnlineStore", "name": "Shop",
        "hasMerchantReturnPolicy": {"@id": "https://example.com/returns#policy"}});
    let found = run(&product, &Page::NONE);
    assert!(
        !found.contains(policies[0]) && found.contains(policies[1]),
        "{found:?}"
    );
}
