//! The whole schema.org vocabulary (release 30.0): every type with its
//! supertypes, every property with its domains and ranges, enumeration
//! members, retired terms with their replacements and the pending layer.
//!
//! The facts live in [`schemaorg.txt`](TABLE), a compact table (one line a
//! term, format described in `examples/gen-vocab/generate.rs`) generated
//! from the release's JSON-LD by
//! `cargo run --example gen-vocab -- ../shared/schemaorg/30.0`; the test
//! `tests/integration/vocab_table.rs` fails when the committed table drifts from the
//! release, and skips where the release is absent. It is compiled in and
//! loaded once, on first use of [`Vocabulary::get`], into hash maps keyed by
//! `&'static str` slices of the table itself. Loading takes 1.4–1.9 ms in
//! a release build, 10 ms unoptimized (`cargo run --release --example
//! bench-vocab` measures it); lookups are O(1), and subtype tests are one
//! bit test in a precomputed ancestor set.
//!
//! Names are short schema.org names (`Organization`, `startDate`); the
//! lookups also accept any IRI spelling (`https://schema.org/Organization`,
//! `schema:Organization`).
//!
//! The schema.org vocabulary is licensed CC BY-SA 3.0; see
//! [`Vocabulary::licence`].

mod range;
mod suggest;
mod table;
mod terms;

// The keys are the vocabulary's own names, fixed at build time; lookups of
// untrusted text can only probe them, so a fast non-keyed hash is safe here
// and saves a SipHash per property of every node.
use compact_str::CompactString;
use rustc_hash::FxHashMap as HashMap;
use std::sync::LazyLock;

use crate::datatypes::schema_org_term;

pub use range::Fit;
pub(crate) use range::{additional_types, type_names};
#[cfg(test)]
pub(crate) use terms::Literal;
pub use terms::{Layer, MemberInfo, PropertyInfo, Term, TypeId, TypeInfo, TypeKind};

/// The committed table, generated from schema.org release 30.0.
pub const TABLE: &str = include_str!("schemaorg.txt");

static VOCABULARY: LazyLock<Vocabulary> = LazyLock::new(|| table::parse(TABLE).0);

/// Positions in the vocabulary's tables by name, looked up for every key
/// and `@type` of every node.
///
/// The names are copied into the keys: a `CompactString` holds up to 24
/// bytes (every schema.org name but a few) in the map's own slot, where a
/// `&'static str` key pointed into the 150 KB table text. A lookup then
/// compares without reading a second cache line, which the parse and the
/// schema checks of each record evict. Measured on the benchmark feed
/// (one thread, per record between 10 000 and 20 000 records): callgrind's
/// cache simulation counts 832 first-level data-cache read misses a record
/// before and 789 after, for about the same instructions (74.0 k and
/// 74.4 k, within what a change of inlining moves); `perf record -e
/// cpu-clock` on 100 000 records puts the lookups at 6.0 % of the samples
/// before and 4.7 % after.
type NameIndex<V> = HashMap<CompactString, V>;

/// The loaded vocabulary. Get the shared instance with [`Vocabulary::get`].
#[derive(Debug)]
pub struct Vocabulary {
    release: &'static str,
    licence: &'static str,
    types: Vec<TypeInfo>,
    properties: Vec<PropertyInfo>,
    members: Vec<MemberInfo>,
    type_index: NameIndex<TypeId>,
    property_index: NameIndex<u32>,
    member_index: NameIndex<u32>,
    /// `types.len()` bit sets of `words` words: bit `a` of set `t` says
    /// type `a` is `t` or one of its ancestors.
    ancestors: Vec<u64>,
    words: usize,
    well_known: WellKnown,
}

/// The types the range checks treat specially, resolved once.
#[derive(Debug, Default)]
pub(crate) struct WellKnown {
    pub(crate) text: Option<TypeId>,
    pub(crate) url: Option<TypeId>,
    pub(crate) number: Option<TypeId>,
    pub(crate) integer: Option<TypeId>,
    pub(crate) boolean: Option<TypeId>,
    pub(crate) date: Option<TypeId>,
    pub(crate) date_time: Option<TypeId>,
    pub(crate) time: Option<TypeId>,
    pub(crate) duration: Option<TypeId>,
    pub(crate) quantity: Option<TypeId>,
    pub(crate) role: Option<TypeId>,
}

impl WellKnown {
    fn resolve(index: &HashMap<&'static str, TypeId>) -> WellKnown {
        let id = |name: &str| index.get(name).copied();
        WellKnown {
            text: id("Text"),
            url: id("URL"),
            number: id("Number"),
            integer: id("Integer"),
            boolean: id("Boolean"),
            date: id("Date"),
            date_time: id("DateTime"),
            time: id("Time"),
            duration: id("Duration"),
            quantity: id("Quantity"),
            role: id("Role"),
        }
    }
}

impl Vocabulary {
    /// The shared vocabulary, loaded on first call.
    pub fn get() -> &'static Vocabulary {
        &VOCABULARY
    }

    /// The schema.org release the table was generated from (`"30.0"`).
    pub fn release(&self) -> &'static str {
        self.release
    }

    /// The vocabulary's licence line (schema.org, CC BY-SA 3.0).
    pub fn licence(&self) -> &'static str {
        self.licence
    }

    /// Every type, in name order.
    pub fn types(&self) -> impl Iterator<Item = &TypeInfo> {
        self.types.iter()
    }

    /// Every property, in name order.
    pub fn properties(&self) -> impl Iterator<Item = &PropertyInfo> {
        self.properties.iter()
    }

    /// Every enumeration member, in name order.
    pub fn members(&self) -> impl Iterator<Item = &MemberInfo> {
        self.members.iter()
    }

    /// The type called `name`.
    pub fn type_info(&self, name: &str) -> Option<&TypeInfo> {
        self.type_id(name).map(|id| self.type_by_id(id))
    }

    /// The index of the type called `name`.
    pub fn type_id(&self, name: &str) -> Option<TypeId> {
        self.type_index.get(schema_org_term(name)).copied()
    }

    /// The type with index `id` (from this vocabulary).
    pub fn type_by_id(&self, id: TypeId) -> &TypeInfo {
        &self.types[id.index()]
    }

    /// The property called `name`.
    pub fn property(&self, name: &str) -> Option<&PropertyInfo> {
        let index = *self.property_index.get(schema_org_term(name))?;
        self.properties.get(index as usize)
    }

    /// The enumeration member called `name`.
    pub fn member(&self, name: &str) -> Option<&MemberInfo> {
        let index = *self.member_index.get(schema_org_term(name))?;
        self.members.get(index as usize)
    }

    /// Whatever `name` denotes: a type, a property or a member.
    pub fn term(&self, name: &str) -> Option<Term<'_>> {
        if let Some(t) = self.type_info(name) {
            return Some(Term::Type(t));
        }
        if let Some(p) = self.property(name) {
            return Some(Term::Property(p));
        }
        self.member(name).map(Term::Member)
    }

    /// Whether type `t` is `ancestor` or one of its (transitive) subtypes.
    /// `Corporation` is an `Organization`, `LocalBusiness` both an
    /// `Organization` and a `Place`. False when either name is unknown.
    pub fn is_subtype(&self, t: &str, ancestor: &str) -> bool {
        match (self.type_id(t), self.type_id(ancestor)) {
            (Some(t), Some(a)) => self.is_subtype_id(t, a),
            _ => false,
        }
    }

    /// [`is_subtype`](Self::is_subtype) by index.
    pub fn is_subtype_id(&self, t: TypeId, ancestor: TypeId) -> bool {
        let a = ancestor.index();
        self.ancestors
            .get(t.index() * self.words + a / 64)
            .is_some_and(|word| word & (1 << (a % 64)) != 0)
    }

    /// The type and all its ancestors, in name order.
    pub fn ancestors(&self, t: TypeId) -> impl Iterator<Item = &TypeInfo> {
        self.types
            .iter()
            .filter(move |a| self.is_subtype_id(t, a.id))
    }

    /// Whether property `prop` may be used on a node typed `types` (the
    /// node's whole `@type` array): true when any of the types is, or is a
    /// subtype of, one of the property's domains. A property declaring no
    /// domain is allowed anywhere. False for an unknown property; unknown
    /// types are ignored (report them on their own).
    pub fn property_allowed_on(&self, prop: &str, types: &[&str]) -> bool {
        let Some(property) = self.property(prop) else {
            return false;
        };
        property.domains.is_empty()
            || types.iter().filter_map(|t| self.type_id(t)).any(|t| {
                property
                    .domains
                    .iter()
                    .any(|domain| self.is_subtype_id(t, *domain))
            })
    }

    /// [`property_allowed_on`](Self::property_allowed_on) with resolved types.
    pub fn property_allowed_on_ids(&self, property: &PropertyInfo, types: &[TypeId]) -> bool {
        property.domains.is_empty()
            || types.iter().any(|t| {
                property
                    .domains
                    .iter()
                    .any(|domain| self.is_subtype_id(*t, *domain))
            })
    }

    /// The members of enumeration `enum_type`, including those of its
    /// sub-enumerations (`Specialty` includes every `MedicalSpecialty`).
    /// Empty for an unknown type or one with no members.
    pub fn enumeration_members(&self, enum_type: &str) -> impl Iterator<Item = &MemberInfo> {
        let enumeration = self.type_id(enum_type);
        self.members
            .iter()
            .filter(move |member| enumeration.is_some_and(|e| self.member_of_id(member, e)))
    }

    /// Whether `member` (a short name or any IRI spelling) is a member of
    /// `enum_type` or of one of its sub-enumerations.
    pub fn is_enumeration_member(&self, enum_type: &str, member: &str) -> bool {
        match (self.type_id(enum_type), self.member(member)) {
            (Some(e), Some(m)) => self.member_of_id(m, e),
            _ => false,
        }
    }

    pub(crate) fn member_of_id(&self, member: &MemberInfo, enumeration: TypeId) -> bool {
        member
            .enumerations
            .iter()
            .any(|e| self.is_subtype_id(*e, enumeration))
    }

    pub(crate) fn well_known(&self) -> &WellKnown {
        &self.well_known
    }
}

/// Parses the committed table afresh, for the `bench-vocab` example only.
#[doc(hidden)]
pub fn parse_table_for_bench() -> Vocabulary {
    table::parse(TABLE).0
}

#[cfg(test)]
mod tests;
