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
//!
//! Where it fires, all decided here: on the properties of [`date_kind`]
//! (schema.org's properties whose range is only `Date` and/or `DateTime`),
//! for a text the model's datatype rejects, a boolean, or a number that is
//! not a whole one (a whole number is read as its digits: `1998` is a
//! year, which [`number-for-text`](super::number_for_text) remarks on). A
//! blank text, a node or a list is another rule's
//! ([`empty-value`](super::empty_value), the vocabulary's).

use crate::diagnostic::Severity;
use crate::model::{Date, DateOrDateTime, DateTime, Moment};
use crate::tree::Node;
use crate::rule::{Layer, Rule};

use super::verdict::{describe, Failure, ValueRule};
use super::{date_with_time, number_for_text};

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

/// How the walk calls it: on the properties of [`date_kind`], reading
/// each with its [`DateKind`].
pub const VALUE: ValueRule = ValueRule {
    rule: &RULE,
    claims: |property| date_kind(property).map(|kind| kind as u8),
    check: |reading, property, value| check_value(DateKind::from_reading(reading), property, value),
};

/// What a property's schema.org range accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum DateKind {
    /// `Date` only (`birthDate`, `priceValidUntil`).
    Date,
    /// `DateTime` only (`availableFrom`).
    DateTime,
    /// `Date` or `DateTime` (`startDate`, `datePublished`).
    Either,
}

impl DateKind {
    /// The kind [`VALUE`]'s `claims` read as `kind as u8`.
    fn from_reading(reading: u8) -> DateKind {
        match reading {
            0 => DateKind::Date,
            1 => DateKind::DateTime,
            _ => DateKind::Either,
        }
    }
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

/// Judges the value of a date property of `kind`: `None`, without
/// allocating, for a good text. A date-time where only a date is asked
/// for is [`date-with-time`](super::date_with_time)'s finding, a year
/// written as a number [`number-for-text`](super::number_for_text)'s.
pub fn check_value(kind: DateKind, property: &str, value: &Node) -> Option<Failure> {
    match value {
        Node::String(text) if !crate::model::is_blank(text) => check_text(kind, property, text),
        Node::String(_) | Node::Object(_) | Node::Array(_) | Node::Null => None,
        Node::Number(number) if number.is_u64() => {
            let digits = number.to_string();
            check_text(kind, property, &digits).or_else(|| {
                let message = number_for_text::describe(property, number);
                Some((&number_for_text::RULE, message, None))
            })
        }
        Node::Number(number) => Some((
            &RULE,
            format!("`{property}` should be text; found the number {number}"),
            None,
        )),
        Node::Bool(_) => Some((
            &RULE,
            format!("`{property}` should be text; found {}", describe(value)),
            None,
        )),
    }
}

/// A date text: this rule's finding when it is no ISO 8601 date, else
/// `date-with-time`'s when it has a time the range does not ask for.
fn check_text(kind: DateKind, property: &str, text: &str) -> Option<Failure> {
    match check(kind, property, text) {
        Ok(moment) if kind == DateKind::Date && moment.has_time() => Some((
            &date_with_time::RULE,
            date_with_time::describe(property, text),
            None,
        )),
        Ok(_) => None,
        Err(message) => Some((&RULE, message, None)),
    }
}

/// The date kind of properties whose range is only Date and/or DateTime.
pub fn date_kind(property: &str) -> Option<DateKind> {
    Some(match property {
        "applicationStartDate"
        | "birthDate"
        | "dateVehicleFirstRegistered"
        | "deathDate"
        | "dissolutionDate"
        | "foundingDate"
        | "guidelineDate"
        | "lastReviewed"
        | "legislationDate"
        | "legislationDateOfApplicability"
        | "legislationDateVersion"
        | "modelDate"
        | "priceValidUntil"
        | "productionDate"
        | "purchaseDate"
        | "releaseDate"
        | "scheduledPaymentDate"
        | "sdDatePublished"
        | "validUntil"
        | "vehicleModelDate" => DateKind::Date,
        "availableFrom"
        | "availableThrough"
        | "bookingTime"
        | "contentReferenceTime"
        | "coverageEndTime"
        | "coverageStartTime"
        | "datasetTimeInterval"
        | "dateReceived"
        | "dateSent"
        | "dropoffTime"
        | "modifiedTime"
        | "ownedFrom"
        | "ownedThrough"
        | "paymentDue"
        | "pickupTime"
        | "timestamp"
        | "webCheckinTime" => DateKind::DateTime,
        "auditDate"
        | "commentTime"
        | "dateCreated"
        | "dateDeleted"
        | "dateIssued"
        | "dateModified"
        | "datePosted"
        | "datePublished"
        | "dateRead"
        | "endDate"
        | "exceptDate"
        | "expectedArrivalFrom"
        | "expectedArrivalUntil"
        | "expires"
        | "observationDate"
        | "orderDate"
        | "paymentDueDate"
        | "previousStartDate"
        | "scheduledTime"
        | "startDate"
        | "uploadDate"
        | "validFrom"
        | "validThrough" => DateKind::Either,
        _ => return None,
    })
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

    #[test]
    fn judges_every_kind_of_json_value() {
        let id = |value: serde_json::Value| {
            let value = Node::from(&value);
            check_value(DateKind::Date, "foundingDate", &value).map(|(rule, ..)| rule.id)
        };
        assert_eq!(id(serde_json::json!("1998-04-05")), None);
        assert_eq!(id(serde_json::json!(" ")), None);
        assert_eq!(id(serde_json::json!("05/04/1998")), Some("invalid-date"));
        assert_eq!(
            id(serde_json::json!("1998-04-05T00:00:00Z")),
            Some("date-with-time")
        );
        assert_eq!(id(serde_json::json!(1998)), Some("number-for-text"));
        assert_eq!(id(serde_json::json!(1998.5)), Some("invalid-date"));
        assert_eq!(id(serde_json::json!(true)), Some("invalid-date"));
        assert_eq!(id(serde_json::json!({"@type": "Date"})), None);
    }

    #[test]
    fn claims_with_the_kind_it_checks() {
        for (property, kind) in [
            ("birthDate", DateKind::Date),
            ("availableFrom", DateKind::DateTime),
            ("startDate", DateKind::Either),
        ] {
            let reading = (VALUE.claims)(property).expect("a date property");
            assert_eq!(DateKind::from_reading(reading), kind, "{property}");
        }
        assert_eq!((VALUE.claims)("name"), None);
    }
}
