//! The limits that keep a run bounded in time and memory whatever the
//! input: how deep a document may nest, how large a document may be, and
//! how many findings a file shows in the formats people read.
//!
//! A document over a limit is a `limit-exceeded` finding and is not read
//! further; the other documents of the file and the other files are still
//! checked.

use serde::Deserialize;

/// The deepest nesting sdx will ever read. serde_json parses recursively
/// and refuses a 128th level; sdx's own passes over a document recurse too,
/// so the ceiling is kept well inside every thread's stack.
pub const DEPTH_CEILING: usize = 127;

/// Default `max-depth`: real structured data nests under 20 levels.
pub const DEFAULT_MAX_DEPTH: usize = 64;

/// Default `max-document-size`: 64 MiB. A document is parsed whole, so its
/// size bounds the memory one document needs (about three times its size
/// while parsed).
pub const DEFAULT_MAX_DOCUMENT_SIZE: u64 = 64 << 20;

/// Default `max-diagnostics`: findings kept per file, in every format.
pub const DEFAULT_MAX_DIAGNOSTICS: usize = 100;

/// The limits in force for a run.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Limits {
    /// Arrays and objects nested deeper than this are not read (1 to
    /// 127, serde_json's own ceiling).
    pub max_depth: usize,
    /// Bytes in one document: a JSON file, a feed line, a page's script (and
    /// the HTML page as a whole, which is read into memory).
    pub max_document_size: u64,
    /// Findings kept per file, in every format: the most severe, and among
    /// equals the first; the rest are counted in the summary and one "N
    /// more" line (0: no cap). It bounds the memory and the size of the
    /// report however many findings a feed has.
    pub max_diagnostics: usize,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            max_depth: DEFAULT_MAX_DEPTH,
            max_document_size: DEFAULT_MAX_DOCUMENT_SIZE,
            max_diagnostics: DEFAULT_MAX_DIAGNOSTICS,
        }
    }
}

impl Limits {
    /// The byte size as shown in messages.
    pub fn document_size_text(&self) -> String {
        show_size(self.max_document_size)
    }
}

/// A byte count as written in `sdx.toml`: a number of bytes or text with a
/// unit (`64MiB`, `500 KB`).
#[derive(Debug, Clone, PartialEq, Eq, Deserialize)]
#[serde(untagged)]
pub enum ByteSize {
    /// Bytes.
    Bytes(u64),
    /// Text with a unit.
    Text(String),
}

impl ByteSize {
    /// The number of bytes, or why the text is not a size.
    pub fn bytes(&self) -> Result<u64, SizeError> {
        match self {
            ByteSize::Bytes(n) => Ok(*n),
            ByteSize::Text(text) => parse_size(text),
        }
    }
}

/// Text that is not a byte count; each variant holds the text as written
/// (trimmed).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum SizeError {
    /// No number in front.
    #[error("`{0}` is not a size; write bytes or a number with K, M or G")]
    NotANumber(String),
    /// A unit other than B, K, M or G.
    #[error("`{0}` has an unknown unit; use K, M or G (powers of 1024)")]
    UnknownUnit(String),
    /// More bytes than a `u64` counts.
    #[error("`{0}` is too large")]
    TooLarge(String),
}

/// Reads `123`, `64k`, `64KiB`, `2 MB`, `1G` (units are powers of 1024;
/// `KB` and `KiB` mean the same).
pub fn parse_size(text: &str) -> Result<u64, SizeError> {
    let text = text.trim();
    let split = text
        .find(|c: char| !c.is_ascii_digit())
        .unwrap_or(text.len());
    let (number, unit) = text.split_at(split);
    let number: u64 = number
        .parse()
        .map_err(|_| SizeError::NotANumber(text.to_owned()))?;
    let shift = match unit.trim().to_ascii_lowercase().as_str() {
        "" | "b" => 0,
        "k" | "kb" | "kib" => 10,
        "m" | "mb" | "mib" => 20,
        "g" | "gb" | "gib" => 30,
        _ => return Err(SizeError::UnknownUnit(text.to_owned())),
    };
    number
        .checked_mul(1 << shift)
        .ok_or_else(|| SizeError::TooLarge(text.to_owned()))
}

/// A byte count in the largest unit that divides it.
pub fn show_size(bytes: u64) -> String {
    for (shift, unit) in [(30, "GiB"), (20, "MiB"), (10, "KiB")] {
        if bytes >= 1 << shift && bytes % (1 << shift) == 0 {
            return format!("{} {unit}", bytes >> shift);
        }
    }
    format!("{bytes} bytes")
}

/// The byte offset of the first `[` or `{` that opens level `max + 1`, if
/// the JSON text nests deeper than `max`. One pass, no allocation; strings
/// are skipped with memchr so long text costs little. Malformed text is not
/// judged here: the parser reports it. The parser enforces the limit
/// itself ([`parse::document`](crate::validate::parse::document)); this only finds
/// where, once it has refused a document.
pub fn too_deep(text: &[u8], max: usize) -> Option<usize> {
    let mut depth = 0usize;
    let mut i = 0;
    while i < text.len() {
        match text[i] {
            b'[' | b'{' => {
                depth += 1;
                if depth > max {
                    return Some(i);
                }
            }
            b']' | b'}' => depth = depth.saturating_sub(1),
            b'"' => {
                // Skip to the closing quote, stepping over escapes.
                i += 1;
                loop {
                    match memchr::memchr2(b'"', b'\\', &text[i.min(text.len())..]) {
                        None => return None,
                        Some(at) if text[i + at] == b'\\' => i += at + 2,
                        Some(at) => {
                            i += at;
                            break;
                        }
                    }
                }
            }
            _ => {}
        }
        i += 1;
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_first_bracket_past_the_limit() {
        assert_eq!(too_deep(b"[[[]]]", 3), None);
        assert_eq!(too_deep(b"[[[]]]", 2), Some(2));
        assert_eq!(too_deep(br#"{"a": {"b": [1]}}"#, 2), Some(12));
        assert_eq!(too_deep(br#"[[1], [2], [3]]"#, 2), None);
    }

    #[test]
    fn ignores_brackets_in_strings() {
        assert_eq!(too_deep(br#"["[[[[", "\"{{{{"]"#, 1), None);
        assert_eq!(too_deep(br#"["\\", [1]]"#, 1), Some(7));
        assert_eq!(too_deep(b"[\"unterminated \\", 0), Some(0));
        assert_eq!(too_deep(b"\"open \\", 0), None);
    }

    #[test]
    fn reads_sizes() {
        assert_eq!(parse_size("123"), Ok(123));
        assert_eq!(parse_size("64MiB"), Ok(64 << 20));
        assert_eq!(parse_size("2 kb"), Ok(2048));
        assert_eq!(parse_size("1G"), Ok(1 << 30));
        assert!(parse_size("12 parsecs").is_err());
        assert!(parse_size("-1").is_err());
        assert!(parse_size("99999999999999999999G").is_err());
        assert_eq!(show_size(64 << 20), "64 MiB");
        assert_eq!(show_size(1000), "1000 bytes");
    }
}
