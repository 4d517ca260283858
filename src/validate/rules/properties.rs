//! Which properties hold which kind of value, by name, for the semantic
//! rules. The rules apply to every node, modeled or not, so these tables
//! come from schema.org itself (release 30.0): a date table is every
//! property whose range is only `Date` and/or `DateTime`; the URL table is
//! every property whose range includes `URL` and no other datatype (so a
//! text there must be a URL; a node is also allowed where the range has
//! types). A test regenerates both from the vocabulary when it is present.

use std::sync::OnceLock;

use super::invalid_date::{date_kind, DateKind};
use super::invalid_enum::Enumeration;
use crate::vocab::{PropertyInfo, Vocabulary};

/// What a property's value must be, for the semantic rules.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Expect {
    /// A date, a date-time, or either.
    Date(DateKind),
    /// A URL (when the value is text); `nodes`: the range also takes node
    /// types, so a text that is no URL stands for a node.
    Url {
        /// The range takes node types too (`image`: URL or ImageObject).
        nodes: bool,
    },
    /// An ISO 4217 currency code.
    Currency,
    /// A GTIN of this many digits (0: 8, 12, 13 or 14).
    Gtin(usize),
    /// A non-negative price.
    Price,
    /// A member of a schema.org enumeration.
    Enum(Enumeration),
    /// A BCP 47 language tag (when the value is text).
    Language,
    /// An identifier or code written as text (`sku`, `postalCode`).
    Identifier,
}

/// [`expect`] for a property of the vocabulary, read from a table made
/// once for all of them. The walk has looked each key up in the vocabulary
/// already; indexing by that answer costs a few instructions, matching the
/// name against the tables here about eighty (2 % of a feed's validation).
pub fn expect_property(property: &PropertyInfo) -> Option<Expect> {
    static BY_PROPERTY: OnceLock<Vec<Option<Expect>>> = OnceLock::new();
    let table = BY_PROPERTY.get_or_init(|| {
        Vocabulary::get()
            .properties()
            .map(|property| expect(property.name()))
            .collect()
    });
    table.get(property.index()).copied().flatten()
}

/// The expectation for a property's value, by its (canonical) name.
pub fn expect(property: &str) -> Option<Expect> {
    if let Some(kind) = date_kind(property) {
        return Some(Expect::Date(kind));
    }
    if is_url_property(property) {
        let vocabulary = Vocabulary::get();
        let nodes = vocabulary.property(property).is_some_and(|info| {
            info.ranges().iter().any(|range| {
                vocabulary.type_by_id(*range).kind() != crate::vocab::TypeKind::DataType
            })
        });
        return Some(Expect::Url { nodes });
    }
    if let Some(len) = super::invalid_gtin::length(property) {
        return Some(Expect::Gtin(len));
    }
    if let Some(enumeration) = Enumeration::of_property(property) {
        return Some(Expect::Enum(enumeration));
    }
    if super::invalid_currency::PROPERTIES.contains(&property) {
        return Some(Expect::Currency);
    }
    if super::invalid_price::PROPERTIES.contains(&property) {
        return Some(Expect::Price);
    }
    if property == "inLanguage" {
        return Some(Expect::Language);
    }
    super::number_for_text::PROPERTIES
        .contains(&property)
        .then_some(Expect::Identifier)
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

    #[test]
    fn the_table_by_property_answers_as_the_names_do() {
        let vocabulary = Vocabulary::get();
        let mut expecting = 0;
        for property in vocabulary.properties() {
            let by_name = expect(property.name());
            assert_eq!(expect_property(property), by_name, "{}", property.name());
            expecting += usize::from(by_name.is_some());
        }
        assert!(expecting > 50, "{expecting}");
        let url = vocabulary.property("url").map(expect_property);
        assert_eq!(url, Some(Some(Expect::Url { nodes: false })));
        let image = vocabulary.property("image").map(expect_property);
        assert_eq!(image, Some(Some(Expect::Url { nodes: true })));
        assert_eq!(vocabulary.property("name").map(expect_property), Some(None));
    }

    /// schema.org's datatypes (DataType and its subtypes).
    const DATATYPES: &[&str] = &[
        "Boolean",
        "Date",
        "DateTime",
        "Number",
        "Float",
        "Integer",
        "Text",
        "URL",
        "CssSelectorType",
        "PronounceableText",
        "XPathType",
        "Time",
    ];

    fn ids(value: Option<&serde_json::Value>) -> Vec<String> {
        let one = |v: &serde_json::Value| {
            v.get("@id")
                .and_then(|id| id.as_str())
                .map(|id| id.trim_start_matches("schema:").to_owned())
        };
        match value {
            Some(serde_json::Value::Array(items)) => items.iter().filter_map(one).collect(),
            Some(item) => one(item).into_iter().collect(),
            None => Vec::new(),
        }
    }

    /// The tables say what schema.org 30.0 says. Skips when the vocabulary
    /// is not beside the repository (a fresh clone).
    #[test]
    fn tables_match_the_vocabulary() {
        let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
            .join("../shared/schemaorg/30.0/schemaorg-current-https.jsonld");
        let Ok(text) = std::fs::read_to_string(&path) else {
            eprintln!("skipped: {} is absent", path.display());
            return;
        };
        let vocabulary: serde_json::Value = serde_json::from_str(&text).unwrap();
        let graph = vocabulary["@graph"].as_array().unwrap();
        let mut checked = 0;
        for node in graph {
            let is_property = match &node["@type"] {
                serde_json::Value::String(t) => t == "rdf:Property",
                serde_json::Value::Array(ts) => ts.iter().any(|t| t == "rdf:Property"),
                _ => false,
            };
            if !is_property {
                continue;
            }
            let name = node["@id"].as_str().unwrap().trim_start_matches("schema:");
            let mut range = ids(node.get("schema:rangeIncludes"));
            range.sort();
            let expected_date = match range.iter().map(String::as_str).collect::<Vec<_>>()[..] {
                ["Date"] => Some(DateKind::Date),
                ["DateTime"] => Some(DateKind::DateTime),
                ["Date", "DateTime"] => Some(DateKind::Either),
                _ => None,
            };
            assert_eq!(date_kind(name), expected_date, "date kind of {name}");
            let expected_url = range.iter().any(|t| t == "URL")
                && range
                    .iter()
                    .all(|t| t == "URL" || !DATATYPES.contains(&t.as_str()));
            assert_eq!(is_url_property(name), expected_url, "URL range of {name}");
            checked += 1;
        }
        assert!(checked > 1000, "read {checked} properties");
    }

    #[test]
    fn dispatches_by_name() {
        assert_eq!(expect("startDate"), Some(Expect::Date(DateKind::Either)));
        assert_eq!(expect("sameAs"), Some(Expect::Url { nodes: false }));
        assert_eq!(expect("sku"), Some(Expect::Identifier));
        assert_eq!(expect("gtin13"), Some(Expect::Gtin(13)));
        assert_eq!(expect("priceCurrency"), Some(Expect::Currency));
        assert_eq!(expect("lowPrice"), Some(Expect::Price));
        assert_eq!(expect("inLanguage"), Some(Expect::Language));
        assert_eq!(
            expect("availability"),
            Some(Expect::Enum(Enumeration::ItemAvailability))
        );
        assert_eq!(expect("name"), None);
        assert_eq!(expect("identifier"), Some(Expect::Identifier));
        assert_eq!(expect("description"), None);
    }
}
