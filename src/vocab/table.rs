//! Loading the committed table (`schemaorg.txt`) into lookup maps.
//!
//! Every name is a slice of the table text, which is `'static` (compiled in
//! with `include_str!`), so loading copies no string. Loading the 30.0 table
//! takes 1.4–1.9 ms in a release build and about 10 ms in a debug one
//! (measured with `cargo run --release --example bench-vocab`), once per
//! process, on first use.

use compact_str::CompactString;
use rustc_hash::FxHashMap as HashMap;

use super::terms::{Layer, Literal, MemberInfo, PropertyInfo, TypeId, TypeInfo, TypeKind};
use super::{NameIndex, Vocabulary, WellKnown};

/// Flags parsed from a line's optional last column.
#[derive(Default)]
struct Flags {
    datatype: bool,
    layer: Option<Layer>,
    superseded_by: Option<&'static str>,
}

fn parse_flags(column: Option<&'static str>, line: usize, problems: &mut Vec<String>) -> Flags {
    let mut flags = Flags::default();
    for token in column.unwrap_or("").split(' ').filter(|t| !t.is_empty()) {
        if token == "datatype" {
            flags.datatype = true;
        } else if token == "inferred" {
            // Defined by the release only implicitly; nothing to record.
        } else if let Some(layer) = token.strip_prefix("layer=") {
            flags.layer = Layer::parse(layer);
            if flags.layer.is_none() {
                problems.push(format!("line {line}: unknown layer `{layer}`"));
            }
        } else if let Some(by) = token.strip_prefix("superseded-by=") {
            flags.superseded_by = Some(by);
        } else {
            problems.push(format!("line {line}: unknown flag `{token}`"));
        }
    }
    flags
}

fn names(column: &'static str) -> impl Iterator<Item = &'static str> {
    column
        .split(' ')
        .filter(|name| !name.is_empty() && *name != "-")
}

/// A line read in the first pass, before type names are resolved.
struct Line {
    number: usize,
    kind: &'static str,
    name: &'static str,
    first: &'static str,
    second: &'static str,
    flags: Flags,
}

/// Parses a table. Returns the vocabulary and the problems met (malformed
/// lines, references to unknown types); a problem never stops loading, and
/// a test asserts the committed table has none.
pub(crate) fn parse(text: &'static str) -> (Vocabulary, Vec<String>) {
    let mut problems = Vec::new();
    let mut release = "";
    let mut licence = "";
    let mut lines = Vec::with_capacity(text.len() / 48);
    for (index, raw) in text.lines().enumerate() {
        let number = index + 1;
        if raw.is_empty() || raw.starts_with('#') {
            continue;
        }
        let mut columns = raw.split('\t');
        let kind = columns.next().unwrap_or("");
        match kind {
            "@release" => release = columns.next().unwrap_or(""),
            "@licence" => licence = columns.next().unwrap_or(""),
            "T" | "M" | "P" => {
                let name = columns.next().unwrap_or("");
                let first = columns.next().unwrap_or("-");
                let second = if kind == "P" {
                    columns.next().unwrap_or("-")
                } else {
                    "-"
                };
                let flags = parse_flags(columns.next(), number, &mut problems);
                if name.is_empty() {
                    problems.push(format!("line {number}: no name"));
                    continue;
                }
                lines.push(Line {
                    number,
                    kind,
                    name,
                    first,
                    second,
                    flags,
                });
            }
            other => problems.push(format!("line {number}: unknown record `{other}`")),
        }
    }

    let mut type_index = HashMap::default();
    for line in lines.iter().filter(|line| line.kind == "T") {
        let id = TypeId(type_index.len() as u32);
        if type_index.insert(line.name, id).is_some() {
            problems.push(format!(
                "line {}: type `{}` defined twice",
                line.number, line.name
            ));
        }
    }
    let mut resolve = |column: &'static str, line: usize| -> Box<[TypeId]> {
        names(column)
            .filter_map(|name| {
                let id = type_index.get(name).copied();
                if id.is_none() {
                    problems.push(format!("line {line}: unknown type `{name}`"));
                }
                id
            })
            .collect()
    };

    let mut types = Vec::with_capacity(type_index.len());
    let mut datatype_flags = Vec::with_capacity(type_index.len());
    let mut properties = Vec::new();
    let mut members = Vec::new();
    for line in &lines {
        let layer = line.flags.layer.unwrap_or(Layer::Core);
        let superseded_by = line.flags.superseded_by;
        match line.kind {
            "T" => {
                types.push(TypeInfo {
                    name: line.name,
                    id: TypeId(types.len() as u32),
                    supertypes: resolve(line.first, line.number),
                    kind: TypeKind::Entity,
                    literal: Literal::Other,
                    layer,
                    superseded_by,
                });
                datatype_flags.push(line.flags.datatype);
            }
            "P" => properties.push(PropertyInfo {
                name: line.name,
                index: properties.len() as u32,
                domains: resolve(line.first, line.number),
                ranges: resolve(line.second, line.number),
                enumerated: false,
                layer,
                superseded_by,
            }),
            _ => members.push(MemberInfo {
                name: line.name,
                enumerations: resolve(line.first, line.number),
                layer,
                superseded_by,
            }),
        }
    }

    let words = types.len().div_ceil(64);
    let ancestors = ancestor_sets(&types, words);
    let has_ancestor = |t: usize, a: usize| ancestors[t * words + a / 64] & (1 << (a % 64)) != 0;
    let enumeration = type_index.get("Enumeration").copied();
    let mut datatype_mask = vec![0u64; words];
    for (t, _) in datatype_flags.iter().enumerate().filter(|(_, flag)| **flag) {
        datatype_mask[t / 64] |= 1 << (t % 64);
    }
    for t in 0..types.len() {
        let datatype = (0..words).any(|w| ancestors[t * words + w] & datatype_mask[w] != 0);
        types[t].kind = if datatype {
            TypeKind::DataType
        } else if enumeration.is_some_and(|e| has_ancestor(t, e.index())) {
            TypeKind::Enumeration
        } else {
            TypeKind::Entity
        };
    }

    let well_known = WellKnown::resolve(&type_index);
    for (t, info) in types.iter_mut().enumerate() {
        if info.kind == TypeKind::DataType {
            let is =
                |datatype: Option<TypeId>| datatype.is_some_and(|d| has_ancestor(t, d.index()));
            info.literal = literal_of(&well_known, is);
        }
    }
    for property in &mut properties {
        property.enumerated = property
            .ranges
            .iter()
            .any(|r| types[r.index()].kind == TypeKind::Enumeration);
    }
    let property_index = index_by_name(properties.iter().map(|p| p.name));
    let member_index = index_by_name(members.iter().map(|m| m.name));
    let type_index = type_index
        .into_iter()
        .map(|(name, id)| (CompactString::new(name), id))
        .collect();
    let vocabulary = Vocabulary {
        release,
        licence,
        types,
        properties,
        members,
        type_index,
        property_index,
        member_index,
        ancestors,
        words,
        well_known,
    };
    (vocabulary, problems)
}

/// The literal form a datatype checks, the most specific first: a type
/// that `is` both `Integer` and `Number` checks as an integer.
fn literal_of(known: &WellKnown, is: impl Fn(Option<TypeId>) -> bool) -> Literal {
    let order = [
        (known.url, Literal::Url),
        (known.text, Literal::Text),
        (known.integer, Literal::Integer),
        (known.number, Literal::Number),
        (known.boolean, Literal::Boolean),
        (known.date_time, Literal::DateTime),
        (known.date, Literal::Date),
        (known.time, Literal::Time),
        (known.duration, Literal::Duration),
        (known.quantity, Literal::Quantity),
    ];
    order
        .into_iter()
        .find(|(datatype, _)| is(*datatype))
        .map_or(Literal::Other, |(_, literal)| literal)
}

fn index_by_name(names: impl Iterator<Item = &'static str>) -> NameIndex<u32> {
    names
        .enumerate()
        .map(|(index, name)| (CompactString::new(name), index as u32))
        .collect()
}

/// For every type, the bit set of its ancestors (itself included), computed
/// once so `is_subtype` is a single bit test whatever the depth or the
/// number of parents.
fn ancestor_sets(types: &[TypeInfo], words: usize) -> Vec<u64> {
    #[derive(Clone, Copy, PartialEq)]
    enum State {
        New,
        Visiting,
        Done,
    }
    let mut sets = vec![0u64; types.len() * words];
    let mut state = vec![State::New; types.len()];
    // Iterative depth-first walk: a type's set is its own bit or-ed with its
    // parents' sets, so parents are finished first. A cycle (none exists in
    // schema.org) would be cut where it closes.
    for root in 0..types.len() {
        let mut stack = vec![(root, false)];
        while let Some((t, parents_done)) = stack.pop() {
            if state[t] == State::Done {
                continue;
            }
            if parents_done {
                sets[t * words + t / 64] |= 1 << (t % 64);
                for parent in types[t].supertypes.iter() {
                    let p = parent.index();
                    if state[p] == State::Done {
                        for w in 0..words {
                            sets[t * words + w] |= sets[p * words + w];
                        }
                    }
                }
                state[t] = State::Done;
            } else if state[t] == State::New {
                state[t] = State::Visiting;
                stack.push((t, true));
                for parent in types[t].supertypes.iter() {
                    if state[parent.index()] == State::New {
                        stack.push((parent.index(), false));
                    }
                }
            }
        }
    }
    sets
}
