//! The generator of `src/vocab/schemaorg.txt`: reads a schema.org release
//! and writes the facts sdx needs, one line per term.
//!
//! Regenerate the committed table with
//!
//! ```text
//! cargo run --example gen-vocab -- ../shared/schemaorg/30.0
//! ```
//!
//! The test `tests/vocab_table.rs` includes this file and fails whenever the
//! committed table drifts from what it makes of the release (it skips, saying
//! so, where the release directory is absent). The generator lives beside
//! the example rather than in the library: sdx itself only reads the table.
//!
//! # Which source file
//!
//! A release ships the vocabulary three ways: a types CSV, a properties CSV
//! and one JSON-LD graph. The generator reads the JSON-LD: in 30.0 the CSVs
//! leave the `isPartOf` column empty for 385 health-lifesci terms, and list
//! neither `Boolean` among the instances of `DataType` nor `True` and
//! `False` as instances of `Boolean`; on every other fact (supertypes,
//! domains, ranges, supersession, the pending layer) the three agree.
//!
//! Both forms of 30.0 use a type they never define, `DeliveryTimeSettings`
//! (a domain of `deliveryTime`, `isUnlabelledFallback` and
//! `shippingDestination`); the types CSV names it among the subtypes of
//! `StructuredValue`. A type referenced but not defined gets its supertypes
//! from that `subTypes` column and the flag `inferred`; one that appears
//! nowhere there stops the generator, so the table never holds a dangling
//! name.
//!
//! # The table
//!
//! Tab-separated, one term a line, types (`T`), then properties (`P`), then
//! enumeration members (`M`), each group sorted by name:
//!
//! ```text
//! T  <name>  <supertypes>                  [<flags>]
//! P  <name>  <domains>  <ranges>           [<flags>]
//! M  <name>  <enumerations>                [<flags>]
//! ```
//!
//! Lists are space-separated short names (`-` when empty). Flags, also
//! space-separated: `datatype` (the class is an instance of schema.org's
//! `DataType`), `layer=<name>` (the term is not in the core layer:
//! `pending`, `health-lifesci`, `auto`, `bib`, `meta`),
//! `superseded-by=<term>` and `inferred` (see above). Lines starting with `#` are comments; `@release`
//! and `@licence` lines carry the release and its licence.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::fs;
use std::path::{Path, PathBuf};

use serde_json::Value;

/// The file of a schema.org release the table is generated from.
pub const SOURCE_FILE: &str = "schemaorg-current-https.jsonld";

/// The release's types CSV, read only for types the JSON-LD leaves undefined.
const TYPES_CSV: &str = "schemaorg-current-https-types.csv";

/// The licence line every generated table carries.
pub const LICENCE: &str = "schema.org vocabulary (https://schema.org), licensed CC BY-SA 3.0 \
(https://creativecommons.org/licenses/by-sa/3.0/)";

/// Why a release could not be turned into a table.
#[derive(Debug, thiserror::Error)]
pub enum GenerateError {
    /// The release file could not be read.
    #[error("cannot read {path}: {source}; pass the directory of a schema.org release (it holds {SOURCE_FILE})")]
    Read {
        /// The file tried.
        path: PathBuf,
        /// What the file system said.
        source: std::io::Error,
    },
    /// The release file is not JSON.
    #[error("{path} is not valid JSON: {source}")]
    Json {
        /// The file read.
        path: PathBuf,
        /// What the JSON parser said.
        source: serde_json::Error,
    },
    /// The JSON is not a schema.org vocabulary graph.
    #[error("{path}: {what}")]
    Shape {
        /// The file read.
        path: PathBuf,
        /// What was expected and not found.
        what: String,
    },
}

/// One schema.org term as the table records it.
#[derive(Debug, Default)]
struct Term {
    name: String,
    kind: char,
    /// Supertypes (T), domains (P) or enumerations (M).
    first: Vec<String>,
    /// Ranges (P only).
    second: Vec<String>,
    datatype: bool,
    inferred: bool,
    layer: Option<String>,
    superseded_by: Option<String>,
}

/// Reads the release in `release_dir` (for example
/// `../shared/schemaorg/30.0`) and returns the table text.
///
/// The release number is the directory's name.
pub fn generate(release_dir: &Path) -> Result<String, GenerateError> {
    let path = release_dir.join(SOURCE_FILE);
    let bytes = fs::read(&path).map_err(|source| GenerateError::Read {
        path: path.clone(),
        source,
    })?;
    let document: Value = serde_json::from_slice(&bytes).map_err(|source| GenerateError::Json {
        path: path.clone(),
        source,
    })?;
    let release = release_dir
        .file_name()
        .and_then(|name| name.to_str())
        .unwrap_or("unknown")
        .to_owned();
    let graph = document
        .get("@graph")
        .and_then(Value::as_array)
        .ok_or_else(|| GenerateError::Shape {
            path: path.clone(),
            what: "no top-level \"@graph\" array".to_owned(),
        })?;
    let mut terms: Vec<Term> = graph.iter().filter_map(read_term).collect();
    if terms.is_empty() {
        return Err(GenerateError::Shape {
            path,
            what: "the graph holds no schema: terms".to_owned(),
        });
    }
    let undefined = undefined_types(&terms);
    if !undefined.is_empty() {
        terms.extend(infer_types(release_dir, &undefined)?);
    }
    let order = |kind: char| match kind {
        'T' => 0,
        'P' => 1,
        _ => 2,
    };
    terms.sort_by(|a, b| (order(a.kind), &a.name).cmp(&(order(b.kind), &b.name)));
    Ok(render(&release, &terms))
}

/// The short names of the `schema:` IRIs in `value` (one `{"@id"}` or a list).
fn schema_ids(value: Option<&Value>) -> Vec<String> {
    let one = |v: &Value| -> Option<String> {
        let id = v
            .get("@id")
            .and_then(Value::as_str)
            .or_else(|| v.as_str())?;
        id.strip_prefix("schema:").map(str::to_owned)
    };
    let mut ids: Vec<String> = match value {
        None => Vec::new(),
        Some(Value::Array(items)) => items.iter().filter_map(one).collect(),
        Some(v) => one(v).into_iter().collect(),
    };
    ids.sort();
    ids.dedup();
    ids
}

fn read_term(node: &Value) -> Option<Term> {
    let name = node
        .get("@id")?
        .as_str()?
        .strip_prefix("schema:")?
        .to_owned();
    let types: Vec<&str> = match node.get("@type")? {
        Value::String(one) => vec![one.as_str()],
        Value::Array(many) => many.iter().filter_map(Value::as_str).collect(),
        _ => return None,
    };
    let mut term = Term {
        name,
        ..Term::default()
    };
    if types.contains(&"rdfs:Class") {
        term.kind = 'T';
        term.first = schema_ids(node.get("rdfs:subClassOf"));
        term.datatype = types.contains(&"schema:DataType");
    } else if types.contains(&"rdf:Property") {
        term.kind = 'P';
        term.first = schema_ids(node.get("schema:domainIncludes"));
        term.second = schema_ids(node.get("schema:rangeIncludes"));
    } else {
        term.kind = 'M';
        let mut enumerations: Vec<String> = types
            .iter()
            .filter_map(|t| t.strip_prefix("schema:"))
            .map(str::to_owned)
            .collect();
        if enumerations.is_empty() {
            return None;
        }
        enumerations.sort();
        term.first = enumerations;
    }
    term.layer = node
        .get("schema:isPartOf")
        .and_then(|v| v.get("@id"))
        .and_then(Value::as_str)
        .map(|layer| {
            let host = layer
                .trim_start_matches("https://")
                .trim_start_matches("http://");
            host.trim_end_matches('/')
                .trim_end_matches(".schema.org")
                .to_owned()
        });
    term.superseded_by = schema_ids(node.get("schema:supersededBy"))
        .into_iter()
        .next();
    Some(term)
}

/// Type names used as supertypes, domains, ranges or enumerations that the
/// release does not define, in name order.
fn undefined_types(terms: &[Term]) -> Vec<String> {
    let defined: BTreeSet<&str> = terms
        .iter()
        .filter(|t| t.kind == 'T')
        .map(|t| t.name.as_str())
        .collect();
    let used: BTreeSet<&str> = terms
        .iter()
        .flat_map(|t| t.first.iter().chain(&t.second))
        .map(String::as_str)
        .collect();
    used.difference(&defined)
        .map(|name| (*name).to_owned())
        .collect()
}

/// Types for `names` with the supertypes the types CSV gives them (the rows
/// whose `subTypes` column lists them).
fn infer_types(release_dir: &Path, names: &[String]) -> Result<Vec<Term>, GenerateError> {
    let path = release_dir.join(TYPES_CSV);
    let shape = |what: String| GenerateError::Shape {
        path: path.clone(),
        what,
    };
    let mut reader = csv::Reader::from_path(&path).map_err(|error| shape(error.to_string()))?;
    let headers = reader
        .headers()
        .map_err(|error| shape(error.to_string()))?
        .clone();
    let column = |name: &str| {
        headers
            .iter()
            .position(|header| header == name)
            .ok_or_else(|| shape(format!("no `{name}` column")))
    };
    let (id_column, sub_types_column) = (column("id")?, column("subTypes")?);
    let mut supertypes: BTreeMap<&str, Vec<String>> = BTreeMap::new();
    for row in reader.records() {
        let row = row.map_err(|error| shape(error.to_string()))?;
        let (Some(id), Some(sub_types)) = (row.get(id_column), row.get(sub_types_column)) else {
            continue;
        };
        let Some(parent) = id.strip_prefix("https://schema.org/") else {
            continue;
        };
        for child in sub_types.split(',').map(str::trim) {
            let child = child.strip_prefix("https://schema.org/").unwrap_or(child);
            if let Some(name) = names.iter().find(|name| name.as_str() == child) {
                supertypes.entry(name).or_default().push(parent.to_owned());
            }
        }
    }
    names
        .iter()
        .map(|name| {
            let mut first = supertypes.remove(name.as_str()).ok_or_else(|| {
                shape(format!(
                    "`{name}` is used but defined nowhere in the release, not even as a subtype in the types CSV"
                ))
            })?;
            first.sort();
            Ok(Term {
                name: name.clone(),
                kind: 'T',
                first,
                inferred: true,
                ..Term::default()
            })
        })
        .collect()
}

fn list(names: &[String]) -> String {
    if names.is_empty() {
        "-".to_owned()
    } else {
        names.join(" ")
    }
}

fn render(release: &str, terms: &[Term]) -> String {
    let mut out = String::with_capacity(terms.len() * 64);
    out.push_str(
        "# The schema.org vocabulary as sdx reads it: names, supertypes, domains, ranges,\n\
         # enumeration members, layers and supersession; no definitions.\n\
         # Generated by examples/gen-vocab; do not edit. Regenerate with\n\
         #   cargo run --example gen-vocab -- ../shared/schemaorg/<release>\n\
         # Columns (tab-separated): T name supertypes [flags] | P name domains ranges [flags]\n\
         #   | M name enumerations [flags]; lists space-separated, - when empty;\n\
         #   flags: datatype, layer=<layer>, superseded-by=<term>, inferred.\n",
    );
    let _ = writeln!(out, "@release\t{release}");
    let _ = writeln!(out, "@licence\t{LICENCE}");
    for term in terms {
        out.push(term.kind);
        out.push('\t');
        out.push_str(&term.name);
        out.push('\t');
        out.push_str(&list(&term.first));
        if term.kind == 'P' {
            out.push('\t');
            out.push_str(&list(&term.second));
        }
        let mut flags = Vec::new();
        if term.datatype {
            flags.push("datatype".to_owned());
        }
        if let Some(layer) = &term.layer {
            flags.push(format!("layer={layer}"));
        }
        if let Some(by) = &term.superseded_by {
            flags.push(format!("superseded-by={by}"));
        }
        if term.inferred {
            flags.push("inferred".to_owned());
        }
        if !flags.is_empty() {
            out.push('\t');
            out.push_str(&flags.join(" "));
        }
        out.push('\n');
    }
    out
}
