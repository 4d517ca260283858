//! The datatypes' patterns (dates, times, GTINs, prices), decided by code
//! in the kind-dispatched form.
//!
//! Every date, GTIN and price of a record met its pattern through a
//! `jsonschema` leaf: a boxed validator, then the regex engine. These
//! patterns are anchored and read ASCII digits and a few punctuation
//! marks, so one pass over the bytes decides each. The `jsonschema`
//! validators that explain a refused node call the same functions, as
//! sdx's own keyword (see `patterns`), instead of compiling a regex for
//! each. A test holds each function to the `regex` crate's verdict on the
//! pattern, on random texts of the characters the patterns name and their
//! near misses (below).

/// Whether a text matches a pattern.
pub(super) type Decide = fn(&str) -> bool;

// The patterns are the model's own constants, the ones its schemas are
// generated with, not copies: a pattern changed there is held to the code
// here by the tests below, which compare each function with its regex.
use crate::model::datatypes::{
    DATE_PATTERN as DATE, GTIN_PATTERN, INTEGER_PATTERN, NUMBER_PATTERN, PRICE_PATTERN,
    TIME_PATTERN as DATE_OR_TIME,
};

/// Each pattern this form decides by code, and the code.
pub(super) const DECIDED: &[(&str, Decide)] = &[
    (DATE, |s| Cursor::new(s).date().is_some_and(Cursor::done)),
    (DATE_OR_TIME, |s| {
        Cursor::new(s).date().is_some_and(Cursor::done)
            || Cursor::new(s).time().is_some_and(Cursor::done)
    }),
    ("^[0-9]{8}$", |s| digits_only(s, 8..=8)),
    ("^[0-9]{12}$", |s| digits_only(s, 12..=12)),
    ("^[0-9]{13}$", |s| digits_only(s, 13..=13)),
    ("^[0-9]{14}$", |s| digits_only(s, 14..=14)),
    (PRICE_PATTERN, |s| {
        let mut at = Cursor::new(s);
        if at.some_digits().is_none() {
            return false;
        }
        at.fraction();
        at.done()
    }),
    // A number as text, where schema.org expects a Number: read on every
    // text given for one (a `PropertyValue`'s `value`, most often text).
    (NUMBER_PATTERN, |s| {
        let mut at = Cursor::new(s);
        at.byte(b'-');
        if at.some_digits().is_none() {
            return false;
        }
        at.fraction();
        at.exponent();
        at.done()
    }),
    (INTEGER_PATTERN, |s| {
        let mut at = Cursor::new(s);
        at.byte(b'-');
        if at.some_digits().is_none() {
            return false;
        }
        let mut zeros = at;
        if zeros.byte(b'.').is_some() && zeros.some_zeros().is_some() {
            at = zeros;
        }
        at.done()
    }),
    (GTIN_PATTERN, |s| {
        if digits_only(s, 8..=8) || digits_only(s, 12..=14) {
            return true;
        }
        // `[Hh][Tt][Tt][Pp][Ss]?://\S+`: `\S` as the regex crate reads
        // it, any character that is not Unicode White_Space.
        let rest = match s.get(..4) {
            Some(head) if head.eq_ignore_ascii_case("http") => &s[4..],
            _ => return false,
        };
        let rest = rest
            .strip_prefix(['s', 'S'])
            .unwrap_or(rest)
            .strip_prefix("://");
        rest.is_some_and(|word| !word.is_empty() && !word.contains(char::is_whitespace))
    }),
];

/// True when `s` is ASCII digits only, and as many as `count` allows.
fn digits_only(s: &str, count: std::ops::RangeInclusive<usize>) -> bool {
    count.contains(&s.len()) && s.bytes().all(|b| b.is_ascii_digit())
}

/// A place in a text, read forward one byte at a time. Each step answers
/// `None` and leaves the place where it was when the text does not go on
/// as the step reads; the optional groups of the patterns are tried that
/// way, which is how the regex reads them too: each group is greedy and
/// nothing after it could match what it refused (no step's first byte
/// can start the step after it as well).
#[derive(Clone, Copy)]
struct Cursor<'a> {
    rest: &'a [u8],
}

impl<'a> Cursor<'a> {
    fn new(text: &'a str) -> Cursor<'a> {
        Cursor {
            rest: text.as_bytes(),
        }
    }

    /// True at the end of the text (`$`: the regex crate's `$` matches
    /// only there, not before a final line feed).
    fn done(self) -> bool {
        self.rest.is_empty()
    }

    /// Steps over the byte `byte`.
    fn byte(&mut self, byte: u8) -> Option<()> {
        let (first, rest) = self.rest.split_first()?;
        (*first == byte).then(|| self.rest = rest)
    }

    /// `[0-9]+`: steps over every ASCII digit here, at least one.
    fn some_digits(&mut self) -> Option<()> {
        let run = self.rest.iter().take_while(|b| b.is_ascii_digit()).count();
        (run > 0).then(|| self.rest = &self.rest[run..])
    }

    /// Steps over exactly `n` ASCII digits (`[0-9]{n}`), whatever follows.
    fn digits_exactly(&mut self, n: usize) -> Option<()> {
        let head = self.rest.get(..n)?;
        head.iter()
            .all(u8::is_ascii_digit)
            .then(|| self.rest = &self.rest[n..])
    }

    /// `(\.[0-9]+)?`: steps over a fraction if there is one.
    fn fraction(&mut self) {
        let mut at = *self;
        if at.byte(b'.').is_some() && at.some_digits().is_some() {
            *self = at;
        }
    }

    /// `0+`: steps over every `0` here, at least one.
    fn some_zeros(&mut self) -> Option<()> {
        let run = self.rest.iter().take_while(|b| **b == b'0').count();
        (run > 0).then(|| self.rest = &self.rest[run..])
    }

    /// `([eE][+-]?[0-9]+)?`: steps over an exponent if there is one.
    fn exponent(&mut self) {
        let mut at = *self;
        if at.byte(b'e').is_none() && at.byte(b'E').is_none() {
            return;
        }
        if at.byte(b'+').is_none() {
            at.byte(b'-');
        }
        if at.some_digits().is_some() {
            *self = at;
        }
    }

    /// `[0-9]{2}:[0-9]{2}(:[0-9]{2}(\.[0-9]+)?)?(Z|[+-][0-9]{2}(:?[0-9]{2})?)?`
    fn time(mut self) -> Option<Cursor<'a>> {
        self.digits_exactly(2)?;
        self.byte(b':')?;
        self.digits_exactly(2)?;
        let mut at = self;
        if at.byte(b':').is_some() && at.digits_exactly(2).is_some() {
            at.fraction();
            self = at;
        }
        Some(self.zone())
    }

    /// `(Z|[+-][0-9]{2}(:?[0-9]{2})?)?`
    fn zone(self) -> Cursor<'a> {
        let mut at = self;
        if at.byte(b'Z').is_some() {
            return at;
        }
        if at.byte(b'+').is_none() && at.byte(b'-').is_none() {
            return self;
        }
        if at.digits_exactly(2).is_none() {
            return self;
        }
        let mut minutes = at;
        minutes.byte(b':');
        if minutes.digits_exactly(2).is_some() {
            return minutes;
        }
        at
    }

    /// `[0-9]{4}(-[0-9]{2}(-[0-9]{2}(T<time>)?)?)?`
    fn date(mut self) -> Option<Cursor<'a>> {
        self.digits_exactly(4)?;
        let mut month = self;
        if month.byte(b'-').is_none() || month.digits_exactly(2).is_none() {
            return Some(self);
        }
        let mut day = month;
        if day.byte(b'-').is_none() || day.digits_exactly(2).is_none() {
            return Some(month);
        }
        let mut time = day;
        if time.byte(b'T').is_none() {
            return Some(day);
        }
        Some(time.time().unwrap_or(day))
    }
}

/// The code that decides `pattern`, if this form has some.
pub(super) fn decided(pattern: &str) -> Option<Decide> {
    DECIDED
        .iter()
        .find(|(known, _)| *known == pattern)
        .map(|(_, decide)| *decide)
}

#[cfg(test)]
mod tests {
    use super::DECIDED;

    fn agree(text: &str) {
        for (pattern, decide) in DECIDED {
            let regex = regex::Regex::new(pattern).unwrap();
            assert_eq!(
                decide(text),
                regex.is_match(text),
                "{pattern:?} on {text:?}"
            );
        }
    }

    #[test]
    fn each_pattern_on_the_values_it_is_for() {
        for text in [
            "2024",
            "2024-05",
            "2024-05-14",
            "2024-05-14T10:00",
            "2024-05-14T10:00:30",
            "2024-05-14T10:00:30.25Z",
            "2024-05-14T10:00+01:00",
            "2024-05-14T10:00+0100",
            "2024-05-14T10:00-01",
            "10:00",
            "10:00:30.5Z",
            "10:00+01:30",
            "2024-5-14",
            "2024-05-14T",
            "2024-05-14T10",
            "2024-05-14 10:00",
            "2024-05-14\n",
            "20240",
            "8 ago 2023",
            "2019-9-18T10-10-00-00",
            "12345678",
            "4006381333931",
            "04006381333931",
            "400638133393",
            "4006381333931\n",
            "1077.94",
            "1077",
            "1077.",
            ".94",
            "1,077.94",
            "-3",
            "",
            "٣٣٣٣",
            "2024-05-14T10:00:30.",
            "2024-05-14T10:00+01:",
            "2024-05-14T10:00+013",
            "-3.5e10",
            "3E+2",
            "3e",
            "3e-",
            "-",
            "-.5",
            "8.000",
            "8.01",
            "8.",
            "-0.0",
            "https://id.gs1.org/01/04006381333931",
            "HTTPs://x",
            "http://",
            "http:// x",
            "https://x\u{a0}y",
            "ftp://x",
            "htt",
        ] {
            agree(text);
        }
    }

    proptest::proptest! {
        /// URLs and near misses, for the GTIN pattern's link form.
        #[test]
        fn links_decide_as_their_regex(
            text in "[hHtTpPsS]{0,5}(:[/]{0,3})?[a-z/ .\\u{a0}\\u{2003}\\u{feff}]{0,6}"
        ) {
            for (pattern, decide) in DECIDED {
                let regex = regex::Regex::new(pattern).unwrap();
                proptest::prop_assert_eq!(decide(&text), regex.is_match(&text), "{:?} on {:?}", pattern, text);
            }
        }

        #[test]
        fn each_pattern_decides_as_its_regex(
            text in "[0-9]{0,14}[-0-9T:.Z+eE \\n٣a]{0,16}"
        ) {
            for (pattern, decide) in DECIDED {
                let regex = regex::Regex::new(pattern).unwrap();
                proptest::prop_assert_eq!(decide(&text), regex.is_match(&text), "{:?} on {:?}", pattern, text);
            }
        }

        /// Dates and times built from their parts, valid and one step off.
        #[test]
        fn dates_and_times_from_their_parts(
            parts in proptest::collection::vec(
                proptest::sample::select(vec![
                    "2024", "-05", "-5", "-14", "T", "10", ":00", ":0", ":30", ".25", ".",
                    "Z", "+01", "-01", ":00", "00", "0", "\n", " ",
                ]),
                0..9,
            )
        ) {
            let text: String = parts.concat();
            for (pattern, decide) in DECIDED {
                let regex = regex::Regex::new(pattern).unwrap();
                proptest::prop_assert_eq!(decide(&text), regex.is_match(&text), "{:?} on {:?}", pattern, text);
            }
        }
    }
}
