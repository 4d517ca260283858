//! The library's format enums as command-line values. The library has no
//! clap; each enum here names the same variants, with the help text
//! `--help` shows for them, and converts into the library's.

use clap::ValueEnum;
use sdx::{Format, InputFormat};

/// How the bytes of an input are read (`--input-format`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum InputFormatArg {
    /// One JSON or JSON-LD document (`.json`, `.jsonld`).
    Json,
    /// One JSON document per line (`.ndjson`, `.jsonl`).
    Ndjson,
    /// An HTML page; one document per JSON-LD script element (`.html`, `.htm`).
    Html,
}

impl From<InputFormatArg> for InputFormat {
    fn from(format: InputFormatArg) -> InputFormat {
        match format {
            InputFormatArg::Json => InputFormat::Json,
            InputFormatArg::Ndjson => InputFormat::Ndjson,
            InputFormatArg::Html => InputFormat::Html,
        }
    }
}

/// An output format of `sdx validate` (`--format`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    /// rustc-style diagnostics with the source line and a caret.
    Human,
    /// One JSON object: a summary and every diagnostic.
    Json,
    /// GitHub Actions workflow commands (annotations).
    Github,
    /// SARIF 2.1.0, for code scanning.
    Sarif,
    /// JUnit XML, one test case per file (its failing documents listed).
    Junit,
    /// One JSON line per document as it is judged, then a summary line.
    Ndjson,
}

impl From<FormatArg> for Format {
    fn from(format: FormatArg) -> Format {
        match format {
            FormatArg::Human => Format::Human,
            FormatArg::Json => Format::Json,
            FormatArg::Github => Format::Github,
            FormatArg::Sarif => Format::Sarif,
            FormatArg::Junit => Format::Junit,
            FormatArg::Ndjson => Format::Ndjson,
        }
    }
}
