//! `pending-term`: a type, property or enumeration member of schema.org's
//! pending layer (proposed, still open to change); release 30.0 marks them
//! with `isPartOf https://pending.schema.org`.

use crate::diagnostic::Severity;
use crate::rule::{Layer, Rule};

use super::verdict::Failure;

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

/// Judges a term a node uses (`kind`: "type", "property", "enumeration
/// member") that is not superseded (that is
/// [`superseded-term`](super::superseded_term)'s finding, which takes
/// its place). An enumeration member is noted only where its property is
/// not pending itself: the property's note says it already.
pub fn check(kind: &str, name: &str, pending: bool) -> Option<Failure> {
    pending.then(|| (&RULE, describe(kind, name), None))
}

/// Whether a pending enumeration member is noted, under a property that
/// is pending or not.
pub fn notes_member(property_pending: bool) -> bool {
    !property_pending
}

/// The message.
pub fn describe(kind: &str, name: &str) -> String {
    format!("the {kind} `{name}` is in schema.org's pending layer")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn notes_pending_terms_once() {
        assert_eq!(check("property", "name", false), None);
        let (_, message, _) = check("property", "eventAttendanceMode", true).unwrap();
        assert_eq!(
            message,
            "the property `eventAttendanceMode` is in schema.org's pending layer"
        );
        assert!(notes_member(false));
        assert!(!notes_member(true));
    }
}
