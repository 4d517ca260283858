//! `duplicate-id`: a check `sdx export` runs on a dataset before writing it.
//!
//! Reading: In a dataset, each node is written once; two nodes with one `@id` are one node described twice, and an export would write a graph whose meaning depends on the order of its nodes. (Across third-party files, `conflicting-id` reports one `@id` given to unrelated types.)

use crate::diagnostic::Severity;
use crate::rule::{Layer, Rule};

/// The rule.
pub const RULE: Rule = Rule {
    id: "duplicate-id",
    severity: Severity::Error,
    layer: Layer::Dataset,
    summary: "Two nodes of a dataset have the same `@id`.",
    help: "Give each node its own @id, or merge the two nodes into one.",
    why: r##"An export writes one node per `@id`; two nodes with the same `@id` would be merged by every consumer, so the dataset must say which it is."##,
    wrong: r##"[{"@id": "#lamp", "@type": "Product", "name": "Lamp"}, {"@id": "#lamp", "@type": "Product", "name": "Desk lamp"}]"##,
    right: r##"[{"@id": "#lamp", "@type": "Product", "name": "Lamp"}, {"@id": "#desk-lamp", "@type": "Product", "name": "Desk lamp"}]"##,
};
