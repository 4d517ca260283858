//! The few patterns the open datatypes repeat on every text, URL and "no
//! value" branch, matched by plain string code: the schema layer compiles
//! them as its own keyword, [`KEYWORD`], which [`mark_known`] puts in
//! their place; every other `pattern` stays the built-in keyword.
//!
//! Hand-written because it is measurably better: these four patterns ran
//! on nearly every string of a feed, and through the regex engine (a
//! Unicode `\s` class, two searches a URL) they cost about 7 % of a clean
//! record's instructions. Each matcher gives the verdict the
//! pattern gives under `regex`'s reading of `\s` (Unicode White_Space,
//! which is also [`char::is_whitespace`]); a test holds them to it on
//! random strings. The committed schemas keep the patterns themselves, so
//! other validators read the same rule.

use jsonschema::json::{Json, Node as _};
use jsonschema::paths::Location;
use jsonschema::{Keyword, ValidationError};
use serde_json::{Map, Value};

/// Whether a text matches a pattern.
type Decide = fn(&str) -> bool;

/// A pattern, and the code that decides it.
pub(crate) const KNOWN: &[(&str, Decide)] = &[
    // Some text that is not only white space.
    ("\\S", |s| s.chars().any(|c| !c.is_whitespace())),
    // A blank text: read as no value.
    ("^\\s*$", |s| s.chars().all(char::is_whitespace)),
    // A URL: one word, white space around it allowed.
    ("^\\s*\\S+\\s*$", |s| {
        // Nearly every URL of a feed is visible ASCII from end to end: one
        // word, settled by a test of all its bytes at once. The test has
        // no early exit, so it runs on whole vectors of bytes; the loop
        // below took about 1 k instructions a record of the product feed.
        if !s.is_empty() && crate::datatypes::visible_ascii(s.as_bytes()) {
            return true;
        }
        // Otherwise one pass over its bytes, which leaves for the Unicode
        // reading at the first byte that is not ASCII.
        let mut word = false;
        let mut gap = false;
        for byte in s.bytes() {
            if !byte.is_ascii() {
                let word = s.trim();
                return !word.is_empty() && !word.contains(char::is_whitespace);
            }
            if ascii_space(byte) {
                gap = word;
            } else if gap {
                return false;
            } else {
                word = true;
            }
        }
        word
    }),
    // The schemes a URL property refuses.
    (
        "^\\s*([Jj][Aa][Vv][Aa][Ss][Cc][Rr][Ii][Pp][Tt]|[Vv][Bb][Ss][Cc][Rr][Ii][Pp][Tt]|[Dd][Aa][Tt][Aa]|[Ff][Ii][Ll][Ee]):",
        |s| {
            let rest = s.trim_start();
            ["javascript:", "vbscript:", "data:", "file:"].iter().any(|scheme| {
                rest.get(..scheme.len())
                    .is_some_and(|head| head.eq_ignore_ascii_case(scheme))
            })
        },
    ),
];

/// The ASCII characters that are white space (`\s`, Unicode White_Space):
/// tab, line feed, vertical tab, form feed, carriage return and space.
fn ascii_space(byte: u8) -> bool {
    matches!(byte, b'\t'..=b'\r' | b' ')
}

/// The keyword a known pattern is compiled as.
pub(crate) const KEYWORD: &str = "sdxPattern";

/// Renames, throughout `schema`, each `pattern` keyword that holds a known
/// pattern to [`KEYWORD`]. A property named `pattern` holds a schema, not
/// a string, and is left alone.
pub(crate) fn mark_known(schema: &mut Value) {
    match schema {
        Value::Object(object) => {
            let known = object
                .get("pattern")
                .and_then(Value::as_str)
                .is_some_and(|pattern| KNOWN.iter().any(|(known, _)| *known == pattern));
            if known {
                if let Some(pattern) = object.remove("pattern") {
                    object.insert(KEYWORD.to_owned(), pattern);
                }
            }
            object.values_mut().for_each(mark_known);
        }
        Value::Array(items) => items.iter_mut().for_each(mark_known),
        _ => {}
    }
}

/// A known pattern's code.
struct Matcher(Decide);

impl<'i, F: Json> Keyword<'i, F> for Matcher {
    fn validate(&self, instance: F::Node<'i>) -> Result<(), ValidationError<'i>> {
        if <Matcher as Keyword<'i, F>>::is_valid(self, instance) {
            Ok(())
        } else {
            Err(ValidationError::custom(
                "the text does not match the pattern",
            ))
        }
    }

    fn is_valid(&self, instance: F::Node<'i>) -> bool {
        // Like the built-in keyword, `pattern` says nothing of non-strings.
        instance.as_string().is_none_or(|text| (self.0)(&text))
    }
}

/// A compiled keyword, or why it did not compile.
type Compiled<'a, F> = Result<Box<dyn for<'i> Keyword<'i, F>>, ValidationError<'a>>;

/// The factory for [`KEYWORD`].
pub(crate) fn factory<'a, F: Json>(
    _: &'a Map<String, Value>,
    value: &'a Value,
    _: Location,
) -> Compiled<'a, F> {
    let pattern = value.as_str().unwrap_or_default();
    match KNOWN.iter().find(|(known, _)| *known == pattern) {
        Some((_, matches)) => Ok(Box::new(Matcher(*matches))),
        None => Err(ValidationError::custom(format!(
            "`{KEYWORD}` holds a pattern sdx has no code for: {pattern}"
        ))),
    }
}
