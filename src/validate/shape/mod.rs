//! The schema layer: each node whose `@type` sdx models, against the JSON
//! Schema generated from that type's model.
//!
//! A node is first judged yes or no on a kind-dispatched form of the same
//! definitions (`judge`), which passes nearly every node of
//! a clean feed. Only a node it refuses goes to the type's `jsonschema`
//! validator, compiled the first time that happens (a clean feed never
//! compiles one), with no way to fetch anything (`offline()`: any `$ref`
//! outside the schema fails closed); it judges the node again and walks
//! its errors, which are translated by `explain` into
//! plain words.
//!
//! Every type's committed schema repeats the definitions it reaches, about
//! 170 KB each. Rather than parse each, the definitions are read once, from
//! the graph schema's `$defs` (which holds every type and definition, as a
//! test checks), into a `jsonschema` registry, prepared once. Each type's
//! schema is then a one-line reference into it (`{"$ref": "…#/$defs/Product"}`):
//! the crate checks that line against the meta-schema, not the whole
//! document each time, and indexes the document once, not once a type
//! (compiling all 18 types took 31 % fewer instructions than compiling
//! each from a whole copy of the document).

mod cover;
mod defer;
mod explain;
mod judge;
mod nearest;

use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, LazyLock, OnceLock};

// Type names and property names are short and not chosen by an attacker
// in a way that matters here (the keys are sdx's own): FxHash, several
// times cheaper than SipHash on them.
use rustc_hash::FxHashMap as HashMap;

use serde_json::{Map, Value};

use crate::schema::{committed_graph_schema, modeled_types, ModeledType};
use crate::tree::{Node, Tree};

pub use defer::may_set_aside;
#[cfg(test)]
pub use defer::SET_ASIDE_COUNT;
#[cfg(test)]
pub use explain::{Explained, SchemaText};

/// A modeled type and its schema, compiled on first use.
struct Slot {
    modeled: ModeledType,
    compiled: OnceLock<Result<jsonschema::Validator<Tree>, CompileError>>,
    /// Set by the first thread to need [`compiled`](Self::compiled): the
    /// others know it is being compiled without blocking to find out.
    claimed: AtomicBool,
    /// Its definition in the [`judge`] form, when that form compiled.
    judged: OnceLock<Option<usize>>,
    /// For its properties, the modeled types whose definitions its schema
    /// holds their nested nodes to (see [`cover`]); with each, whether a
    /// node of exactly that type is covered (no other target is one of its
    /// ancestors), read once from the vocabulary instead of once a node.
    targets: OnceLock<Targets>,
}

/// For each property of a modeled type, its target types, each with
/// whether a node of exactly that type is covered (see [`Shapes::covers`]).
type Targets = HashMap<String, Box<[(&'static str, bool)]>>;

/// A modeled type, found by [`Shapes::modeled`].
#[derive(Clone, Copy)]
pub struct Modeled<'s>(&'s Slot);

impl Modeled<'_> {
    /// True when both are the same modeled type.
    pub fn same(self, other: Modeled<'_>) -> bool {
        std::ptr::eq(self.0, other.0)
    }
}

/// The schemas of the modeled types, shared read-only by every thread.
pub struct Shapes {
    by_type: HashMap<&'static str, Slot>,
    /// The graph schema's `$schema` and `$defs` (every definition of every
    /// modeled type's schema, and the types themselves, by name), with the
    /// registry's `$id`; read the first time a node is checked.
    base: OnceLock<Arc<Value>>,
    /// A registry holding [`base`](Self::base) (shared, not copied), the
    /// target of each type's reference; prepared the first time a schema
    /// is compiled.
    registry: OnceLock<Result<jsonschema::Registry<'static>, String>>,
    /// For every schema.org type sdx does not model, the nearest modeled
    /// types it descends from (a `Corporation` is checked as an
    /// `Organization`; a `LocalBusiness` as both an Organization and a
    /// Place); computed once, from the vocabulary.
    nearest: OnceLock<HashMap<&'static str, Box<[&'static str]>>>,
    /// The `pattern`s compiled so far, shared by every type's validator:
    /// the open datatypes (dates, URLs, text) repeat the same few patterns
    /// in every type's schema, and compiling them once a run instead of
    /// once a type took two thirds off the start-up.
    patterns: jsonschema::PatternCache,
    /// Every definition in the kind-dispatched yes/no form (see [`judge`]);
    /// `None` if that form does not compile, and every node then goes to
    /// the `jsonschema` validators alone.
    judge: OnceLock<Option<judge::Judge>>,
}

/// A modeled type's schema failed to compile: a defect in sdx, not input.
#[derive(Debug, Clone, thiserror::Error)]
#[error("the generated schema of {type_name} does not compile: {reason}")]
pub struct CompileError {
    type_name: &'static str,
    reason: String,
}

/// The options every schema is compiled with. `offline()`: no retrieval
/// of any kind, so a `$ref` outside the schema fails to compile instead of
/// being fetched (the crate is also built without its HTTP and file
/// resolvers). `pattern` keywords run on the `regex` crate, whose matching
/// time is linear in the text, never on a backtracking engine.
pub fn options<'i, F: jsonschema::json::Json>(
) -> jsonschema::ValidationOptions<'i, Arc<dyn jsonschema::Retrieve>, F> {
    jsonschema::options_for::<F>()
        .offline()
        .with_pattern_options(jsonschema::PatternOptions::regex())
        .with_keyword(judge::patterns::KEYWORD, judge::patterns::factory::<F>)
}

/// The URI the graph schema's definitions are registered under. Never
/// fetched: it only names the registry's one resource.
const GRAPH_URI: &str = "urn:sdx:graph-schema";

/// The schema of the modeled type `name`: a reference to its definition.
fn type_reference(name: &str) -> Value {
    serde_json::json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "$ref": format!("{GRAPH_URI}#/$defs/{name}"),
    })
}

impl Default for Shapes {
    fn default() -> Shapes {
        Shapes::new()
    }
}

impl Shapes {
    /// The modeled types, each schema to be compiled on first use.
    pub fn new() -> Shapes {
        let by_type = modeled_types()
            .into_iter()
            .map(|modeled| {
                let slot = Slot {
                    modeled,
                    compiled: OnceLock::new(),
                    claimed: AtomicBool::new(false),
                    judged: OnceLock::new(),
                    targets: OnceLock::new(),
                };
                (modeled.name, slot)
            })
            .collect();
        Shapes {
            by_type,
            base: OnceLock::new(),
            registry: OnceLock::new(),
            nearest: OnceLock::new(),
            patterns: jsonschema::PatternCache::new(),
            judge: OnceLock::new(),
        }
    }

    /// The schemas every validator of the process shares. What they
    /// compile depends on sdx's own schemas alone, so a validator built
    /// after another finds it compiled.
    pub fn shared() -> &'static Shapes {
        static SHARED: LazyLock<Shapes> = LazyLock::new(Shapes::new);
        &SHARED
    }

    /// The modeled types a node of the schema.org type `name` is checked
    /// as: the type itself when sdx models it, else its nearest modeled
    /// ancestors (none for a type outside every modeled family).
    pub fn checked_as(&self, name: &str) -> &[&'static str] {
        if let Some((key, _)) = self.by_type.get_key_value(name) {
            return std::slice::from_ref(key);
        }
        let nearest = self.nearest.get_or_init(|| {
            let vocabulary = crate::vocab::Vocabulary::get();
            vocabulary
                .types()
                .filter(|info| !self.by_type.contains_key(info.name()))
                .filter_map(|info| {
                    let found = nearest::nearest_modeled(vocabulary, info.id(), &|name| {
                        self.by_type.get_key_value(name).map(|(key, _)| *key)
                    });
                    (!found.is_empty()).then(|| (info.name(), found.into_boxed_slice()))
                })
                .collect()
        });
        nearest.get(name).map_or(&[], |found| &found[..])
    }

    /// Marks the type's validator as being compiled by another thread,
    /// without compiling it.
    #[cfg(test)]
    pub fn claim(&self, name: &str) {
        if let Some(slot) = self.by_type.get(name) {
            slot.claimed.store(true, Ordering::Release);
        }
    }

    /// Compiles every schema now; the first that fails is the error.
    #[cfg(any(test, feature = "internals"))]
    pub fn compile_all(&self) -> Result<(), CompileError> {
        for name in self.type_names() {
            if let Some(Err(error)) = self.by_type.get(name).map(|slot| self.compiled(slot)) {
                return Err(error.clone());
            }
        }
        Ok(())
    }

    fn base(&self) -> &Arc<Value> {
        self.base.get_or_init(|| {
            let mut graph: Map<String, Value> =
                serde_json::from_str(committed_graph_schema()).unwrap_or_default();
            // The graph's own root describes a graph document, not a type.
            graph.retain(|key, _| key == "$schema" || key == "$defs");
            graph.insert("$id".to_owned(), Value::String(GRAPH_URI.to_owned()));
            let mut graph = Value::Object(graph);
            judge::patterns::mark_known(&mut graph);
            Arc::new(graph)
        })
    }

    fn defs(&self) -> &Value {
        static NONE: Value = Value::Null;
        self.base().get("$defs").unwrap_or(&NONE)
    }

    fn registry(&self) -> Result<&jsonschema::Registry<'static>, &str> {
        let prepared = self.registry.get_or_init(|| {
            jsonschema::Registry::new()
                .add(GRAPH_URI, Arc::clone(self.base()))
                .and_then(|builder| builder.prepare())
                .map_err(|error| error.to_string())
        });
        prepared.as_ref().map_err(String::as_str)
    }

    /// The kind-dispatched form of every definition, compiled on first use.
    fn judge(&self) -> Option<&judge::Judge> {
        self.judge
            .get_or_init(|| {
                let Value::Object(defs) = self.defs() else {
                    return None;
                };
                // The keywords left to `jsonschema`, compiled as a schema
                // of their own with the options of every type's schema.
                let leaf = |keywords: &Value| {
                    let mut schema = keywords.clone();
                    if let Value::Object(schema) = &mut schema {
                        schema.insert("$schema".to_owned(), self.base()["$schema"].clone());
                    }
                    options()
                        .with_pattern_cache(self.patterns.clone())
                        .build(&schema)
                        .map_err(|error| error.to_string())
                };
                judge::Judge::compile(defs, &leaf).ok()
            })
            .as_ref()
    }

    /// The modeled type's definition in the [`judge`] form.
    fn judged(&self, slot: &Slot) -> Option<(&judge::Judge, usize)> {
        let judge = self.judge()?;
        let at = slot
            .judged
            .get_or_init(|| judge.definition(slot.modeled.name))
            .as_ref()?;
        Some((judge, *at))
    }

    fn compiled<'a>(
        &self,
        slot: &'a Slot,
    ) -> &'a Result<jsonschema::Validator<Tree>, CompileError> {
        slot.compiled.get_or_init(|| {
            let name = slot.modeled.name;
            let failed = |reason: String| CompileError {
                type_name: name,
                reason,
            };
            if !self.defs().get(name).is_some_and(Value::is_object) {
                return Err(failed("the graph schema does not define it".to_owned()));
            }
            let registry = self.registry().map_err(|error| failed(error.to_owned()))?;
            options()
                .with_registry(registry)
                .with_pattern_cache(self.patterns.clone())
                .build(&type_reference(name))
                .map_err(|error| failed(error.to_string()))
        })
    }

    /// The modeled type `name`, if sdx models it.
    pub fn modeled(&self, name: &str) -> Option<Modeled<'_>> {
        self.by_type.get(name).map(Modeled)
    }

    /// True when sdx models the schema.org type `name`.
    pub fn is_modeled(&self, name: &str) -> bool {
        self.by_type.contains_key(name)
    }

    /// The modeled type names, sorted.
    #[cfg(any(test, feature = "internals"))]
    pub fn type_names(&self) -> Vec<&'static str> {
        let mut names: Vec<&'static str> = self.by_type.keys().copied().collect();
        names.sort_unstable();
        names
    }

    /// The type's validator; `None` when another thread is compiling it
    /// and the document may be set aside (see [`defer`]). The first thread
    /// to need it compiles it; others, outside [`may_set_aside`], wait.
    fn compiled_now<'a>(
        &self,
        slot: &'a Slot,
    ) -> Option<&'a Result<jsonschema::Validator<Tree>, CompileError>> {
        if let Some(done) = slot.compiled.get() {
            return Some(done);
        }
        if slot.claimed.swap(true, Ordering::AcqRel) && defer::set_aside() {
            return None;
        }
        Some(self.compiled(slot))
    }

    /// True when `node` (in canonical form) passes the schema of `modeled`
    /// (false when that schema does not compile). The kind-dispatched form
    /// says so for most nodes, for a fraction of the validator's
    /// instructions and without compiling it; a node that form refuses is
    /// judged again by the validator, whose verdict stands.
    pub fn passes(&self, modeled: Modeled<'_>, node: &Node<'_>) -> bool {
        if self
            .judged(modeled.0)
            .is_some_and(|(judge, at)| judge.is_valid(at, node))
        {
            return true;
        }
        match self.compiled_now(modeled.0) {
            Some(Ok(validator)) => validator.is_valid(node),
            Some(Err(_)) => false,
            // Set aside: this verdict is not used.
            None => true,
        }
    }
}

#[cfg(test)]
mod judge_tests;
#[cfg(test)]
mod tests;
