//! Compiles the definitions into the kind-dispatched form: reads the keywords,
//! narrows each schema's kinds, and splices definitions free of references
//! into the schemas that use them.

use std::sync::Arc;

use rustc_hash::FxHashMap as HashMap;
use serde_json::{Map, Value};

use super::{patterns, Check, Judge, Kinds, LeafCompiler, Schema};

/// Keywords that say nothing of validity.
const ANNOTATIONS: &[&str] = &[
    "$schema",
    "$id",
    "$comment",
    "title",
    "description",
    "examples",
    "default",
    "deprecated",
    "readOnly",
    "writeOnly",
];

/// Keywords left to `jsonschema` (see the module's documentation).
const LEAVES: &[&str] = &[
    "pattern",
    "minimum",
    "maximum",
    "exclusiveMinimum",
    "exclusiveMaximum",
    "multipleOf",
    "format",
];

impl Judge {
    /// Compiles every definition of `defs`; the error names the first
    /// keyword or reference this form cannot read. Crate-wide by its
    /// marker only: `judge` is private to `shape`, which alone calls it, and
    /// naming `shape` here would be an import of the folder above.
    pub(crate) fn compile(
        defs: &Map<String, Value>,
        leaf: LeafCompiler<'_>,
    ) -> Result<Judge, String> {
        let by_name: HashMap<String, usize> = defs
            .keys()
            .enumerate()
            .map(|(at, name)| (name.clone(), at))
            .collect();
        let compiler = Compiler {
            by_name: &by_name,
            leaf,
        };
        let mut defs: Vec<Schema> = defs
            .values()
            .map(|definition| compiler.schema(definition))
            .collect::<Result<_, _>>()?;
        // A `$ref`'s kinds are its target's: read through chains of
        // references until nothing narrows (each pass can only narrow,
        // from what each definition's own `type` allows, so this ends).
        loop {
            let before: Vec<Kinds> = defs.iter().map(|d| d.accepts).collect();
            for definition in &mut defs {
                definition.narrow(&before);
            }
            if defs.iter().map(|d| d.accepts).eq(before) {
                break;
            }
        }
        // A `$ref` to a definition that holds no `$ref` itself (a datatype,
        // a list of one) is the same as that definition's keywords in its
        // place: splice them in, so that checking a text under `name`
        // does not walk four definitions deep. Each pass leaves fewer
        // references; the types' references to each other stay.
        loop {
            let free: Vec<Option<Schema>> = defs
                .iter()
                .map(|d| (!d.refers()).then(|| d.clone()))
                .collect();
            let mut changed = false;
            for definition in &mut defs {
                changed |= definition.splice(&free);
            }
            if !changed {
                break;
            }
        }
        for definition in &mut defs {
            definition.settle();
        }
        Ok(Judge {
            defs: defs.into_boxed_slice(),
            by_name,
        })
    }
}

struct Compiler<'a> {
    by_name: &'a HashMap<String, usize>,
    leaf: LeafCompiler<'a>,
}

impl Compiler<'_> {
    fn schema(&self, schema: &Value) -> Result<Schema, String> {
        let object = match schema {
            Value::Bool(true) => {
                return Ok(Schema {
                    accepts: Kinds::ALL,
                    settled: Kinds::NONE,
                    checks: Box::new([]),
                })
            }
            Value::Bool(false) => {
                return Ok(Schema {
                    accepts: Kinds::NONE,
                    settled: Kinds::NONE,
                    checks: Box::new([Check::Never]),
                })
            }
            Value::Object(object) => object,
            other => {
                return Err(format!(
                    "a schema that is neither an object nor a boolean: {other}"
                ))
            }
        };
        let mut checks = Vec::new();
        let mut leaf = Map::new();
        let mut accepts = Kinds::ALL;
        for (keyword, value) in object {
            let keyword = keyword.as_str();
            if ANNOTATIONS.contains(&keyword) || keyword == "additionalProperties" {
                // `additionalProperties` is read with `properties`.
                continue;
            }
            if keyword == "pattern" {
                // A pattern sdx has code for, not yet renamed by
                // `patterns::mark_known`: the same check as its keyword's,
                // on its own, not in the leaf with its siblings (every
                // keyword of a schema must hold, in any grouping).
                if let Some(code) = value.as_str().and_then(patterns::code) {
                    checks.push(code_check(code));
                    continue;
                }
            }
            if LEAVES.contains(&keyword) {
                leaf.insert(keyword.to_owned(), value.clone());
                continue;
            }
            let check = match (keyword, value) {
                ("type", value) => {
                    let kinds = Kinds::of_type(value).ok_or_else(|| format!("type {value}"))?;
                    accepts = accepts.and(kinds);
                    if value.as_str() == Some("integer")
                        || value
                            .as_array()
                            .is_some_and(|names| names.iter().any(|n| n == "integer"))
                    {
                        leaf.insert(keyword.to_owned(), value.clone());
                    }
                    // Otherwise the kinds are the whole keyword, and the
                    // schema's `accepts`, tested first, decides it.
                    continue;
                }
                ("anyOf", Value::Array(branches)) if !branches.is_empty() => Check::AnyOf(
                    branches
                        .iter()
                        .map(|b| self.schema(b))
                        .collect::<Result<_, _>>()?,
                ),
                ("not", schema) => Check::Not(Box::new(self.schema(schema)?)),
                ("$ref", Value::String(target)) => {
                    let name = target.strip_prefix("#/$defs/").unwrap_or_default();
                    match self.by_name.get(name) {
                        Some(at) if !name.contains(['/', '~']) => Check::Ref(*at),
                        _ => return Err(format!("$ref {target}")),
                    }
                }
                ("properties", Value::Object(properties)) => {
                    let named = properties
                        .iter()
                        .map(|(name, s)| Ok((name.as_str().into(), self.schema(s)?)))
                        .collect::<Result<_, String>>()?;
                    let additional = match object.get("additionalProperties") {
                        Some(s) => Some(Box::new(self.schema(s)?)),
                        None => None,
                    };
                    Check::Properties { named, additional }
                }
                ("required", Value::Array(names)) => Check::Required(
                    names
                        .iter()
                        .map(|n| {
                            n.as_str()
                                .map(Into::into)
                                .ok_or_else(|| format!("required {n}"))
                        })
                        .collect::<Result<_, _>>()?,
                ),
                ("items", schema) => Check::Items(Box::new(self.schema(schema)?)),
                ("contains", schema) => Check::Contains(Box::new(self.schema(schema)?)),
                ("enum", Value::Array(values)) if values.iter().all(Value::is_string) => {
                    accepts = accepts.and(Kinds::STRING);
                    Check::Enum(Arc::new(
                        values
                            .iter()
                            .filter_map(Value::as_str)
                            .map(Into::into)
                            .collect(),
                    ))
                }
                ("minProperties", n) => Check::MinProperties(count(keyword, n)?),
                ("maxProperties", n) => Check::MaxProperties(count(keyword, n)?),
                ("maxItems", n) => Check::MaxItems(count(keyword, n)?),
                ("minLength", n) => Check::MinLength(count(keyword, n)?),
                (patterns::KEYWORD, Value::String(pattern)) => match patterns::code(pattern) {
                    Some(code) => code_check(code),
                    None => return Err(format!("{keyword} {pattern}")),
                },
                _ => return Err(format!("the keyword {keyword}: {value}")),
            };
            checks.push(check);
        }
        // `additionalProperties` alone applies to every member.
        if !object.contains_key("properties") {
            if let Some(additional) = object.get("additionalProperties") {
                checks.push(Check::Properties {
                    named: HashMap::default(),
                    additional: Some(Box::new(self.schema(additional)?)),
                });
            }
        }
        if !leaf.is_empty() {
            checks.push(Check::Leaf(Arc::new((self.leaf)(&Value::Object(leaf))?)));
        }
        Ok(Schema {
            accepts,
            settled: Kinds::NONE,
            checks: checks.into_boxed_slice(),
        })
    }
}

/// The check of a pattern decided by code.
fn code_check(code: patterns::Code) -> Check {
    match code {
        patterns::Code::Decide(decide) => Check::Known(decide),
        patterns::Code::Names(names) => Check::TypeName(names),
    }
}

/// A keyword's non-negative integer.
fn count(keyword: &str, value: &Value) -> Result<usize, String> {
    value
        .as_u64()
        .and_then(|n| usize::try_from(n).ok())
        .ok_or_else(|| format!("{keyword} {value}"))
}

impl Schema {
    /// Narrows the kinds this schema and those inside it can accept, given
    /// those of each definition; answers this schema's. Every step keeps a
    /// superset of the kinds that can pass, so skipping a schema whose
    /// kinds miss the value's never changes a verdict.
    fn narrow(&mut self, defs: &[Kinds]) -> Kinds {
        let mut accepts = self.accepts;
        for check in self.checks.iter_mut() {
            let kinds = match check {
                Check::Never => Kinds::NONE,
                Check::AnyOf(branches) => branches
                    .iter_mut()
                    .fold(Kinds::NONE, |all, branch| all.or(branch.narrow(defs))),
                Check::Ref(at) => defs.get(*at).copied().unwrap_or(Kinds::ALL),
                Check::Not(schema) | Check::Items(schema) | Check::Contains(schema) => {
                    schema.narrow(defs);
                    Kinds::ALL
                }
                Check::Properties { named, additional } => {
                    named.values_mut().for_each(|schema| {
                        schema.narrow(defs);
                    });
                    if let Some(schema) = additional {
                        schema.narrow(defs);
                    }
                    Kinds::ALL
                }
                _ => Kinds::ALL,
            };
            accepts = accepts.and(kinds);
        }
        self.accepts = accepts;
        accepts
    }

    /// Sets the kinds this schema, and each one inside it, passes without
    /// evaluating a keyword, and answers this schema's: those it accepts
    /// on which every keyword holds as it stands. A keyword holds on a
    /// kind it says nothing of (`properties` on a text); an `anyOf` on the
    /// kinds one of its branches settles; a `not` on the kinds its schema
    /// cannot accept. A `$ref`, an `enum` and a leaf settle nothing: they
    /// are evaluated. Run once every reference has been spliced.
    fn settle(&mut self) -> Kinds {
        let mut settled = self.accepts;
        for check in self.checks.iter_mut() {
            let holds = match check {
                Check::Never | Check::Ref(_) | Check::Enum(_) | Check::Leaf(_) => Kinds::NONE,
                Check::AnyOf(branches) => branches
                    .iter_mut()
                    .fold(Kinds::NONE, |all, branch| all.or(branch.settle())),
                Check::Not(schema) => {
                    schema.settle();
                    schema.accepts.not()
                }
                Check::Items(schema) | Check::Contains(schema) => {
                    schema.settle();
                    Kinds::ARRAY.not()
                }
                Check::Properties { named, additional } => {
                    named.values_mut().for_each(|schema| {
                        schema.settle();
                    });
                    if let Some(schema) = additional {
                        schema.settle();
                    }
                    Kinds::OBJECT.not()
                }
                Check::Required(_) | Check::MinProperties(_) | Check::MaxProperties(_) => {
                    Kinds::OBJECT.not()
                }
                Check::MaxItems(_) => Kinds::ARRAY.not(),
                Check::MinLength(_) | Check::Known(_) | Check::TypeName(_) => Kinds::STRING.not(),
            };
            settled = settled.and(holds);
        }
        self.settled = settled;
        settled
    }

    /// True when this schema, or one inside it, holds a `$ref`.
    fn refers(&self) -> bool {
        self.checks.iter().any(|check| match check {
            Check::Ref(_) => true,
            Check::AnyOf(branches) => branches.iter().any(Schema::refers),
            Check::Not(schema) | Check::Items(schema) | Check::Contains(schema) => schema.refers(),
            Check::Properties { named, additional } => {
                named.values().any(Schema::refers)
                    || additional.as_ref().is_some_and(|s| s.refers())
            }
            _ => false,
        })
    }

    /// Replaces each `$ref` to a definition in `free` by its keywords (a
    /// `$ref` and its siblings must all hold, as the spliced keywords and
    /// the others do), here and in every schema inside; answers whether
    /// anything changed.
    fn splice(&mut self, free: &[Option<Schema>]) -> bool {
        let spliced = |check: &Check| matches!(check, Check::Ref(at) if matches!(free.get(*at), Some(Some(_))));
        if !self.checks.iter().any(spliced) {
            // Nothing to replace at this level: the checks stay where they
            // are. Rebuilding every schema's list on every pass was most of
            // the compile's allocations.
            let mut changed = false;
            for check in self.checks.iter_mut() {
                changed |= check.splice(free);
            }
            return changed;
        }
        let mut changed = false;
        let mut checks = Vec::with_capacity(self.checks.len());
        for mut check in std::mem::take(&mut self.checks).into_vec() {
            if let Check::Ref(at) = check {
                if let Some(Some(target)) = free.get(at) {
                    self.accepts = self.accepts.and(target.accepts);
                    checks.extend(target.checks.iter().cloned());
                    changed = true;
                    continue;
                }
            }
            changed |= check.splice(free);
            checks.push(check);
        }
        self.checks = checks.into_boxed_slice();
        changed
    }
}

impl Check {
    /// [`Schema::splice`] on the schemas inside this keyword. A branch of
    /// an `anyOf` that is only an `anyOf` itself, and accepts the kinds
    /// its own branches do, is replaced by those branches.
    fn splice(&mut self, free: &[Option<Schema>]) -> bool {
        match self {
            Check::AnyOf(branches) => {
                let mut changed = false;
                for branch in branches.iter_mut() {
                    changed |= branch.splice(free);
                }
                let flattens = |branch: &Schema| match &*branch.checks {
                    [Check::AnyOf(inner)] => {
                        branch.accepts == inner.iter().fold(Kinds::NONE, |k, b| k.or(b.accepts))
                    }
                    _ => false,
                };
                if !branches.iter().any(flattens) {
                    return changed;
                }
                let mut flat = Vec::with_capacity(branches.len());
                for branch in std::mem::take(branches).into_vec() {
                    if flattens(&branch) {
                        if let [Check::AnyOf(inner)] = &*branch.checks {
                            flat.extend(inner.iter().cloned());
                        }
                        changed = true;
                    } else {
                        flat.push(branch);
                    }
                }
                *branches = flat.into_boxed_slice();
                changed
            }
            Check::Not(schema) | Check::Items(schema) | Check::Contains(schema) => {
                schema.splice(free)
            }
            Check::Properties { named, additional } => {
                let mut changed = false;
                for schema in named.values_mut() {
                    changed |= schema.splice(free);
                }
                if let Some(schema) = additional {
                    changed |= schema.splice(free);
                }
                changed
            }
            _ => false,
        }
    }
}
