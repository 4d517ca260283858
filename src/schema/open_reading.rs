//! The generated schemas never close what schema.org leaves open: for
//! every property of every modeled type, each form schema.org's vocabulary
//! allows for the property's range is accepted.

use serde_json::{json, Value};

use super::modeled_types;
use crate::vocab::{Literal, TypeKind, Vocabulary};

/// Values of each kind the range `name` allows, as data writes them.
fn samples(name: &str) -> Vec<Value> {
    let vocabulary = Vocabulary::get();
    let Some(info) = vocabulary.type_info(name) else {
        return Vec::new();
    };
    match info.kind() {
        TypeKind::Entity => vec![
            json!({"@type": name, "name": "x"}),
            json!({"@id": "https://example.com/#x"}),
            json!("a text standing for the node"),
            json!({"@type": "Role", "startDate": "2019"}),
        ],
        TypeKind::Enumeration => {
            let mut values = Vec::new();
            if let Some(member) = vocabulary.enumeration_members(name).next() {
                let iri = format!("http://schema.org/{}", member.name());
                values.push(json!(member.name()));
                values.push(json!(format!("https://schema.org/{}", member.name())));
                values.push(json!({"@id": iri}));
                values.push(json!({"@type": name, "@id": iri}));
            }
            values
        }
        TypeKind::DataType => match info.literal {
            Literal::Text | Literal::Other => vec![json!("some text")],
            Literal::Url => vec![json!("https://example.com/a"), json!("/relative/a.jpg")],
            Literal::Integer => vec![json!(8), json!("8")],
            Literal::Number => vec![json!(4.5), json!("4.5"), json!(8)],
            Literal::Boolean => vec![
                json!(true),
                json!("True"),
                json!("https://schema.org/False"),
            ],
            Literal::Date => vec![json!("2019"), json!("2019-05"), json!("2019-05-14")],
            Literal::DateTime => vec![json!("2019-05-14T10:00:00+02:00"), json!("2019-05-14")],
            Literal::Time => vec![json!("19:30:00")],
            Literal::Duration => vec![json!("PT1H30M")],
            Literal::Quantity => vec![json!("3 kg")],
        },
    }
}

/// Properties whose value form the typed model checks beyond what the
/// vocabulary says (their range is `Text`, or `Number` or `Text`), each for
/// a consumer-facing reason its rule documents: a GTIN is digits with a
/// check digit (`invalid-gtin`), a currency is no symbol or amount
/// (`invalid-currency`), a price has no symbol, decimal comma or thousands
/// separator (`invalid-price`). Only their other forms are held to the
/// vocabulary here.
const CHECKED_FORMS: &[&str] = &[
    "gtin",
    "gtin8",
    "gtin12",
    "gtin13",
    "gtin14",
    "price",
    "lowPrice",
    "highPrice",
    "priceCurrency",
    "currency",
];

#[test]
fn every_form_the_vocabulary_allows_is_accepted() {
    let vocabulary = Vocabulary::get();
    let mut refused = Vec::new();
    let mut checked = 0;
    for modeled in modeled_types() {
        let schema = Value::from(modeled.schema());
        let validator = jsonschema::validator_for(&schema).expect("the schema compiles");
        for &property in modeled.properties {
            if property.starts_with('@') {
                continue;
            }
            let Some(info) = vocabulary.property(property) else {
                refused.push(format!(
                    "{}.{property}: not a schema.org property",
                    modeled.name
                ));
                continue;
            };
            let mut values: Vec<Value> = info
                .ranges()
                .iter()
                .flat_map(|&range| samples(vocabulary.type_by_id(range).name()))
                .collect();
            if let Some(first) = values.first().cloned() {
                values.push(json!([first.clone(), first]));
            }
            values.extend([json!(null), json!(""), json!([]), json!({})]);
            for value in values {
                let node = json!({"@type": modeled.name, property: value});
                checked += 1;
                let text = |v: &Value| v.as_str().is_some_and(|t| !t.is_empty());
                let free_text =
                    text(&value) || value.as_array().is_some_and(|a| a.iter().any(text));
                if free_text && CHECKED_FORMS.contains(&property) {
                    continue;
                }
                if !validator.is_valid(&node) {
                    refused.push(format!("{}.{property}: {value}", modeled.name));
                }
            }
        }
    }
    assert!(checked > 1000, "{checked}");
    assert!(
        refused.is_empty(),
        "{} of {checked} values schema.org allows are refused:\n{}",
        refused.len(),
        refused.join("\n")
    );
}

#[test]
fn subtypes_roles_and_aliases_are_read() {
    let organization = super::schema_for_type("Organization").map(Value::from);
    let validator = jsonschema::validator_for(&organization.unwrap()).unwrap();
    for node in [
        json!({"@type": "Corporation", "founder": {"@type": "Person", "name": "x"}}),
        json!({"type": "NewsMediaOrganization", "id": "https://example.com/#o"}),
        json!({"@type": ["Organization", "ex:Thing"], "member": {"@type": "OrganizationRole", "member": {"@id": "#a"}, "startDate": "1977"}}),
        json!({"@type": "Organization", "foundingDate": 1998, "founder": "Jane Doe"}),
    ] {
        assert!(validator.is_valid(&node), "{node}");
    }
    for node in [
        json!({"@type": "Person"}),
        json!({"@type": "organization"}),
        json!({"@type": "Organization", "foundingDate": "8 ago 2023"}),
        json!({"@type": "Organization", "founder": {"@type": "Corporation", "foundingDate": "x"}}),
        json!({"@type": "Organization", "name": {"@type": "Thing"}}),
    ] {
        assert!(!validator.is_valid(&node), "{node}");
    }
}
