//! Which properties of a modeled type check the nodes nested in them as
//! those nodes' own schemas would.
//!
//! Every typed node is checked against its type's schema, nested ones too,
//! so that a finding names the node it is in. But a parent's schema reaches
//! most nested nodes through `$ref`s to their types' definitions: when the
//! parent passes, a nested node reached that way has already passed the
//! very definition its own check would compile. This file finds, from the
//! schema text, the properties for which that holds, so that a clean
//! record pays for one `is_valid` per top-level node instead of one per
//! node. A property it cannot prove this for (unknown to the schema, or of
//! a shape it does not follow) keeps its nested nodes' own checks.

use serde_json::{Map, Value};

use crate::model::schema_org_term;

/// The properties of `type_name`'s definition in `defs` whose valid values
/// hold only nodes that are valid under their own type's definition;
/// sorted. `modeled` tells which definitions are modeled types.
pub(super) fn covering_properties(
    defs: &Map<String, Value>,
    type_name: &str,
    modeled: &dyn Fn(&str) -> bool,
) -> Vec<String> {
    let Some(Value::Object(properties)) = defs
        .get(type_name)
        .and_then(|definition| definition.get("properties"))
    else {
        return Vec::new();
    };
    let reader = Reader { defs, modeled };
    let mut out: Vec<String> = properties
        .iter()
        .filter(|(name, schema)| !name.starts_with('@') && reader.covers(schema, &mut Vec::new()))
        .map(|(name, _)| name.clone())
        .collect();
    out.sort_unstable();
    out
}

struct Reader<'a> {
    defs: &'a Map<String, Value>,
    modeled: &'a dyn Fn(&str) -> bool,
}

impl Reader<'_> {
    /// True when every value valid under `schema` holds, at its top or in
    /// lists at its top, only typed nodes valid under their own type's
    /// definition. `open` holds the definitions being read, so a cycle
    /// through them answers "no" instead of looping.
    fn covers(&self, schema: &Value, open: &mut Vec<String>) -> bool {
        let Value::Object(schema) = schema else {
            // `true` accepts anything; `false` nothing.
            return *schema == Value::Bool(false);
        };
        if let Some(target) = schema.get("$ref") {
            let Some(name) = target.as_str().and_then(|r| r.strip_prefix("#/$defs/")) else {
                return false;
            };
            return self.reference_covers(name, open);
        }
        if let Some(Value::Array(branches)) = schema.get("anyOf") {
            // A value valid here passed some branch; whichever it was
            // must cover it.
            return branches.iter().all(|branch| self.covers(branch, open));
        }
        if let Some(Value::Array(values)) = schema.get("enum") {
            return values.iter().all(|v| !v.is_object() && !v.is_array());
        }
        let Some(types) = schema.get("type") else {
            return false;
        };
        let allows = |wanted: &str| match types {
            Value::String(name) => name == wanted,
            Value::Array(names) => names.iter().any(|n| n == wanted),
            _ => true,
        };
        if allows("object") {
            return false;
        }
        if allows("array") {
            return schema
                .get("items")
                .is_some_and(|items| self.covers(items, open));
        }
        true
    }

    fn reference_covers(&self, name: &str, open: &mut Vec<String>) -> bool {
        let Some(definition) = self.defs.get(name) else {
            return false;
        };
        if (self.modeled)(name) {
            return self.is_node_of(definition, name);
        }
        if open.iter().any(|o| o == name) {
            return false;
        }
        open.push(name.to_owned());
        let covers = self.covers(definition, open) || self.only_reference(definition);
        open.pop();
        covers
    }

    /// A modeled type's definition covers a node valid under it when it is
    /// an object that must have an `@type` naming that type and no other:
    /// then the node's own check is against the same definition.
    fn is_node_of(&self, definition: &Value, name: &str) -> bool {
        let requires_type = definition
            .get("required")
            .and_then(Value::as_array)
            .is_some_and(|required| required.iter().any(|r| r == "@type"));
        let object = definition.get("type").is_some_and(|t| t == "object");
        let Some(type_schema) = definition
            .get("properties")
            .and_then(|properties| properties.get("@type"))
        else {
            return false;
        };
        requires_type && object && self.names_only(type_schema, name)
    }

    /// True when every value valid under `schema` is a name of `type_name`
    /// or a list of exactly one.
    fn names_only(&self, schema: &Value, type_name: &str) -> bool {
        if let Some(Value::Array(branches)) = schema.get("anyOf") {
            return branches.iter().all(|b| self.names_only(b, type_name));
        }
        if schema.get("type").is_some_and(|t| t == "array") {
            let one = schema.get("maxItems").and_then(Value::as_u64) == Some(1);
            return one
                && schema
                    .get("items")
                    .is_some_and(|items| self.names_only(items, type_name));
        }
        match schema.get("enum") {
            Some(Value::Array(names)) => names
                .iter()
                .all(|n| n.as_str().map(schema_org_term) == Some(type_name)),
            _ => false,
        }
    }

    /// A definition that only a bare `{"@id"}` reference passes: an object
    /// with no other property allowed, so never a typed node.
    fn only_reference(&self, definition: &Value) -> bool {
        let closed = definition.get("additionalProperties") == Some(&Value::Bool(false));
        let only_id = definition
            .get("properties")
            .and_then(Value::as_object)
            .is_some_and(|properties| properties.keys().all(|k| k == "@id"));
        closed && only_id
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    use crate::tree::Node;

    fn defs() -> Map<String, Value> {
        let Value::Object(defs) = json!({
            "Offer": {
                "type": "object",
                "required": ["@type"],
                "properties": {
                    "@type": {"anyOf": [
                        {"type": "string", "enum": ["Offer", "https://schema.org/Offer"]},
                        {"type": "array", "items": {"type": "string", "enum": ["Offer"]}, "maxItems": 1}
                    ]},
                    "price": {"type": ["string", "number", "null"]}
                }
            },
            "Loose": {
                "type": "object",
                "properties": {"@type": {"type": "string"}}
            },
            "Reference": {
                "type": "object",
                "properties": {"@id": {"type": "string"}},
                "required": ["@id"],
                "additionalProperties": false
            },
            "OfferOrReference": {"anyOf": [{"$ref": "#/$defs/Reference"}, {"$ref": "#/$defs/Offer"}]},
            "Loop": {"anyOf": [{"$ref": "#/$defs/Loop"}, {"type": "string"}]},
            "Product": {
                "type": "object",
                "required": ["@type"],
                "properties": {
                    "@type": {"type": "string", "enum": ["Product"]},
                    "name": {"type": ["string", "null"]},
                    "offers": {"anyOf": [
                        {"$ref": "#/$defs/OfferOrReference"},
                        {"type": "array", "items": {"$ref": "#/$defs/OfferOrReference"}},
                        {"type": "null"}
                    ]},
                    "free": {"description": "any value at all"},
                    "inline": {"type": "object", "properties": {"a": {"type": "string"}}},
                    "loose": {"$ref": "#/$defs/Loose"},
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
        matches!(name, "Offer" | "Product" | "Loose")
    }

    #[test]
    fn only_properties_whose_nodes_pass_their_own_definition_cover() {
        let covering = covering_properties(&defs(), "Product", &modeled);
        // `name` holds no nodes; `offers` only Offer nodes (or references)
        // checked against Offer's own definition.
        assert_eq!(covering, ["name", "offers"]);
    }

    #[test]
    fn a_type_whose_definition_accepts_other_types_does_not_cover() {
        let reader = Reader {
            defs: &defs(),
            modeled: &modeled,
        };
        // `Loose` accepts any `@type`: a node of another type could pass it
        // and still fail its own type's definition.
        assert!(!reader.covers(&json!({"$ref": "#/$defs/Loose"}), &mut Vec::new()));
        assert!(reader.covers(&json!({"$ref": "#/$defs/Offer"}), &mut Vec::new()));
        assert!(!reader.covers(&json!({"$ref": "#/$defs/Missing"}), &mut Vec::new()));
        assert!(!reader.covers(&json!({"$ref": "https://example.com/x"}), &mut Vec::new()));
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
        let product = covering_properties(defs, "Product", &is_modeled);
        for property in ["offers", "brand", "additionalProperty", "name"] {
            assert!(
                product.iter().any(|p| p == property),
                "{property}: {product:?}"
            );
        }
        let event = covering_properties(defs, "Event", &is_modeled);
        assert!(event.iter().any(|p| p == "location"), "{event:?}");
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
        let findings = |checked: crate::validate::check::Checked| -> Vec<String> {
            checked
                .findings
                .iter()
                .map(|f| format!("{} {} {}", f.rule.id, f.pointer, f.message))
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
}
