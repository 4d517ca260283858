use jsonschema::json::SerdeJson;
use serde_json::json;

use super::*;
use crate::tree::assert_judged_alike;

/// Whole checks and explanations, which the validator itself never needs
/// (it asks only for the messages it will show).
impl Shapes {
    /// Checks `node` (in canonical form) against the schema of `modeled`:
    /// empty when the node is valid; pointers in the result are relative
    /// to the node.
    pub fn check_modeled(&self, modeled: Modeled<'_>, node: &Node<'_>) -> Vec<Explained> {
        if self.passes(modeled, node) {
            return Vec::new();
        }
        self.explain(modeled, node)
    }

    /// The failures of `node` (in canonical form) against the schema of
    /// `modeled`, in words; empty when it passes. Pointers are relative to
    /// the node. Only called once a node failed: walking the errors costs
    /// far more than [`passes`](Self::passes).
    pub fn explain(&self, modeled: Modeled<'_>, node: &Node<'_>) -> Vec<Explained> {
        self.explain_wanted(modeled, node, &|_| true)
    }
}

/// A modeled type's definitions in a form every type's schema can share:
/// its `$defs`, and the type itself under its name, with the type's
/// references to its own root (`#`) written as `#/$defs/<Type>`.
fn shared_defs(modeled: ModeledType) -> Map<String, Value> {
    let Value::Object(mut root) = modeled.schema_value() else {
        return Map::new();
    };
    let mut defs = match root.remove("$defs") {
        Some(Value::Object(defs)) => defs,
        _ => Map::new(),
    };
    root.remove("$schema");
    defs.insert(modeled.name.to_owned(), Value::Object(root));
    let own = format!("#/$defs/{}", modeled.name);
    for definition in defs.values_mut() {
        rewrite_root_refs(definition, &own);
    }
    defs
}

fn rewrite_root_refs(value: &mut Value, own: &str) {
    match value {
        Value::Object(object) => {
            for (key, item) in object.iter_mut() {
                if key == "$ref" && item == "#" {
                    *item = Value::String(own.to_owned());
                } else {
                    rewrite_root_refs(item, own);
                }
            }
        }
        Value::Array(items) => items
            .iter_mut()
            .for_each(|item| rewrite_root_refs(item, own)),
        _ => {}
    }
}

#[test]
fn a_remote_ref_is_refused_not_fetched() {
    for target in [
        "https://schema.example/product.json",
        "http://127.0.0.1:9/schema.json",
        "file:///etc/passwd",
    ] {
        let schema = json!({"$ref": target});
        let error = options::<SerdeJson>().build(&schema).err();
        assert!(error.is_some(), "{target} compiled");
        let nested = json!({"properties": {"a": {"$ref": format!("{target}#/x")}}});
        assert!(
            options::<SerdeJson>().build(&nested).is_err(),
            "{target} compiled nested"
        );
    }
    // Local references still work.
    let local = json!({"$defs": {"a": {"type": "string"}}, "$ref": "#/$defs/a"});
    assert!(options::<SerdeJson>()
        .build(&local)
        .unwrap()
        .is_valid(&json!("x")));
}

#[test]
fn patterns_match_in_linear_time() {
    // A pattern that makes a backtracking engine explore 2^n paths on a
    // near-miss; the regex engine answers at once.
    let schema = json!({"type": "string", "pattern": "^(a+)+$"});
    let validator = options::<SerdeJson>().build(&schema).unwrap();
    let evil = format!("{}!", "a".repeat(5000));
    assert!(!validator.is_valid(&json!(evil)));
    assert!(validator.is_valid(&json!("aaaa")));
}

#[test]
fn one_copy_of_the_definitions_serves_every_type() {
    // Every type is compiled, and its failures described, from the
    // graph schema's `$defs`: that is only right if each definition
    // there reads as in every type's own schema.
    let shapes = Shapes::new();
    let merged = shapes.defs();
    let mut seen = 0;
    for modeled in modeled_types() {
        for (name, mut definition) in shared_defs(modeled) {
            // The known patterns are compiled as sdx's own keyword.
            super::judge::patterns::mark_known(&mut definition);
            assert_eq!(merged[&name], definition, "{} in {}", name, modeled.name);
            seen += 1;
        }
    }
    assert!(seen > modeled_types().len() * 10);
    assert!(!merged.to_string().contains(r##""$ref":"#""##));
}

/// Every typed node of some fixtures, clean and broken, with its type.
fn sample_nodes() -> Vec<(String, Value)> {
    fn walk(value: &Value, out: &mut Vec<(String, Value)>) {
        match value {
            Value::Object(object) => {
                if let Some(Value::String(name)) = object.get("@type") {
                    out.push((name.clone(), value.clone()));
                }
                object.values().for_each(|item| walk(item, out));
            }
            Value::Array(items) => items.iter().for_each(|item| walk(item, out)),
            _ => {}
        }
    }
    let mut out = Vec::new();
    for text in [
        include_str!("../../../fixtures/seed/dgx-spark.jsonld"),
        include_str!("../../../fixtures/thirdparty/invalid/modeled.jsonld"),
        include_str!("../../../fixtures/thirdparty/invalid/schema.jsonld"),
        include_str!("../../../fixtures/thirdparty/invalid/offer.jsonld"),
        include_str!("../../../fixtures/thirdparty/invalid/shape.jsonld"),
    ] {
        walk(&serde_json::from_str(text).unwrap(), &mut out);
    }
    out
}

#[test]
fn the_shared_document_judges_as_each_committed_schema() {
    let shapes = Shapes::new();
    let mut judged = (0, 0);
    for (name, node) in sample_nodes() {
        let Some(slot) = shapes.by_type.get(name.as_str()) else {
            continue;
        };
        // The shared document validates the tree; the committed schema,
        // compiled on its own, validates serde_json's `Value`: both agree.
        let shared = shapes.compiled(slot).as_ref().unwrap();
        let own = options::<SerdeJson>()
            .build(&slot.modeled.schema_value())
            .unwrap();
        assert_judged_alike(shared, &own, &node, &format!("{name}: {node}"));
        if own.is_valid(&node) {
            judged.0 += 1;
        } else {
            judged.1 += 1;
        }
    }
    assert!(judged.0 >= 5 && judged.1 >= 3, "{judged:?}");
}

#[test]
fn every_modeled_schema_compiles_with_these_options() {
    let shapes = Shapes::new();
    assert_eq!(shapes.type_names().len(), modeled_types().len());
    shapes.compile_all().unwrap();
}

proptest::proptest! {
    /// Each pattern decided by plain code gives the verdict the `regex`
    /// crate gives the pattern itself.
    #[test]
    fn known_patterns_agree_with_their_regex(
        text in "[ \\t\\n\\u{b}\\u{c}\\r\\u{a0}\\u{2003}\\u{feff}\\u{85}aJjDdFfVv:/.é-]{0,12}"
    ) {
        for (pattern, matches) in super::judge::patterns::KNOWN {
            let regex = regex::Regex::new(pattern).unwrap();
            proptest::prop_assert_eq!(matches(&text), regex.is_match(&text), "{:?} on {:?}", pattern, text);
        }
    }
}

#[test]
fn known_patterns_on_the_words_they_are_for() {
    for text in [
        "javascript:x",
        " JavaScript:x",
        "data:",
        "file:/x",
        "https://a.example/",
        "mailto:a",
        "a b",
        "  ",
        "",
        "x",
    ] {
        for (pattern, matches) in super::judge::patterns::KNOWN {
            let regex = regex::Regex::new(pattern).unwrap();
            assert_eq!(
                matches(text),
                regex.is_match(text),
                "{pattern:?} on {text:?}"
            );
        }
    }
}

/// A failure whose message is not wanted keeps its place with no message;
/// the others read as a full explanation reads them.
#[test]
fn explains_in_words_only_the_failures_wanted() {
    let shapes = Shapes::new();
    let mut compared = 0;
    for (name, node) in sample_nodes() {
        let Some(modeled) = shapes.modeled(&name) else {
            continue;
        };
        let node = crate::tree::Node::from(&node);
        let all = shapes.explain(modeled, &node);
        if all.is_empty() {
            continue;
        }
        let skipped = all[0].pointer.clone();
        let some = shapes.explain_wanted(modeled, &node, &|at: &str| at != skipped);
        let wanted = |list: &[Explained]| -> Vec<Explained> {
            list.iter()
                .filter(|failure| failure.pointer != skipped)
                .cloned()
                .collect()
        };
        assert_eq!(wanted(&some), wanted(&all), "{name}");
        assert!(
            some.iter()
                .any(|failure| failure.pointer == skipped && failure.message.is_empty()),
            "{name} at {skipped}: not in its place"
        );
        assert!(
            !some
                .iter()
                .any(|failure| failure.pointer == skipped && !failure.message.is_empty()),
            "{name} at {skipped}: built"
        );
        let none = shapes.explain_wanted(modeled, &node, &|_: &str| false);
        assert!(none.iter().all(|failure| failure.message.is_empty()));
        compared += 1;
    }
    assert!(compared >= 3, "{compared} failing nodes");
}

#[test]
fn a_node_the_judged_form_passes_compiles_no_validator() {
    // The kind-dispatched form decides a clean node alone; the type's
    // `jsonschema` validator, slow to compile and to run, is only for a
    // node that form refuses.
    let shapes = Shapes::new();
    let product = json!({
        "@type": "Product",
        "name": "Umbrella",
        "sku": "SKU-1",
        "offers": {"@type": "Offer", "price": "10.50", "priceCurrency": "EUR"}
    });
    let modeled = shapes.modeled("Product").unwrap();
    assert!(shapes.passes(modeled, &Node::from(&product)));
    assert!(shapes
        .check_modeled(modeled, &Node::from(&product))
        .is_empty());
    assert!(
        shapes.by_type["Product"].compiled.get().is_none(),
        "a clean Product compiled its validator"
    );
    // A node the form refuses is judged, and explained, by the validator.
    let broken = json!({"@type": "Product", "name": "Umbrella", "sku": {"x": 1}});
    assert!(!shapes.passes(modeled, &Node::from(&broken)));
    assert!(shapes.by_type["Product"].compiled.get().is_some());
}

/// The patterns sdx decides by code run as its own keyword in the
/// validators that explain a refused node, not as regexes (see
/// `judge::patterns`); a failure reads the same either way. Compared
/// here with validators compiled from the committed definitions as they
/// are, every `pattern` a regex.
#[test]
fn patterns_decided_by_code_explain_as_their_regexes_do() {
    let shapes = Shapes::new();
    let mut plain: Map<String, Value> = serde_json::from_str(committed_graph_schema()).unwrap();
    plain.retain(|key, _| key == "$schema" || key == "$defs");
    plain.insert("$id".to_owned(), Value::String(GRAPH_URI.to_owned()));
    let plain = Arc::new(Value::Object(plain));
    let registry = jsonschema::Registry::new()
        .add(GRAPH_URI, Arc::clone(&plain))
        .and_then(|builder| builder.prepare())
        .unwrap();
    let mut nodes = sample_nodes();
    nodes.extend([
        json!({"@type": "Product", "name": "U", "releaseDate": "tomorrow", "gtin13": "12ab",
               "gtin": "x y", "url": "a b", "image": "javascript:x",
               "brand": {"@type": "Brandd", "name": "B"},
               "offers": {"@type": "Offer", "price": "abc", "validFrom": "soon", "priceCurrency": "EUR"},
               "aggregateRating": {"@type": "AggregateRating", "ratingValue": "x", "reviewCount": "1.5"}}),
        json!({"@type": "Event", "name": "E", "startDate": "2020-13-45T99", "endDate": "",
               "location": {"@type": "Placee"}, "organizer": {"@type": "Org"},
               "eventStatus": "https://schema.org/Nope"}),
        json!({"@type": "Organization", "name": "O", "foundingDate": "1999-99", "email": " ",
               "address": {"@type": "PostalAddresss"}, "logo": {"@type": "ImageObject", "url": "x y"}}),
    ]
    .map(|node| (node["@type"].as_str().unwrap().to_owned(), node)));
    let mut compared = 0;
    for (name, node) in nodes {
        let Some(modeled) = shapes.modeled(&name) else {
            continue;
        };
        let tree = Node::from(&node);
        let ours = shapes.explain(modeled, &tree);
        let validator = options::<Tree>()
            .with_registry(&registry)
            .build(&type_reference(&name))
            .unwrap();
        let text = SchemaText {
            root: &plain["$defs"][name.as_str()],
            defs: &plain["$defs"],
        };
        let mut theirs = Vec::new();
        for error in validator.iter_errors(&tree) {
            explain::explain(&error, &text, &|_: &str| true, &mut theirs);
        }
        theirs.dedup();
        assert_eq!(ours, theirs, "{name}: {node}");
        compared += usize::from(!ours.is_empty());
    }
    assert!(compared >= 6, "{compared} failing nodes");
}

/// Inside `may_set_aside`, a node whose validator another thread is
/// compiling gives up its document; outside, it is compiled and explained.
#[test]
fn a_validator_being_compiled_sets_the_document_aside() {
    let shapes = Shapes::new();
    let product = shapes.modeled("Product").expect("Product is modeled");
    let text = r#"{"@type": "Product", "name": "Lamp", "offers": {"@type": "Offer", "price": "1.299,00", "priceCurrency": "EUR"}}"#;
    let value: serde_json::Value = serde_json::from_str(text).expect("JSON");
    let node = crate::tree::Node::from(&value);
    shapes.claim("Product");
    assert!(super::may_set_aside(|| shapes.passes(product, &node)).1);
    assert!(!shapes.passes(product, &node));
    assert_eq!(
        super::may_set_aside(|| shapes.passes(product, &node)),
        (false, false)
    );
}
