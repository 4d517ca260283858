//! Which nested nodes a parent's schema covers: read from small schemas
//! and from the committed ones, and checked against the findings.

use super::*;
use serde_json::json;

use crate::tree::Node;

fn defs() -> Map<String, Value> {
    let Value::Object(defs) = json!({
        "Offer": {
            "type": "object",
            "properties": {
                "@type": {"type": "string", "pattern": "^(Offer|AggregateOffer)$"},
                "price": {"type": ["string", "number", "null"]}
            }
        },
        "OfferOther": {
            "type": "object",
            "anyOf": [
                {"required": ["@type"], "properties": {"@type": {"not": {"pattern": "Offer"}}}},
                {"required": ["type"], "properties": {"type": {"not": {"pattern": "Offer"}}}}
            ]
        },
        "NoValue": {"anyOf": [
            {"type": "null"},
            {"type": "array", "maxItems": 0},
            {"type": "object", "maxProperties": 0}
        ]},
        "OfferEntity": {"anyOf": [
            {"$ref": "#/$defs/Offer"}, {"type": "string"}, {"$ref": "#/$defs/OfferOther"}
        ]},
        "OfferEntityValues": {"anyOf": [
            {"$ref": "#/$defs/OfferEntity"},
            {"type": "array", "items": {"anyOf": [{"$ref": "#/$defs/OfferEntity"}, {"$ref": "#/$defs/NoValue"}]}},
            {"$ref": "#/$defs/NoValue"}
        ]},
        "Loop": {"anyOf": [{"$ref": "#/$defs/Loop"}, {"type": "string"}]},
        "Product": {
            "type": "object",
            "properties": {
                "@type": {"type": "string", "pattern": "^Product$"},
                "name": {"type": ["string", "null"]},
                "offers": {"$ref": "#/$defs/OfferEntityValues"},
                "free": {"description": "any value at all"},
                "inline": {"type": "object", "properties": {"a": {"type": "string"}}},
                "anyNode": {"anyOf": [{"type": "object"}, {"type": "string"}]},
                "listOfAnything": {"type": "array"},
                "loop": {"$ref": "#/$defs/Loop"}
            }
        }
    }) else {
        unreachable!()
    };
    defs
}

fn modeled(name: &str) -> bool {
    matches!(name, "Offer" | "Product")
}

#[test]
fn reads_which_definitions_a_propertys_nodes_are_held_to() {
    let targets = property_targets(&defs(), "Product", &modeled);
    // `name` holds no nodes; `offers` only Offer nodes (a node of
    // another type passes `OfferOther`, which refuses Offer's family).
    // The others let an object pass some other way.
    assert_eq!(
        targets,
        [
            ("name".to_owned(), vec![]),
            ("offers".to_owned(), vec!["Offer".to_owned()])
        ]
    );
}

#[test]
fn an_object_schema_that_accepts_nodes_has_no_targets() {
    let reader = Reader {
        defs: &defs(),
        modeled: &modeled,
    };
    assert_eq!(
        reader.targets(&json!({"type": "object"}), &mut Vec::new()),
        None
    );
    assert_eq!(
        reader.targets(&json!({"$ref": "#/$defs/Offer"}), &mut Vec::new()),
        Some(vec!["Offer".to_owned()])
    );
    assert_eq!(
        reader.targets(&json!({"$ref": "#/$defs/Missing"}), &mut Vec::new()),
        None
    );
    assert_eq!(
        reader.targets(&json!({"$ref": "https://example.com/x"}), &mut Vec::new()),
        None
    );
    assert_eq!(
        reader.targets(&json!({"$ref": "#/$defs/Loop"}), &mut Vec::new()),
        None
    );
}

#[test]
fn the_committed_schemas_cover_the_usual_nested_nodes() {
    let graph: Value = serde_json::from_str(crate::schema::committed_graph_schema()).unwrap();
    let defs = graph["$defs"].as_object().unwrap();
    let is_modeled = |name: &str| {
        crate::schema::modeled_types()
            .iter()
            .any(|t| t.name == name)
    };
    let targets = |type_name: &str, property: &str| {
        property_targets(defs, type_name, &is_modeled)
            .into_iter()
            .find(|(p, _)| p == property)
            .map(|(_, targets)| targets)
    };
    let strings = |names: &[&str]| names.iter().map(|n| (*n).to_owned()).collect::<Vec<_>>();
    assert_eq!(
        targets("Product", "offers"),
        Some(strings(&["AggregateOffer", "Offer"]))
    );
    assert_eq!(
        targets("Product", "brand"),
        Some(strings(&["Brand", "Organization"]))
    );
    assert_eq!(
        targets("Product", "additionalProperty"),
        Some(strings(&["PropertyValue"]))
    );
    assert_eq!(targets("Product", "name"), Some(vec![]));
    assert_eq!(
        targets("Event", "location"),
        Some(strings(&["Place", "PostalAddress", "VirtualLocation"]))
    );
}

/// Every way of spoiling a value that a mutation test tries.
fn spoilt(value: &Value) -> Vec<Value> {
    let mut out = vec![
        json!(42),
        json!("text"),
        json!({}),
        json!([value.clone(), value.clone()]),
        json!({"@type": "Offer", "price": "about ten", "priceCurrency": "euros"}),
        json!({"@type": "Brand", "name": 7}),
        json!({"@id": "#elsewhere"}),
    ];
    if let Value::Object(object) = value {
        let mut untyped = object.clone();
        untyped.remove("@type");
        out.push(Value::Object(untyped));
        for other in ["Brand", "Thing", "PostalAddress"] {
            let mut retyped = object.clone();
            retyped.insert("@type".into(), json!(other));
            out.push(Value::Object(retyped));
        }
        let mut extra = object.clone();
        extra.insert(
            "notAProperty".into(),
            json!({"@type": "Offer", "price": false}),
        );
        out.push(Value::Object(extra));
    }
    out
}

/// Every document that differs from `root` by one spoilt value.
fn mutants(root: &Value) -> Vec<Value> {
    fn visit(at: &mut Vec<String>, value: &Value, out: &mut Vec<Vec<String>>) {
        out.push(at.clone());
        match value {
            Value::Object(object) => {
                for (key, item) in object {
                    at.push(key.clone());
                    visit(at, item, out);
                    at.pop();
                }
            }
            Value::Array(items) => {
                for (index, item) in items.iter().enumerate() {
                    at.push(index.to_string());
                    visit(at, item, out);
                    at.pop();
                }
            }
            _ => {}
        }
    }
    let mut paths = Vec::new();
    visit(&mut Vec::new(), root, &mut paths);
    let mut out = Vec::new();
    for path in paths.iter().filter(|p| !p.is_empty()) {
        let mut pointer = String::new();
        for token in path {
            crate::diagnostic::push_pointer_token(&mut pointer, token);
        }
        let original = root.pointer(&pointer).unwrap();
        for replacement in spoilt(original) {
            let mut mutant = root.clone();
            *mutant.pointer_mut(&pointer).unwrap() = replacement;
            out.push(mutant);
        }
    }
    out
}

/// Skipping the schema check of nodes their parent's check covered
/// changes no finding: on records with nested nodes, clean and with
/// every value in turn spoilt (wrong scalar, wrong node type, untyped,
/// a list, a reference, an unknown property holding a bad node).
#[test]
fn trusting_a_parents_check_changes_no_finding() {
    use crate::validate::check::DocumentCheck;
    let records = [
        json!({"@context": "https://schema.org", "@type": "Product", "name": "Lamp",
            "brand": {"@type": "Brand", "name": "Lumen"},
            "additionalProperty": [{"@type": "PropertyValue", "name": "weight", "value": 2}],
            "offers": {"@type": "Offer", "price": "19.90", "priceCurrency": "EUR",
                "seller": {"@type": "Organization", "name": "Lumen Store",
                    "address": {"@type": "PostalAddress", "addressCountry": "ES"}}}}),
        json!({"@context": "https://schema.org", "@type": "Event", "name": "Launch",
            "startDate": "2025-10-13",
            "location": {"@type": "Place", "name": "Hall",
                "address": {"@type": "PostalAddress", "addressLocality": "Austin"}},
            "organizer": [{"@type": "Person", "name": "Ada", "worksFor": {"@id": "#org"}}]}),
        json!({"@context": "https://schema.org", "@graph": [
            {"@type": "Organization", "@id": "#org", "name": "Initech",
                "contactPoint": {"@type": "ContactPoint", "contactType": "sales"},
                "founder": {"@type": "Person", "name": "Bill",
                    "address": {"@type": "PostalAddress", "postalCode": "78701"}}}]}),
        // Not in canonical form: nothing is skipped.
        json!({"@context": "https://schema.org", "@type": ["Product"], "schema:name": "Desk",
            "offers": {"@type": "https://schema.org/Offer", "price": "120", "priceCurrency": "EUR"}}),
    ];
    let shapes = super::super::Shapes::new();
    let offer = shapes.modeled("Product").unwrap();
    let nested = json!({"@type": "Offer", "price": "1"});
    let nested = Node::from(&nested);
    assert!(shapes.covers(offer, "offers", nested.as_object().unwrap()));
    let aggregate = json!({"@type": "AggregateOffer"});
    let aggregate = Node::from(&aggregate);
    assert!(
        !shapes.covers(offer, "offers", aggregate.as_object().unwrap()),
        "an AggregateOffer may have passed as an Offer"
    );
    let findings = |checked: crate::validate::check::Checked| -> Vec<String> {
        checked
            .findings
            .iter()
            .map(|f| format!("{} {} {}", f.rule, f.pointer, f.message))
            .collect()
    };
    let mut documents = 0;
    let mut skipped_some = false;
    for record in &records {
        for document in std::iter::once(record.clone()).chain(mutants(record)) {
            let tree = Node::from(&document);
            let fast = findings(DocumentCheck::run(&shapes, &tree));
            let every = findings(DocumentCheck::run_checking_every_node(&shapes, &tree));
            assert_eq!(fast, every, "{document}");
            documents += 1;
        }
        skipped_some |= findings(DocumentCheck::run(&shapes, &Node::from(record))).is_empty();
    }
    assert!(documents > 300, "{documents} documents");
    assert!(skipped_some, "a clean record exercises the shortcut");
}
