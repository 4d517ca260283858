//! What `sdx export` reports about a dataset before it writes anything:
//! every problem at once, with the rule ids `sdx validate` uses.
//!
//! The dataset is validated as third-party data would be (every layer,
//! positions, did-you-mean), then loaded into the model, whose own checks
//! of a graph as a whole add what only an export needs (a base for
//! relative `@id`s, one node an `@id`, references that resolve to a node
//! of a type their property takes, properties the model can carry). The
//! loader's finding at a place the validator already reported is the same
//! mistake said twice and is dropped.

use crate::diagnostic::{Diagnostic, Severity};
use crate::jsonld::{Dataset, LoadError};
use crate::validate::{InputFormat, Settings, Validator};

/// The validator's rules whose findings the loader says better for a
/// dataset, graph-wide and with a did-you-mean among the dataset's own ids
/// (each with the loader's rule that says it), when the loader got as far
/// as checking the graph.
const SAID_BY_THE_LOADER: &[(&str, &str)] = &[
    ("dangling-reference", "dangling-reference"),
    ("conflicting-id", "duplicate-id"),
];

/// The validator's rules that stop an export though they are only remarks
/// on third-party data: the dataset is the author's own, and an export
/// must be whole, unambiguous and linked.
const ERRORS_IN_A_DATASET: &[&str] = &[
    "unsupported-context",
    "missing-context",
    "dangling-reference",
];

/// Loads the dataset in `bytes`, named `file`; on failure, every finding.
/// Warnings of a dataset that loads come back with it, to be shown.
pub fn load(
    file: &str,
    bytes: &[u8],
    base: Option<&url::Url>,
) -> Result<(Dataset, Vec<Diagnostic>), Vec<Diagnostic>> {
    let report = Validator::new(Settings::default()).validate_bytes(file, InputFormat::Json, bytes);
    let mut found: Vec<Diagnostic> = report
        .diagnostics()
        .map(|(diagnostic, _)| diagnostic.clone())
        .map(|mut d| {
            if ERRORS_IN_A_DATASET.contains(&d.rule) {
                d.severity = Severity::Error;
            }
            d
        })
        .collect();
    let has_error = |found: &[Diagnostic]| found.iter().any(|d| d.severity == Severity::Error);
    let loaded = Dataset::from_slice(file, bytes, base);
    let loader_says = |rule: &str| match &loaded {
        Ok(_) => true,
        Err(LoadError { diagnostics }) => diagnostics.iter().any(|d| d.rule == rule),
    };
    found.retain(|d| {
        SAID_BY_THE_LOADER
            .iter()
            .all(|(ours, theirs)| d.rule != *ours || !loader_says(theirs))
    });
    match loaded {
        Ok(dataset) if !has_error(&found) => {
            found.retain(|d| d.severity == Severity::Warning);
            Ok((dataset, found))
        }
        Ok(_) => Err(errors_first(found)),
        // A file that is no JSON is nothing more, said once: by the
        // loader, which names the property the syntax broke in.
        Err(LoadError { diagnostics }) if found.iter().any(|d| d.rule == "invalid-json") => {
            let syntax: Vec<Diagnostic> = diagnostics
                .into_iter()
                .filter(|d| d.rule == "invalid-json")
                .collect();
            if syntax.is_empty() {
                Err(errors_first(found))
            } else {
                Err(errors_first(syntax))
            }
        }
        Err(LoadError { diagnostics }) => {
            // A finding at the document's root (no `@context`) says
            // nothing about any one value.
            let reported: Vec<String> = found
                .iter()
                .filter(|d| d.severity == Severity::Error && !d.pointer.is_empty())
                .map(|d| d.pointer.clone())
                .collect();
            found.extend(
                diagnostics
                    .into_iter()
                    .filter(|d| !reported.iter().any(|p| related(p, &d.pointer))),
            );
            Err(errors_first(found))
        }
    }
}

/// True when one pointer is the other or leads inside it.
fn related(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    long.starts_with(short) && (long.len() == short.len() || long.as_bytes()[short.len()] == b'/')
}

/// The errors, in the order of the file, then nothing else: a dataset that
/// does not load is about its errors.
fn errors_first(mut found: Vec<Diagnostic>) -> Vec<Diagnostic> {
    found.retain(|d| d.severity == Severity::Error);
    found.sort_by_key(|d| (d.line.unwrap_or(0), d.column.unwrap_or(0)));
    found.dedup_by(|a, b| a.rule == b.rule && a.pointer == b.pointer);
    found
}
