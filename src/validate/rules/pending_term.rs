//! `pending-term`: a type, property or enumeration member of schema.org's
//! pending layer (proposed, still open to change); release 30.0 marks them
//! with `isPartOf https://pending.schema.org`.

use crate::diagnostic::Severity;
use crate::validate::rule::{Layer, Rule};

/// The rule.
pub const RULE: Rule = Rule {
    id: "pending-term",
    severity: Severity::Info,
    layer: Layer::Vocabulary,
    summary: "A type, property or enumeration member is in schema.org's pending layer: proposed, not yet stable, and not read by every consumer.",
    help: "Keep it if you need it, but expect changes and check that your consumers read it (https://pending.schema.org).",
    why: r##"Pending terms may change or be dropped, and not every consumer reads them; off by default (`--profile pending` turns it on) because consumers already document many of them."##,
    wrong: r##"{"@type": "Event", "eventAttendanceMode": "https://schema.org/OnlineEventAttendanceMode"}"##,
    right: r##"(keep it, knowing it is pending: https://pending.schema.org)"##,
};

/// The message.
pub fn describe(kind: &str, name: &str) -> String {
    format!("the {kind} `{name}` is in schema.org's pending layer")
}
