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

/// Reads `n` ASCII digits as a number; `None` on anything else.
fn digits(bytes: &[u8]) -> Option<u32> {
    bytes.iter().try_fold(0u32, |n, b| {
        b.is_ascii_digit().then(|| n * 10 + u32::from(b - b'0'))
    })
}

// Dates and times are read by hand rather than with chrono's
// `parse_from_str`: the format-string interpreter cost about 4 000
// instructions a value in the validator's profile; this reads the fixed
// shapes schema.org uses in a few dozen, and chrono still decides which
// dates exist.
fn parse_date(text: &str) -> Option<NaiveDate> {
    let bytes = text.as_bytes();
    if bytes.len() != 10 || bytes[4] != b'-' || bytes[7] != b'-' {
        return None;
    }
    let year = digits(&bytes[..4])?;
    let month = digits(&bytes[5..7])?;
    let day = digits(&bytes[8..])?;
    NaiveDate::from_ymd_opt(i32::try_from(year).ok()?, month, day)
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
    let zone = &zone.as_bytes()[1..];
    let (hours, minutes) = match zone {
        [h1, h2, b':', m1, m2] | [h1, h2, m1, m2] => (digits(&[*h1, *h2])?, digits(&[*m1, *m2])?),
        _ => return None,
    };
    if hours > 23 || minutes > 59 {
        return None;
    }
    let seconds = i32::try_from(hours * 3600 + minutes * 60).ok()?;
    Some((clock, FixedOffset::east_opt(sign * seconds)))
}

/// `hh:mm`, `hh:mm:ss` or `hh:mm:ss.f…` (a leap second `60` is read as
/// chrono represents it).
fn parse_time(clock: &str) -> Option<NaiveTime> {
    let bytes = clock.as_bytes();
    if bytes.len() < 5 || bytes[2] != b':' {
        return None;
    }
    let hour = digits(&bytes[..2])?;
    let minute = digits(&bytes[3..5])?;
    let (second, nanos) = match &bytes[5..] {
        [] => (0, 0),
        [b':', s1, s2, rest @ ..] => {
            let second = digits(&[*s1, *s2])?;
            let nanos = match rest {
                [] => 0,
                [b'.', fraction @ ..] if !fraction.is_empty() => {
                    let kept = &fraction[..fraction.len().min(9)];
                    if !fraction.iter().all(u8::is_ascii_digit) {
                        return None;
                    }
                    digits(kept)? * 10u32.pow(9 - kept.len() as u32)
                }
                _ => return None,
            };
            (second, nanos)
        }
        _ => return None,
    };
    match second {
        60 => NaiveTime::from_hms_nano_opt(hour, minute, 59, 1_000_000_000 + nanos),
        _ => NaiveTime::from_hms_nano_opt(hour, minute, second, nanos),
    }
}

/// The one reading of a date-time text, shared by [`DateTime`] (which
/// keeps the text) and the checks that only need a yes or no.
fn parse_date_time(text: &str) -> Option<(NaiveDateTime, Option<FixedOffset>)> {
    let (day, time) = text.split_once('T')?;
    let date = parse_date(day)?;
    let (clock, offset) = split_offset(time)?;
    Some((date.and_time(parse_time(clock)?), offset))
}

/// A date or date-time read without keeping its text: what ordering two
/// values needs, with no allocation.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Moment {
    /// A calendar date.
    Date(NaiveDate),
    /// A local date and time, with its offset when given.
    DateTime(NaiveDateTime, Option<FixedOffset>),
}

impl Moment {
    /// Reads a date or date-time text as [`DateOrDateTime`] does.
    pub fn parse(text: &str) -> Option<Moment> {
        if text.contains('T') {
            parse_date_time(text).map(|(local, offset)| Moment::DateTime(local, offset))
        } else {
            parse_date(text).map(Moment::Date)
        }
    }

    /// The instant in UTC when an offset is given, else the local time; a
    /// bare date counts as its first instant.
    pub fn comparable(self) -> NaiveDateTime {
        match self {
            Moment::Date(date) => date.and_time(NaiveTime::MIN),
            Moment::DateTime(local, Some(offset)) => local - offset,
            Moment::DateTime(local, None) => local,
        }
    }

    /// Orders two values; `None` when one is a bare date on the other's day
    /// (a date does not say which hour it means).
    pub fn partial_order(self, other: Moment) -> Option<Ordering> {
        let day = |v: Moment| match v {
            Moment::Date(d) => Some(d),
            Moment::DateTime(..) => None,
        };
        match (day(self), day(other)) {
            (Some(a), None) if a == other.comparable().date() => None,
            (None, Some(b)) if b == self.comparable().date() => None,
            _ => Some(self.comparable().cmp(&other.comparable())),
        }
    }
}

impl Date {
    /// Checks a date text without building a value; the error (and its
    /// allocation) only on failure. Agrees with `FromStr` by construction.
    pub fn check(text: &str) -> Result<(), DateError> {
        match parse_date(text) {
            Some(_) => Ok(()),
            None => Err(DateError::new(text, DATE)),
        }
    }
}

impl DateTime {
    /// Checks a date-time text without keeping it; the error only on failure.
    pub fn check(text: &str) -> Result<(), DateError> {
        match parse_date_time(text) {
            Some(_) => Ok(()),
            None => Err(DateError::new(text, DATE_TIME)),
        }
    }
}

impl DateOrDateTime {
    /// Checks a date or date-time text without keeping it.
    pub fn check(text: &str) -> Result<(), DateError> {
        match Moment::parse(text) {
            Some(_) => Ok(()),
            None => Err(DateError::new(text, EITHER)),
        }
    }
}

/// What a [`DateError`] says was expected, and an example.
type Expected = (&'static str, &'static str);
const DATE: Expected = ("date", "2025-10-14");
const DATE_TIME: Expected = ("date-time", "2025-10-14T09:30:00-05:00");
const EITHER: Expected = (
    "date or date-time",
    "2025-10-14 or 2025-10-14T09:30:00-05:00",
);

impl DateError {
    fn new(text: &str, (expected, example): Expected) -> DateError {
        DateError {
            text: text.to_owned(),
            expected,
            example,
        }
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
    fn moment(&self) -> Moment {
        match self {
            DateOrDateTime::Date(date) => Moment::Date(date.0),
            DateOrDateTime::DateTime(dt) => Moment::DateTime(dt.local, dt.offset),
        }
    }

    /// A value to order two dates or date-times by. A bare date counts as
    /// its first instant; offsets are applied when given.
    pub fn comparable(&self) -> NaiveDateTime {
        self.moment().comparable()
    }

    /// Orders two values; `None` when one is a bare date on the other's day
    /// (a date does not say which hour it means).
    pub fn partial_order(&self, other: &DateOrDateTime) -> Option<Ordering> {
        self.moment().partial_order(other.moment())
    }
}

impl FromStr for Date {
    type Err = DateError;
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        parse_date(text)
            .map(Date)
            .ok_or_else(|| DateError::new(text, DATE))
    }
}

impl FromStr for DateTime {
    type Err = DateError;
    fn from_str(text: &str) -> Result<Self, Self::Err> {
        let (local, offset) =
            parse_date_time(text).ok_or_else(|| DateError::new(text, DATE_TIME))?;
        Ok(DateTime {
            text: text.to_owned(),
            local,
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
                .map_err(|_| DateError::new(text, EITHER))
        } else {
            text.parse()
                .map(DateOrDateTime::Date)
                .map_err(|_| DateError::new(text, EITHER))
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
        assert!("2025-10-14T09:30:00.".parse::<DateTime>().is_err());
        assert!("2025-10-14T09:30:0".parse::<DateTime>().is_err());
        assert!("2025-10-14T09:30+2:00".parse::<DateTime>().is_err());
        assert!("2025-1a-14".parse::<Date>().is_err());
        let fine: DateTime = "2025-10-14T09:30:05.123456789123+02:00".parse().unwrap();
        assert_eq!(fine.local().and_utc().timestamp_subsec_nanos(), 123_456_789);
        assert!("2025-10-14T09:30+25:00".parse::<DateTime>().is_err());
    }

    #[test]
    fn checks_agree_with_parsing() {
        for text in [
            "2025-10-14",
            "2025-02-29",
            "2024-02-29",
            "2025-10-14T09:30",
            "2025-10-14T09:30:60Z",
            "2025-10-14T24:00",
            "2025-10-14T09:30-0500",
            "2025-10-14T09:30-05",
            "14/10/2025",
            "",
            "T",
        ] {
            assert_eq!(Date::check(text).is_ok(), text.parse::<Date>().is_ok());
            assert_eq!(
                DateTime::check(text).is_ok(),
                text.parse::<DateTime>().is_ok()
            );
            assert_eq!(
                DateOrDateTime::check(text),
                text.parse::<DateOrDateTime>().map(drop)
            );
        }
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
