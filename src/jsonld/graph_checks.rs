//! Checks of a dataset as a whole: every `@id` resolves against the base,
//! none is defined twice, every reference points at a node of the dataset
//! whose type its property accepts.

use std::collections::HashMap;

use super::ids::{id_form, resolve, IdForm, ResolveError};
use super::rules::{DANGLING_REFERENCE, DUPLICATE_ID, INVALID_VALUE, MISSING_BASE, REFERENCE_TYPE};
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
        if let Some(missing) = missing_base(file, &walker) {
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
            Some(first) => diagnostics.push(
                Diagnostic::new(
                    DUPLICATE_ID,
                    Severity::Error,
                    file,
                    format!("{}/@id", node.pointer),
                    format!(
                        "`{}` is defined twice: this {} and the {} {}",
                        node.id,
                        node.type_name(),
                        first.type_name(),
                        match locate(&first.pointer) {
                            Some((line, column)) => format!("at line {line}, column {column}"),
                            None => format!("at {}", first.pointer),
                        }
                    ),
                )
                .with_help("give each node its own @id, or merge the two nodes into one"),
            ),
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
        let pointer = format!("{}/@id", reference.pointer);
        match defined.get(&id) {
            None => {
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
            Some(node) if !node.satisfies(reference.accepts) => diagnostics.push(
                Diagnostic::new(
                    REFERENCE_TYPE,
                    Severity::Error,
                    file,
                    pointer,
                    format!(
                        "`{}` refers to `{}`, a {}; `{}` takes {}",
                        reference.property,
                        reference.id,
                        node.type_name(),
                        reference.property,
                        reference.accepts.join(" or ")
                    ),
                )
                .with_help(format!(
                    "point `{}` at a node of type {}",
                    reference.property,
                    reference.accepts.join(" or ")
                )),
            ),
            Some(_) => {}
        }
    }
    diagnostics
}

/// One diagnostic for a dataset with relative ids and no base, at the first.
fn missing_base(file: &str, walker: &Walker) -> Option<Diagnostic> {
    let relative = walker
        .nodes
        .iter()
        .map(|n| (n.id.as_str(), format!("{}/@id", n.pointer)))
        .chain(
            walker
                .refs
                .iter()
                .map(|r| (r.id.as_str(), format!("{}/@id", r.pointer))),
        )
        .filter(|(id, _)| id_form(id) == IdForm::Relative);
    let mut count = 0;
    let mut first = None;
    for (id, pointer) in relative {
        count += 1;
        first.get_or_insert((id, pointer));
    }
    let (id, pointer) = first?;
    let others = match count {
        1 => String::new(),
        2 => " (and 1 other)".to_owned(),
        n => format!(" (and {} others)", n - 1),
    };
    Some(
        Diagnostic::new(
            MISSING_BASE,
            Severity::Error,
            file,
            pointer,
            format!("`{id}` is a relative @id{others} and the dataset gives no base IRI"),
        )
        .with_help(
            "add {\"@base\": \"https://example.com/page\"} to the @context, or pass --base IRI",
        ),
    )
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
