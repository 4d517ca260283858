//! `social-card-type`: (profile `social`) `twitter:card` missing or not a card type.

use crate::diagnostic::{Diagnostic, Severity};
use crate::rule::{Layer, Rule};

use crate::markup::{social_pointer, SocialTags};

use super::shorten;

/// The rule.
pub const RULE: Rule = Rule {
    id: "social-card-type",
    severity: Severity::Warning,
    layer: Layer::Profile,
    summary: "(social profile) twitter:card is missing or is not one of summary, summary_large_image, app, player.",
    help: "Add <meta name=\"twitter:card\" content=\"summary_large_image\"> (or summary, app, player).",
    why: r##"X (Twitter) chooses the card's layout by `twitter:card`; without a valid one the link shows as a bare URL or a small card."##,
    wrong: r##"<meta name="twitter:card" content="large">"##,
    right: r##"<meta name="twitter:card" content="summary_large_image">"##,
};

/// The card types X accepts.
const CARD_TYPES: &[&str] = &["summary", "summary_large_image", "app", "player"];

/// Adds a finding when `twitter:card` is missing or names no card type,
/// with the nearest card type when there is one.
pub(crate) fn check(tags: &SocialTags, out: &mut Vec<Diagnostic>) {
    match tags.get("twitter:card") {
        None => out.push(RULE.finding("", "the page has no `twitter:card`")),
        Some(tag) if !CARD_TYPES.contains(&tag.content.as_str()) => {
            let suggestion = crate::model::enumeration::closest(&tag.content, CARD_TYPES);
            let mut message = format!(
                "`twitter:card` is `{}`, not a card type",
                shorten(&tag.content)
            );
            if let Some(suggestion) = suggestion {
                message.push_str(&format!(" (did you mean `{suggestion}`?)"));
            }
            out.push(RULE.finding(social_pointer(&tag.key), message));
        }
        Some(_) => {}
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn suggests_the_nearest_card_type() {
        let mut out = Vec::new();
        check(&SocialTags::of(&[("twitter:card", "summary")]), &mut out);
        assert!(out.is_empty());
        check(&SocialTags::of(&[("twitter:card", "sumary")]), &mut out);
        assert_eq!(out[0].pointer, "/twitter:card");
        assert!(out[0].message.ends_with("(did you mean `summary`?)"));
    }
}
