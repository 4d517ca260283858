//! The alternatives Google's pages allow for a required property: taking
//! the property away is no finding while its alternative is there, and the
//! rule's error once both are gone.

use serde_json::Value;

use crate::validate_google::{problems, run, COMPLETE};

/// Removing `alternateName` too leaves nothing for the name: Google lets
/// a handle stand for a profile's name.
#[test]
fn a_profile_name_may_be_its_handle() {
    let path = format!(
        "{}/{COMPLETE}/profile-page.jsonld",
        env!("CARGO_MANIFEST_DIR")
    );
    let mut document: Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let entity = document["mainEntity"].as_object_mut().unwrap();
    entity.shift_remove("name");
    let run_it = |document: &Value| {
        let text = serde_json::to_string_pretty(document).unwrap();
        let (_, output) = run(
            &["--profile", "google", "--input-format", "json", "-"],
            Some(text),
        );
        problems(&output)
            .into_iter()
            .map(|(rule, ..)| rule)
            .collect::<Vec<_>>()
    };
    assert_eq!(run_it(&document), Vec::<String>::new());
    document["mainEntity"]
        .as_object_mut()
        .unwrap()
        .shift_remove("alternateName");
    assert_eq!(
        run_it(&document),
        vec![
            "google/profile-page-main-entity-missing-alternate-name".to_owned(),
            "google/profile-page-main-entity-missing-name".to_owned(),
        ]
    );
}

/// A review's rating may go when the review gives its author and date.
#[test]
fn a_review_with_author_and_date_needs_no_rating() {
    let path = format!("{}/{COMPLETE}/product.jsonld", env!("CARGO_MANIFEST_DIR"));
    let mut document: Value =
        serde_json::from_str(&std::fs::read_to_string(path).unwrap()).unwrap();
    let run_it = |document: &Value| {
        let text = serde_json::to_string_pretty(document).unwrap();
        let (_, output) = run(
            &["--profile", "google", "--input-format", "json", "-"],
            Some(text),
        );
        problems(&output)
            .into_iter()
            .map(|(rule, .., pointer)| (rule, pointer))
            .collect::<Vec<_>>()
    };
    let review = document["review"].as_object_mut().unwrap();
    review.shift_remove("reviewRating");
    assert_eq!(run_it(&document), vec![]);
    document["review"]
        .as_object_mut()
        .unwrap()
        .shift_remove("datePublished");
    assert_eq!(
        run_it(&document),
        vec![
            (
                "google/product-snippet-review-missing-date-published".to_owned(),
                "/review".to_owned()
            ),
            (
                "google/product-snippet-review-missing-rating".to_owned(),
                "/review".to_owned()
            ),
        ]
    );
}

/// A rule retired when Google's pages changed is still accepted where a
/// configuration names it, and reports nothing.
#[test]
fn retired_rules_are_accepted_and_never_fire() {
    let (code, output) = run(
        &[
            "--profile",
            "google",
            "--ignore",
            "google/event-missing-event-attendance-mode",
            "fixtures/google/event/standard.jsonld",
        ],
        None,
    );
    assert_eq!(code, 0);
    assert_eq!(problems(&output), vec![]);
    let (code, _) = run(
        &[
            "--select",
            "google/merchant-listing-missing-offers",
            "fixtures/google/merchant-listing",
        ],
        None,
    );
    assert_eq!(code, 0);
}
