//! Tests of the profile tables and of the evaluator.

use std::collections::BTreeSet;

use serde_json::{json, Map, Value};

use super::check_profile;
use super::google::GOOGLE;
use crate::diagnostic::Diagnostic;
use crate::diagnostic::Severity;

mod clean_path;
mod conditions;

/// The complete example of the Google feature `id` (every feature's is
/// judged in `validate/profiles/complete_tests.rs`, with every profile's).
fn complete(id: &str) -> Value {
    let feature = GOOGLE.features.iter().find(|f| f.id == id);
    let feature = feature.unwrap_or_else(|| panic!("no feature {id}"));
    serde_json::from_str(feature.complete).unwrap_or_else(|error| panic!("{id}: {error}"))
}

fn findings(node: &Value, types: &[&str]) -> Vec<Diagnostic> {
    let mut found = Vec::new();
    let map = node.as_object().unwrap();
    check_profile(&GOOGLE, map, types, "/@graph/0", &mut |f| found.push(f));
    found
}

fn rules(found: &[Diagnostic]) -> BTreeSet<(&'static str, String)> {
    found.iter().map(|f| (f.rule, f.pointer.clone())).collect()
}

#[test]
fn nodes_of_other_types_are_not_checked() {
    assert_eq!(findings(&json!({"@type": "Person"}), &["Person"]), []);
    assert_eq!(findings(&json!({}), &["NoSuchType"]), []);
}

#[test]
fn one_of_groups_need_any_one_member() {
    let mut product = json!({"@type": "Product", "name": "DGX Spark"});
    let found = findings(&product, &["Product"]);
    let snippet: Vec<_> = found
        .iter()
        .filter(|f| f.severity == Severity::Error && f.rule.starts_with("google/product-snippet-"))
        .collect();
    assert_eq!(snippet.len(), 1, "{found:#?}");
    assert_eq!(
        snippet[0].rule,
        "google/product-snippet-missing-offers-review-or-rating"
    );
    assert_eq!(snippet[0].pointer, "/@graph/0");
    product["aggregateRating"] =
        json!({"@type": "AggregateRating", "ratingValue": 4, "ratingCount": 3});
    let found = findings(&product, &["Product"]);
    assert!(found
        .iter()
        .all(|f| f.rule != "google/product-snippet-missing-offers-review-or-rating"));
}

#[test]
fn findings_carry_severity_message_help_and_source() {
    let found = findings(
        &json!({"@type": "Event", "name": "x", "location": {"@type": "Place", "address": "Austin"}}),
        &["Event"],
    );
    let start = found
        .iter()
        .find(|f| f.rule == "google/event-missing-start-date")
        .unwrap();
    assert_eq!(start.severity, Severity::Error);
    assert_eq!(start.message, "Event has no `startDate`");
    let help = start.help.as_deref().unwrap_or_default();
    assert!(
        help.ends_with(
            "; see https://developers.google.com/search/docs/appearance/structured-data/event"
        ),
        "{help}"
    );
    assert!(start.rule.starts_with("google/event-"));
    let image = found
        .iter()
        .find(|f| f.rule == "google/event-missing-image")
        .unwrap();
    assert_eq!(image.severity, Severity::Warning);
}

#[test]
fn event_location_needs_a_place_with_an_address() {
    let mut event = complete("event");
    // An online location beside the venue is fine; the venue needs its address.
    event["location"] = json!([
        {"@type": "Place", "name": "Giga Texas"},
        {"@type": "VirtualLocation", "name": "Stream"}
    ]);
    let found = rules(&findings(&event, &["MusicEvent"]));
    let expected: BTreeSet<_> = [(
        "google/event-place-missing-address",
        "/@graph/0/location/0".to_owned(),
    )]
    .into();
    assert_eq!(found, expected);
    // A Place subtype is a Place.
    event["location"] = json!({"@type": "Restaurant", "name": "Diner"});
    let found = rules(&findings(&event, &["MusicEvent"]));
    assert_eq!(
        found,
        [(
            "google/event-place-missing-address",
            "/@graph/0/location".to_owned()
        )]
        .into()
    );
}

#[test]
fn event_location_must_include_a_place() {
    let mut event = complete("event");
    event["location"] = json!("Austin, Texas");
    let found = rules(&findings(&event, &["MusicEvent"]));
    assert_eq!(
        found,
        [(
            "google/event-location-type",
            "/@graph/0/location".to_owned()
        )]
        .into()
    );
    // Google lists no virtual-only event.
    event["location"] = json!({"@type": "VirtualLocation", "url": "https://example.com/live"});
    let found = rules(&findings(&event, &["MusicEvent"]));
    assert_eq!(
        found,
        [(
            "google/event-location-type",
            "/@graph/0/location".to_owned()
        )]
        .into()
    );
    // A reference may be the Place: not judged here.
    event["location"] =
        json!([{"@type": "PostalAddress", "addressLocality": "Austin"}, {"@id": "#venue"}]);
    assert_eq!(rules(&findings(&event, &["MusicEvent"])), BTreeSet::new());
}

#[test]
fn merchant_listing_offers_need_price_and_currency() {
    let mut product = complete("merchant-listing");
    product["offers"] = json!([
        {"@type": "Offer", "priceCurrency": "USD", "availability": "https://schema.org/InStock",
         "url": "https://example.com/a", "validFrom": "2026-01-01",
         "priceValidUntil": "2026-12-31", "itemCondition": "https://schema.org/NewCondition",
         "shippingDetails": {"@type": "OfferShippingDetails"},
         "hasMerchantReturnPolicy": {"@type": "MerchantReturnPolicy"}},
        {"@type": "Offer", "priceSpecification": {"@type": "UnitPriceSpecification", "price": 10, "priceCurrency": "EUR"},
         "url": "https://example.com/b", "validFrom": "2026-01-01",
         "availability": "https://schema.org/InStock", "priceValidUntil": "2026-12-31",
         "itemCondition": "https://schema.org/NewCondition",
         "shippingDetails": {"@type": "OfferShippingDetails"},
         "hasMerchantReturnPolicy": {"@type": "MerchantReturnPolicy"}}
    ]);
    let found = rules(&findings(&product, &["Product"]));
    let expected: BTreeSet<_> = [
        (
            "google/merchant-listing-offer-missing-price",
            "/@graph/0/offers/0".to_owned(),
        ),
        (
            "google/product-snippet-offer-missing-price",
            "/@graph/0/offers/0".to_owned(),
        ),
    ]
    .into();
    assert_eq!(found, expected);
}

#[test]
fn aggregate_offers_have_their_own_requirements() {
    let mut product = complete("merchant-listing");
    product["offers"] =
        json!({"@type": "AggregateOffer", "lowPrice": 10, "highPrice": 20, "offerCount": 3});
    let found = rules(&findings(&product, &["Product"]));
    // Not the Offer rules: an AggregateOffer has no single price.
    let expected: BTreeSet<_> = [(
        "google/product-snippet-aggregate-offer-missing-price-currency",
        "/@graph/0/offers".to_owned(),
    )]
    .into();
    assert_eq!(found, expected);
}

#[test]
fn nested_reviews_and_ratings() {
    let mut product = complete("merchant-listing");
    product["review"] = json!([
        {"@type": "Review", "author": {"@type": "Person"}, "reviewRating": {"@type": "Rating"}},
        {"@type": "Review", "author": "Jane"}
    ]);
    product["aggregateRating"] = json!({"@type": "AggregateRating", "ratingValue": 4});
    let errors: Vec<Diagnostic> = findings(&product, &["Product"])
        .into_iter()
        .filter(|f| f.severity == Severity::Error)
        .collect();
    let found = rules(&errors);
    let expected: BTreeSet<_> = [
        (
            "google/product-snippet-review-author-missing-name",
            "/@graph/0/review/0/author".to_owned(),
        ),
        (
            "google/product-snippet-review-rating-missing-value",
            "/@graph/0/review/0/reviewRating".to_owned(),
        ),
        (
            "google/product-snippet-review-missing-rating",
            "/@graph/0/review/1".to_owned(),
        ),
        (
            "google/product-snippet-rating-missing-count",
            "/@graph/0/aggregateRating".to_owned(),
        ),
    ]
    .into();
    assert_eq!(found, expected);
}

#[test]
fn article_authors_and_profile_page_main_entity() {
    let mut article = complete("article");
    article["author"] = json!(["Jane Doe", {"@type": "Organization", "name": "Reuters"}]);
    let found = rules(&findings(&article, &["NewsArticle"]));
    let expected: BTreeSet<_> = [
        (
            "google/article-author-type",
            "/@graph/0/author/0".to_owned(),
        ),
        (
            "google/article-author-missing-url",
            "/@graph/0/author/1".to_owned(),
        ),
    ]
    .into();
    assert_eq!(found, expected);

    let mut page = complete("profile-page");
    let entity = json!({"@type": "Organization", "sameAs": "https://x.example/", "image": "https://x.example/i.png",
                        "description": "d", "identifier": "1", "interactionStatistic": {"@type": "InteractionCounter"},
                        "agentInteractionStatistic": {"@type": "InteractionCounter"}});
    page["mainEntity"] = entity.clone();
    let found = findings(&page, &["ProfilePage"]);
    assert_eq!(
        rules(&found),
        [
            (
                "google/profile-page-main-entity-missing-name",
                "/@graph/0/mainEntity".to_owned()
            ),
            (
                "google/profile-page-main-entity-missing-alternate-name",
                "/@graph/0/mainEntity".to_owned()
            )
        ]
        .into()
    );
    assert_eq!(found[0].severity, Severity::Error);
    // A handle stands for the name.
    page["mainEntity"] = entity;
    page["mainEntity"]["alternateName"] = json!("nvidia");
    assert_eq!(rules(&findings(&page, &["ProfilePage"])), BTreeSet::new());
    page["mainEntity"] = json!({"@type": "WebSite", "name": "x"});
    let found = rules(&findings(&page, &["ProfilePage"]));
    assert_eq!(
        found,
        [(
            "google/profile-page-main-entity-type",
            "/@graph/0/mainEntity".to_owned()
        )]
        .into()
    );
}

#[test]
fn empty_values_count_as_missing_and_pointers_are_escaped() {
    let event = json!({"@type": "Event", "name": "  ", "startDate": null, "location": []});
    let mut found = Vec::new();
    let map: &Map<String, Value> = event.as_object().unwrap();
    check_profile(&GOOGLE, map, &["Event"], "/a~1b", &mut |f| found.push(f));
    let errors: BTreeSet<_> = found
        .iter()
        .filter(|f| f.severity == Severity::Error)
        .map(|f| (f.rule, f.pointer.as_str()))
        .collect();
    let expected: BTreeSet<_> = [
        ("google/event-missing-name", "/a~1b"),
        ("google/event-missing-start-date", "/a~1b"),
        ("google/event-missing-location", "/a~1b"),
    ]
    .into();
    assert_eq!(errors, expected);
}

#[test]
fn findings_become_diagnostics() {
    let found = findings(&json!({"@type": "ProfilePage"}), &["ProfilePage"]);
    let missing = found
        .into_iter()
        .find(|f| f.rule == "google/profile-page-missing-main-entity")
        .unwrap();
    let diagnostic = missing;
    assert_eq!(diagnostic.rule, "google/profile-page-missing-main-entity");
    assert_eq!(diagnostic.severity, Severity::Error);
    assert_eq!(diagnostic.file, "");
    assert_eq!(diagnostic.pointer, "/@graph/0");
    assert_eq!(diagnostic.message, "ProfilePage has no `mainEntity`");
    let help = diagnostic.help.unwrap();
    assert!(help.ends_with("; see https://developers.google.com/search/docs/appearance/structured-data/profile-page"), "{help}");
}
