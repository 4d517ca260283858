//! Where a value is in its source text: from a JSON pointer to a line and
//! column.
//!
//! Positions are found only for documents that have findings: clean
//! documents never pay for spans. Two ways lead from pointers to offsets:
//! [`offsets`] finds a set of pointers in one pass over the text, keeping
//! nothing of it (validation, whose documents may be hostile and large);
//! [`Locator`] parses the document a second time with a span-aware parser
//! (jsonc-parser) and follows each pointer through its tree (a dataset's
//! own text, whose every finding is placed). Both run on text that
//! serde_json has already accepted, whose depth serde_json has already
//! bounded.

use jsonc_parser::ast::Value;
use jsonc_parser::common::Ranged;
use jsonc_parser::{CollectOptions, ParseOptions};

mod scan;

pub use scan::offsets;

/// Converts byte offsets in a text into 1-based lines and columns.
#[derive(Debug, Clone)]
pub struct LineIndex {
    line_starts: Vec<usize>,
}

impl LineIndex {
    /// Indexes the line starts of `text`.
    pub fn new(text: &str) -> LineIndex {
        let mut line_starts = vec![0];
        line_starts.extend(memchr_newlines(text.as_bytes()));
        LineIndex { line_starts }
    }

    /// The 1-based line and column (in characters) of `offset` in `text`.
    pub fn position(&self, text: &str, offset: usize) -> (u32, u32) {
        let offset = offset.min(text.len());
        let line = self.line_starts.partition_point(|start| *start <= offset) - 1;
        let start = self.line_starts[line];
        let column = text
            .get(start..offset)
            .map_or(offset - start, |prefix| prefix.chars().count());
        (to_u32(line + 1), to_u32(column + 1))
    }
}

fn memchr_newlines(bytes: &[u8]) -> impl Iterator<Item = usize> + '_ {
    memchr::memchr_iter(b'\n', bytes).map(|i| i + 1)
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// Finds values of one JSON document by pointer, reporting byte offsets.
pub struct Locator<'a> {
    root: Option<Value<'a>>,
}

impl<'a> Locator<'a> {
    /// Parses `text` for spans. A text that does not parse gives a locator
    /// that finds nothing (callers fall back to the document's start).
    pub fn new(text: &'a str) -> Locator<'a> {
        let options = ParseOptions {
            allow_comments: false,
            allow_loose_object_property_names: false,
            allow_trailing_commas: false,
            allow_missing_commas: false,
            allow_single_quoted_strings: false,
            allow_hexadecimal_numbers: false,
            allow_unary_plus_numbers: false,
            ..ParseOptions::default()
        };
        let root = jsonc_parser::parse_to_ast(text, &CollectOptions::default(), &options)
            .ok()
            .and_then(|parsed| parsed.value);
        Locator { root }
    }

    /// The byte offset where the value at `pointer` starts. When the pointer
    /// leads past the document (a missing property), the offset of the
    /// deepest value that exists on the way.
    pub fn offset(&self, pointer: &str) -> Option<usize> {
        let mut value = self.root.as_ref()?;
        for token in tokens(pointer) {
            let next = match value {
                Value::Object(object) => object
                    .properties
                    .iter()
                    .rev()
                    .find(|prop| prop.name.as_str() == token)
                    .map(|prop| &prop.value),
                Value::Array(array) => token
                    .parse::<usize>()
                    .ok()
                    .and_then(|index| array.elements.get(index)),
                _ => None,
            };
            match next {
                Some(next) => value = next,
                None => break,
            }
        }
        Some(value.range().start)
    }
}

/// The unescaped reference tokens of an RFC 6901 pointer.
pub fn tokens(pointer: &str) -> impl Iterator<Item = String> + '_ {
    pointer
        .split('/')
        .skip(1)
        .map(|token| token.replace("~1", "/").replace("~0", "~"))
}

/// The value one unescaped reference token below `value`: a key of an
/// object, an index of an array.
pub fn step<'v>(value: &'v serde_json::Value, token: &str) -> Option<&'v serde_json::Value> {
    match value {
        serde_json::Value::Object(object) => object.get(token),
        serde_json::Value::Array(items) => token.parse::<usize>().ok().and_then(|i| items.get(i)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_values_by_pointer() {
        let text =
            "{\n  \"@graph\": [\n    {\"name\": \"a\"},\n    {\"a/b\": 1, \"ñame\": \"b\"}\n  ]\n}";
        let index = LineIndex::new(text);
        let locator = Locator::new(text);
        let at = |pointer: &str| {
            locator
                .offset(pointer)
                .map(|offset| index.position(text, offset))
        };
        assert_eq!(at(""), Some((1, 1)));
        assert_eq!(at("/@graph/0/name"), Some((3, 14)));
        assert_eq!(at("/@graph/1/a~1b"), Some((4, 13)));
        assert_eq!(at("/@graph/1/ñame"), Some((4, 24)));
        assert_eq!(
            at("/@graph/1/missing"),
            Some((4, 5)),
            "falls back to the node"
        );
    }
}
