//! The patterns sdx decides by code rather than by a regex: the few the
//! open datatypes repeat on every text, URL and "no value" branch
//! ([`KNOWN`]), the datatypes' own (dates, GTINs, numbers: see
//! `datatypes`) and the `@type` name lists ([`type_names`]). The schema
//! layer compiles each as its own keyword, [`KEYWORD`], which
//! [`mark_known`] puts in its place, in the judge and in the `jsonschema`
//! validators that explain a refused node alike; any other `pattern`
//! stays the built-in keyword.
//!
//! In the validators, that is a matter of start-up, not of matching: the
//! first node a type's schema refuses compiles the type's validator, and
//! compiled a regex for every pattern the type reaches with it (the
//! `@type` lists of every node type a Product reaches, the date forms):
//! 80.5 M instructions for a Product, 39.2 M without those regexes, by
//! callgrind. A second thread that meets a refused node meanwhile waits
//! for that compile.
//!
//! Hand-written because it is measurably better: the four [`KNOWN`] ran
//! on nearly every string of a feed, and through the regex engine (a
//! Unicode `\s` class, two searches a URL) they cost about 7 % of a clean
//! record's instructions. Each matcher gives the verdict the
//! pattern gives under `regex`'s reading of `\s` (Unicode White_Space,
//! which is also [`char::is_whitespace`]); a test holds them to it on
//! random strings. The committed schemas keep the patterns themselves, so
//! other validators read the same rule.

use std::sync::Arc;

use jsonschema::json::{Json, Node as _};
use jsonschema::paths::Location;
use jsonschema::{Keyword, ValidationError};
use rustc_hash::FxHashSet as HashSet;
use serde_json::{Map, Value};

use super::datatypes;

/// Whether a text matches a pattern.
type Decide = fn(&str) -> bool;

/// The code a pattern is decided by.
#[derive(Clone)]
pub(crate) enum Code {
    /// A matcher of its own.
    Decide(Decide),
    /// A type-name pattern: a lookup in its names ([`names_match`]).
    Names(Arc<HashSet<Box<str>>>),
}

impl Code {
    fn matches(&self, text: &str) -> bool {
        match self {
            Code::Decide(decide) => decide(text),
            Code::Names(names) => names_match(names, text),
        }
    }
}

/// The code that decides `pattern`, if sdx has some.
pub(crate) fn code(pattern: &str) -> Option<Code> {
    if let Some((_, decide)) = KNOWN.iter().find(|(known, _)| *known == pattern) {
        return Some(Code::Decide(*decide));
    }
    if let Some(decide) = datatypes::decided(pattern) {
        return Some(Code::Decide(decide));
    }
    type_names(pattern).map(|names| Code::Names(Arc::new(names)))
}

/// What the type-name patterns allow before a name: the regex's optional
/// group `((https?://(www\.)?schema\.org/)|schema:)`, spelled out.
const TYPE_PREFIXES: [&str; 5] = [
    "https://schema.org/",
    "http://schema.org/",
    "https://www.schema.org/",
    "http://www.schema.org/",
    "schema:",
];

/// True when `text` is one of `names`, bare or after one of
/// [`TYPE_PREFIXES`]: what the type-name pattern of those names matches.
pub(super) fn names_match(names: &HashSet<Box<str>>, text: &str) -> bool {
    names.contains(text)
        || TYPE_PREFIXES.iter().any(|p| {
            text.strip_prefix(p)
                .is_some_and(|name| names.contains(name))
        })
}

/// The names of a type-name pattern, `^((https?://(www\.)?schema\.org/)|schema:)?(A|B|…)$`
/// with names of letters and digits only; `None` for any other pattern.
/// Such a pattern matches a text exactly when the text is a name, or one
/// of [`TYPE_PREFIXES`] and a name (a name holds no `:` or `/`, so no text
/// reads both ways). The generated schemas check `@type` against one of
/// these in every node, and a lookup costs a fraction of the regex.
pub(super) fn type_names(pattern: &str) -> Option<HashSet<Box<str>>> {
    let names = pattern
        .strip_prefix("^((https?://(www\\.)?schema\\.org/)|schema:)?(")?
        .strip_suffix(")$")?;
    let names: HashSet<Box<str>> = names.split('|').map(Into::into).collect();
    let plain = |name: &str| !name.is_empty() && name.bytes().all(|b| b.is_ascii_alphanumeric());
    names.iter().all(|name| plain(name)).then_some(names)
}

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

/// Renames, throughout `schema`, each `pattern` keyword that holds a
/// pattern sdx has [`code`] for to [`KEYWORD`]. A property named `pattern`
/// holds a schema, not a string, and is left alone.
pub(crate) fn mark_known(schema: &mut Value) {
    match schema {
        Value::Object(object) => {
            let known = object
                .get("pattern")
                .and_then(Value::as_str)
                .is_some_and(|pattern| code(pattern).is_some());
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

/// A pattern's code.
struct Matcher(Code);

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
        instance
            .as_string()
            .is_none_or(|text| self.0.matches(&text))
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
    match code(pattern) {
        Some(code) => Ok(Box::new(Matcher(code))),
        None => Err(ValidationError::custom(format!(
            "`{KEYWORD}` holds a pattern sdx has no code for: {pattern}"
        ))),
    }
}
