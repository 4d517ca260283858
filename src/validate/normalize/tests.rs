//! Tests of normalization: contexts recognized, keys and types given their
//! schema.org reading.

use super::*;
use crate::tree::node;

#[test]
fn reads_schema_org_contexts_in_every_spelling() {
    for context in [
        node!("https://schema.org"),
        node!("http://schema.org/"),
        node!("https://www.schema.org/"),
        node!("HTTPS://SCHEMA.ORG"),
        node!({"@vocab": "https://schema.org/"}),
        node!({"schema": "http://schema.org/"}),
        node!(["https://schema.org", {"ex": "https://example.com/ns#"}]),
    ] {
        let reading = read_context(Some(&context));
        assert!(
            reading.schema_org && reading.unsupported.is_empty(),
            "{context}"
        );
    }
    let remote = node!(["https://schema.org", "https://example.com/context.jsonld"]);
    let reading = read_context(Some(&remote));
    assert!(reading.schema_org);
    assert_eq!(reading.unsupported.len(), 1);
    assert_eq!(reading.unsupported[0].0, Some(1));
    let unknown = node!({"@vocab": "https://example.com/"});
    assert!(!read_context(Some(&unknown)).schema_org);
    assert!(!read_context(None).present);
    for extension in [
        "http://health-lifesci.schema.org/",
        "https://pending.schema.org",
    ] {
        let context = node!(extension);
        assert!(read_context(Some(&context)).schema_org, "{extension}");
    }
    assert!(!is_schema_org_iri("https://evilschema.org"));
    assert!(!is_schema_org_iri("https://schema.org.example.com"));
}

#[test]
fn reads_a_misspelled_schema_org_context_as_schema_org() {
    for typo in [
        "https://shema.org",
        "http://schema.ogr/",
        "https://www.schemaa.org",
        "https://scheme.org",
    ] {
        assert_eq!(
            misspelled_schema_org(typo),
            Some("https://schema.org"),
            "{typo}"
        );
        let context = node!(typo);
        let reading = read_context(Some(&context));
        assert!(reading.reads_schema_org() && !reading.schema_org, "{typo}");
    }
    for other in [
        "https://schema.org",
        "https://example.com/",
        "https://w3id.org/security/v2",
        "urn:x",
    ] {
        assert_eq!(misspelled_schema_org(other), None, "{other}");
    }
}

#[test]
fn canonicalizes_keys_and_types() {
    assert_eq!(canonical_key("schema:name"), "name");
    assert_eq!(canonical_key("https://schema.org/name"), "name");
    assert_eq!(canonical_key("http://schema.org/name"), "name");
    assert_eq!(canonical_key("sku"), "sku");
    assert_eq!(canonical_key("@type"), "@type");
    let node = node!({"@type": ["schema:Thing", "https://schema.org/Person"]});
    let names: Vec<&str> = types(node.as_object().unwrap()).collect();
    assert_eq!(names, ["Thing", "Person"]);
}

#[test]
fn borrows_canonical_nodes_and_rewrites_others() {
    let plain = node!({"@type": "Person", "name": "Ada", "knows": [{"@type": "Person"}]});
    assert!(matches!(canonical_node(&plain), Cow::Borrowed(_)));
    let prefixed = node!({
        "@type": ["Thing", "Person"],
        "schema:name": "Ada",
        "https://schema.org/knows": {"@type": "Person", "schema:name": "Bob"}
    });
    let canonical = canonical_node(&prefixed);
    assert_eq!(
        canonical.as_ref(),
        &node!({"@type": ["Thing", "Person"], "name": "Ada", "knows": {"@type": "Person", "name": "Bob"}})
    );
    let aliased = node!({"type": "Person", "id": "#ada", "name": "Ada"});
    assert_eq!(
        canonical_node(&aliased).as_ref(),
        &node!({"@type": "Person", "@id": "#ada", "name": "Ada"})
    );
    assert_eq!(original_pointer(&aliased, "/@type"), "/type");
    assert_eq!(
        original_pointer(&prefixed, "/knows/name"),
        "/https:~1~1schema.org~1knows/schema:name"
    );
    assert_eq!(original_pointer(&prefixed, "/missing/0"), "/missing/0");
}

#[test]
fn merges_two_spellings_of_a_key_in_the_first_place() {
    // Below and above the size where the rewrite looks keys up by index.
    for extra in [0, 40] {
        let mut text = String::from(r#"{"name": "a", "sku": "s""#);
        for i in 0..extra {
            text.push_str(&format!(r#", "k{i}": {i}"#));
        }
        text.push_str(r#", "schema:name": "b", "schema:k3": "again"}"#);
        let value: serde_json::Value = serde_json::from_str(&text).unwrap();
        let node = Node::from(&value);
        let canonical = canonical_node(&node);
        let object = canonical.as_object().unwrap();
        let keys: Vec<&str> = object.keys().map(|k| k.as_str()).collect();
        assert_eq!(keys[..2], ["name", "sku"], "{extra}");
        assert_eq!(object.get("name").and_then(Node::as_str), Some("b"));
        let k3 = object.get("k3").and_then(Node::as_str);
        if extra > 0 {
            assert_eq!(k3, Some("again"));
            assert_eq!(object.len(), 2 + extra);
        } else {
            assert_eq!(keys, ["name", "sku", "k3"]);
        }
    }
}
