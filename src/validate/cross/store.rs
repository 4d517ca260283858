//! The `@id`s and references of a run, kept until every file is read, when
//! the cross-node rules can run.
//!
//! A feed of millions of records has millions of sites, so they are not
//! kept as Rust values (three boxed strings each). Each site is encoded as
//! one compact record (`record.rs`: its id, types and pointer as bytes,
//! and where its document is), by the thread that checks its document, and
//! the store appends the records to a buffer; once the buffer passes a
//! budget, every record goes instead to one of [`PARTS`] temporary files,
//! chosen by a hash of its id. All the sites of one id then sit in one
//! part, and the rules run on each part as a whole, one part a thread at a
//! time: a run needs the budget plus one part a thread of memory, however
//! long the feed. Small runs never touch the disk.
//!
//! Hand-written rather than an external-sort crate: the records need no
//! total order, only grouping by id, which hash partitioning gives in one
//! write and one read of each record.

use std::hash::{Hash, Hasher};
use std::io::{self, BufWriter, Write};

use rayon::prelude::*;
use std::path::PathBuf;

use super::record::{
    encode, encode_located, id_hash, split_len, split_record, Located, Site, DESCRIBED, LOCAL,
    LOCATED, PART, PARTS, REFERENCE,
};

/// The default budget: records kept in memory before spilling.
pub const DEFAULT_BUDGET: usize = 8 << 20;

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validate::ingest::{DocKind, Span};

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
