use std::borrow::Cow;

use serde_json::{json, Value};

use super::*;
use crate::validate::parse;

/// Documents covering every kind of value, escapes, repeated keys and
/// objects on both sides of the parser's scan limit.
fn documents() -> Vec<String> {
    let mut wide = String::from("{");
    for i in 0..40 {
        wide.push_str(&format!("\"k{}\": {i}, ", i % 37));
    }
    // k36 came after the object passed the scan limit: found by the index.
    wide.push_str("\"k36\": \"again\", \"last\": [1, 2.5, -3, 1e300, true, false, null]}");
    vec![
        r#"{"@type": "Product", "name": "Caf\u00e9 \"x\"", "offers": [{"price": 19.99}]}"#
            .to_owned(),
        r#"[1, -2, 18446744073709551615, -9223372036854775808, 0.1, "a\/b", {}, [], null]"#
            .to_owned(),
        r#"{"a": 1, "b": {"c": [1, {"d": 2, "d": 3}]}, "a": [0.5], "e\nf": "g\th"}"#.to_owned(),
        wide,
    ]
}

#[test]
fn converts_to_the_value_serde_json_reads() {
    for text in documents() {
        let parsed = parse::document(text.as_bytes(), 64).unwrap();
        let plain: Value = serde_json::from_str(&text).unwrap();
        assert_eq!(parsed.value.to_value(), plain, "{text}");
        // Same order of keys, too: the report follows it.
        assert_eq!(parsed.value.to_string(), plain.to_string(), "{text}");
        assert_eq!(Node::from(&plain), parsed.value, "{text}");
    }
}

#[test]
fn borrows_text_without_escapes_and_decodes_the_rest() {
    let text = r#"{"plain": "abc", "esc\u0061ped": "x\ny"}"#;
    let parsed = parse::document(text.as_bytes(), 64).unwrap();
    let object = parsed.value.as_object().unwrap();
    let (key, value) = object.iter().next().unwrap();
    assert!(matches!(key, Text(Cow::Borrowed("plain"))));
    assert!(matches!(value, Node::String(Text(Cow::Borrowed("abc")))));
    let (key, value) = object.iter().nth(1).unwrap();
    assert!(matches!(key, Text(Cow::Owned(k)) if k == "escaped"));
    assert_eq!(value.as_str(), Some("x\ny"));
    assert_eq!(object.get("escaped"), Some(value));
}

#[test]
fn repeated_keys_keep_the_last_value_in_the_first_place() {
    let text = &documents()[3];
    let parsed = parse::document(text.as_bytes(), 64).unwrap();
    let object = parsed.value.as_object().unwrap();
    // k0..k36, then "last": the wide object's repeats replaced in place.
    assert_eq!(object.len(), 38);
    assert_eq!(object.get("k0").and_then(Node::as_u64), Some(37));
    assert_eq!(object.get("k2").and_then(Node::as_u64), Some(39));
    assert_eq!(object.get("k3").and_then(Node::as_u64), Some(3));
    assert_eq!(object.keys().last().map(Text::as_str), Some("last"));
    assert_eq!(object.get("k36").and_then(Node::as_str), Some("again"));
    assert_eq!(parsed.repeated.len(), 4);
    assert_eq!(parsed.repeated[0], ("/k0".to_owned(), "k0".to_owned()));
}

#[test]
fn accessors_answer_as_serde_json_s() {
    let plain =
        json!({"s": "t", "n": -4, "u": 7, "f": 2.5, "b": true, "z": null, "a": [1], "o": {"p": 1}});
    let node = Node::from(&plain);
    for (key, value) in plain.as_object().unwrap() {
        let mine = node.get(key).unwrap();
        assert_eq!(mine.as_str(), value.as_str(), "{key}");
        assert_eq!(mine.as_f64(), value.as_f64(), "{key}");
        assert_eq!(mine.as_i64(), value.as_i64(), "{key}");
        assert_eq!(mine.as_u64(), value.as_u64(), "{key}");
        assert_eq!(mine.as_bool(), value.as_bool(), "{key}");
        assert_eq!(mine.is_null(), value.is_null(), "{key}");
        assert_eq!(mine.is_string(), value.is_string(), "{key}");
        assert_eq!(mine.is_number(), value.is_number(), "{key}");
        assert_eq!(mine.is_boolean(), value.is_boolean(), "{key}");
        assert_eq!(mine.is_array(), value.is_array(), "{key}");
        assert_eq!(mine.is_object(), value.is_object(), "{key}");
        assert_eq!(mine.to_string(), value.to_string(), "{key}");
    }
    assert_eq!(node.step("a").and_then(|a| a.step("0")), Some(&node!(1)));
    assert_eq!(node.step("a").and_then(|a| a.step("1")), None);
    assert_eq!(node.step("missing"), None);
}

#[test]
fn objects_compare_as_maps() {
    assert_eq!(node!({"a": 1, "b": [2]}), node!({"b": [2], "a": 1}));
    assert_ne!(node!({"a": 1}), node!({"a": 1, "b": 2}));
    assert_ne!(node!({"a": 1, "b": 2}), node!({"a": 1, "c": 2}));
}

#[test]
fn schemas_judge_the_tree_as_they_judge_serde_json() {
    let schema = json!({
        "type": "object",
        "required": ["name"],
        "properties": {
            "name": {"type": "string", "minLength": 2, "maxLength": 4},
            "kind": {"enum": ["a", 1, true, null]},
            "n": {"type": "integer", "minimum": 0},
            "tags": {"type": "array", "items": {"type": "string"}, "uniqueItems": true}
        },
        "propertyNames": {"pattern": "^[a-z]+$"},
        "additionalProperties": false
    });
    let tree = jsonschema::options_for::<Tree>().build(&schema).unwrap();
    let plain = jsonschema::validator_for(&schema).unwrap();
    for instance in [
        json!({"name": "ab"}),
        json!({"name": "a"}),
        json!({"name": "abcde"}),
        json!({"name": "ñññ"}),
        json!({"name": "ñññññ"}),
        json!({"name": "ab", "kind": "a"}),
        json!({"name": "ab", "kind": 1.0}),
        json!({"name": "ab", "kind": "b"}),
        json!({"name": "ab", "kind": null}),
        json!({"name": "ab", "n": -1}),
        json!({"name": "ab", "n": 2.5}),
        json!({"name": "ab", "tags": ["x", "y"]}),
        json!({"name": "ab", "tags": ["x", "x"]}),
        json!({"name": "ab", "Bad": 1}),
        json!({"kind": true}),
        json!([1]),
    ] {
        assert_judged_alike(&tree, &plain, &instance, &instance.to_string());
    }
}
