//! Which nested nodes a modeled type's schema checks as those nodes' own
//! schemas would.
//!
//! Every typed node is checked against its type's schema, nested ones too,
//! so that a finding names the node it is in. But a parent's schema reaches
//! most nested nodes through `$ref`s to their types' definitions: when the
//! parent passes, a nested node that can only have passed through the very
//! definition its own check would compile has passed that check already.
//! This file reads, from the schema text, which modeled types' definitions
//! each property's values are held to (its *targets*); the validator skips
//! a nested node's own check when its type leads to exactly one of them and
//! to no other. A property it cannot read this way (unknown to the schema,
//! or accepting objects some other way) keeps its nested nodes' own checks.

use serde_json::{Map, Value};

use super::{HashMap, Modeled, Shapes};

/// For each property of `type_name`'s definition in `defs`, the modeled
/// types whose definitions its object values are held to; properties whose
/// objects can pass some other way are left out. `modeled` tells which
/// definitions are modeled types.
pub(super) fn property_targets(
    defs: &Map<String, Value>,
    type_name: &str,
    modeled: &dyn Fn(&str) -> bool,
) -> Vec<(String, Vec<String>)> {
    let Some(Value::Object(properties)) = defs
        .get(type_name)
        .and_then(|definition| definition.get("properties"))
    else {
        return Vec::new();
    };
    let reader = Reader { defs, modeled };
    let mut out: Vec<(String, Vec<String>)> = properties
        .iter()
        .filter(|(name, _)| !name.starts_with('@'))
        .filter_map(|(name, schema)| {
            let mut targets = reader.targets(schema, &mut Vec::new())?;
            targets.sort_unstable();
            targets.dedup();
            Some((name.clone(), targets))
        })
        .collect();
    out.sort_unstable();
    out
}

struct Reader<'a> {
    defs: &'a Map<String, Value>,
    modeled: &'a dyn Fn(&str) -> bool,
}

impl Reader<'_> {
    /// The modeled types whose definitions every object valid under
    /// `schema` (at its top, or in lists at its top) passed; `None` when an
    /// object could pass without passing one of them. `open` holds the
    /// definitions being read, so a cycle through them answers `None`.
    fn targets(&self, schema: &Value, open: &mut Vec<String>) -> Option<Vec<String>> {
        let Value::Object(schema) = schema else {
            // `true` accepts any object; `false` none.
            return (*schema == Value::Bool(false)).then(Vec::new);
        };
        if let Some(target) = schema.get("$ref") {
            let name = target.as_str()?.strip_prefix("#/$defs/")?;
            return self.reference_targets(name, open);
        }
        if let Some(Value::Array(branches)) = schema.get("anyOf") {
            if self.refuses_every_family(schema) {
                return Some(Vec::new());
            }
            // A value valid here passed some branch.
            let mut all = Vec::new();
            for branch in branches {
                all.extend(self.targets(branch, open)?);
            }
            return Some(all);
        }
        if let Some(Value::Array(values)) = schema.get("enum") {
            return values
                .iter()
                .all(|v| !v.is_object() && !v.is_array())
                .then(Vec::new);
        }
        let types = schema.get("type")?;
        let allows = |wanted: &str| match types {
            Value::String(name) => name == wanted,
            Value::Array(names) => names.iter().any(|n| n == wanted),
            _ => true,
        };
        if allows("object") {
            return self.holds_no_node(schema).then(Vec::new);
        }
        if allows("array") {
            return match schema.get("items") {
                Some(items) => self.targets(items, open),
                // Only the empty list, or a list of anything.
                None => (schema.get("maxItems").and_then(Value::as_u64) == Some(0)).then(Vec::new),
            };
        }
        Some(Vec::new())
    }

    fn reference_targets(&self, name: &str, open: &mut Vec<String>) -> Option<Vec<String>> {
        let definition = self.defs.get(name)?;
        if (self.modeled)(name) {
            return Some(vec![name.to_owned()]);
        }
        if open.iter().any(|o| o == name) {
            return None;
        }
        open.push(name.to_owned());
        let targets = self.targets(definition, open);
        open.pop();
        targets
    }

    /// An object schema that no node with properties passes: closed to
    /// everything but `@id`, `@type`, their aliases and a value object's
    /// keywords (a reference, an enumeration member, a value object), or
    /// empty (no value).
    fn holds_no_node(&self, schema: &Map<String, Value>) -> bool {
        if schema.get("maxProperties").and_then(Value::as_u64) == Some(0) {
            return true;
        }
        let closed = schema.get("additionalProperties") == Some(&Value::Bool(false));
        let keywords_only = schema
            .get("properties")
            .and_then(Value::as_object)
            .is_some_and(|properties| {
                properties.keys().all(|k| {
                    matches!(
                        k.as_str(),
                        "@id" | "id" | "@type" | "type" | "@value" | "@language" | "@direction"
                    )
                })
            });
        closed && keywords_only
    }

    /// An object schema each of whose branches refuses, by a `not`, the
    /// `@type`s of the property's own families: the schema of a node sdx
    /// keeps as written (a Role, a broader type…), which no node of those
    /// families passes.
    fn refuses_every_family(&self, schema: &Map<String, Value>) -> bool {
        let Some(Value::Array(branches)) = schema.get("anyOf") else {
            return false;
        };
        schema.get("type").is_some_and(|t| t == "object")
            && branches.iter().all(|branch| {
                let required = branch.get("required").and_then(Value::as_array);
                required.is_some_and(|required| {
                    required.iter().all(|key| {
                        let key = key.as_str().unwrap_or_default();
                        matches!(key, "@type" | "type")
                            && branch
                                .get("properties")
                                .and_then(|p| p.get(key))
                                .is_some_and(|s| s.get("not").is_some())
                    })
                })
            })
    }
}

impl Shapes {
    /// True when a node of the type `modeled` that passed its schema has
    /// checked the node `nested`, under `property`, as `nested`'s own
    /// schema would, so its own check can be skipped: `nested` has one
    /// type, checked as one modeled type, which is among the property's
    /// targets, and no other target's family holds that type (see
    /// `cover`). Holds for the canonical form, where keys are property
    /// names.
    pub fn covers(
        &self,
        modeled: Modeled<'_>,
        property: &str,
        nested: &crate::tree::Object<'_>,
    ) -> bool {
        let slot = modeled.0;
        let targets = slot.targets.get_or_init(|| match self.defs() {
            Value::Object(defs) => {
                property_targets(defs, slot.modeled.name, &|name| self.is_modeled(name))
                    .into_iter()
                    .map(|(property, targets)| {
                        let targets: Vec<&'static str> = targets
                            .iter()
                            .filter_map(|t| self.by_type.get_key_value(t.as_str()).map(|(k, _)| *k))
                            .collect();
                        let vocabulary = crate::vocab::Vocabulary::get();
                        let exact = |own: &str| {
                            targets
                                .iter()
                                .all(|t| *t == own || !vocabulary.is_subtype(own, t))
                        };
                        let targets: Box<[(&'static str, bool)]> =
                            targets.iter().map(|t| (*t, exact(t))).collect();
                        (property, targets)
                    })
                    .collect()
            }
            _ => HashMap::default(),
        });
        let Some(targets) = targets.get(property) else {
            return false;
        };
        let mut types = crate::validate::normalize::types(nested);
        let (Some(name), None) = (types.next(), types.next()) else {
            return false;
        };
        let [own] = self.checked_as(name) else {
            return false;
        };
        let Some(&(_, exact)) = targets.iter().find(|(t, _)| t == own) else {
            return false;
        };
        if *own == name {
            // Below with `name` for `own`: read once, when compiled.
            return exact;
        }
        let vocabulary = crate::vocab::Vocabulary::get();
        targets
            .iter()
            .all(|(t, _)| t == own || (*t != name && !vocabulary.is_subtype(name, t)))
    }
}

#[cfg(test)]
mod tests;
