//! The `@id`s and references of a run, kept until every file is read, when
//! the cross-node rules can run.
//!
//! A feed of millions of records has millions of sites, so they are not
//! kept as Rust values (three boxed strings each). Each site is encoded as
//! one compact record (its id, types and pointer as bytes, and where its
//! document is), by the thread that checks its document, and the store
//! appends the records to a buffer; once the buffer passes a budget, every
//! record goes instead to one of [`PARTS`] temporary files, chosen by a
//! hash of its id. All the sites of one id then sit in one part, and the
//! rules run on each part as a whole, one part a thread at a time: a run
//! needs the budget plus one part a thread of memory, however long the
//! feed. Small runs never touch the disk.
//!
//! Hand-written rather than an external-sort crate: the records need no
//! total order, only grouping by id, which hash partitioning gives in one
//! write and one read of each record.

use std::hash::{Hash, Hasher};
use std::io::{self, BufWriter, Write};

use rayon::prelude::*;
use std::path::PathBuf;

use crate::validate::ingest::{DocKind, Span};

/// How many temporary files the sites are spread over once spilled.
pub const PARTS: usize = 64;

/// The default budget: records kept in memory before spilling.
pub const DEFAULT_BUDGET: usize = 8 << 20;

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

/// The sites of one document, encoded as the store keeps them. They are
/// written on the thread that checks the document; where the document is
/// in the run (file, position) is only known when the store takes them,
/// and is filled in then. One buffer a document, not three boxed strings a
/// site: a clean feed's documents each carry an `@id`, and their sites are
/// freed on another thread than the one that made them.
#[derive(Debug, Default)]
pub struct DocumentSites {
    bytes: Vec<u8>,
    count: u32,
}

impl DocumentSites {
    /// True when the document has no site.
    pub fn is_empty(&self) -> bool {
        self.count == 0
    }

    /// A node carrying the `@id` `id`, of the compact `types`, at
    /// `pointer`; `described` when it has properties.
    pub fn node<'t>(
        &mut self,
        id: &str,
        types: impl Iterator<Item = &'t str>,
        pointer: &str,
        described: bool,
    ) {
        let flags = u8::from(described) * DESCRIBED;
        self.push(flags, id, types, pointer);
    }

    /// An `{"@id": id}` reference at `pointer`; `local` when it points
    /// into its own document (see [`Site::local`]).
    pub fn reference(&mut self, id: &str, pointer: &str, local: bool) {
        let flags = REFERENCE | (u8::from(local) * LOCAL);
        self.push(flags, id, std::iter::empty(), pointer);
    }

    fn push<'t>(
        &mut self,
        flags: u8,
        id: &str,
        types: impl Iterator<Item = &'t str>,
        pointer: &str,
    ) {
        encode(&mut self.bytes, self.count, flags, id, types, pointer);
        self.count += 1;
    }
}

/// The sites of a run, in memory up to a budget, then in temporary files.
pub struct SiteStore {
    budget: usize,
    memory: Vec<u8>,
    spill: Option<Spill>,
    failed: Option<io::Error>,
}

struct Spill {
    // Kept so the directory (and the parts in it) lives as long as the
    // store and is removed with it.
    _dir: tempfile::TempDir,
    paths: Vec<PathBuf>,
    parts: Vec<BufWriter<std::fs::File>>,
}

impl Default for SiteStore {
    fn default() -> SiteStore {
        SiteStore::new(DEFAULT_BUDGET)
    }
}

impl SiteStore {
    /// A store that keeps up to `budget` bytes of records in memory.
    pub fn new(budget: usize) -> SiteStore {
        SiteStore {
            budget,
            memory: Vec::new(),
            spill: None,
            failed: None,
        }
    }

    /// True once records went to temporary files.
    #[cfg(test)]
    pub fn spilled(&self) -> bool {
        self.spill.is_some()
    }

    /// Adds the sites of the document `at`.
    pub fn add(&mut self, at: &Located, mut sites: DocumentSites) {
        if self.failed.is_some() || sites.is_empty() {
            return;
        }
        let located = encode_located(at);
        let mut rest = sites.bytes.as_mut_slice();
        while let Some((record, next)) = split_len(rest) {
            if let Some(slot) = record.get_mut(LOCATED..LOCATED + located.len()) {
                slot.copy_from_slice(&located);
            }
            rest = next;
        }
        let Some(spill) = &mut self.spill else {
            self.memory.extend_from_slice(&sites.bytes);
            if self.memory.len() > self.budget {
                if let Err(error) = self.start_spilling() {
                    self.failed = Some(error);
                }
            }
            return;
        };
        // Spilled: each record goes straight to its part, chosen when the
        // site was encoded.
        let mut rest = sites.bytes.as_mut_slice();
        while let Some((record, next)) = split_len(rest) {
            let part = usize::from(record[PART]) % PARTS;
            if let Err(error) = spill.parts[part].write_all(record) {
                self.failed = Some(error);
                return;
            }
            rest = next;
        }
    }

    fn start_spilling(&mut self) -> io::Result<()> {
        let dir = tempfile::Builder::new().prefix("sdx-ids-").tempdir()?;
        let mut paths = Vec::with_capacity(PARTS);
        let mut parts = Vec::with_capacity(PARTS);
        for index in 0..PARTS {
            let path = dir.path().join(format!("part-{index:02}"));
            parts.push(BufWriter::with_capacity(
                32 << 10,
                std::fs::File::create(&path)?,
            ));
            paths.push(path);
        }
        let memory = std::mem::take(&mut self.memory);
        let mut rest = memory.as_slice();
        while !rest.is_empty() {
            let (record, _) = split_record(rest)?;
            parts[usize::from(record[PART]) % PARTS].write_all(record)?;
            rest = &rest[record.len()..];
        }
        self.spill = Some(Spill {
            _dir: dir,
            paths,
            parts,
        });
        Ok(())
    }

    /// Calls `group` with the sites of each id (in input order: by file,
    /// document and position), one id at a time, and returns what it
    /// pushed. Ids come in no particular order, but the same one every
    /// run. Spilled parts are read in parallel (each holds whole ids), so
    /// `group` runs on several threads; the results are joined in part
    /// order. Fails if a temporary file could not be written or read; the
    /// rules have then not seen every site.
    pub fn collect_groups<T: Send>(
        self,
        group: impl Fn(&[Site<'_>], &mut Vec<T>) + Sync,
    ) -> io::Result<Vec<T>> {
        if let Some(error) = self.failed {
            return Err(error);
        }
        let Some(spill) = self.spill else {
            let mut out = Vec::new();
            groups(&self.memory, &mut |sites| group(sites, &mut out))?;
            return Ok(out);
        };
        for part in spill.parts {
            part.into_inner().map_err(|error| error.into_error())?;
        }
        // A part is read whole, one a thread: one larger than half the
        // budget (a feed of millions of `@id`s makes parts of tens of MB)
        // is first split again, by another hash of the id, into pieces
        // that are, so that the rules' memory stays near the budget
        // however long the feed.
        let piece = (self.budget / 2).max(1);
        let parts: Vec<io::Result<Vec<T>>> = spill
            .paths
            .par_iter()
            .map(|path| {
                let mut out = Vec::new();
                for piece in split_part(path, piece)? {
                    let bytes = std::fs::read(&piece)?;
                    if piece != *path {
                        let _ = std::fs::remove_file(&piece);
                    }
                    groups(&bytes, &mut |sites| group(sites, &mut out))?;
                }
                Ok(out)
            })
            .collect();
        let mut out = Vec::new();
        for part in parts {
            out.extend(part?);
        }
        Ok(out)
    }
}

/// The most pieces a part is split into (files open at once while it is).
const MAX_PIECES: u64 = 256;

/// The files holding the records of the part at `path`: the part itself
/// when it is at most `piece` bytes, else pieces of about that size beside
/// it, each holding whole ids (chosen by a hash of the id salted apart
/// from [`part_of`]'s). The part is removed once split.
fn split_part(path: &std::path::Path, piece: usize) -> io::Result<Vec<PathBuf>> {
    use std::io::Read;
    let size = std::fs::metadata(path)?.len();
    let count = size.div_ceil(piece as u64).min(MAX_PIECES);
    if count <= 1 {
        return Ok(vec![path.to_path_buf()]);
    }
    let paths: Vec<PathBuf> = (0..count)
        .map(|index| path.with_extension(format!("{index}")))
        .collect();
    let mut pieces = Vec::with_capacity(paths.len());
    for piece in &paths {
        pieces.push(BufWriter::with_capacity(
            16 << 10,
            std::fs::File::create(piece)?,
        ));
    }
    let mut reader = io::BufReader::with_capacity(64 << 10, std::fs::File::open(path)?);
    let mut record = Vec::new();
    loop {
        let mut len = [0u8; 4];
        match reader.read_exact(&mut len) {
            Ok(()) => {}
            Err(error) if error.kind() == io::ErrorKind::UnexpectedEof => break,
            Err(error) => return Err(error),
        }
        record.clear();
        record.extend_from_slice(&len);
        let rest = u32::from_le_bytes(len) as usize;
        (&mut reader).take(rest as u64).read_to_end(&mut record)?;
        let (_, site) = split_record(&record)?;
        let mut hasher = std::collections::hash_map::DefaultHasher::new();
        (0x5eed_u16, site.id).hash(&mut hasher);
        let index = (hasher.finish() % count) as usize;
        pieces[index].write_all(&record)?;
    }
    for piece in pieces {
        piece.into_inner().map_err(|error| error.into_error())?;
    }
    std::fs::remove_file(path)?;
    Ok(paths)
}

/// Decodes `bytes`, groups the sites by id (each group in input order)
/// and hands out each id's sites. The groups come in no meaningful order:
/// the findings they give are ordered by position when they are placed,
/// as a spilled run's groups, part by part, are.
fn groups(bytes: &[u8], group: &mut impl FnMut(&[Site<'_>])) -> io::Result<()> {
    let mut sites = Vec::new();
    let mut rest = bytes;
    while !rest.is_empty() {
        let (record, site) = split_record(rest)?;
        sites.push((id_hash(site.id), site));
        rest = &rest[record.len()..];
    }
    // By the id's hash first: a feed's ids share long prefixes
    // (`https://shop.example/p/…`), and comparing them as texts was most
    // of this sort, the one cost of the cross-document check that grows
    // faster than the run. Equal ids have equal hashes, so each id's sites
    // still end up side by side.
    sites.sort_unstable_by(|(a_hash, a), (b_hash, b)| {
        (a_hash, a.id, a.at.file, a.at.doc, a.order)
            .cmp(&(b_hash, b.id, b.at.file, b.at.doc, b.order))
    });
    let sites: Vec<Site<'_>> = sites.into_iter().map(|(_, site)| site).collect();
    for same in sites.chunk_by(|a, b| a.id == b.id) {
        group(same);
    }
    Ok(())
}

/// An id's hash, for grouping: the same in every run.
fn id_hash(id: &str) -> u64 {
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

const REFERENCE: u8 = 1;
const DESCRIBED: u8 = 2;
const LOCAL: u8 = 4;

/// Offset of the part in a record.
const PART: usize = 4;
/// Offset of where the document is in a record.
const LOCATED: usize = 10;
/// Bytes taken by where the document is.
const LOCATED_LEN: usize = 4 + 8 + 1 + 4 + 8 + 5 * 4;
/// Bytes a record takes besides its texts.
const FIXED_LEN: usize = LOCATED + LOCATED_LEN + 3 * 4;

fn encode<'t>(
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
fn encode_located(at: &Located) -> [u8; LOCATED_LEN] {
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
fn split_len(bytes: &mut [u8]) -> Option<(&mut [u8], &mut [u8])> {
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
fn split_record(bytes: &[u8]) -> io::Result<(&[u8], Site<'_>)> {
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

#[cfg(test)]
mod tests {
    use super::*;

    fn located(file: u32, doc: u64) -> Located {
        Located {
            file,
            doc,
            kind: DocKind::Line {
                number: doc as u32 + 1,
            },
            span: Span {
                container_offset: doc * 100,
                container_len: 99,
                start: 0,
                len: 99,
                line_base: doc as u32,
                column_base: 0,
            },
        }
    }

    /// Adds sites for 2 000 documents, each defining `#n` and referring to
    /// `#n+1` and `#n/2`, and collects the groups as comparable text.
    fn run(budget: usize) -> (bool, Vec<String>) {
        let mut store = SiteStore::new(budget);
        for doc in 0..2000u64 {
            let mut sites = DocumentSites::default();
            sites.node(
                &format!("#{doc}"),
                ["Product", "Thing"].into_iter(),
                "",
                true,
            );
            for target in [doc + 1, doc / 2] {
                sites.reference(&format!("#{target}"), "/isRelatedTo", true);
            }
            store.add(&located(1, doc), sites);
        }
        let spilled = store.spilled();
        let mut seen = store
            .collect_groups(|group, seen| {
                let text: Vec<String> = group
                    .iter()
                    .map(|s| {
                        let types: Vec<&str> = s.types().collect();
                        format!(
                            "{}@{}/{}/{}:{}:{}:{}:{:?}:{:?}",
                            s.id,
                            s.at.file,
                            s.at.doc,
                            s.order,
                            s.reference,
                            s.described,
                            s.pointer,
                            types,
                            s.at
                        )
                    })
                    .collect();
                seen.push(text.join(" | "));
            })
            .unwrap();
        seen.sort();
        (spilled, seen)
    }

    #[test]
    fn spilled_and_in_memory_runs_group_the_same_sites() {
        let (spilled_small, in_memory) = run(usize::MAX);
        let (spilled, on_disk) = run(4096);
        assert!(!spilled_small);
        assert!(spilled);
        assert_eq!(in_memory.len(), 2001, "one group per id, #0 to #2000");
        assert_eq!(in_memory, on_disk);
        // Groups are in input order: the definition of #10 (document 10)
        // comes after the references from documents 9, 20 and 21.
        let ten = in_memory.iter().find(|g| g.starts_with("#10@")).unwrap();
        let docs: Vec<&str> = ten
            .split(" | ")
            .map(|site| site.split('/').nth(1).unwrap())
            .collect();
        assert_eq!(docs, ["9", "10", "20", "21"]);
        assert!(ten.contains(r#"["Product", "Thing"]"#), "{ten}");
    }

    #[test]
    fn a_damaged_record_is_an_error_not_a_panic() {
        let mut store = SiteStore::new(usize::MAX);
        let mut sites = DocumentSites::default();
        sites.reference("#a", "/a", true);
        store.add(&located(0, 0), sites);
        let mut bytes = store.memory.clone();
        bytes.truncate(bytes.len() - 1);
        assert!(groups(&bytes, &mut |_| {}).is_err());
        bytes[0] = 0xff;
        assert!(groups(&bytes, &mut |_| {}).is_err());
    }
}
