//! The wrong and right example of a profile rule, built from its
//! requirement: the node the feature applies to (and the nested nodes on the
//! way to the one checked), without the property, then with it.

use crate::profile::{Check, Feature, Nested};

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
    let wrap = |inner: String| {
        let mut types = vec![node];
        types.extend(
            path.iter()
                .map(|nested| nested.types.first().copied().unwrap_or("Thing")),
        );
        let mut text = node_text(types.last().copied().unwrap_or(node), &inner);
        for (nested, outer) in path.iter().zip(types.iter()).rev() {
            text = node_text(outer, &format!("\"{}\": {text}", nested.property));
        }
        Box::leak(text.into_boxed_str()) as &'static str
    };
    (wrap(wrong), wrap(right))
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
}
