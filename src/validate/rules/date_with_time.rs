//! `date-with-time`: a date-time where the property's range is only `Date`
//! (`"birthDate": "1990-05-14T00:00:00Z"`).
//!
//! Reading: the value is a valid ISO 8601 date-time and its date is clear,
//! but the property asks for a date; consumers that read only dates may
//! drop it, and the time often comes from a database column that stored
//! midnight in another time zone, moving the date by a day. A warning.

use crate::diagnostic::Severity;
use crate::rule::{Layer, Rule};

/// The rule.
pub const RULE: Rule = Rule {
    id: "date-with-time",
    severity: Severity::Warning,
    layer: Layer::Semantic,
    summary: "A date-time where the property takes a date (`birthDate`, `foundingDate`): consumers that read dates may drop it, and a converted midnight can shift the day.",
    help: "Write only the date, like 2025-10-14.",
    why: r##"A consumer that expects a date may reject the value, or convert the time to its own zone and land on the day before."##,
    wrong: r##"{"@type": "Organization", "foundingDate": "1993-04-05T00:00:00Z"}"##,
    right: r##"{"@type": "Organization", "foundingDate": "1993-04-05"}"##,
};

/// The message.
pub fn describe(property: &str, text: &str) -> String {
    format!(
        "`{property}` takes a date; `{}` is a date-time",
        super::verdict::shorten(text)
    )
}
