//! Tests of the date, time and datetime parsers: each precision read, each
//! malformed form refused.

use super::*;

#[test]
fn reads_every_precision() {
    let pattern = regex::Regex::new(DATE_PATTERN).unwrap();
    for text in [
        "2025",
        "2025-10",
        "2025-10-14",
        "2025-10-14T09:30",
        "2025-10-14T09:30:00",
        "2025-10-14T09:30:00.250Z",
        "2025-10-14T09:30-05:00",
        "2025-10-14T09:30-05",
        "2025-10-14T09:30:00+0200",
    ] {
        let parsed: DateOrDateTime = text.parse().unwrap_or_else(|e| panic!("{text}: {e}"));
        assert_eq!(parsed.to_string(), text);
        assert!(pattern.is_match(text), "the schema's pattern takes {text}");
    }
    for text in [
        "2025-02-30",
        "14/10/2025",
        "+2025-10-14",
        "2025-13",
        "2025-1",
        "8 ago 2023",
        "2019-9-18T10-10-00-00",
        "2025-10-14 09:30",
        "2025-10-14T25:00",
        "2025-10-14T09:30:00.",
        "2025-10-14T09:30:0",
        "2025-10-14T09:30+2:00",
        "2025-10-14T09:30+25:00",
        "2025-10T09:30",
        "",
        "T",
    ] {
        assert!(text.parse::<Date>().is_err(), "{text}");
        assert!(Moment::parse(text).is_none(), "{text}");
    }
    let fine: DateTime = "2025-10-14T09:30:05.123456789123+02:00".parse().unwrap();
    let Moment::DateTime(local, _) = fine.moment() else {
        panic!("a date-time")
    };
    assert_eq!(local.and_utc().timestamp_subsec_nanos(), 123_456_789);
}

#[test]
fn reads_times_of_day_only_where_the_range_has_time() {
    let pattern = regex::Regex::new(TIME_PATTERN).unwrap();
    for text in [
        "19:30",
        "19:30:00",
        "19:30:00-05:00",
        "2025-10-14T19:30Z",
        "2025",
    ] {
        assert!(text.parse::<DateOrTime>().is_ok(), "{text}");
        assert!(pattern.is_match(text), "{text}");
    }
    assert!("19:30".parse::<DateOrDateTime>().is_err());
    assert!("25:30".parse::<DateOrTime>().is_err());
}

#[test]
fn checks_agree_with_parsing() {
    for text in [
        "2025",
        "2025-02-29",
        "2024-02-29",
        "2025-10-14T09:30:60Z",
        "x",
    ] {
        assert_eq!(Date::check(text).is_ok(), text.parse::<Date>().is_ok());
        assert_eq!(
            DateTime::check(text).is_ok(),
            text.parse::<DateTime>().is_ok()
        );
    }
}

#[test]
fn orders_by_what_each_value_can_mean() {
    let order = |a: &str, b: &str| {
        Moment::parse(a)
            .unwrap()
            .partial_order(Moment::parse(b).unwrap())
    };
    assert_eq!(
        order("2025-10-14T10:00:00+02:00", "2025-10-14T09:30:00Z"),
        Some(Ordering::Less)
    );
    assert_eq!(order("2025-10-14", "2025-10-14T09:30:00Z"), None);
    assert_eq!(order("2019", "2019-05-14"), None);
    assert_eq!(order("2019", "2020-01"), Some(Ordering::Less));
    assert_eq!(order("2019-12", "2019-11-30"), Some(Ordering::Greater));
    assert_eq!(order("2025-10-14", "2025-10-14"), None);
    assert_eq!(
        order("2025-10-14T09:30Z", "2025-10-14T09:30Z"),
        Some(Ordering::Equal)
    );
}
