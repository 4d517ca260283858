//! The `@id`s and references of a run, kept until every file is read, when
//! the cross-node rules can run.
//!
//! A feed of millions of records has millions of sites, so they are not
//! kept as Rust values (three boxed strings each). Each site is encoded as
//! one compact record (`record.rs`: its id, types and pointer as bytes,
//! and where its document is), by the thread that checks its document, and
//! the store appends the records to that thread's own buffer (a shard:
//! threads never wait on each other to add). Once the shards together pass
//! a budget, every record goes instead to one of the temporary files of
//! `spill.rs`, chosen by a hash of its id, each thread's in batches. All
//! the sites of one id then sit in one part, and the rules run on each part
//! as a whole, one part a thread at a time: a run needs the budget plus one
//! part a thread of memory, however long the feed. Small runs never touch
//! the disk.
//!
//! Hand-written rather than an external-sort crate: the records need no
//! total order, only grouping by id, which hash partitioning gives in one
//! write and one read of each record.

use std::io;
use std::path::PathBuf;
use std::sync::atomic::{AtomicBool, AtomicUsize, Ordering};
use std::sync::{Mutex, OnceLock};

use crossbeam_utils::CachePadded;

use rayon::prelude::*;

use super::record::{
    encode, encode_located, id_hash, split_len, split_record, Located, Site, DESCRIBED, LOCAL,
    LOCATED, REFERENCE,
};
use super::spill::{read_whole, split_part, Spill};

/// The default budget: records kept in memory before spilling.
pub const DEFAULT_BUDGET: usize = 8 << 20;

/// Once the store has spilled, the bytes of records a thread gathers before
/// writing them to their parts: each part is locked once a batch, not once
/// a record.
const BATCH: usize = 256 << 10;

/// The most bytes a shard adds before counting them against the budget.
const COUNT_STEP: usize = 64 << 10;

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
/// Shared by the run's threads: [`add`](SiteStore::add) takes `&self`.
pub struct SiteStore {
    budget: usize,
    /// Bytes of records in the shards' memory, counted until the store
    /// spills.
    held: AtomicUsize,
    /// One a thread of the pool the store was made in, and one for every
    /// other thread, each on cache lines of its own: side by side, two
    /// threads' shards shared a line, and every document's add on one
    /// thread took it from the other.
    shards: Box<[CachePadded<Mutex<Shard>>]>,
    /// How many bytes a shard adds before counting them in `held`: one
    /// shared counter touched by every document's add would pass between
    /// the threads' caches as the shards would.
    count_step: usize,
    /// The temporary files, once the budget is passed; `None` inside if
    /// they could not be made (the error is in `failed`).
    spill: OnceLock<Option<Spill>>,
    /// The first error writing the temporary files; the store takes no
    /// more records after it.
    failed: Mutex<Option<io::Error>>,
    broken: AtomicBool,
    /// Where the temporary files go; `None`: under `TMPDIR`.
    dir: Option<PathBuf>,
}

/// One thread's records: those not yet written to a part.
#[derive(Default)]
struct Shard {
    memory: Vec<u8>,
    /// Bytes added since the shard last counted them in `held`.
    uncounted: usize,
    /// Scratch for sorting a batch by part.
    sorted: Vec<Vec<u8>>,
}

impl Default for SiteStore {
    fn default() -> SiteStore {
        SiteStore::new(DEFAULT_BUDGET)
    }
}

impl SiteStore {
    /// A store that keeps up to `budget` bytes of records in memory, with
    /// a shard for each thread of the current rayon pool.
    pub fn new(budget: usize) -> SiteStore {
        let shards: Box<[_]> = (0..=rayon::current_num_threads())
            .map(|_| CachePadded::new(Mutex::new(Shard::default())))
            .collect();
        // Counted in steps, the shards can hold at most a sixteenth of the
        // budget more than it before the store spills.
        let count_step = (budget / (16 * shards.len())).clamp(1, COUNT_STEP);
        SiteStore {
            budget,
            held: AtomicUsize::new(0),
            shards,
            count_step,
            spill: OnceLock::new(),
            failed: Mutex::new(None),
            broken: AtomicBool::new(false),
            dir: None,
        }
    }

    /// The same store, with its temporary files in `dir`.
    #[cfg(test)]
    fn in_dir(mut self, dir: &std::path::Path) -> SiteStore {
        self.dir = Some(dir.to_path_buf());
        self
    }

    /// True once records went to temporary files.
    #[cfg(test)]
    pub fn spilled(&self) -> bool {
        self.spill.get().is_some()
    }

    /// Adds the sites of the document `at`.
    pub fn add(&self, at: &Located, mut sites: DocumentSites) {
        if sites.is_empty() || self.broken.load(Ordering::Relaxed) {
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
        // The pool's threads are numbered from 0; any other thread takes
        // shard 0, and a thread past the shards shares one (never wrong,
        // only a lock that may be waited on).
        let index = rayon::current_thread_index().map_or(0, |index| index + 1) % self.shards.len();
        let mut shard = lock(&self.shards[index]);
        if shard.memory.capacity() == 0 && self.spill.get().is_none() {
            // Room for the whole budget at once, which the system maps
            // only as it is written: grown by doubling, the buffer was
            // copied, and its pages faulted in, about twice over (half the
            // page faults of a run on a feed of a few hundred thousand
            // `@id`s).
            let room = self.budget.min(DEFAULT_BUDGET) + (1 << 20);
            shard.memory.reserve_exact(room);
        }
        shard.memory.extend_from_slice(&sites.bytes);
        let spill = match self.spill.get() {
            Some(_) if shard.memory.len() < BATCH => return,
            Some(spill) => spill,
            None => {
                shard.uncounted += sites.bytes.len();
                if shard.uncounted < self.count_step {
                    return;
                }
                let added = std::mem::take(&mut shard.uncounted);
                if self.held.fetch_add(added, Ordering::Relaxed) + added <= self.budget {
                    return;
                }
                self.spill.get_or_init(|| self.open_spill())
            }
        };
        let Some(spill) = spill else { return };
        let Shard { memory, sorted, .. } = &mut *shard;
        if let Err(error) = spill.write(memory, sorted) {
            self.fail(error);
        }
        // A shard that held part of the budget goes back to batch size.
        if memory.capacity() > 2 * BATCH {
            *memory = Vec::with_capacity(BATCH + (BATCH >> 2));
        }
    }

    fn open_spill(&self) -> Option<Spill> {
        Spill::open(self.dir.as_deref())
            .map_err(|error| self.fail(error))
            .ok()
    }

    fn fail(&self, error: io::Error) {
        self.broken.store(true, Ordering::Relaxed);
        lock(&self.failed).get_or_insert(error);
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
        let failed = self.failed.into_inner().unwrap_or_else(|p| p.into_inner());
        if let Some(error) = failed {
            return Err(error);
        }
        let mut shards: Vec<Shard> = Vec::from(self.shards)
            .into_iter()
            .map(|shard| {
                CachePadded::into_inner(shard)
                    .into_inner()
                    .unwrap_or_else(|p| p.into_inner())
            })
            .collect();
        let Some(Some(spill)) = self.spill.into_inner() else {
            let memory: Vec<&[u8]> = shards.iter().map(|shard| &shard.memory[..]).collect();
            let mut out = Vec::new();
            groups(&memory, &mut |sites| group(sites, &mut out))?;
            return Ok(out);
        };
        for shard in &mut shards {
            spill.write(&mut shard.memory, &mut shard.sorted)?;
        }
        drop(shards);
        let files = spill.finish()?;
        // A part is read whole, one a thread: one larger than half the
        // budget (a feed of millions of `@id`s makes parts of tens of MB)
        // is first split again, by another hash of the id, into pieces
        // that are, so that the rules' memory stays near the budget
        // however long the feed.
        let piece = (self.budget / 2).max(1);
        let parts: Vec<io::Result<Vec<T>>> = files
            .into_par_iter()
            .map(|file| {
                let mut out = Vec::new();
                for piece in split_part(file, piece)? {
                    let bytes = read_whole(piece)?;
                    groups(&[&bytes], &mut |sites| group(sites, &mut out))?;
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

fn lock<T>(mutex: &Mutex<T>) -> std::sync::MutexGuard<'_, T> {
    mutex
        .lock()
        .unwrap_or_else(|poisoned| poisoned.into_inner())
}

/// Decodes `chunks`, groups the sites by id (each group in input order)
/// and hands out each id's sites. The groups come in no meaningful order:
/// the findings they give are ordered by position when they are placed,
/// as a spilled run's groups, part by part, are. The order the chunks
/// come in does not matter: every site has its own place in the sort.
fn groups(chunks: &[&[u8]], group: &mut impl FnMut(&[Site<'_>])) -> io::Result<()> {
    let mut sites = Vec::new();
    for chunk in chunks {
        let mut rest = *chunk;
        while !rest.is_empty() {
            let (record, site) = split_record(rest)?;
            sites.push((id_hash(site.id), site));
            rest = &rest[record.len()..];
        }
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
mod tests;
