//! The committed `schemas/`: generated from the model and unchanged, and
//! in agreement with it — they accept everything the exporter writes and
//! every form the model reads, and refuse what it refuses.

use crate::support;

use serde_json::{json, Value};

use sdx::jsonld::{Dataset, GraphDocument};
use sdx::model::Node;
use sdx::schema::{check_dir, files, generated_files, modeled_types};

#[test]
fn committed_schemas_are_what_the_model_generates() {
    let drift = check_dir(&support::repo("schemas"), &generated_files()).unwrap();
    assert!(
        drift.is_empty(),
        "schemas/ is out of date ({drift:?}); run `cargo run --example schemas`"
    );
}

/// The binary carries the committed graph schema instead of generating it:
/// what `sdx schema` writes is what the model generates.
#[test]
fn the_schemas_sdx_carries_are_what_the_model_generates() {
    let carried = files();
    let generated = generated_files();
    assert_eq!(
        carried.iter().map(|f| &f.name).collect::<Vec<_>>(),
        generated.iter().map(|f| &f.name).collect::<Vec<_>>()
    );
    for (carried, generated) in carried.iter().zip(&generated) {
        assert!(
            carried.contents == generated.contents,
            "{} differs from what the model generates; run `cargo run --example schemas`",
            carried.name
        );
    }
}

#[test]
fn there_is_one_schema_per_modeled_type_and_one_for_the_graph() {
    let names: Vec<String> = generated_files().into_iter().map(|f| f.name).collect();
    assert_eq!(names.len(), modeled_types().len() + 1);
    for modeled in modeled_types() {
        assert!(names.contains(&format!("{}.schema.json", modeled.name)));
        let schema = support::committed_schema(&modeled.file_name());
        assert_eq!(
            schema["$schema"],
            "https://json-schema.org/draft/2020-12/schema"
        );
        assert_eq!(schema["title"], modeled.name);
    }
    assert!(names.contains(&"graph.schema.json".to_owned()));
}

/// A per-type file holds no definitions of its own: it names its type's
/// definition in `graph.schema.json`, so a change to one type's properties
/// changes that file alone. A standard draft 2020-12 validator given both
/// files, and no network, checks a single node against it.
#[test]
fn a_type_schema_refers_to_the_graph_schema_beside_it() {
    for modeled in modeled_types() {
        let file = modeled.file_name();
        let schema = support::committed_schema(&file);
        assert_eq!(
            schema["$ref"],
            format!("graph.schema.json#/$defs/{}", modeled.name),
            "{file}"
        );
        assert!(schema.get("$defs").is_none(), "{file} holds definitions");
        let size = std::fs::metadata(support::repo("schemas").join(&file))
            .unwrap()
            .len();
        assert!(size < 1024, "{file} is {size} bytes");
    }

    // Compiled from the two files alone, with retrieval refused: the
    // reference resolves against the registered graph schema.
    let organization = support::compile_committed_schema("Organization.schema.json").unwrap();
    assert!(organization.is_valid(&json!({"@type": "Organization", "foundingDate": "1998"})));
    assert!(!organization.is_valid(&json!({"@type": "Organization", "foundingDate": "tomorrow"})));
    assert!(!organization.is_valid(&json!({"@type": "Person"})));

    // Without the graph schema beside it the file does not compile: nothing
    // is fetched in its place.
    let alone = jsonschema::options()
        .offline()
        .with_base_uri(format!("{}Organization.schema.json", support::SCHEMAS_BASE))
        .build(&support::committed_schema("Organization.schema.json"));
    assert!(alone.is_err());
}

#[test]
fn generation_is_deterministic() {
    assert_eq!(generated_files(), generated_files());
}

#[test]
fn every_node_of_the_seed_export_validates() {
    let seed = Dataset::read(&support::seed_path(), None).unwrap();
    let export: Value = serde_json::from_str(&seed.to_json_ld()).unwrap();
    support::assert_export_validates(&export);
}

/// Forms found in the wild that the model reads: the schemas must accept
/// each (read as a single node, by the schema of its type).
fn accepted_by_the_model() -> Vec<Value> {
    vec![
        json!({"@type": "http://schema.org/Offer", "availability": "http://schema.org/InStock",
               "itemCondition": "schema:NewCondition", "price": "12.50", "priceCurrency": "EUR"}),
        json!({"@type": "Offer", "availability": "InStock", "price": 12, "priceValidUntil": "2026-01-31"}),
        json!({"@type": "schema:Event", "eventStatus": "https://schema.org/EventScheduled",
               "eventAttendanceMode": "http://www.schema.org/OnlineEventAttendanceMode",
               "startDate": "2025-10-14T09:30:00-05:00", "endDate": "2025-10-14",
               "location": ["Online", {"@type": "VirtualLocation", "url": "https://example.com/live"},
                            {"@id": "#venue"}]}),
        json!({"@type": "Person", "name": null, "sameAs": [], "worksFor": {"@id": "#acme"},
               "affiliation": [{"@id": "#a"}, {"@type": "Organization", "name": "B"}]}),
        json!({"@type": "Product", "gtin13": "4006381333931", "gtin": "96385074",
               "brand": {"@type": "Brand", "name": "X"}, "additionalProperty": {"@type": "PropertyValue", "value": [1, "two", true]}}),
        json!({"@type": "Place", "geo": {"@type": "GeoCoordinates", "latitude": "30.2672", "longitude": -97.7431},
               "address": "Austin, Texas"}),
        json!({"@type": "DeliveryEvent", "hasDeliveryMethod": "http://schema.org/ParcelService",
               "availableFrom": "2025-10-14T09:30Z", "superEvent": {"@id": "#parent"}}),
        json!({"@type": ["schema:Brand"], "name": "one type, as a list"}),
        json!({"@type": "NewsArticle", "inLanguage": "es", "datePublished": "2025-10-14",
               "about": [{"@id": "#x"}], "mainEntityOfPage": "https://example.com/news/1"}),
    ]
}

#[test]
fn schemas_accept_every_form_the_model_reads() {
    for node in accepted_by_the_model() {
        let read: Node = serde_json::from_value(node.clone())
            .unwrap_or_else(|e| panic!("the model refuses {node}: {e}"));
        let file = format!("{}.schema.json", read.type_name());
        let errors = support::schema_errors(&file, &node);
        assert!(errors.is_empty(), "{file} refuses {node}: {errors:#?}");
    }
}

/// Reads `node` as the model type named `type_name`.
fn read_as(type_name: &str, node: &Value) -> Result<(), serde_json::Error> {
    use sdx::model::{GeoCoordinates, Offer, Person, Product};
    let node = node.clone();
    match type_name {
        "Person" => serde_json::from_value::<Person>(node).map(drop),
        "Offer" => serde_json::from_value::<Offer>(node).map(drop),
        "Product" => serde_json::from_value::<Product>(node).map(drop),
        "GeoCoordinates" => serde_json::from_value::<GeoCoordinates>(node).map(drop),
        other => panic!("no reader for {other} in this test"),
    }
}

#[test]
fn schemas_refuse_shapes_the_model_refuses() {
    let refused = [
        ("Person", json!({"@type": "Organization"})),
        ("Person", json!({"@type": "person"})),
        (
            "Person",
            json!({"@type": "Person", "birthDate": "14/10/2025"}),
        ),
        (
            "Person",
            json!({"@type": "Person", "url": "javascript:alert(1)"}),
        ),
        (
            "Person",
            json!({"@type": "Person", "worksFor": {"@type": "Corporation", "foundingDate": "tomorrow"}}),
        ),
        (
            "Person",
            json!({"@type": "Person", "name": {"@type": "Thing"}}),
        ),
        ("Offer", json!({"@type": "Offer", "priceCurrency": "€"})),
        (
            "Offer",
            json!({"@type": "Offer", "availability": "https://example.com/InStock"}),
        ),
        ("Offer", json!({"@type": "Offer", "price": "1,299.00"})),
        (
            "Product",
            json!({"@type": "Product", "gtin13": "40063813339"}),
        ),
        (
            "GeoCoordinates",
            json!({"@type": "GeoCoordinates", "latitude": 91}),
        ),
    ];
    for (type_name, node) in refused {
        assert!(read_as(type_name, &node).is_err(), "the model reads {node}");
        let errors = support::schema_errors(&format!("{type_name}.schema.json"), &node);
        assert!(!errors.is_empty(), "{type_name}.schema.json accepts {node}");
    }
}

/// schema.org's open reading, accepted alike by the model and its schemas:
/// nodes without `@type`, subtypes, text for a node, a node of a type the
/// property does not expect (kept as written; the vocabulary layer warns),
/// Roles, lists everywhere, dates of any precision, numbers as text,
/// empty values, `{"@id"}` for a URL.
#[test]
fn schemas_and_model_accept_what_schema_org_accepts() {
    let accepted = [
        ("Person", json!({"name": "no @type"})),
        (
            "Person",
            json!({"@type": "Person", "worksFor": {"@id": "#a", "name": "untyped, with an id"}}),
        ),
        (
            "Person",
            json!({"@type": "Person", "worksFor": {"@type": "Person"}}),
        ),
        (
            "Person",
            json!({"@type": "Person", "worksFor": "Acme Inc."}),
        ),
        (
            "Person",
            json!({"@type": "Person", "worksFor": {"@type": "NewsMediaOrganization", "name": "x"}}),
        ),
        (
            "Person",
            json!({"@type": "Person", "alumniOf": {"@type": "OrganizationRole", "alumniOf": {"@id": "#u"}, "startDate": "1977"}}),
        ),
        (
            "Person",
            json!({"@type": "Person", "name": ["Ada", "Augusta Ada King"], "birthDate": "1815"}),
        ),
        (
            "Person",
            json!({"type": "Person", "id": "#ada", "url": {"@id": "https://example.com/ada"}}),
        ),
        (
            "Person",
            json!({"@type": ["Person", "ex:Scientist"], "jobTitle": {"@type": "DefinedTerm", "name": "x"}}),
        ),
        (
            "Offer",
            json!({"@type": "Offer", "priceCurrency": "EURO", "price": "", "availability": {"@id": "https://schema.org/InStock"}}),
        ),
        (
            "Product",
            json!({"@type": "Product", "gtin13": 4006381333931_u64, "description": null}),
        ),
        (
            "GeoCoordinates",
            json!({"@type": "GeoCoordinates", "latitude": "40° 26′ 46″ N"}),
        ),
    ];
    for (type_name, node) in accepted {
        if let Err(error) = read_as(type_name, &node) {
            panic!("the model refuses {node}: {error}");
        }
        let errors = support::schema_errors(&format!("{type_name}.schema.json"), &node);
        assert!(
            errors.is_empty(),
            "{type_name}.schema.json refuses {node}: {errors:?}"
        );
    }
}

#[test]
fn the_graph_schema_accepts_datasets_with_a_base_and_refuses_other_contexts() {
    let seed: Value =
        serde_json::from_str(&std::fs::read_to_string(support::seed_path()).unwrap()).unwrap();
    assert!(support::schema_errors("graph.schema.json", &seed).is_empty());
    serde_json::from_value::<GraphDocument>(seed).unwrap();

    let remote = json!({"@context": "https://example.com/context.jsonld", "@graph": []});
    assert!(serde_json::from_value::<GraphDocument>(remote.clone()).is_err());
    assert!(!support::schema_errors("graph.schema.json", &remote).is_empty());
}
