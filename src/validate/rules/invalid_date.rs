//! `invalid-date`: a date or date-time property whose text is not ISO 8601
//! (`8 ago 2023`, `14/10/2025`, `2019-9-18T10-10-00-00`). Read with the
//! model's own datatypes (their non-allocating `check`, which shares their
//! parser), so what validates here is what the model loads.
//!
//! Reading: schema.org's dates are ISO 8601, which lets a date stop at the
//! year or the month (`1998`, `2006-10`): every precision is a date, and a
//! date-time where only a date is asked for is
//! [`date-with-time`](super::date_with_time), a warning. A text that is no
//! ISO 8601 date at all is read differently by each consumer (is `03/04`
//! March or April?) or not at all: an error.

use crate::diagnostic::Severity;
use crate::model::{Date, DateOrDateTime, DateTime, Moment};
use crate::validate::rule::{Layer, Rule};

/// The rule.
pub const RULE: Rule = Rule {
    id: "invalid-date",
    severity: Severity::Error,
    layer: Layer::Semantic,
    summary: "A date or date-time property holds text that is not ISO 8601: a date (2025-10-14, or 2025-10, or 2025) or a date-time (2025-10-14T09:30:00-05:00).",
    help: "Write dates as 2025-10-14 (or 2025-10, or 2025) and date-times as 2025-10-14T09:30:00-05:00 (with the offset, so the time is unambiguous).",
    why: r##"Consumers read ISO 8601 only: a date in another form is dropped, or read as another day."##,
    wrong: r##"{"@type": "Event", "startDate": "14/10/2025 9:30"}"##,
    right: r##"{"@type": "Event", "startDate": "2025-10-14T09:30:00-05:00"}"##,
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

/// Checks a date text: what it means, or the message. Every precision is
/// read whatever the range (a time where only a date is asked for is
/// [`date-with-time`](super::date_with_time)'s remark).
pub fn check(kind: DateKind, property: &str, text: &str) -> Result<Moment, String> {
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
        assert!(check(DateKind::Date, "birthDate", "1892").is_ok());
        assert!(check(DateKind::Either, "datePublished", "2006-10").is_ok());
        assert!(
            check(DateKind::Date, "birthDate", "2025-10-14T09:30:00Z").is_ok_and(Moment::has_time)
        );
        assert!(check(DateKind::DateTime, "availableFrom", "2025-10-14").is_ok());
        assert!(check(DateKind::Either, "startDate", "8 ago 2023").is_err());
        assert!(check(DateKind::Either, "startDate", "2019-9-18T10-10-00-00").is_err());
        let message = check(DateKind::Either, "startDate", "14/10/2025").unwrap_err();
        assert!(
            message.starts_with("`startDate`: `14/10/2025` is not an ISO 8601"),
            "{message}"
        );
    }
}
