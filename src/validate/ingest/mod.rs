//! From bytes to documents: a JSON file is one document, an NDJSON feed one
//! per line, an HTML page one per `<script type="application/ld+json">`.
//! Each document keeps where it starts in its container so positions can be
//! found later, and only for documents with findings.

pub mod html;
pub mod json;
pub(crate) mod limits;
pub mod ndjson;
pub mod sniff;

use std::path::Path;

/// How the bytes of an input are read.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum InputFormat {
    /// One JSON or JSON-LD document (`.json`, `.jsonld`).
    Json,
    /// One JSON document per line (`.ndjson`, `.jsonl`).
    Ndjson,
    /// An HTML page; one document per JSON-LD script element (`.html`, `.htm`).
    Html,
}

impl InputFormat {
    /// The format of a file, by its extension.
    pub fn from_path(path: &Path) -> Option<InputFormat> {
        let extension = path.extension()?.to_str()?;
        match extension.to_ascii_lowercase().as_str() {
            "json" | "jsonld" => Some(InputFormat::Json),
            "ndjson" | "jsonl" => Some(InputFormat::Ndjson),
            "html" | "htm" => Some(InputFormat::Html),
            _ => None,
        }
    }
}

/// Which document of its file a document is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DocKind {
    /// The whole file.
    Whole,
    /// The `index`-th (0-based) JSON-LD script of a page.
    Script {
        /// 0-based among the page's JSON-LD scripts.
        index: u32,
    },
    /// One line of a feed.
    Line {
        /// 1-based line number.
        number: u32,
    },
    /// The microdata items of a page.
    Microdata,
    /// The RDFa items of a page.
    Rdfa,
    /// The OpenGraph and Twitter-card meta tags of a page.
    MetaTags,
}

/// Where a document's bytes are in their container: the whole file for
/// JSON and HTML, the line for NDJSON. The default is a document of no
/// bytes at the start of its file (one not read).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Span {
    /// Byte offset of the container in the file (the line's offset for
    /// NDJSON, 0 otherwise).
    pub container_offset: u64,
    /// Byte length of the container.
    pub container_len: usize,
    /// Byte offset of the document inside its container.
    pub start: usize,
    /// Byte length of the document.
    pub len: usize,
    /// Lines before the container's first line (line number − 1 for NDJSON).
    pub line_base: u32,
    /// Characters on the container's first line before the container: a
    /// page's script has a container that starts shortly before it, not at
    /// the start of its line, so that placing its findings (and reading it
    /// again for the cross-node rules) costs its own length, not the
    /// length of a minified page's one line.
    pub column_base: u32,
}

/// One document of an input, borrowing its bytes.
#[derive(Debug, Clone, Copy)]
pub struct Document<'a> {
    /// Which document of its file it is.
    pub kind: DocKind,
    /// The container the document's positions are counted in.
    pub container: &'a [u8],
    /// Where the document is.
    pub span: Span,
}

impl<'a> Document<'a> {
    /// The document's bytes.
    pub fn text(&self) -> &'a [u8] {
        let end = (self.span.start + self.span.len).min(self.container.len());
        self.container.get(self.span.start..end).unwrap_or_default()
    }
}

/// The UTF-16 form `bytes` look like they are in (by a byte-order mark, or
/// ASCII text with a NUL after or before every character), so a file saved
/// in the wrong encoding gets a message that says so.
pub fn utf16(bytes: &[u8]) -> Option<&'static str> {
    match bytes {
        [0xFF, 0xFE, ..] => Some("UTF-16 (little-endian, with a byte-order mark)"),
        [0xFE, 0xFF, ..] => Some("UTF-16 (big-endian, with a byte-order mark)"),
        [a, 0, b, 0, ..] if a.is_ascii_graphic() && (b.is_ascii_graphic() || *b == b' ') => {
            Some("UTF-16 (little-endian)")
        }
        [0, a, 0, b, ..] if a.is_ascii_graphic() && (b.is_ascii_graphic() || *b == b' ') => {
            Some("UTF-16 (big-endian)")
        }
        _ => None,
    }
}
