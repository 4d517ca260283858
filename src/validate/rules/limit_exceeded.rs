//! `limit-exceeded`: a document is nested deeper or is larger than sdx
//! reads (see [`crate::validate::limits`]); sdx skips it and checks the rest.

use crate::diagnostic::Severity;
use crate::validate::limits::{show_size, Limits};
use crate::validate::registry::{Layer, Rule};

use super::Finding;

/// The rule.
pub const RULE: Rule = Rule {
    id: "limit-exceeded",
    severity: Severity::Error,
    layer: Layer::Syntax,
    summary: "A document nests deeper than --max-depth, is larger than --max-document-size or holds a number too large to read; sdx skips it instead of risking its stack or memory.",
    help: "Structured data never needs this; look for a generator that nests a value inside itself or repeats without end, or raise the limit (--max-depth, --max-document-size, or in sdx.toml).",
};

/// serde_json's recursion limit (kept for callers of the earlier constant).
pub const MAX_DEPTH: usize = crate::validate::limits::DEPTH_CEILING;

/// The finding for a document nested deeper than `max` levels.
pub fn too_deep(max: usize) -> Finding {
    Finding::new(
        &RULE,
        "",
        format!("the document nests deeper than {max} levels of arrays and objects; sdx stops reading it here"),
    )
    .with_help("Structured data never needs this depth; look for a generator that nests a value inside itself, or raise --max-depth (at most 127).")
}

/// The finding for a document over the size limit, of `size` bytes when
/// known (a pipe or a device is only read up to the limit).
pub fn too_large(size: Option<u64>, limits: &Limits) -> Finding {
    let how_big = match size {
        Some(size) => format!("{}, ", show_size_rough(size)),
        None => String::new(),
    };
    Finding::new(
        &RULE,
        "",
        format!(
            "the document is {how_big}more than the {} sdx reads; it was skipped",
            show_size(limits.max_document_size)
        ),
    )
    .with_help(
        "Split the data into smaller documents (a feed line each), or raise --max-document-size.",
    )
}

/// A size in the nearest binary unit, one decimal.
fn show_size_rough(bytes: u64) -> String {
    let mut value = bytes as f64;
    for unit in ["bytes", "KiB", "MiB", "GiB"] {
        if value < 1024.0 || unit == "GiB" {
            return if unit == "bytes" {
                format!("{bytes} bytes")
            } else {
                format!("{value:.1} {unit}")
            };
        }
        value /= 1024.0;
    }
    format!("{bytes} bytes")
}
