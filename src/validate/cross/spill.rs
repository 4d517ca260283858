//! The temporary files a run's sites go to once they pass the store's
//! budget: [`PARTS`] files, each record in the one its id's hash names, so
//! that every site of an id sits in one file and the rules can run on
//! each file as a whole.
//!
//! Every thread writes its own batches. A part is locked only while one
//! batch's records for it are copied in, so two threads that spill at the
//! same moment take turns part by part instead of one waiting for the
//! other's whole spill: on two threads the first spill used to stop the
//! second for about 20 ms, the write of 8 MiB under the store's lock.

use std::fs::File;
use std::hash::{Hash, Hasher};
use std::io::{self, BufWriter, Read, Seek, Write};
use std::path::Path;
use std::sync::Mutex;

use super::record::{split_len, split_record, PART, PARTS};

/// The most bytes of records sorted by part before they are written.
const SORTED: usize = 256 << 10;

/// The spill files of a run: unnamed temporary files (`O_TMPFILE` where
/// the system has it), which leave nothing behind however the run ends.
/// Named files cost more than the whole spill's writes: creating 64 in a
/// directory took 32 ms on an ext4 disk of the benchmark machine, the
/// unnamed ones 1.5 ms.
pub(super) struct Spill {
    parts: Vec<Mutex<BufWriter<File>>>,
}

impl Spill {
    /// Creates the empty parts in `dir`, or under `TMPDIR` when `None`.
    pub(super) fn open(dir: Option<&Path>) -> io::Result<Spill> {
        let parts = (0..PARTS)
            .map(|_| {
                let file = match dir {
                    Some(dir) => tempfile::tempfile_in(dir)?,
                    None => tempfile::tempfile()?,
                };
                Ok(Mutex::new(BufWriter::with_capacity(32 << 10, file)))
            })
            .collect::<io::Result<_>>()?;
        Ok(Spill { parts })
    }

    /// Writes every record of `batch` to its part and empties `batch`.
    /// `sorted` is the caller's scratch space, kept between batches so
    /// that sorting a batch by part allocates nothing once warm; it never
    /// holds more than about [`SORTED`] bytes, however large the batch
    /// (the first, the memory the store held, is its whole budget).
    pub(super) fn write(&self, batch: &mut Vec<u8>, sorted: &mut Vec<Vec<u8>>) -> io::Result<()> {
        sorted.resize_with(PARTS, Vec::new);
        let mut held = 0;
        let mut rest = batch.as_mut_slice();
        while let Some((record, next)) = split_len(rest) {
            sorted[usize::from(record[PART]) % PARTS].extend_from_slice(record);
            held += record.len();
            if held >= SORTED {
                self.write_sorted(sorted)?;
                held = 0;
            }
            rest = next;
        }
        batch.clear();
        self.write_sorted(sorted)
    }

    fn write_sorted(&self, sorted: &mut [Vec<u8>]) -> io::Result<()> {
        for (part, records) in self.parts.iter().zip(sorted.iter_mut()) {
            if records.is_empty() {
                continue;
            }
            part.lock()
                .unwrap_or_else(|poisoned| poisoned.into_inner())
                .write_all(records)?;
            records.clear();
        }
        Ok(())
    }

    /// Flushes every part and returns them, each ready to be read from
    /// its start.
    pub(super) fn finish(self) -> io::Result<Vec<File>> {
        self.parts
            .into_iter()
            .map(|part| {
                let mut file = part
                    .into_inner()
                    .unwrap_or_else(|poisoned| poisoned.into_inner())
                    .into_inner()
                    .map_err(|error| error.into_error())?;
                file.rewind()?;
                Ok(file)
            })
            .collect()
    }
}

/// The most pieces a part is split into (files open at once while it is).
const MAX_PIECES: u64 = 256;

/// The files holding the records of `part`, each read from its start: the
/// part itself when it is at most `piece` bytes, else pieces of about that
/// size, each holding whole ids (chosen by a hash of the id salted apart
/// from the part's).
pub(super) fn split_part(part: File, piece: usize) -> io::Result<Vec<File>> {
    let size = part.metadata()?.len();
    let count = size.div_ceil(piece as u64).min(MAX_PIECES);
    if count <= 1 {
        return Ok(vec![part]);
    }
    let mut pieces = (0..count)
        .map(|_| Ok(BufWriter::with_capacity(16 << 10, tempfile::tempfile()?)))
        .collect::<io::Result<Vec<_>>>()?;
    let mut reader = io::BufReader::with_capacity(64 << 10, part);
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
    pieces
        .into_iter()
        .map(|piece| {
            let mut file = piece.into_inner().map_err(|error| error.into_error())?;
            file.rewind()?;
            Ok(file)
        })
        .collect()
}

/// The whole content of `file`, from where it is read to its end.
pub(super) fn read_whole(mut file: File) -> io::Result<Vec<u8>> {
    let size = file.metadata()?.len();
    let mut bytes = Vec::with_capacity(usize::try_from(size).unwrap_or(0));
    file.read_to_end(&mut bytes)?;
    Ok(bytes)
}
