//! Tests of the one parse: the same values as serde_json, repeated keys
//! named, the depth limit.

use super::*;

#[test]
fn parses_like_serde_json_and_names_repeats() {
    let text = br#"{"a": [1, {"b": 2, "b": 3}], "a": [0.5, -1, null, true, "x"], "c~/": {"d": {}, "d": []}}"#;
    let Parsed {
        value, repeated, ..
    } = document(text, 64).unwrap();
    let plain: serde_json::Value = serde_json::from_slice(text).unwrap();
    assert_eq!(value.to_value(), plain);
    assert_eq!(
        repeated,
        [
            ("/a/1/b".to_owned(), "b".to_owned()),
            ("/a".to_owned(), "a".to_owned()),
            ("/c~0~1/d".to_owned(), "d".to_owned()),
        ]
    );
}

#[test]
fn finds_the_keys_a_large_object_repeats() {
    // Past SCAN_UP_TO keys, repeats are found through the index.
    let keys: Vec<String> = (0..500).map(|i| format!("\"k{}\": {i}", i % 200)).collect();
    let text = format!("{{{}}}", keys.join(","));
    let Parsed {
        value, repeated, ..
    } = document(text.as_bytes(), 64).unwrap();
    let plain: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(value.to_value(), plain);
    assert_eq!(repeated.len(), 300);
    assert_eq!(repeated[0], ("/k0".to_owned(), "k0".to_owned()));
    assert_eq!(value.get("k199").and_then(Node::as_u64), Some(399));
}

#[test]
fn notes_canonical_documents_as_the_walk_would() {
    for (text, canonical) in [
        (
            r#"{"@type": "Product", "name": "x", "offers": [{"price": 1}]}"#,
            true,
        ),
        (r#"{"@type": ["Product"], "name": "x"}"#, true),
        (r#"{"a": {"b": [{"@type": ["Offer", "Thing"]}]}}"#, true),
        (r#"{"type": "Product", "name": "x"}"#, false),
        (r##"{"a": {"id": "#a"}}"##, false),
        (r#"{"schema:name": "x"}"#, false),
        (r#"{"a": [{"https://schema.org/name": "x"}]}"#, false),
        (
            r#"{"sku": "s", "hasMerchantReturnPolicy": {"@type": "Thing"}}"#,
            true,
        ),
        (
            r#"{"@type": "Product", "@type": ["Product"], "sku": "s"}"#,
            true,
        ),
        (r#"[{"name": 1}, {"http://schema.org/name": 2}]"#, false),
        (r#"[1, "schema:name", {"@type": "schema:Product"}]"#, true),
    ] {
        let parsed = document(text.as_bytes(), 64).unwrap();
        assert_eq!(parsed.canonical, canonical, "{text}");
        assert_eq!(
            super::super::normalize::is_canonical(&parsed.value),
            canonical,
            "{text}"
        );
    }
}

#[test]
fn keeps_serde_json_errors_and_limits() {
    assert!(matches!(
        document(b"{\"a\": }", 64),
        Err(ParseError::Json(_))
    ));
    assert!(matches!(document(b"[1] x", 64), Err(ParseError::Json(_))));
    let deep = "[".repeat(200);
    match document(deep.as_bytes(), 127) {
        Err(ParseError::Json(error)) => {
            assert!(error.to_string().contains("recursion limit exceeded"))
        }
        other => panic!("{other:?}"),
    }
}

#[test]
fn stops_past_the_limit() {
    let text = b"{\"a\": [1, {\"b\": \"[[{\"},\n  [[2]]]}";
    assert!(document(text, 4).is_ok());
    assert!(matches!(document(text, 3), Err(ParseError::TooDeep)));
    assert!(matches!(document(b"[]", 0), Err(ParseError::TooDeep)));
    assert!(document(b"1", 0).is_ok());
}
