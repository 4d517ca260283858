//! Which rule judges the values of which property: the dispatch of the
//! value rules ([`super::VALUE`]), each of which claims its properties by
//! name (the tables live in the rule files). The rules apply to every
//! node, modeled or not, so the tables come from schema.org itself
//! (release 30.0); a test here checks the date and URL tables against the
//! vocabulary when it is present.

use std::sync::OnceLock;

use super::verdict::{Failure, ValueRule};
use super::VALUE;
use crate::tree::Node;
use crate::vocab::{PropertyInfo, Vocabulary};

/// The value rule that judges a property's values, with its reading of
/// the property (see [`ValueRule::claims`]).
#[derive(Debug, Clone, Copy)]
pub struct Expect {
    judge: &'static ValueRule,
    reading: u8,
    url: bool,
}

impl Expect {
    /// Judges one value of `property`: `None`, without allocating, when
    /// it is good.
    #[inline]
    pub fn check(self, property: &str, value: &Node) -> Option<Failure> {
        (self.judge.check)(self.reading, property, value)
    }

    /// Whether the judge is `invalid-url`: the vocabulary layer settles a
    /// plainly absolute URL with one look, sparing the rule its own.
    pub fn is_url(self) -> bool {
        self.url
    }

    /// The id of the judging rule.
    #[cfg(test)]
    pub fn rule_id(self) -> &'static str {
        self.judge.rule.id
    }
}

impl PartialEq for Expect {
    fn eq(&self, other: &Expect) -> bool {
        self.judge.rule.id == other.judge.rule.id && self.reading == other.reading
    }
}

/// [`expect`] for a property of the vocabulary, read from a table made
/// once for all of them. The walk has looked each key up in the vocabulary
/// already; indexing by that answer costs a few instructions, asking every
/// value rule whether it claims the name about eighty (2 % of a feed's
/// validation).
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

/// The value rule for a property, by its (canonical) name: the first that
/// claims it (no two do, which a test checks).
pub fn expect(property: &str) -> Option<Expect> {
    VALUE.iter().find_map(|judge| {
        (judge.claims)(property).map(|reading| Expect {
            judge,
            reading,
            url: judge.rule.id == super::invalid_url::RULE.id,
        })
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validate::rules::invalid_date::{date_kind, DateKind};
    use crate::validate::rules::invalid_url::is_url_property;

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
        let url = vocabulary.property("url").and_then(expect_property);
        assert!(url.is_some_and(Expect::is_url));
        assert_eq!(vocabulary.property("name").map(expect_property), Some(None));
    }

    #[test]
    fn no_two_value_rules_claim_a_property() {
        for property in Vocabulary::get().properties() {
            let judges: Vec<_> = VALUE
                .iter()
                .filter(|judge| (judge.claims)(property.name()).is_some())
                .map(|judge| judge.rule.id)
                .collect();
            assert!(judges.len() <= 1, "{}: {judges:?}", property.name());
        }
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
        let judge = |name: &str| expect(name).map(Expect::rule_id);
        assert_eq!(judge("startDate"), Some("invalid-date"));
        assert_eq!(judge("sameAs"), Some("invalid-url"));
        assert_eq!(judge("sku"), Some("number-for-text"));
        assert_eq!(judge("gtin13"), Some("invalid-gtin"));
        assert_eq!(judge("priceCurrency"), Some("invalid-currency"));
        assert_eq!(judge("lowPrice"), Some("invalid-price"));
        assert_eq!(judge("inLanguage"), Some("invalid-language"));
        assert_eq!(judge("availability"), Some("invalid-enum"));
        assert_eq!(judge("name"), None);
        assert_eq!(judge("identifier"), Some("number-for-text"));
        assert_eq!(judge("description"), None);
        assert_ne!(expect("gtin13"), expect("gtin8"));
        assert!(expect("sameAs").is_some_and(Expect::is_url));
        assert!(!expect("startDate").is_some_and(Expect::is_url));
    }
}
