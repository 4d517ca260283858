//! A JSON or JSON-LD file: one document, the whole file (less a UTF-8
//! byte-order mark, which editors on some systems write).

use super::{DocKind, Document, Span};

const BOM: &[u8] = b"\xEF\xBB\xBF";

/// The one document of a JSON file.
pub fn document(bytes: &[u8]) -> Document<'_> {
    let start = if bytes.starts_with(BOM) { BOM.len() } else { 0 };
    Document {
        kind: DocKind::Whole,
        container: bytes,
        span: Span {
            container_offset: 0,
            container_len: bytes.len(),
            start,
            len: bytes.len() - start,
            line_base: 0,
            column_base: 0,
        },
    }
}
