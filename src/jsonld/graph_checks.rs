//! Checks of a dataset as a whole: every `@id` resolves against the base,
//! none is defined twice, every reference points at a node of the dataset
//! whose type its property accepts.
//!
//! This file walks the graph and resolves the ids; the dataset rules it
//! finds cases for (`missing-base`, `duplicate-id`, `reference-type`) decide
//! and word their findings in their files under `rules/`.

use std::collections::HashMap;

use super::ids::{id_form, resolve, IdForm, ResolveError};
use super::rules::{duplicate_id, missing_base, reference_type, DANGLING_REFERENCE, INVALID_VALUE};
use super::GraphDocument;
use crate::diagnostic::{Diagnostic, Severity};
use crate::model::enumeration::closest;
use crate::model::{NodeSite, Walk, Walker};

/// Every graph-level problem of `document`, in document order.
///
/// `locate` gives the line and column of a pointer, when there is a text,
/// to say where the first of two duplicate nodes is.
pub(crate) fn check_graph(
    file: &str,
    document: &GraphDocument,
    base: Option<&url::Url>,
    locate: &dyn Fn(&str) -> Option<(u32, u32)>,
) -> Vec<Diagnostic> {
    let mut walker = Walker::default();
    document.walk(&mut walker);

    if base.is_none() {
        if let Some(missing) = missing_base::check(file, relative_ids(&walker)) {
            return vec![missing];
        }
    }

    let mut diagnostics = Vec::new();
    let mut defined: HashMap<String, &NodeSite> = HashMap::new();
    for node in &walker.nodes {
        let id = match resolve(&node.id, base) {
            Ok(id) => id,
            Err(error) => {
                diagnostics.push(bad_id(file, &node.pointer, "@id", &error));
                continue;
            }
        };
        match defined.get(&id) {
            Some(first) => diagnostics.push(duplicate_id::finding(file, node, first, locate)),
            None => {
                defined.insert(id, node);
            }
        }
    }

    for reference in &walker.refs {
        let id = match resolve(&reference.id, base) {
            Ok(id) => id,
            Err(error) => {
                diagnostics.push(bad_id(
                    file,
                    &reference.pointer,
                    &reference.property,
                    &error,
                ));
                continue;
            }
        };
        match defined.get(&id) {
            None => {
                let pointer = format!("{}/@id", reference.pointer);
                let known: Vec<&str> = walker.nodes.iter().map(|n| n.id.as_str()).collect();
                let help = match closest(&reference.id, &known) {
                    Some(near) => format!("did you mean `{near}`?"),
                    None => "define a node with this @id in the dataset, or fix the reference"
                        .to_owned(),
                };
                diagnostics.push(
                    Diagnostic::new(
                        DANGLING_REFERENCE,
                        Severity::Error,
                        file,
                        pointer,
                        format!(
                            "`{}` refers to `{}`, which no node of the dataset defines",
                            reference.property, reference.id
                        ),
                    )
                    .with_help(help),
                );
            }
            Some(node) => diagnostics.extend(reference_type::check(file, reference, node)),
        }
    }
    diagnostics
}

/// The relative ids of a dataset, nodes' and references', with the pointer
/// of each `@id`, in document order.
fn relative_ids(walker: &Walker) -> impl Iterator<Item = (&str, String)> {
    let nodes = walker.nodes.iter().map(|n| (n.id.as_str(), &n.pointer));
    let refs = walker.refs.iter().map(|r| (r.id.as_str(), &r.pointer));
    nodes
        .chain(refs)
        .filter(|(id, _)| id_form(id) == IdForm::Relative)
        .map(|(id, pointer)| (id, format!("{pointer}/@id")))
}

fn bad_id(file: &str, pointer: &str, property: &str, error: &ResolveError) -> Diagnostic {
    Diagnostic::new(
        INVALID_VALUE,
        Severity::Error,
        file,
        format!("{pointer}/@id"),
        format!("`{property}`: {error}"),
    )
    .with_help("write the @id as an IRI (https://…) or a reference relative to the base (#name)")
}
