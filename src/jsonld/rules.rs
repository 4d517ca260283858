//! The checks a dataset passes when it is loaded, by the ids of their
//! rules.
//!
//! Every one of them stops `sdx export`: a dataset is written by hand, and
//! exporting something other than what its author meant is worse than not
//! exporting at all.

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

/// Every load check, in the order they run. Each is a rule of sdx's one
/// registry (`sdx rules ID` prints its documentation, docs/rules.md lists
/// it), where its severity, summary and help are written once: this list
/// only says which of those rules loading a dataset runs.
pub const LOAD_RULES: &[&str] = &[
    UNREADABLE_FILE,
    INVALID_JSON,
    UNSUPPORTED_CONTEXT,
    INVALID_VALUE,
    UNMODELED_PROPERTY,
    MISSING_BASE,
    DUPLICATE_ID,
    DANGLING_REFERENCE,
    REFERENCE_TYPE,
];
