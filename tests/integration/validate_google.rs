//! `sdx validate --profile google` end to end: complete documents of each
//! type in the profile report nothing; removing any one required property
//! reports exactly that rule at the node that lacks it; `{"@id"}`
//! references inside a graph are followed; and the profile is opt-in.

use assert_cmd::Command;

use crate::support::sdx;
use serde_json::Value;

pub(crate) fn run(args: &[&str], stdin: Option<String>) -> (i32, Value) {
    let mut command = sdx();
    command.args(["validate", "--format", "json", "--no-config"]);
    command.args(args);
    if let Some(stdin) = stdin {
        command.write_stdin(stdin);
    }
    let output = command.output().unwrap();
    let value: Value = serde_json::from_slice(&output.stdout).unwrap();
    (output.status.code().unwrap(), value)
}

/// (rule, line, column, pointer) of every error and warning.
pub(crate) fn problems(output: &Value) -> Vec<(String, u64, u64, String)> {
    output["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["severity"] != "info")
        .map(|d| {
            (
                d["rule"].as_str().unwrap().to_owned(),
                d["line"].as_u64().unwrap(),
                d["column"].as_u64().unwrap(),
                d["pointer"].as_str().unwrap().to_owned(),
            )
        })
        .collect()
}

fn p(rule: &str, line: u64, column: u64, pointer: &str) -> (String, u64, u64, String) {
    (rule.to_owned(), line, column, pointer.to_owned())
}

pub(crate) const COMPLETE: &str = "fixtures/thirdparty/google/complete";

#[test]
fn complete_documents_report_nothing() {
    let (code, output) = run(&["--profile", "google", COMPLETE], None);
    assert_eq!(problems(&output), vec![], "{output:#}");
    let google = output["diagnostics"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|d| d["rule"].as_str().unwrap().starts_with("google/"))
        .count();
    assert_eq!(google, 0);
    assert_eq!(output["summary"]["files"], 6);
    assert_eq!(code, 0);
}

/// Each required property of each type, removed one at a time from a
/// complete document: (file, pointer of the node, property, the findings
/// expected as (rule, where)). A property both product features require is
/// reported by both, since the product loses both; a property one requires
/// and the other recommends gives an error and a warning.
type Removal = (
    &'static str,
    &'static str,
    &'static str,
    &'static [(&'static str, &'static str)],
);

const REQUIRED: &[Removal] = &[
    (
        "product.jsonld",
        "",
        "name",
        &[
            ("google/merchant-listing-missing-name", ""),
            ("google/product-snippet-missing-name", ""),
        ],
    ),
    (
        "product.jsonld",
        "",
        "image",
        &[("google/merchant-listing-missing-image", "")],
    ),
    (
        "product.jsonld",
        "/offers",
        "price",
        &[
            ("google/merchant-listing-offer-missing-price", "/offers"),
            ("google/product-snippet-offer-missing-price", "/offers"),
        ],
    ),
    (
        "product.jsonld",
        "/offers",
        "priceCurrency",
        &[
            (
                "google/merchant-listing-offer-missing-price-currency",
                "/offers",
            ),
            (
                "google/product-snippet-offer-missing-price-currency",
                "/offers",
            ),
        ],
    ),
    (
        "product.jsonld",
        "/review",
        "author",
        &[("google/product-snippet-review-missing-author", "/review")],
    ),
    (
        "product.jsonld",
        "/review/author",
        "name",
        &[(
            "google/product-snippet-review-author-missing-name",
            "/review/author",
        )],
    ),
    (
        "product.jsonld",
        "/review/reviewRating",
        "ratingValue",
        &[(
            "google/product-snippet-review-rating-missing-value",
            "/review/reviewRating",
        )],
    ),
    (
        "product.jsonld",
        "/aggregateRating",
        "ratingValue",
        &[(
            "google/product-snippet-rating-missing-value",
            "/aggregateRating",
        )],
    ),
    (
        "product.jsonld",
        "/aggregateRating",
        "ratingCount",
        &[(
            "google/product-snippet-rating-missing-count",
            "/aggregateRating",
        )],
    ),
    (
        "product-aggregate-offer.jsonld",
        "/offers",
        "lowPrice",
        &[(
            "google/product-snippet-aggregate-offer-missing-low-price",
            "/offers",
        )],
    ),
    (
        "product-aggregate-offer.jsonld",
        "/offers",
        "priceCurrency",
        &[(
            "google/product-snippet-aggregate-offer-missing-price-currency",
            "/offers",
        )],
    ),
    (
        "event.jsonld",
        "/@graph/0",
        "name",
        &[("google/event-missing-name", "/@graph/0")],
    ),
    (
        "event.jsonld",
        "/@graph/0",
        "startDate",
        &[("google/event-missing-start-date", "/@graph/0")],
    ),
    (
        "event.jsonld",
        "/@graph/0",
        "location",
        &[("google/event-missing-location", "/@graph/0")],
    ),
    // The venue is a separate graph node reached through `{"@id"}`.
    (
        "event.jsonld",
        "/@graph/1",
        "address",
        &[("google/event-place-missing-address", "/@graph/1")],
    ),
    (
        "event.jsonld",
        "/@graph/2/location/0",
        "address",
        &[("google/event-place-missing-address", "/@graph/2/location/0")],
    ),
    (
        "profile-page.jsonld",
        "",
        "mainEntity",
        &[("google/profile-page-missing-main-entity", "")],
    ),
];

#[test]
fn each_missing_required_property_reports_exactly_its_rule() {
    for (file, node, property, expected) in REQUIRED {
        let path = format!("{}/{COMPLETE}/{file}", env!("CARGO_MANIFEST_DIR"));
        let mut document: Value =
            serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
        let removed = document
            .pointer_mut(node)
            .and_then(Value::as_object_mut)
            .and_then(|object| object.shift_remove(*property));
        assert!(removed.is_some(), "{file}{node} has no {property}");
        let text = serde_json::to_string_pretty(&document).unwrap();
        let (code, output) = run(
            &["--profile", "google", "--input-format", "json", "-"],
            Some(text),
        );
        let mut got: Vec<(String, String)> = problems(&output)
            .into_iter()
            .map(|(rule, _, _, pointer)| (rule, pointer))
            .collect();
        got.sort();
        let expected: Vec<(String, String)> = expected
            .iter()
            .map(|(rule, at)| (rule.to_string(), at.to_string()))
            .collect();
        assert_eq!(got, expected, "{file}: without {node}/{property}");
        assert_eq!(code, 1, "{expected:?} has an error");
    }
}

#[test]
fn findings_are_placed_at_the_node_that_lacks_the_property() {
    let (_, output) = run(
        &[
            "--profile",
            "google",
            "fixtures/thirdparty/google/incomplete/organization.jsonld",
        ],
        None,
    );
    let warning = |rule: &str| p(rule, 1, 1, "");
    assert_eq!(
        problems(&output),
        vec![
            warning("google/organization-missing-address"),
            warning("google/organization-missing-contact-point"),
            warning("google/organization-missing-description"),
            warning("google/organization-missing-email"),
            warning("google/organization-missing-logo"),
            warning("google/organization-missing-name"),
            warning("google/organization-missing-same-as"),
            warning("google/organization-missing-url"),
            warning("google/organization-missing-vat-id"),
        ]
    );
    let first = &output["diagnostics"][0];
    assert_eq!(first["severity"], "warning");
    assert_eq!(first["message"], "Organization has no `address`");
    assert_eq!(
        first["help"],
        "Google can show the address in the knowledge panel; see https://developers.google.com/search/docs/appearance/structured-data/organization"
    );
}

#[test]
fn nested_requirements_and_value_types() {
    let (code, output) = run(
        &[
            "--profile",
            "google",
            "--select",
            "google/event-location-type,google/event-place-missing-address,google/event-offer-missing-price,google/profile-page-main-entity-type,google/article-author-type",
            "fixtures/thirdparty/google/incomplete",
        ],
        None,
    );
    assert_eq!(
        problems(&output),
        vec![
            p("google/article-author-type", 8, 18, "/@graph/1/author/0"),
            p("google/event-location-type", 5, 64, "/@graph/1/location"),
            p(
                "google/event-place-missing-address",
                9,
                19,
                "/@graph/2/location"
            ),
            p(
                "google/event-offer-missing-price",
                10,
                17,
                "/@graph/2/offers"
            ),
            // Google lists no virtual-only event.
            p("google/event-location-type", 14, 59, "/@graph/3/location"),
            p(
                "google/profile-page-main-entity-type",
                5,
                44,
                "/@graph/1/mainEntity"
            ),
        ]
    );
    assert_eq!(code, 1);
}

#[test]
fn both_product_features_report_what_both_require() {
    // Product snippets and merchant listings both require `name`: the
    // product loses both, and both say so.
    let product = r#"{"@context": "https://schema.org", "@type": "Product",
        "image": "https://shop.example.com/a.jpg",
        "offers": {"@type": "Offer", "price": 5, "priceCurrency": "USD"}}"#;
    let names = |output: &Value| -> Vec<(String, u64, u64, String)> {
        problems(output)
            .into_iter()
            .filter(|(rule, ..)| rule.ends_with("-missing-name"))
            .collect()
    };
    let (_, output) = run(
        &["--profile", "google", "--input-format", "json", "-"],
        Some(product.to_owned()),
    );
    assert_eq!(
        names(&output),
        vec![
            p("google/merchant-listing-missing-name", 1, 1, ""),
            p("google/product-snippet-missing-name", 1, 1, ""),
        ]
    );
    // Ignoring one leaves the other.
    let (_, output) = run(
        &[
            "--profile",
            "google",
            "--ignore",
            "google/product-snippet-missing-name",
            "--input-format",
            "json",
            "-",
        ],
        Some(product.to_owned()),
    );
    assert_eq!(
        names(&output),
        vec![p("google/merchant-listing-missing-name", 1, 1, "")]
    );
}

#[test]
fn the_profile_is_opt_in_and_configurable() {
    let incomplete = "fixtures/thirdparty/google/incomplete";
    let (code, output) = run(&[incomplete], None);
    assert!(
        problems(&output)
            .iter()
            .all(|(rule, ..)| !rule.starts_with("google/")),
        "{output:#}"
    );
    assert_eq!(code, 0, "no profile, no errors");
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("sdx.toml"),
        "[validate]\nprofile = [\"google\"]\n",
    )
    .unwrap();
    let organization = format!(
        "{}/{incomplete}/organization.jsonld",
        env!("CARGO_MANIFEST_DIR")
    );
    let output = Command::cargo_bin("sdx")
        .unwrap()
        .current_dir(dir.path())
        .args(["validate", "--format", "json", &organization])
        .output()
        .unwrap();
    let value: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(problems(&value).len(), 9, "{value:#}");
    let output = Command::cargo_bin("sdx")
        .unwrap()
        .current_dir(dir.path())
        .args([
            "validate",
            "--format",
            "json",
            "--profile",
            "none",
            &organization,
        ])
        .output()
        .unwrap();
    let value: Value = serde_json::from_slice(&output.stdout).unwrap();
    assert_eq!(problems(&value).len(), 0, "{value:#}");
    sdx()
        .args(["validate", "--no-config", "--profile", "bing", incomplete])
        .assert()
        .code(2)
        .stderr(predicates::str::contains("unknown profile `bing`"));
}
