//! `invalid-date`: a date or date-time property whose text is not ISO 8601
//! in the forms schema.org uses. Read with the model's own datatypes (their
//! non-allocating `check`, which shares their parser), so what validates
//! here is what the model loads.

use crate::diagnostic::Severity;
use crate::model::{Date, DateOrDateTime, DateTime};
use crate::validate::registry::{Layer, Rule};

/// The rule.
pub const RULE: Rule = Rule {
    id: "invalid-date",
    severity: Severity::Error,
    layer: Layer::Semantic,
    summary: "A date or date-time property holds text that is not an ISO 8601 date (YYYY-MM-DD) or date-time (YYYY-MM-DDThh:mm[:ss][Z|±hh:mm]), or not the one its range asks for.",
    help: "Write dates as 2025-10-14 and date-times as 2025-10-14T09:30:00-05:00 (with the offset, so the time is unambiguous).",
};

/// What a property's schema.org range accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DateKind {
    /// `Date` only (`birthDate`, `priceValidUntil`).
    Date,
    /// `DateTime` only (`availableFrom`).
    DateTime,
    /// `Date` or `DateTime` (`startDate`, `datePublished`).
    Either,
}

/// Checks a date text; the error is the message.
pub fn check(kind: DateKind, property: &str, text: &str) -> Result<(), String> {
    let result = match kind {
        DateKind::Date => Date::check(text),
        DateKind::DateTime => DateTime::check(text),
        DateKind::Either => DateOrDateTime::check(text),
    };
    result.map_err(|error| format!("`{property}`: {error}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn follows_the_range() {
        assert!(check(DateKind::Either, "startDate", "2025-10-14").is_ok());
        assert!(check(DateKind::Either, "startDate", "2025-10-14T09:30:00Z").is_ok());
        assert!(check(DateKind::Date, "birthDate", "2025-10-14T09:30:00Z").is_err());
        assert!(check(DateKind::DateTime, "availableFrom", "2025-10-14").is_err());
        let message = check(DateKind::Either, "startDate", "14/10/2025").unwrap_err();
        assert!(
            message.starts_with("`startDate`: `14/10/2025` is not an ISO 8601"),
            "{message}"
        );
    }
}
