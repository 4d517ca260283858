//! ISO 8601 dates and date-times in the forms schema.org uses.

use std::borrow::Cow;
use std::cmp::Ordering;
use std::fmt;
use std::str::FromStr;

use chrono::{FixedOffset, NaiveDate, NaiveDateTime, NaiveTime};
use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};

use super::string_datatype;

/// A calendar date, `YYYY-MM-DD`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct Date(NaiveDate);

/// A date and time, `YYYY-MM-DDThh:mm[:ss[.f]][Z|±hh:mm]`.
///
/// Keeps the text it was read from, so writing it back gives the same bytes
/// whatever precision or offset notation the author chose.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub struct DateTime {
    text: String,
    local: NaiveDateTime,
    offset: Option<FixedOffset>,
}

/// Properties such as `startDate` accept a Date or a DateTime.
#[derive(Debug, Clone, PartialEq, Eq, Hash)]
pub enum DateOrDateTime {
    /// A calendar date.
    Date(Date),
    /// A date with a time.
    DateTime(DateTime),
}

/// A text that is not an ISO 8601 date or date-time.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{text}` is not an ISO 8601 {expected}; write it like {example}")]
pub struct DateError {
    text: String,
    expected: &'static str,
    example: &'static str,
}

impl Date {
    /// The calendar date.
    pub fn naive(self) -> NaiveDate {
        self.0
    }

    /// The date `year-month-day`, if it exists.
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Option<Date> {
        NaiveDate::from_ymd_opt(year, month, day).map(Date)
    }
}

fn parse_date(text: &str) -> Option<NaiveDate> {
    let bytes = text.as_bytes();
    let shaped = bytes.len() == 10
        && bytes[4] == b'-'
        && bytes[7] == b'-'
        && bytes
            .iter()
            .enumerate()
            .all(|(i, b)| i == 4 || i == 7 || b.is_ascii_digit());
    if !shaped {
        return None;
    }
    NaiveDate::parse_from_str(text, "%Y-%m-%d").ok()
}

/// Splits a trailing `Z`, `±hh:mm` or `±hhmm` off a time.
fn split_offset(time: &str) -> Option<(&str, Option<FixedOffset>)> {
    if let Some(rest) = time.strip_suffix('Z') {
        return Some((rest, FixedOffset::east_opt(0)));
    }
    let Some(sign_at) = time.rfind(['+', '-']) else {
        return Some((time, None));
    };
    let (clock, zone) = time.split_at(sign_at);
    let sign = if zone.starts_with('-') { -1 } else { 1 };
    let digits: String = zone[1..].chars().filter(|c| *c != ':').collect();
    if digits.len() != 4 || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return None;
    }
    let hours: i32 = digits[..2].parse().ok()?;
    let minutes: i32 = digits[2..].parse().ok()?;
    if hours > 23 || minutes > 59 {
        return None;
    }
    Some((
        clock,
        FixedOffset::east_opt(sign * (hours * 3600 + minutes * 60)),
    ))
}

fn parse_time(clock: &str) -> Option<NaiveTime> {
    let shaped = clock.len() >= 5 && clock.as_bytes().get(2) == Some(&b':');
    if !shaped {
        return None;
    }
    if clock.len() == 5 {
        NaiveTime::parse_from_str(clock, "%H:%M").ok()
    } else {
        NaiveTime::parse_from_str(clock, "%H:%M:%S%.f").ok()
    }
}

impl DateTime {
    /// The local date and time as written (without its offset).
    pub fn local(&self) -> NaiveDateTime {
        self.local
    }

    /// The UTC offset, when the text gives one.
    pub fn offset(&self) -> Option<FixedOffset> {
        self.offset
    }

    /// The instant in UTC when an offset is given, else the local time.
    pub fn comparable(&self) -> NaiveDateTime {
        match self.offset {
            Some(offset) => self.local - offset,
            None => self.local,
        }
    }
}

impl DateOrDateTime {
    /// A value to order two dates or date-times by. A bare date counts as
    /// its first instant; offsets are applied when given.
    pub fn comparable(&self) -> NaiveDateTime {
        match self {
            DateOrDateTime::Date(date) => date.0.and_time(NaiveTime::MIN),
            DateOrDateTime::DateTime(date_time) => date_time.comparable(),
        }
    }

    /// Orders two values; `None` when one is a bare date on the other's day
    /// (a date does not say which hour it means).
    pub fn partial_order(&self, other: &DateOrDateTime) -> Option<Ordering> {
        let day = |v: &DateOrDateTime| match v {
            DateOrDateTime::Date(d) => Some(d.0),
            DateOrDateTime::DateTime(_) => None,
        };
        match (day(self), day(other)) {
            (Some(a), None) if a == other.comparable().date() => None,
            (None, Some(b)) if b == self.comparable().date() => None,
            _ => Some(self.comparable().cmp(&other.comparable())),
        }
    }
}

impl FromStr for Date {
    type Err = DateError;
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        parse_date(text).map(Date).ok_or_else(|| DateError {
            text: text.to_owned(),
            expected: "date",
            example: "2025-10-14",
        })
    }
}

impl FromStr for DateTime {
    type Err = DateError;
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let error = || DateError {
            text: text.to_owned(),
            expected: "date-time",
            example: "2025-10-14T09:30:00-05:00",
        };
        let (day, time) = text.split_once('T').ok_or_else(error)?;
        let date = parse_date(day).ok_or_else(error)?;
        let (clock, offset) = split_offset(time).ok_or_else(error)?;
        let clock = parse_time(clock).ok_or_else(error)?;
        Ok(DateTime {
            text: text.to_owned(),
            local: date.and_time(clock),
            offset,
        })
    }
}

impl FromStr for DateOrDateTime {
    type Err = DateError;
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        if text.contains('T') {
            text.parse()
                .map(DateOrDateTime::DateTime)
                .map_err(|_| DateError {
                    text: text.to_owned(),
                    expected: "date or date-time",
                    example: "2025-10-14 or 2025-10-14T09:30:00-05:00",
                })
        } else {
            text.parse()
                .map(DateOrDateTime::Date)
                .map_err(|_| DateError {
                    text: text.to_owned(),
                    expected: "date or date-time",
                    example: "2025-10-14 or 2025-10-14T09:30:00-05:00",
                })
        }
    }
}

impl fmt::Display for Date {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0.format("%Y-%m-%d"))
    }
}

impl fmt::Display for DateTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.text)
    }
}

impl fmt::Display for DateOrDateTime {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            DateOrDateTime::Date(date) => date.fmt(f),
            DateOrDateTime::DateTime(date_time) => date_time.fmt(f),
        }
    }
}

string_datatype!(Date);
string_datatype!(DateTime);
string_datatype!(DateOrDateTime);

const DATE_PATTERN: &str = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";
const DATE_TIME_PATTERN: &str =
    "^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?(Z|[+-][0-9]{2}:?[0-9]{2})?$";

impl JsonSchema for Date {
    fn schema_name() -> Cow<'static, str> {
        "Date".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "An ISO 8601 calendar date (YYYY-MM-DD).",
            "type": "string",
            "pattern": DATE_PATTERN
        })
    }
}

impl JsonSchema for DateTime {
    fn schema_name() -> Cow<'static, str> {
        "DateTime".into()
    }
    fn json_schema(_: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "description": "An ISO 8601 date and time, with an optional UTC offset.",
            "type": "string",
            "pattern": DATE_TIME_PATTERN
        })
    }
}

impl JsonSchema for DateOrDateTime {
    fn schema_name() -> Cow<'static, str> {
        "DateOrDateTime".into()
    }
    fn json_schema(generator: &mut SchemaGenerator) -> Schema {
        json_schema!({
            "anyOf": [generator.subschema_for::<Date>(), generator.subschema_for::<DateTime>()]
        })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_schema_org_date_forms() {
        assert!("2025-10-14".parse::<Date>().is_ok());
        assert!("2025-02-30".parse::<Date>().is_err());
        assert!("14/10/2025".parse::<Date>().is_err());
        assert!("+2025-10-14".parse::<Date>().is_err());
        for text in [
            "2025-10-14T09:30",
            "2025-10-14T09:30:00",
            "2025-10-14T09:30:00.250Z",
            "2025-10-14T09:30-05:00",
            "2025-10-14T09:30:00+0200",
        ] {
            let parsed: DateTime = text.parse().unwrap_or_else(|e| panic!("{text}: {e}"));
            assert_eq!(parsed.to_string(), text);
        }
        assert!("2025-10-14T25:00".parse::<DateTime>().is_err());
        assert!("2025-10-14T09:30+25:00".parse::<DateTime>().is_err());
    }

    #[test]
    fn orders_with_offsets() {
        let a: DateOrDateTime = "2025-10-14T10:00:00+02:00".parse().unwrap();
        let b: DateOrDateTime = "2025-10-14T09:30:00Z".parse().unwrap();
        assert_eq!(a.partial_order(&b), Some(Ordering::Less));
        let day: DateOrDateTime = "2025-10-14".parse().unwrap();
        assert_eq!(day.partial_order(&b), None);
    }
}
