//! A site as the store keeps it: one compact record of bytes (its id,
//! types and pointer, and where its document is), written on the thread
//! that checks the document and read back, borrowing the bytes, when the
//! cross-node rules run. The part a record goes to once the store spills
//! is the hash of its id, taken here.

use std::hash::{Hash, Hasher};
use std::io;

use crate::validate::ingest::{DocKind, Span};

/// How many temporary files the sites are spread over once spilled.
pub const PARTS: usize = 64;

/// Where a site's document is: enough to name it and read it again.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Located {
    /// The file's position among the run's inputs.
    pub file: u32,
    /// The document's position in its file.
    pub doc: u64,
    /// Which document of its file it is.
    pub kind: DocKind,
    /// Where its bytes are.
    pub span: Span,
}

/// One site, decoded, borrowing its record.
#[derive(Debug, Clone, Copy)]
pub struct Site<'a> {
    /// Its document.
    pub at: Located,
    /// Its position among the sites of its document.
    pub order: u32,
    /// An `{"@id"}` reference (otherwise a node carrying an `@id`).
    pub reference: bool,
    /// A reference that points into its own document (a fragment, or the
    /// address of a node the document defines with another fragment):
    /// meant to resolve among the validated files. Other references link
    /// to other pages and sites.
    pub local: bool,
    /// A node with properties: it defines the node, not only names it.
    pub described: bool,
    /// The `@id` as written.
    pub id: &'a str,
    /// Pointer to it in its document.
    pub pointer: &'a str,
    types: &'a str,
}

impl<'a> Site<'a> {
    /// Its compact type names.
    pub fn types(&self) -> impl Iterator<Item = &'a str> + Clone {
        self.types.split('\n').filter(|t| !t.is_empty())
    }
}

/// An id's hash, for grouping: the same in every run.
pub(super) fn id_hash(id: &str) -> u64 {
    let mut hasher = rustc_hash::FxHasher::default();
    id.hash(&mut hasher);
    hasher.finish()
}

/// The part a site's id goes to: the same in every run (the hash has no
/// random key). FxHash, not SipHash: every record with an id pays for this
/// on the checking thread, and ids that crowd one part cost only that
/// part's sort, never a wrong answer.
fn part_of(id: &str) -> usize {
    (id_hash(id) % PARTS as u64) as usize
}

// A record: its length (u32, of what follows), part (u8), order (u32),
// flags (u8), then where its document is: file (u32), document (u64), kind
// tag (u8) and value (u32), span (u64, then four u32); then types, id and
// pointer, each a u32 length and UTF-8 bytes. Little-endian throughout.
// The part is the id's hash, taken on the checking thread, so that the
// store's single thread does not hash. Where the document is comes last
// among the fixed fields, so that it is one slice to fill in.

pub(super) const REFERENCE: u8 = 1;
pub(super) const DESCRIBED: u8 = 2;
pub(super) const LOCAL: u8 = 4;

/// Offset of the part in a record.
pub(super) const PART: usize = 4;
/// Offset of where the document is in a record.
pub(super) const LOCATED: usize = 10;
/// Bytes taken by where the document is.
pub(super) const LOCATED_LEN: usize = 4 + 8 + 1 + 4 + 8 + 5 * 4;
/// Bytes a record takes besides its texts.
const FIXED_LEN: usize = LOCATED + LOCATED_LEN + 3 * 4;

pub(super) fn encode<'t>(
    out: &mut Vec<u8>,
    order: u32,
    flags: u8,
    id: &str,
    types: impl Iterator<Item = &'t str>,
    pointer: &str,
) {
    // Most documents have one site: one allocation of the right size, not
    // a doubling from eight bytes.
    out.reserve(FIXED_LEN + id.len() + pointer.len() + 32);
    let start = out.len();
    out.extend_from_slice(&[0; 4]);
    out.push(part_of(id) as u8);
    out.extend_from_slice(&order.to_le_bytes());
    out.push(flags);
    out.extend_from_slice(&[0; LOCATED_LEN]);
    let types_start = out.len();
    out.extend_from_slice(&[0; 4]);
    for (index, name) in types.enumerate() {
        if index > 0 {
            out.push(b'\n');
        }
        out.extend_from_slice(name.as_bytes());
    }
    let types_len = clamp(out.len() - types_start - 4);
    out[types_start..types_start + 4].copy_from_slice(&types_len.to_le_bytes());
    for text in [id, pointer] {
        out.extend_from_slice(&clamp(text.len()).to_le_bytes());
        out.extend_from_slice(text.as_bytes());
    }
    let len = clamp(out.len() - start - 4);
    out[start..start + 4].copy_from_slice(&len.to_le_bytes());
}

/// Where a document is, as its records hold it.
pub(super) fn encode_located(at: &Located) -> [u8; LOCATED_LEN] {
    let mut out = [0; LOCATED_LEN];
    let (tag, value) = match at.kind {
        DocKind::Whole => (0, 0),
        DocKind::Script { index } => (1, index),
        DocKind::Line { number } => (2, number),
        DocKind::Microdata => (3, 0),
        DocKind::Rdfa => (4, 0),
        DocKind::MetaTags => (5, 0),
    };
    let span = [
        at.span.container_len,
        at.span.start,
        at.span.len,
        at.span.line_base as usize,
        at.span.column_base as usize,
    ]
    .map(clamp);
    let fields: [&[u8]; 10] = [
        &at.file.to_le_bytes(),
        &at.doc.to_le_bytes(),
        &[tag],
        &value.to_le_bytes(),
        &at.span.container_offset.to_le_bytes(),
        &span[0].to_le_bytes(),
        &span[1].to_le_bytes(),
        &span[2].to_le_bytes(),
        &span[3].to_le_bytes(),
        &span[4].to_le_bytes(),
    ];
    let mut at = 0;
    for field in fields {
        out[at..at + field.len()].copy_from_slice(field);
        at += field.len();
    }
    out
}

/// Splits the first record, whole, off `bytes` by its length; `None` at
/// the end (records made in this process are whole by construction).
pub(super) fn split_len(bytes: &mut [u8]) -> Option<(&mut [u8], &mut [u8])> {
    let len = u32::from_le_bytes(*bytes.first_chunk::<4>()?) as usize;
    if bytes.len() < 4 + len {
        return None;
    }
    Some(bytes.split_at_mut(4 + len))
}

/// Lengths past 4 GiB cannot occur (documents are limited far below);
/// saturate rather than wrap if one ever did.
fn clamp(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

/// The first record of `bytes`, whole, and the site it encodes.
pub(super) fn split_record(bytes: &[u8]) -> io::Result<(&[u8], Site<'_>)> {
    let mut reader = Fields(bytes);
    let len = reader.u32()? as usize;
    let record = bytes.get(..4 + len).ok_or_else(corrupt)?;
    let mut fields = Fields(&record[4..]);
    let _part = fields.u8()?;
    let order = fields.u32()?;
    let flags = fields.u8()?;
    let file = fields.u32()?;
    let doc = fields.u64()?;
    let tag = fields.u8()?;
    let value = fields.u32()?;
    let kind = match tag {
        0 => DocKind::Whole,
        1 => DocKind::Script { index: value },
        2 => DocKind::Line { number: value },
        3 => DocKind::Microdata,
        4 => DocKind::Rdfa,
        5 => DocKind::MetaTags,
        _ => return Err(corrupt()),
    };
    let span = Span {
        container_offset: fields.u64()?,
        container_len: fields.u32()? as usize,
        start: fields.u32()? as usize,
        len: fields.u32()? as usize,
        line_base: fields.u32()?,
        column_base: fields.u32()?,
    };
    let types = fields.text()?;
    let id = fields.text()?;
    let pointer = fields.text()?;
    let site = Site {
        at: Located {
            file,
            doc,
            kind,
            span,
        },
        order,
        reference: flags & REFERENCE != 0,
        described: flags & DESCRIBED != 0,
        local: flags & LOCAL != 0,
        id,
        pointer,
        types,
    };
    Ok((record, site))
}

fn corrupt() -> io::Error {
    io::Error::new(
        io::ErrorKind::InvalidData,
        "a temporary file of `@id`s was changed while sdx ran",
    )
}

/// Reads little-endian fields off the front of a record.
struct Fields<'a>(&'a [u8]);

impl<'a> Fields<'a> {
    fn take<const N: usize>(&mut self) -> io::Result<[u8; N]> {
        let (head, rest) = self.0.split_first_chunk::<N>().ok_or_else(corrupt)?;
        self.0 = rest;
        Ok(*head)
    }

    fn u8(&mut self) -> io::Result<u8> {
        Ok(self.take::<1>()?[0])
    }

    fn u32(&mut self) -> io::Result<u32> {
        Ok(u32::from_le_bytes(self.take()?))
    }

    fn u64(&mut self) -> io::Result<u64> {
        Ok(u64::from_le_bytes(self.take()?))
    }

    fn text(&mut self) -> io::Result<&'a str> {
        let len = self.u32()? as usize;
        if len > self.0.len() {
            return Err(corrupt());
        }
        let (text, rest) = self.0.split_at(len);
        self.0 = rest;
        std::str::from_utf8(text).map_err(|_| corrupt())
    }
}
