//! `--profile google` judges every node sdx extracts from a page, as
//! Google reads pages: in microdata and RDFa as in JSON-LD, and the entity
//! a page is about wherever it is nested (a `WebPage`'s `mainEntity`, the
//! items of an `ItemList`, `@graph` members).

use crate::support::validate_json;

/// (rule, pointer) of every `google/*` error and warning.
fn google(args: &[&str]) -> Vec<(String, String)> {
    let (_, diagnostics) = validate_json(args);
    diagnostics
        .iter()
        .filter(|d| d["rule"].as_str().is_some_and(|r| r.starts_with("google/")))
        .map(|d| {
            (
                d["rule"].as_str().unwrap_or_default().to_owned(),
                d["pointer"].as_str().unwrap_or_default().to_owned(),
            )
        })
        .collect()
}

fn page(dir: &tempfile::TempDir, name: &str, html: &str) -> String {
    let path = dir.path().join(name);
    std::fs::write(&path, html).unwrap();
    path.to_string_lossy().into_owned()
}

#[test]
fn a_microdata_product_without_a_name_gets_the_google_finding() {
    let dir = tempfile::tempdir().unwrap();
    let file = page(
        &dir,
        "product.html",
        r#"<html><body>
<div itemscope itemtype="https://schema.org/Product">
  <link itemprop="image" href="https://shop.example.com/anvil.jpg">
  <div itemprop="offers" itemscope itemtype="https://schema.org/Offer">
    <meta itemprop="price" content="119.99"><meta itemprop="priceCurrency" content="USD">
  </div>
</div>
</body></html>"#,
    );
    let found = google(&["--profile", "google", &file]);
    let mut names: Vec<&(String, String)> = found
        .iter()
        .filter(|(rule, _)| rule.ends_with("-missing-name"))
        .collect();
    names.sort();
    assert_eq!(
        names,
        vec![
            &(
                "google/merchant-listing-missing-name".to_owned(),
                "/@graph/0".to_owned()
            ),
            &(
                "google/product-snippet-missing-name".to_owned(),
                "/@graph/0".to_owned()
            ),
        ],
        "{found:#?}"
    );
    // The same page in RDFa.
    let file = page(
        &dir,
        "product-rdfa.html",
        r#"<html><body>
<div vocab="https://schema.org/" typeof="Product">
  <link property="image" href="https://shop.example.com/anvil.jpg">
  <div property="offers" typeof="Offer">
    <meta property="price" content="119.99"><meta property="priceCurrency" content="USD">
  </div>
</div>
</body></html>"#,
    );
    let found = google(&["--profile", "google", &file]);
    assert!(
        found.contains(&(
            "google/product-snippet-missing-name".to_owned(),
            "/@graph/0".to_owned()
        )),
        "{found:#?}"
    );
}

#[test]
fn a_product_as_a_web_pages_main_entity_is_checked() {
    let document = r#"{"@context": "https://schema.org", "@type": "WebPage",
        "name": "Anvils", "mainEntity": {"@type": "Product",
            "offers": {"@type": "Offer", "price": 0, "priceCurrency": "USD"}}}"#;
    let dir = tempfile::tempdir().unwrap();
    let file = page(&dir, "page.jsonld", document);
    let found = google(&["--profile", "google", &file]);
    for rule in [
        "google/product-snippet-missing-name",
        "google/merchant-listing-missing-name",
        "google/merchant-listing-missing-image",
        "google/merchant-listing-offer-price-not-positive",
    ] {
        let at = if rule.contains("offer-") {
            "/mainEntity/offers"
        } else {
            "/mainEntity"
        };
        assert!(
            found.contains(&(rule.to_owned(), at.to_owned())),
            "{rule}: {found:#?}"
        );
    }
}

#[test]
fn list_items_and_graph_members_are_checked_and_a_profile_pages_entity_is_left_to_it() {
    let document = r#"{"@context": "https://schema.org", "@graph": [
        {"@type": "ItemList", "itemListElement": [
            {"@type": "ListItem", "position": 1, "item": {"@type": "Event", "name": "Spark Night"}},
            {"@type": "Event", "name": "Launch", "startDate": "2025-10-14"}
        ]},
        {"@type": "ProfilePage", "mainEntity": {"@type": "Organization", "alternateName": "nv"}}
    ]}"#;
    let dir = tempfile::tempdir().unwrap();
    let file = page(&dir, "list.jsonld", document);
    let found = google(&["--profile", "google", &file]);
    let starts: Vec<&str> = found
        .iter()
        .filter(|(rule, _)| rule == "google/event-missing-start-date")
        .map(|(_, at)| at.as_str())
        .collect();
    assert_eq!(starts, vec!["/@graph/0/itemListElement/0/item"]);
    assert!(found.contains(&(
        "google/event-missing-location".to_owned(),
        "/@graph/0/itemListElement/1".to_owned()
    )));
    // The profile's organization gets the profile page's checks, not
    // "organization" advice of its own.
    assert!(
        found
            .iter()
            .all(|(rule, _)| !rule.starts_with("google/organization-")),
        "{found:#?}"
    );
}
