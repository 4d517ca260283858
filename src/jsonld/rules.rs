//! The checks a dataset passes when it is loaded, each with a stable id.
//!
//! Every one of them stops `sdx export`: a dataset is written by hand, and
//! exporting something other than what its author meant is worse than not
//! exporting at all.

use crate::diagnostic::Severity;

/// A check run when a dataset is loaded.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct LoadRule {
    /// The stable kebab-case id diagnostics carry.
    pub id: &'static str,
    /// Its severity.
    pub severity: Severity,
    /// What it checks, in one line.
    pub summary: &'static str,
}

/// The file could not be read.
pub const UNREADABLE_FILE: &str = "unreadable-file";
/// The file is not UTF-8 JSON.
pub const INVALID_JSON: &str = "invalid-json";
/// A value the model cannot read, which the validator's rules did not
/// already name: the schema layer's id, as `sdx validate` reports it.
pub const INVALID_VALUE: &str = "schema";
/// An `@context` other than schema.org's.
pub const UNSUPPORTED_CONTEXT: &str = "unsupported-context";
/// A property the model does not read, which export would drop.
pub const UNMODELED_PROPERTY: &str = "unmodeled-property";
/// A relative `@id` with no base to resolve it against.
pub const MISSING_BASE: &str = "missing-base";
/// Two nodes with the same `@id`.
pub const DUPLICATE_ID: &str = "duplicate-id";
/// A reference to an `@id` no node defines.
pub const DANGLING_REFERENCE: &str = "dangling-reference";
/// A reference to a node of a type the property does not accept.
pub const REFERENCE_TYPE: &str = "reference-type";

/// Every load check, in the order they run.
pub const LOAD_RULES: &[LoadRule] = &[
    LoadRule {
        id: UNREADABLE_FILE,
        severity: Severity::Error,
        summary: "the dataset file can be read",
    },
    LoadRule {
        id: INVALID_JSON,
        severity: Severity::Error,
        summary: "the dataset is UTF-8 JSON",
    },
    LoadRule {
        id: UNSUPPORTED_CONTEXT,
        severity: Severity::Error,
        summary: "@context is schema.org's, optionally with an @base",
    },
    LoadRule {
        id: INVALID_VALUE,
        severity: Severity::Error,
        summary: "every value has the type its property takes (dates, URLs, currencies, GTINs, node types)",
    },
    LoadRule {
        id: UNMODELED_PROPERTY,
        severity: Severity::Error,
        summary: "every property is one sdx models, so export loses nothing",
    },
    LoadRule {
        id: MISSING_BASE,
        severity: Severity::Error,
        summary: "relative @ids have a base IRI to resolve against",
    },
    LoadRule {
        id: DUPLICATE_ID,
        severity: Severity::Error,
        summary: "no @id is defined twice",
    },
    LoadRule {
        id: DANGLING_REFERENCE,
        severity: Severity::Error,
        summary: "every {\"@id\"} reference points at a node of the dataset",
    },
    LoadRule {
        id: REFERENCE_TYPE,
        severity: Severity::Error,
        summary: "a reference points at a node of a type its property accepts",
    },
];
