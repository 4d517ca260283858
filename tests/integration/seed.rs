//! The seed dataset: the DGX Spark story as the article tells it, exported
//! as one connected graph whose every reference resolves.

use crate::support;

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;

use sdx::jsonld::Dataset;

const BASE: &str = "https://example.com/dgx-spark";

fn export() -> Value {
    let seed = Dataset::read(&support::seed_path(), None).unwrap();
    serde_json::from_str(&seed.to_json_ld()).unwrap()
}

/// The exported nodes by `@id`.
fn nodes(export: &Value) -> BTreeMap<String, Value> {
    export["@graph"]
        .as_array()
        .unwrap()
        .iter()
        .map(|node| (node["@id"].as_str().unwrap().to_owned(), node.clone()))
        .collect()
}

fn id(fragment: &str) -> String {
    format!("{BASE}#{fragment}")
}

/// The ids a property refers to, whether one reference or a list.
fn refs(node: &Value, property: &str) -> Vec<String> {
    let ids = |v: &Value| v["@id"].as_str().map(str::to_owned);
    match &node[property] {
        Value::Array(items) => items.iter().filter_map(ids).collect(),
        Value::Null => Vec::new(),
        one => ids(one).into_iter().collect(),
    }
}

fn collect_references(value: &Value, found: &mut Vec<String>) {
    match value {
        Value::Object(object) if object.len() == 1 => {
            if let Some(Value::String(id)) = object.get("@id") {
                found.push(id.clone());
            }
        }
        Value::Object(object) => object.values().for_each(|v| collect_references(v, found)),
        Value::Array(items) => items.iter().for_each(|v| collect_references(v, found)),
        _ => {}
    }
}

#[test]
fn the_export_is_one_graph_document_with_absolute_ids() {
    let export = export();
    assert_eq!(export["@context"], "https://schema.org");
    let object = export.as_object().unwrap();
    assert_eq!(object.keys().collect::<Vec<_>>(), ["@context", "@graph"]);
    for (id, _) in nodes(&export) {
        assert!(id.starts_with(BASE), "{id} is not absolute under the base");
    }
}

#[test]
fn every_reference_resolves_to_a_node_of_the_graph() {
    let export = export();
    let defined: BTreeSet<String> = nodes(&export).into_keys().collect();
    let mut referenced = Vec::new();
    collect_references(&export["@graph"], &mut referenced);
    assert!(
        referenced.len() >= 25,
        "the graph is connected by references"
    );
    for reference in referenced {
        assert!(defined.contains(&reference), "{reference} does not resolve");
    }
}

#[test]
fn organizations_and_people_are_tied_together() {
    let nodes = nodes(&export());
    let organization = |fragment: &str, name: &str| {
        let node = &nodes[&id(fragment)];
        assert_eq!(node["@type"], "Organization");
        assert_eq!(node["name"], name);
    };
    organization("nvidia", "NVIDIA");
    organization("tesla", "Tesla");
    organization("xai", "xAI");
    organization("openai", "OpenAI");

    let huang = &nodes[&id("jensen-huang")];
    assert_eq!(
        (&huang["@type"], &huang["name"]),
        (&"Person".into(), &"Jensen Huang".into())
    );
    assert_eq!(huang["jobTitle"], "CEO");
    assert_eq!(refs(huang, "worksFor"), [id("nvidia")]);

    let musk = &nodes[&id("elon-musk")];
    assert_eq!(musk["name"], "Elon Musk");
    assert_eq!(refs(musk, "affiliation"), [id("tesla"), id("xai")]);

    let altman = &nodes[&id("sam-altman")];
    assert_eq!(altman["name"], "Sam Altman");
    assert_eq!(refs(altman, "affiliation"), [id("openai")]);

    assert_eq!(
        refs(&nodes[&id("tesla")], "location"),
        [id("tesla-offices-texas")]
    );
    assert_eq!(
        refs(&nodes[&id("openai")], "location"),
        [id("openai-offices-san-francisco")]
    );
}

#[test]
fn the_product_records_the_articles_claims_as_claims() {
    let nodes = nodes(&export());
    let spark = &nodes[&id("dgx-spark")];
    assert_eq!(spark["@type"], "Product");
    assert_eq!(spark["name"], "DGX Spark");
    assert_eq!(spark["category"], "Mini PC");
    assert_eq!(refs(spark, "brand"), [id("nvidia")]);
    assert_eq!(refs(spark, "manufacturer"), [id("nvidia")]);

    let specs = spark["additionalProperty"].as_array().unwrap();
    let values: Vec<String> = specs.iter().map(|s| s["value"].to_string()).collect();
    let text = values.join(" ");
    for claim in ["4", "Hopper", "NVLink", "PyTorch", "TensorFlow"] {
        assert!(
            text.contains(claim),
            "no specification says {claim}: {text}"
        );
    }
    assert!(specs
        .iter()
        .any(|s| s["unitText"].as_str().unwrap_or("").contains("H200")));
    for spec in specs {
        assert_eq!(spec["@type"], "PropertyValue");
        let description = spec["description"].as_str().unwrap();
        assert!(
            description.contains("article"),
            "not marked as the article's claim: {spec}"
        );
    }
    let hardware: Vec<&Value> = specs
        .iter()
        .filter(|s| s["name"] != "Native framework support")
        .collect();
    for spec in hardware {
        let description = spec["description"].as_str().unwrap();
        assert!(description.contains("GB10 Grace Blackwell") && description.contains("128 GB"));
    }
}

#[test]
fn the_two_deliveries_say_who_delivered_what_to_whom_and_where() {
    let nodes = nodes(&export());
    let deliveries: Vec<&Value> = nodes
        .values()
        .filter(|n| n["@type"] == "DeliveryEvent")
        .collect();
    assert_eq!(deliveries.len(), 2);

    let first = &nodes[&id("delivery-1-tesla-texas")];
    let second = &nodes[&id("delivery-2-openai-san-francisco")];
    for (delivery, recipient, place) in [
        (first, "elon-musk", "tesla-offices-texas"),
        (second, "sam-altman", "openai-offices-san-francisco"),
    ] {
        assert_eq!(delivery["@type"], "DeliveryEvent");
        assert_eq!(refs(delivery, "performer"), [id("jensen-huang")]);
        assert_eq!(refs(delivery, "organizer"), [id("jensen-huang")]);
        assert_eq!(refs(delivery, "attendee"), [id(recipient)]);
        assert_eq!(refs(delivery, "about"), [id("dgx-spark")]);
        assert_eq!(refs(delivery, "location"), [id(place)]);
        for invented in ["startDate", "endDate", "doorTime", "eventStatus", "offers"] {
            assert!(
                delivery.get(invented).is_none(),
                "the article gives no {invented}"
            );
        }
    }
    // No dates: the order is in the names.
    assert!(first["name"]
        .as_str()
        .unwrap()
        .starts_with("First delivery"));
    assert!(second["name"]
        .as_str()
        .unwrap()
        .starts_with("Second delivery"));

    let texas = &nodes[&id("tesla-offices-texas")];
    assert_eq!(texas["@type"], "Place");
    assert_eq!(texas["address"]["@type"], "PostalAddress");
    assert_eq!(texas["address"]["addressRegion"], "Texas");
    let san_francisco = &nodes[&id("openai-offices-san-francisco")];
    assert_eq!(san_francisco["address"]["addressLocality"], "San Francisco");
    for place in [texas, san_francisco] {
        assert!(
            place["address"].get("addressCountry").is_none(),
            "the article names no country"
        );
        assert!(place["address"].get("streetAddress").is_none());
    }
}

#[test]
fn the_article_is_spanish_and_about_the_deliveries() {
    let nodes = nodes(&export());
    let article = &nodes[&id("article")];
    assert_eq!(article["@type"], "NewsArticle");
    assert_eq!(article["inLanguage"], "es");
    let about = refs(article, "about");
    for subject in [
        "delivery-1-tesla-texas",
        "delivery-2-openai-san-francisco",
        "dgx-spark",
    ] {
        assert!(about.contains(&id(subject)), "not about {subject}");
    }
    let mentions = refs(article, "mentions");
    for mentioned in [
        "jensen-huang",
        "elon-musk",
        "sam-altman",
        "nvidia",
        "tesla",
        "xai",
        "openai",
    ] {
        assert!(
            mentions.contains(&id(mentioned)),
            "does not mention {mentioned}"
        );
    }
    for invented in [
        "headline",
        "author",
        "publisher",
        "datePublished",
        "dateModified",
        "url",
        "image",
    ] {
        assert!(
            article.get(invented).is_none(),
            "the article gives no {invented}"
        );
    }
}

#[test]
fn nothing_in_the_seed_is_dated_or_linked_to_the_outside() {
    let text = std::fs::read_to_string(support::seed_path()).unwrap();
    for key in [
        "Date\"",
        "\"url\"",
        "\"sameAs\"",
        "\"addressCountry\"",
        "\"image\"",
    ] {
        assert!(
            !text.contains(key),
            "the seed has {key}, which the article does not give"
        );
    }
}
