//! ISO 8601 dates and date-times, at every precision schema.org data uses.
//!
//! schema.org's `Date` and `DateTime` are ISO 8601, and ISO 8601 lets a
//! date stop at the year or the month: `"birthDate": "1892"` and
//! `"datePublished": "2006-10"` are dates (schema.org's own examples write
//! them). So every date property reads a year, a year and month, a day, or
//! a date-time; which of those a property's range expects only decides
//! whether a rule has a remark to make (a time given where only a date is
//! asked for), never whether the value is read.

use std::borrow::Cow;
use std::cmp::Ordering;
use std::fmt;
use std::str::FromStr;

use chrono::{Datelike, FixedOffset, NaiveDate, NaiveDateTime, NaiveTime, TimeDelta};
use schemars::{json_schema, JsonSchema, Schema, SchemaGenerator};

use super::string_datatype;

/// What a date text says, at the precision it was written.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Moment {
    /// A year, `YYYY`.
    Year(i32),
    /// A month, `YYYY-MM`.
    Month(i32, u32),
    /// A calendar date, `YYYY-MM-DD`.
    Date(NaiveDate),
    /// A local date and time, with its offset when given.
    DateTime(NaiveDateTime, Option<FixedOffset>),
    /// A time of day, with its offset when given (only where the range
    /// has `Time`: `doorTime`, `availabilityStarts`).
    Time(NaiveTime, Option<FixedOffset>),
}

/// A text that is not an ISO 8601 date or date-time.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("`{text}` is not an ISO 8601 {expected}; write it like {example}")]
pub struct DateError {
    text: String,
    expected: &'static str,
    example: &'static str,
}

/// Reads `n` ASCII digits as a number; `None` on anything else.
fn digits(bytes: &[u8]) -> Option<u32> {
    if bytes.is_empty() {
        return None;
    }
    bytes.iter().try_fold(0u32, |n, b| {
        b.is_ascii_digit().then(|| n * 10 + u32::from(b - b'0'))
    })
}

// Dates and times are read by hand rather than with chrono's
// `parse_from_str`: the format-string interpreter cost about 4 000
// instructions a value in the validator's profile; this reads the fixed
// shapes schema.org uses in a few dozen, and chrono still decides which
// dates exist.

/// `YYYY`, `YYYY-MM` or `YYYY-MM-DD`.
fn parse_day(text: &str) -> Option<Moment> {
    let bytes = text.as_bytes();
    let year = i32::try_from(digits(bytes.get(..4)?)?).ok()?;
    match bytes.len() {
        4 => Some(Moment::Year(year)),
        7 if bytes[4] == b'-' => {
            let month = digits(&bytes[5..7])?;
            (1..=12)
                .contains(&month)
                .then_some(Moment::Month(year, month))
        }
        10 if bytes[4] == b'-' && bytes[7] == b'-' => {
            let month = digits(&bytes[5..7])?;
            let day = digits(&bytes[8..])?;
            NaiveDate::from_ymd_opt(year, month, day).map(Moment::Date)
        }
        _ => None,
    }
}

/// Splits a trailing `Z`, `±hh:mm`, `±hhmm` or `±hh` off a time.
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
        [h1, h2] => (digits(&[*h1, *h2])?, 0),
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

impl Moment {
    /// Reads any of the forms: `YYYY`, `YYYY-MM`, `YYYY-MM-DD`, or
    /// `YYYY-MM-DDThh:mm[:ss[.f]][Z|±hh[:mm]]`. The one reading every date
    /// property, every rule and the model share.
    pub fn parse(text: &str) -> Option<Moment> {
        match text.split_once('T') {
            None => parse_day(text),
            Some((day, time)) => {
                let Moment::Date(date) = parse_day(day)? else {
                    return None;
                };
                let (clock, offset) = split_offset(time)?;
                Some(Moment::DateTime(date.and_time(parse_time(clock)?), offset))
            }
        }
    }

    /// Reads a time of day, `hh:mm[:ss[.f]][Z|±hh[:mm]]`.
    pub fn parse_time_of_day(text: &str) -> Option<Moment> {
        let (clock, offset) = split_offset(text)?;
        Some(Moment::Time(parse_time(clock)?, offset))
    }

    /// True for a date-time (a date with a time of day).
    pub fn has_time(self) -> bool {
        matches!(self, Moment::DateTime(..))
    }

    /// The first and last instant the value can mean: a year spans its
    /// days, a day its hours. A date-time with an offset is put in UTC; a
    /// value without one is taken as written.
    fn bounds(self) -> (NaiveDateTime, NaiveDateTime) {
        let last_instant = |next: Option<NaiveDate>| {
            next.map(|d| d.and_time(NaiveTime::MIN) - TimeDelta::nanoseconds(1))
                .unwrap_or(NaiveDateTime::MAX)
        };
        match self {
            Moment::Year(year) => {
                let first = NaiveDate::from_ymd_opt(year, 1, 1).unwrap_or(NaiveDate::MIN);
                (
                    first.and_time(NaiveTime::MIN),
                    last_instant(NaiveDate::from_ymd_opt(year + 1, 1, 1)),
                )
            }
            Moment::Month(year, month) => {
                let first = NaiveDate::from_ymd_opt(year, month, 1).unwrap_or(NaiveDate::MIN);
                let next = match month {
                    12 => NaiveDate::from_ymd_opt(year + 1, 1, 1),
                    _ => NaiveDate::from_ymd_opt(year, month + 1, 1),
                };
                (first.and_time(NaiveTime::MIN), last_instant(next))
            }
            Moment::Date(date) => (date.and_time(NaiveTime::MIN), last_instant(date.succ_opt())),
            Moment::DateTime(local, Some(offset)) => {
                let utc = local - offset;
                (utc, utc)
            }
            Moment::DateTime(local, None) => (local, local),
            // Not called for a time of day (see `partial_order`).
            Moment::Time(..) => (NaiveDateTime::MIN, NaiveDateTime::MAX),
        }
    }

    /// Orders two values when they can be ordered: `Less` when this one
    /// ends before the other begins, `Greater` the other way round,
    /// `Equal` for the same instant; `None` when they overlap (a day and a
    /// time on that day, a year and a month in it).
    pub fn partial_order(self, other: Moment) -> Option<Ordering> {
        if matches!(self, Moment::Time(..)) || matches!(other, Moment::Time(..)) {
            // A time of day has no date to order by.
            return None;
        }
        let (a_first, a_last) = self.bounds();
        let (b_first, b_last) = other.bounds();
        if a_last < b_first {
            Some(Ordering::Less)
        } else if a_first > b_last {
            Some(Ordering::Greater)
        } else if (a_first, a_last) == (b_first, b_last) && a_first == a_last {
            Some(Ordering::Equal)
        } else {
            None
        }
    }

    /// The calendar date, for a value precise to the day or more.
    pub fn date(self) -> Option<NaiveDate> {
        match self {
            Moment::Date(date) => Some(date),
            Moment::DateTime(local, _) => Some(local.date()),
            Moment::Year(_) | Moment::Month(..) | Moment::Time(..) => None,
        }
    }

    /// The year.
    pub fn year(self) -> i32 {
        match self {
            Moment::Year(year) | Moment::Month(year, _) => year,
            Moment::Date(date) => date.year(),
            Moment::DateTime(local, _) => local.year(),
            Moment::Time(..) => 0,
        }
    }
}

/// A date text as read, with its meaning. Written back byte for byte.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Written {
    text: String,
    moment: Moment,
}

impl Written {
    fn read(text: &str, expected: Expected) -> Result<Written, DateError> {
        let parse = if expected == TIME {
            |text: &str| Moment::parse(text).or_else(|| Moment::parse_time_of_day(text))
        } else {
            Moment::parse
        };
        parse(text)
            .map(|moment| Written {
                text: text.to_owned(),
                moment,
            })
            .ok_or_else(|| DateError::new(text, expected))
    }
}

/// The three date datatypes. They read the same forms (see the module
/// documentation) and differ in what their range asks for, which the
/// value rules report on; each keeps its text.
macro_rules! date_type {
    ($(#[$meta:meta])* $name:ident, $expected:expr, $schema_name:literal, $description:literal) => {
        $(#[$meta])*
        #[derive(Debug, Clone, PartialEq, Eq)]
        pub struct $name(Written);

        impl $name {
            /// What the text means.
            pub fn moment(&self) -> Moment {
                self.0.moment
            }

            /// The text as written.
            pub fn as_str(&self) -> &str {
                &self.0.text
            }

            /// Checks a text without keeping it; the error only on failure.
            pub fn check(text: &str) -> Result<Moment, DateError> {
                let moment = match $expected == TIME {
                    true => Moment::parse(text).or_else(|| Moment::parse_time_of_day(text)),
                    false => Moment::parse(text),
                };
                moment.ok_or_else(|| DateError::new(text, $expected))
            }
        }

        impl FromStr for $name {
            type Err = DateError;
            fn from_str(text: &str) -> Result<Self, Self::Err> {
                Written::read(text, $expected).map($name)
            }
        }

        impl fmt::Display for $name {
            fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
                f.write_str(&self.0.text)
            }
        }

        string_datatype!($name);

        impl JsonSchema for $name {
            fn schema_name() -> Cow<'static, str> {
                $schema_name.into()
            }
            fn json_schema(_: &mut SchemaGenerator) -> Schema {
                json_schema!({
                    "description": $description,
                    "anyOf": [
                        {"type": "string", "pattern": if $expected == TIME { TIME_PATTERN } else { DATE_PATTERN }},
                        {"type": "integer", "minimum": 0, "maximum": 9999}
                    ]
                })
            }
        }
    };
}

date_type!(
    /// A date (`birthDate`, `foundingDate`): `2025-10-14`, or `2025-10`,
    /// `2025`. A date-time is read too (the time is more than asked for).
    Date,
    DATE,
    "Date",
    "An ISO 8601 date: YYYY-MM-DD, or reduced to YYYY-MM or YYYY (a date-time is read too)."
);

date_type!(
    /// A date and time (`availableFrom`): `2025-10-14T09:30:00-05:00`,
    /// read at any precision.
    DateTime,
    DATE_TIME,
    "DateTime",
    "An ISO 8601 date-time YYYY-MM-DDThh:mm[:ss[.f]][Z|±hh[:mm]], or a date at any precision."
);

date_type!(
    /// A date or a date-time (`startDate`, `datePublished`).
    DateOrDateTime,
    EITHER,
    "DateOrDateTime",
    "An ISO 8601 date (YYYY-MM-DD, YYYY-MM, YYYY) or date-time (YYYY-MM-DDThh:mm[:ss[.f]][Z|±hh[:mm]])."
);

date_type!(
    /// A date, a date-time or a time of day (`doorTime`,
    /// `availabilityStarts`, whose range includes `Time`).
    DateOrTime,
    TIME,
    "DateOrTime",
    "An ISO 8601 date (at any precision), date-time, or time of day (hh:mm[:ss[.f]][Z|±hh[:mm]])."
);

impl Date {
    /// The date `year-month-day`, if it exists.
    pub fn from_ymd(year: i32, month: u32, day: u32) -> Option<Date> {
        let date = NaiveDate::from_ymd_opt(year, month, day)?;
        Some(Date(Written {
            text: date.format("%Y-%m-%d").to_string(),
            moment: Moment::Date(date),
        }))
    }
}

impl DateOrDateTime {
    /// Orders two values (see [`Moment::partial_order`]).
    pub fn partial_order(&self, other: &DateOrDateTime) -> Option<Ordering> {
        self.moment().partial_order(other.moment())
    }
}

/// What a [`DateError`] says was expected, and an example.
type Expected = (&'static str, &'static str);
const DATE: Expected = ("date", "2025-10-14 (or 2025-10, or 2025)");
const DATE_TIME: Expected = ("date-time", "2025-10-14T09:30:00-05:00");
const EITHER: Expected = (
    "date or date-time",
    "2025-10-14 or 2025-10-14T09:30:00-05:00",
);
const TIME: Expected = (
    "date, date-time or time",
    "2025-10-14T19:30:00-05:00 or 19:30:00",
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

/// Every form [`Moment::parse`] reads, as far as a pattern can say (it
/// cannot say which days exist). A year may also come as a JSON integer
/// (`"foundingDate": 1998`), read as its digits.
pub(crate) const TIME_PATTERN: &str = "^([0-9]{4}(-[0-9]{2}(-[0-9]{2}(T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?(Z|[+-][0-9]{2}(:?[0-9]{2})?)?)?)?)?|[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?(Z|[+-][0-9]{2}(:?[0-9]{2})?)?)$";
pub(crate) const DATE_PATTERN: &str = "^[0-9]{4}(-[0-9]{2}(-[0-9]{2}(T[0-9]{2}:[0-9]{2}(:[0-9]{2}(\\.[0-9]+)?)?(Z|[+-][0-9]{2}(:?[0-9]{2})?)?)?)?)?$";

#[cfg(test)]
mod tests;
