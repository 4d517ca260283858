//! Google's published examples as the test of `--profile google`: an
//! example Google publishes is eligible by definition, so each gets no
//! error, with the profile or without it; removing a property Google
//! requires from one gets exactly the rule for it; and the microdata and
//! RDFa versions of an example get the findings of its JSON-LD version.
//! The examples and their sources: `fixtures/google/README.md`.

use std::collections::BTreeMap;

use serde_json::Value;

use crate::support::{repo, validate_json};

const EXAMPLES: &str = "fixtures/google";

/// The diagnostics of every example, by file (relative to the examples).
fn by_file(args: &[&str]) -> BTreeMap<String, Vec<Value>> {
    let mut all = vec![EXAMPLES];
    all.extend_from_slice(args);
    let (_, diagnostics) = validate_json(&all);
    let mut files: BTreeMap<String, Vec<Value>> = BTreeMap::new();
    for file in example_files() {
        files.insert(file, Vec::new());
    }
    for d in diagnostics {
        let file = d["file"].as_str().unwrap();
        let at = file.find(EXAMPLES).map_or(0, |i| i + EXAMPLES.len() + 1);
        files.entry(file[at..].to_owned()).or_default().push(d);
    }
    files
}

fn example_files() -> Vec<String> {
    fn walk(dir: &std::path::Path, base: &std::path::Path, out: &mut Vec<String>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, base, out);
            } else if path
                .extension()
                .is_some_and(|e| e == "jsonld" || e == "html")
            {
                let relative = path.strip_prefix(base).unwrap();
                out.push(relative.to_string_lossy().replace('\\', "/"));
            }
        }
    }
    let base = repo(EXAMPLES);
    let mut out = Vec::new();
    walk(&base, &base, &mut out);
    out.sort();
    out
}

fn errors(diagnostics: &[Value]) -> Vec<String> {
    diagnostics
        .iter()
        .filter(|d| d["severity"] == "error")
        .map(|d| format!("{} at {}", d["rule"].as_str().unwrap(), d["pointer"]))
        .collect()
}

/// Pricing fragments have no `image`, which merchant listings require.
fn expected_errors(file: &str) -> Vec<String> {
    if file.starts_with("merchant-listing/pricing/") {
        vec![r#"google/merchant-listing-missing-image at """#.to_owned()]
    } else {
        Vec::new()
    }
}

#[test]
fn every_published_example_is_free_of_errors_with_the_profile() {
    let files = by_file(&["--profile", "google"]);
    assert!(files.len() >= 40, "{} examples", files.len());
    let html = files.keys().filter(|f| f.ends_with(".html")).count();
    assert!(html >= 12, "{html} microdata and RDFa examples");
    for (file, diagnostics) in &files {
        assert_eq!(errors(diagnostics), expected_errors(file), "{file}");
        // The profile did run on it: every example is of a checked feature
        // or says nothing a feature asks about.
        assert!(
            diagnostics.iter().all(|d| d["rule"] != "invalid-json"),
            "{file}"
        );
    }
}

#[test]
fn every_published_example_is_free_of_errors_without_the_profile() {
    for (file, diagnostics) in by_file(&[]) {
        assert_eq!(errors(&diagnostics), Vec::<String>::new(), "{file}");
    }
}

/// The rules (with their pointers below the item) of one example's Google
/// findings, errors and warnings.
fn google_findings(diagnostics: &[Value]) -> Vec<(String, String)> {
    let mut found: Vec<(String, String)> = diagnostics
        .iter()
        .filter(|d| d["rule"].as_str().unwrap().starts_with("google/"))
        .map(|d| {
            let pointer = d["pointer"].as_str().unwrap();
            // Markup is read as `{"@graph": [item]}`; a script is the item.
            let pointer = pointer.strip_prefix("/@graph/0").unwrap_or(pointer);
            (d["rule"].as_str().unwrap().to_owned(), pointer.to_owned())
        })
        .collect();
    found.sort();
    found
}

#[test]
fn microdata_and_rdfa_versions_get_the_findings_of_their_json_ld_version() {
    let files = by_file(&["--profile", "google"]);
    let mut compared = 0;
    for (file, diagnostics) in &files {
        let Some(stem) = file
            .strip_suffix(".microdata.html")
            .or_else(|| file.strip_suffix(".rdfa.html"))
        else {
            continue;
        };
        // The review snippet's markup versions tell more than its script
        // (review dates, a publisher) and another rating: not twins.
        if stem.starts_with("review-snippet/nested-review") {
            continue;
        }
        let twin = &files[&format!("{stem}.jsonld")];
        assert_eq!(
            google_findings(diagnostics),
            google_findings(twin),
            "{file}"
        );
        assert!(
            !google_findings(diagnostics).is_empty()
                || file.contains("profile-page")
                || file.contains("article")
        );
        compared += 1;
    }
    assert!(compared >= 10, "{compared} twins compared");
}

/// A required property removed from a published example: (example,
/// pointer of the node, property, the errors expected as "rule at
/// pointer").
const REMOVALS: &[(&str, &str, &str, &[&str])] = &[
    (
        "product-snippet/review-page.jsonld",
        "",
        "name",
        &["google/product-snippet-missing-name at \"\""],
    ),
    (
        "product-snippet/review-page.jsonld",
        "/review",
        "author",
        &["google/product-snippet-review-missing-author at \"/review\""],
    ),
    (
        "product-snippet/review-page.jsonld",
        "/review",
        "reviewRating",
        &["google/product-snippet-review-missing-rating at \"/review\""],
    ),
    (
        "product-snippet/review-page.jsonld",
        "/review/author",
        "name",
        &["google/product-snippet-review-author-missing-name at \"/review/author\""],
    ),
    (
        "product-snippet/review-page.jsonld",
        "/review/reviewRating",
        "ratingValue",
        &["google/product-snippet-review-rating-missing-value at \"/review/reviewRating\""],
    ),
    (
        "product-snippet/review-page.jsonld",
        "/aggregateRating",
        "ratingValue",
        &["google/product-snippet-rating-missing-value at \"/aggregateRating\""],
    ),
    (
        "product-snippet/review-page.jsonld",
        "/aggregateRating",
        "reviewCount",
        &["google/product-snippet-rating-missing-count at \"/aggregateRating\""],
    ),
    (
        "product-snippet/pros-cons.jsonld",
        "/review",
        "author",
        &["google/product-snippet-review-missing-author at \"/review\""],
    ),
    (
        "product-snippet/aggregator.jsonld",
        "/offers",
        "lowPrice",
        &["google/product-snippet-aggregate-offer-missing-low-price at \"/offers\""],
    ),
    (
        "product-snippet/aggregator.jsonld",
        "/offers",
        "priceCurrency",
        &["google/product-snippet-aggregate-offer-missing-price-currency at \"/offers\""],
    ),
    (
        "merchant-listing/product-with-offer.jsonld",
        "",
        "name",
        &[
            "google/product-snippet-missing-name at \"\"",
            "google/merchant-listing-missing-name at \"\"",
        ],
    ),
    (
        "merchant-listing/product-with-offer.jsonld",
        "",
        "image",
        &["google/merchant-listing-missing-image at \"\""],
    ),
    (
        "merchant-listing/product-with-offer.jsonld",
        "/offers",
        "price",
        &[
            "google/product-snippet-offer-missing-price at \"/offers\"",
            "google/merchant-listing-offer-missing-price at \"/offers\"",
        ],
    ),
    (
        "merchant-listing/product-with-offer.jsonld",
        "/offers",
        "priceCurrency",
        &["google/merchant-listing-offer-missing-price-currency at \"/offers\""],
    ),
    // The price inside the price specification is the offer's price.
    (
        "merchant-listing/return-details.jsonld",
        "/offers/priceSpecification",
        "price",
        &[
            "google/product-snippet-offer-missing-price at \"/offers\"",
            "google/merchant-listing-offer-missing-price at \"/offers\"",
        ],
    ),
    (
        "merchant-listing/return-details.jsonld",
        "/offers/priceSpecification",
        "priceCurrency",
        &["google/merchant-listing-offer-missing-price-currency at \"/offers\""],
    ),
    (
        "review-snippet/nested-review.jsonld",
        "/review/0",
        "author",
        &["google/product-snippet-review-missing-author at \"/review/0\""],
    ),
    (
        "review-snippet/simple-review.jsonld",
        "",
        "itemReviewed",
        &["google/review-snippet-missing-item-reviewed at \"\""],
    ),
    (
        "review-snippet/simple-review.jsonld",
        "/itemReviewed",
        "name",
        &["google/review-snippet-item-missing-name at \"/itemReviewed\""],
    ),
    (
        "review-snippet/simple-review.jsonld",
        "",
        "author",
        &["google/review-snippet-missing-author at \"\""],
    ),
    (
        "review-snippet/simple-review.jsonld",
        "",
        "reviewRating",
        &["google/review-snippet-missing-rating at \"\""],
    ),
    (
        "review-snippet/simple-review.jsonld",
        "/reviewRating",
        "ratingValue",
        &["google/review-snippet-rating-missing-value at \"/reviewRating\""],
    ),
    (
        "review-snippet/simple-review.jsonld",
        "/author",
        "name",
        &["google/review-snippet-author-missing-name at \"/author\""],
    ),
    (
        "review-snippet/aggregate-rating.jsonld",
        "",
        "itemReviewed",
        &["google/review-snippet-aggregate-missing-item-reviewed at \"\""],
    ),
    (
        "review-snippet/aggregate-rating.jsonld",
        "",
        "ratingValue",
        &["google/review-snippet-aggregate-missing-value at \"\""],
    ),
    (
        "review-snippet/aggregate-rating.jsonld",
        "",
        "ratingCount",
        &["google/review-snippet-aggregate-missing-count at \"\""],
    ),
    (
        "review-snippet/aggregate-rating.jsonld",
        "/itemReviewed",
        "name",
        &["google/review-snippet-aggregate-item-missing-name at \"/itemReviewed\""],
    ),
    (
        "event/standard.jsonld",
        "",
        "name",
        &["google/event-missing-name at \"\""],
    ),
    (
        "event/standard.jsonld",
        "",
        "startDate",
        &["google/event-missing-start-date at \"\""],
    ),
    (
        "event/standard.jsonld",
        "",
        "location",
        &["google/event-missing-location at \"\""],
    ),
    (
        "event/standard.jsonld",
        "/location",
        "address",
        &["google/event-place-missing-address at \"/location\""],
    ),
    (
        "profile-page/profile-page.jsonld",
        "",
        "mainEntity",
        &["google/profile-page-missing-main-entity at \"\""],
    ),
    // Google lets the handle stand for the name.
    (
        "profile-page/profile-page.jsonld",
        "/mainEntity",
        "name",
        &[],
    ),
];

#[test]
fn removing_a_required_property_from_an_example_gets_its_rule() {
    let mut caught = 0;
    for (file, node, property, expected) in REMOVALS {
        let path = repo(EXAMPLES).join(file);
        let mut document: Value =
            serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        let removed = document
            .pointer_mut(node)
            .and_then(Value::as_object_mut)
            .and_then(|object| object.shift_remove(*property));
        assert!(removed.is_some(), "{file}{node} has no {property}");
        let input = std::env::temp_dir().join(format!(
            "sdx-google-removal-{}-{}.jsonld",
            std::process::id(),
            caught
        ));
        std::fs::write(&input, serde_json::to_string_pretty(&document).unwrap()).unwrap();
        let (code, diagnostics) = validate_json(&["--profile", "google", input.to_str().unwrap()]);
        std::fs::remove_file(&input).ok();
        let mut got = errors(&diagnostics);
        got.sort();
        let mut want: Vec<String> = expected.iter().map(|s| (*s).to_owned()).collect();
        want.sort();
        assert_eq!(got, want, "{file} without {node}/{property}");
        assert_eq!(code, if want.is_empty() { 0 } else { 1 }, "{file}");
        caught += 1;
    }
    assert_eq!(caught, REMOVALS.len());
}
