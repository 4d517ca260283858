//! The wrong and right example of a profile rule, built from its
//! requirement: the node the feature applies to (with what the feature's
//! condition asks of it, and the nested nodes on the way to the one
//! checked), without the property, then with it.

use crate::profile::{Check, Feature, Nested, When};

/// (wrong, right) for a requirement of `feature` on the node reached
/// through `path`. Built once per process, like the rule table.
pub(super) fn example(
    feature: &Feature,
    path: &[&Nested],
    check: Check,
) -> (&'static str, &'static str) {
    let (wrong, right) = match check {
        Check::Present(property) => (String::new(), format!("\"{property}\": …")),
        Check::AnyOf(properties) => (
            String::new(),
            format!("\"{}\": …", properties.first().copied().unwrap_or("…")),
        ),
        Check::HereOrOrganization { property, .. } => (String::new(), format!("\"{property}\": …")),
        // The first path, nested as written (`priceSpecification.price`).
        Check::AnyPath(paths) => {
            let path = paths.first().copied().unwrap_or("…");
            let mut text = String::from("…");
            for property in path.rsplit('.') {
                text = if text == "…" {
                    format!("\"{property}\": …")
                } else {
                    format!("\"{property}\": {{{text}}}")
                };
            }
            (String::new(), text)
        }
        Check::ActivePriceAboveZero => ("\"price\": 0".to_owned(), "\"price\": 19.99".to_owned()),
        Check::TypedAs { property, types } | Check::SomeTypedAs { property, types } => (
            format!("\"{property}\": \"…\""),
            format!(
                "\"{property}\": {{\"@type\": \"{}\", …}}",
                types.first().copied().unwrap_or("Thing")
            ),
        ),
    };
    let node = feature.applies_to.first().copied().unwrap_or("Thing");
    let condition = condition(feature.when, path);
    let wrap = |inner: String| {
        // Inside out: each nested node on the path, then the node itself.
        let mut text = inner;
        for nested in path.iter().rev() {
            let nested_type = nested.types.first().copied().unwrap_or("Thing");
            text = format!("\"{}\": {}", nested.property, node_text(nested_type, &text));
        }
        if let Some(condition) = &condition {
            text = if text.is_empty() {
                condition.clone()
            } else {
                format!("{condition}, {text}")
            };
        }
        Box::leak(node_text(node, &text).into_boxed_str()) as &'static str
    };
    (wrap(wrong), wrap(right))
}

/// What the node needs for the feature to apply at all (a merchant listing
/// is a product with an `Offer`): without it neither example would be
/// judged, and the wrong one would fire nothing. `None` when the feature
/// always applies, or when the path already goes through that property.
fn condition(when: When, path: &[&Nested]) -> Option<String> {
    match when {
        When::Always => None,
        When::Holds {
            property, types, ..
        } => (path.first().map(|nested| nested.property) != Some(property)).then(|| {
            let held = node_text(types.first().copied().unwrap_or("Thing"), "");
            format!("\"{property}\": {held}")
        }),
    }
}

fn node_text(node_type: &str, inner: &str) -> String {
    if inner.is_empty() {
        format!("{{\"@type\": \"{node_type}\"}}")
    } else {
        format!("{{\"@type\": \"{node_type}\", {inner}}}")
    }
}

#[cfg(test)]
mod tests {
    use crate::profile::google::GOOGLE;

    #[test]
    fn examples_leave_the_property_out_then_put_it_in() {
        let (feature, requirement) = GOOGLE
            .features
            .iter()
            .find_map(|feature| {
                let requirement = feature
                    .scope
                    .requirements
                    .iter()
                    .find(|r| r.rule == "google/event-missing-start-date")?;
                Some((feature, requirement))
            })
            .expect("rule");
        let (wrong, right) = super::example(feature, &[], requirement.check);
        assert_eq!(wrong, r#"{"@type": "Event"}"#);
        assert_eq!(right, r#"{"@type": "Event", "startDate": …}"#);
    }

    #[test]
    fn examples_meet_the_condition_of_the_feature() {
        let example = |rule: &str| {
            GOOGLE
                .features
                .iter()
                .find_map(|feature| {
                    let in_scope = |scope: &crate::profile::Scope, path: Vec<_>| {
                        let requirement = scope.requirements.iter().find(|r| r.rule == rule)?;
                        Some(super::example(feature, &path, requirement.check))
                    };
                    in_scope(&feature.scope, vec![]).or_else(|| {
                        feature
                            .scope
                            .nested
                            .iter()
                            .find_map(|nested| in_scope(&nested.scope, vec![nested]))
                    })
                })
                .expect("rule")
        };
        // A merchant listing is a product sold with an `Offer`: a bare
        // product would not be judged for it at all.
        let (wrong, right) = example("google/merchant-listing-missing-name");
        assert_eq!(
            wrong,
            r#"{"@type": "Product", "offers": {"@type": "Offer"}}"#
        );
        assert_eq!(
            right,
            r#"{"@type": "Product", "offers": {"@type": "Offer"}, "name": …}"#
        );
        // A requirement on the offer already goes through `offers`.
        let (wrong, _) = example("google/merchant-listing-offer-missing-price");
        assert_eq!(
            wrong,
            r#"{"@type": "Product", "offers": {"@type": "Offer"}}"#
        );
    }
}
