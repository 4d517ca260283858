use super::*;
use crate::tree::node;

fn run(node: Node<'static>) -> Vec<(&'static str, String, String)> {
    let mut out = Vec::new();
    let mut named = Vec::new();
    check_node(
        node.as_object().unwrap(),
        "",
        Surroundings::default(),
        &mut named,
        &mut out,
    );
    assert_eq!(named.len(), node.as_object().unwrap().len());
    out.into_iter()
        .map(|f| (f.rule, f.pointer, f.message))
        .collect()
}

#[test]
fn tells_the_url_rule_which_keys_hold_only_plain_urls() {
    let node = node!({
        "@type": "Organization",
        "url": "https://example.com/about",
        "sameAs": ["https://example.com/a", "http://example.org/b?x=1"],
        "logo": "/logo.png",
        "image": ["https://example.com/a.png", "not a url"],
        "name": "https://example.com/not-a-url-property",
        "email": null,
    });
    let mut named = Vec::new();
    check_node(
        node.as_object().unwrap(),
        "",
        Surroundings::default(),
        &mut named,
        &mut Vec::new(),
    );
    let plain: Vec<(&str, bool)> = node
        .as_object()
        .unwrap()
        .keys()
        .zip(&named)
        .map(|(key, found)| (key.as_str(), found.plain_urls))
        .collect();
    assert_eq!(
        plain,
        [
            ("@type", false),
            ("url", true),
            ("sameAs", true),
            ("logo", false),
            ("image", false),
            ("name", false),
            ("email", false),
        ]
    );
    assert!(named[1].property.is_some_and(|p| p.name() == "url"));
    assert!(named[0].property.is_none() && named[6].property.is_none());
}

#[test]
fn reads_only_schema_org_names() {
    assert_eq!(schema_org_name("name"), Some("name"));
    assert_eq!(schema_org_name("schema:name"), Some("name"));
    assert_eq!(schema_org_name("https://schema.org/name"), Some("name"));
    assert_eq!(schema_org_name("ex:code"), None);
    assert_eq!(schema_org_name("https://example.com/code"), None);
}

#[test]
fn clean_nodes_have_no_findings() {
    let node = node!({
        "@type": ["Corporation", "ex:Thing"],
        "name": "NVIDIA",
        "founder": [{"@type": "Person", "name": "Jensen Huang"}],
        "foundingDate": "1993-04-05",
        "dcterms:identifier": 1
    });
    assert_eq!(run(node), vec![]);
}

#[test]
fn a_colon_alone_does_not_make_a_key_another_vocabularys() {
    let defined = ["ex".to_owned()];
    assert_eq!(property_name("ex:code", &defined), None, "a defined prefix");
    assert_eq!(property_name("og:title", &[]), None, "a well-known prefix");
    assert_eq!(property_name("https://example.com/code", &[]), None);
    assert_eq!(property_name("schema:name", &[]), Some("name"));
    assert_eq!(property_name("ex:code", &[]), Some("ex:code"));
    assert_eq!(property_name("strtDate\n::x", &[]), Some("strtDate\n::x"));
    let found = run(node!({"@type": "Event", "strtDate\n::x": "2025-01-01"}));
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].0, "unknown-property");
}

#[test]
fn subtypes_and_unions_allow_properties() {
    assert_eq!(
        run(node!({"@type": "MusicEvent", "startDate": "2025-10-14"})),
        vec![]
    );
    assert_eq!(
        run(node!({"@type": ["Product", "Event"], "startDate": "2025-10-14", "sku": "1"})),
        vec![]
    );
    let found = run(node!({"@type": "IndividualProduct", "startDate": "2025-10-14"}));
    assert_eq!(found.len(), 1);
    assert_eq!(found[0].0, "property-not-in-domain");
    assert!(
        found[0]
            .2
            .starts_with("`startDate` is not a property of IndividualProduct; it belongs to "),
        "{}",
        found[0].2
    );
}

#[test]
fn defined_terms_are_not_schema_org() {
    let context = node!(["https://schema.org", {"ex": "https://example.com/", "sku2": "ex:sku", "s": "https://schema.org/"}]);
    assert_eq!(defined_terms(Some(&context)), ["ex", "sku2"]);
    assert!(defined_terms(Some(&node!("https://schema.org"))).is_empty());
}
