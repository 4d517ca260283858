//! `invalid-url`: a URL property holds text that is not a URL (spaces, a
//! broken host), or a `javascript:`, `vbscript:`, `data:` or `file:` URL.
//!
//! Reading: schema.org's `URL` is any URL: absolute with any scheme a page
//! means to publish (`https:`, `mailto:`, `tel:`, `android-app:`), or
//! relative ([`relative-url`](super::relative_url), a warning). Text that
//! is no URL at all, or a scheme that never names something to publish,
//! leaves consumers nothing to follow: an error. Where the property also
//! takes a node, a text that is no URL is text standing for the node
//! ([`text-for-entity`](super::text_for_entity)), not this.

use crate::diagnostic::Severity;
use crate::model::{Url, UrlForm};
use crate::tree::Node;
use crate::rule::{Layer, Rule};
use crate::vocab::{TypeKind, Vocabulary};

use super::verdict::{not_text, Failure, ValueRule};
use super::{relative_url, text_for_entity};

/// The rule.
pub const RULE: Rule = Rule {
    id: "invalid-url",
    severity: Severity::Error,
    layer: Layer::Semantic,
    summary: "A URL property holds text that is no URL (spaces, a broken host) or a `javascript:`, `vbscript:`, `data:` or `file:` URL: consumers have nothing to follow.",
    help: "Write the full address with its scheme and host, like https://example.com/page.",
    why: r##"Consumers follow URLs to images, pages and profiles; text that is not a URL, or a script URL, gives them nothing to follow or something unsafe."##,
    wrong: r##"{"@type": "Organization", "logo": "javascript:void(0)"}"##,
    right: r##"{"@type": "Organization", "logo": "https://example.com/logo.png"}"##,
};

/// How the walk calls it: on the properties of [`is_url_property`], with
/// whether the range also takes node types (1) or not (0).
pub const VALUE: ValueRule = ValueRule {
    rule: &RULE,
    claims: |property| is_url_property(property).then(|| u8::from(takes_nodes(property))),
    check: |nodes, property, value| check_value(nodes != 0, property, value),
};

/// Judges a value of a URL property. `nodes`: the range also takes node
/// types, so a text that is no URL and
/// [stands for a node](text_for_entity::stands_for_node) is
/// [`text-for-entity`](super::text_for_entity)'s, not a broken link.
pub fn check_value(nodes: bool, property: &str, value: &Node) -> Option<Failure> {
    match value {
        Node::Number(_) | Node::Bool(_) => not_text(&RULE, property, value),
        _ => super::verdict::text(value).and_then(|text| check_text(nodes, property, text)),
    }
}

/// A URL text, read with the model's `Url`: an absolute URL or a fragment
/// is good, a relative one is [`relative-url`](super::relative_url)'s.
fn check_text(nodes: bool, property: &str, text: &str) -> Option<Failure> {
    let invalid = match Url::check(text) {
        Ok(UrlForm::Absolute | UrlForm::Fragment) => return None,
        Ok(UrlForm::Relative) => None,
        Err(error) => Some(error),
    };
    if nodes && text_for_entity::stands_for_node(text) {
        return text_for_entity::describe_name(property)
            .map(|message| (&text_for_entity::RULE, message, None));
    }
    Some(match invalid {
        None => relative_url::failure(property, text),
        Some(error) => (&RULE, format!("`{property}`: {error}"), None),
    })
}

/// Whether a property's range also takes node types (`image`: URL or
/// ImageObject).
fn takes_nodes(property: &str) -> bool {
    let vocabulary = Vocabulary::get();
    vocabulary.property(property).is_some_and(|info| {
        info.ranges()
            .iter()
            .any(|range| vocabulary.type_by_id(*range).kind() != TypeKind::DataType)
    })
}

/// True for properties whose range includes URL and no other datatype.
pub fn is_url_property(property: &str) -> bool {
    matches!(
        property,
        "acquireLicensePage"
            | "actionableFeedbackPolicy"
            | "afterMedia"
            | "archivedAt"
            | "associatedDisease"
            | "beforeMedia"
            | "benefitsSummaryUrl"
            | "codeRepository"
            | "colleague"
            | "colorSwatch"
            | "constraintProperty"
            | "contentUrl"
            | "correctionsPolicy"
            | "discussionUrl"
            | "diseasePreventionInfo"
            | "diseaseSpreadStatistics"
            | "diversityPolicy"
            | "diversityStaffingReport"
            | "documentation"
            | "downloadUrl"
            | "duringMedia"
            | "embedUrl"
            | "ethicsPolicy"
            | "gameLocation"
            | "gettingTestedInfo"
            | "hasGS1DigitalLink"
            | "hasMap"
            | "hasMolecularFunction"
            | "healthPlanMarketingUrl"
            | "image"
            | "inCodeSet"
            | "inDefinedTermSet"
            | "installUrl"
            | "isBasedOn"
            | "isBasedOnUrl"
            | "isInvolvedInBiologicalProcess"
            | "isLocatedInSubcellularLocation"
            | "isPartOf"
            | "labelDetails"
            | "layoutImage"
            | "license"
            | "logo"
            | "mainEntityOfPage"
            | "map"
            | "maps"
            | "masthead"
            | "merchantReturnLink"
            | "missionCoveragePrioritiesPolicy"
            | "newsUpdatesAndGuidelines"
            | "noBylinesPolicy"
            | "originalMediaLink"
            | "paymentUrl"
            | "prescribingInfo"
            | "publicTransportClosuresInfo"
            | "publishingPrinciples"
            | "quarantineGuidelines"
            | "relatedLink"
            | "replyToUrl"
            | "sameAs"
            | "schoolClosuresInfo"
            | "screenshot"
            | "sdLicense"
            | "season"
            | "serviceUrl"
            | "significantLink"
            | "significantLinks"
            | "speakable"
            | "target"
            | "targetUrl"
            | "thumbnailUrl"
            | "tourBookingPage"
            | "trackingUrl"
            | "travelBans"
            | "unnamedSourcesPolicy"
            | "url"
            | "usageInfo"
            | "verificationFactCheckingPolicy"
            | "webFeed"
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::tree::node;

    #[test]
    fn tells_relative_from_invalid() {
        let id = |nodes: bool, property: &str, value: Node| {
            check_value(nodes, property, &value).map(|(rule, ..)| rule.id)
        };
        assert_eq!(id(false, "url", node!("https://example.com/a")), None);
        assert_eq!(id(false, "url", node!("mailto:jane@example.com")), None);
        assert_eq!(id(false, "speakable", node!("#summary")), None);
        assert_eq!(id(false, "url", node!("/a/b")), Some("relative-url"));
        assert_eq!(
            id(true, "image", node!("//cdn.example.com/a.jpg")),
            Some("relative-url")
        );
        assert_eq!(
            id(false, "url", node!("javascript:alert(1)")),
            Some("invalid-url")
        );
        assert_eq!(
            id(false, "url", node!("http://exa mple.com")),
            Some("invalid-url")
        );
        assert_eq!(id(false, "url", node!(12)), Some("invalid-url"));
        assert_eq!(id(false, "url", node!({"@id": "x"})), None);
    }

    #[test]
    fn a_name_where_the_range_takes_nodes_is_text_for_entity() {
        let id = |value: Node| check_value(true, "logo", &value).map(|(rule, ..)| rule.id);
        assert_eq!(id(node!("Acme")), Some("text-for-entity"));
        assert_eq!(id(node!("acme.example")), Some("relative-url"));
        assert_eq!((VALUE.claims)("logo"), Some(1));
        assert_eq!((VALUE.claims)("url"), Some(0));
        assert_eq!((VALUE.claims)("name"), None);
    }
}
