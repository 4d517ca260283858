//! `date-order`: a period that ends before it starts (`endDate` before
//! `startDate`, `validThrough` before `validFrom`).

use std::cmp::Ordering;

use crate::diagnostic::Severity;
use crate::model::Moment;
use crate::rule::{Layer, Rule};

/// The rule.
pub const RULE: Rule = Rule {
    id: "date-order",
    severity: Severity::Error,
    layer: Layer::Semantic,
    summary: "A node ends before it starts: `endDate` before `startDate`, or `validThrough` before `validFrom`.",
    help: "Check both dates, and their UTC offsets: one of them is mistyped or in the wrong field.",
    why: r##"An event that ends before it starts, or an offer valid through a date before it is valid from, is read as over or never valid and is not shown."##,
    wrong: r##"{"@type": "Event", "startDate": "2025-10-14", "endDate": "2025-10-13"}"##,
    right: r##"{"@type": "Event", "startDate": "2025-10-14", "endDate": "2025-10-15"}"##,
};

/// The (start, end) property pairs checked on every node.
pub const PAIRS: &[(&str, &str)] = &[("startDate", "endDate"), ("validFrom", "validThrough")];

/// Checks that `end` is not before `start`. Values that do not parse are
/// `invalid-date`'s business and pass here; a bare date on the other's day
/// cannot be ordered and passes too.
pub fn check(
    start_property: &str,
    start: &str,
    end_property: &str,
    end: &str,
) -> Result<(), String> {
    let (Some(from), Some(until)) = (Moment::parse(start), Moment::parse(end)) else {
        return Ok(());
    };
    match until.partial_order(from) {
        Some(Ordering::Less) => Err(format!(
            "`{end_property}` ({end}) is before `{start_property}` ({start})"
        )),
        _ => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn orders_with_offsets() {
        assert!(check("startDate", "2025-10-14", "endDate", "2025-10-15").is_ok());
        assert!(check("startDate", "2025-10-14", "endDate", "2025-10-14T18:00").is_ok());
        assert!(check(
            "startDate",
            "2025-10-14T10:00+02:00",
            "endDate",
            "2025-10-14T08:30Z"
        )
        .is_ok());
        let message = check("startDate", "2025-10-15", "endDate", "2025-10-14").unwrap_err();
        assert_eq!(
            message,
            "`endDate` (2025-10-14) is before `startDate` (2025-10-15)"
        );
        assert!(check("startDate", "garbage", "endDate", "2025-10-14").is_ok());
    }
}
