//! Feeds checked block by block: the next block read while this one's
//! lines are checked in parallel and the last one's results folded, and
//! each document's `@id` sites kept on the thread that checked it.

use rayon::prelude::*;

use super::collect::Floor;
use super::cross::{Located, SiteStore};
use super::ingest::ndjson::{Block, Blocks};
use super::ingest::Document;
use super::shape::may_set_aside;
use super::{Checked, Severity, Validator};

/// Where a file's checked documents go, block by block.
pub(super) type Sink<'a> = dyn FnMut(Vec<Checked>) + Send + 'a;

/// Where the documents of one file keep their `@id` sites.
#[derive(Clone, Copy)]
pub(super) struct Sites<'a> {
    /// The file's position among the run's inputs.
    pub file: u32,
    pub store: &'a SiteStore,
}

impl Sites<'_> {
    /// Moves the sites of `checked`, the `doc`-th document of the file,
    /// into the store. Called on the thread that checked the document, so
    /// that the buffer is freed where it was made: freed on another
    /// thread, each buffer took the lock of its thread's allocator arena,
    /// and on a feed the two threads waited on each other there.
    pub(super) fn keep(&self, doc: u64, checked: &mut Checked) {
        if checked.sites.is_empty() {
            return;
        }
        let sites = std::mem::take(&mut checked.sites);
        let at = Located {
            file: self.file,
            doc,
            kind: checked.kind,
            span: checked.span,
        };
        self.store.add(&at, sites);
    }
}

impl Validator {
    /// Checks a feed block by block. Three things overlap: the next block
    /// is read, this block's lines are checked in parallel, and the last
    /// block's results are folded. Reading and folding are sequential; done
    /// between blocks, they left every other core idle meanwhile (about a
    /// tenth of a run on two cores). `eager`: a block's results go to
    /// `sink` as soon as it is checked, not while the next one is: a
    /// filter's reader must not wait for input that has not been written
    /// to see the results of what was.
    pub(super) fn feed<R: std::io::Read + Send>(
        &self,
        file: &str,
        mut blocks: Blocks<R>,
        sites: Sites<'_>,
        eager: bool,
        sink: &mut Sink<'_>,
    ) -> std::io::Result<()> {
        if eager {
            return self.feed_eagerly(file, blocks, sites, sink);
        }
        // Which findings the file will not keep, from the blocks checked
        // so far: not placed in the next blocks.
        let mut seen = Floor::new(self.settings.limits.max_diagnostics);
        let mut floor = None;
        let mut folding: Option<Vec<Checked>> = None;
        // The position in the file of the current block's first document.
        let mut first = 0u64;
        let mut current = blocks.next()?;
        while let Some(block) = current {
            self.advance(block.covered() as u64);
            let (next, (checked, ())) = rayon::join(
                || blocks.next(),
                || {
                    rayon::join(
                        || self.block(file, &block, floor, sites, first),
                        || {
                            if let Some(checked) = folding.take() {
                                sink(checked);
                            }
                        },
                    )
                },
            );
            floor = seen.observe(&checked);
            first += checked.len() as u64;
            folding = Some(checked);
            if let Block::Lines(lines) = block {
                blocks.recycle(lines);
            }
            current = next?;
        }
        if let Some(checked) = folding {
            sink(checked);
        }
        Ok(())
    }

    /// [`Validator::feed`] with each block's results handed over before the
    /// next block is waited for. The check comes first in the join: with a
    /// single thread it runs before the read that may block.
    fn feed_eagerly<R: std::io::Read + Send>(
        &self,
        file: &str,
        mut blocks: Blocks<R>,
        sites: Sites<'_>,
        sink: &mut Sink<'_>,
    ) -> std::io::Result<()> {
        let mut first = 0u64;
        let mut current = blocks.next()?;
        while let Some(block) = current {
            self.advance(block.covered() as u64);
            let (count, next) = rayon::join(
                || {
                    let checked = self.block(file, &block, None, sites, first);
                    let count = checked.len() as u64;
                    sink(checked);
                    count
                },
                || blocks.next(),
            );
            first += count;
            if let Block::Lines(lines) = block {
                blocks.recycle(lines);
            }
            current = next?;
        }
        Ok(())
    }

    /// Checks the documents of one feed block, in parallel; the block's
    /// first document is the `first`-th of the file.
    fn block(
        &self,
        file: &str,
        block: &Block,
        floor: Option<Severity>,
        sites: Sites<'_>,
        first: u64,
    ) -> Vec<Checked> {
        match block {
            Block::Lines(lines) => {
                let documents: Vec<Document<'_>> = lines.documents().collect();
                let check = |index: usize, mut checked: Checked| {
                    sites.keep(first + index as u64, &mut checked);
                    checked
                };
                // Small pieces: a block ends when its last piece is
                // checked, and a core with nothing left to take waits for
                // it. Rayon's own split leaves pieces of a quarter of a
                // block on two cores. A document that needs a validator
                // another thread is compiling is set aside, not waited on.
                let mut checked: Vec<Checked> = documents
                    .par_iter()
                    .with_max_len(8)
                    .enumerate()
                    .map(|(index, doc)| {
                        let (mut checked, aside) =
                            may_set_aside(|| self.document(file, *doc, floor));
                        if aside {
                            checked.set_aside = true;
                            return checked;
                        }
                        check(index, checked)
                    })
                    .collect();
                // The documents set aside, checked now that the block's
                // other documents are (the compile they met was one of
                // them), waiting for any compile still running.
                if checked.iter().any(|done| done.set_aside) {
                    checked
                        .par_iter_mut()
                        .enumerate()
                        .filter(|(_, done)| done.set_aside)
                        .for_each(|(index, done)| {
                            *done = check(index, self.document(file, documents[index], floor));
                        });
                }
                checked
            }
            &Block::TooLong {
                number,
                offset,
                len,
            } => vec![self.too_long_line(file, number, offset, len)],
        }
    }
}

#[cfg(test)]
mod tests {
    use std::sync::atomic::Ordering;

    use super::super::shape::{Shapes, SET_ASIDE_COUNT};
    use super::super::{InputFormat, Settings, Validator};

    /// A feed whose Products' validator is being compiled by another
    /// thread (as far as the checks can tell) sets the Products that need
    /// it aside, and checks them again in their place: the report is the
    /// one a run that waited gives, down to the `@id`s the set-aside
    /// Products share with Persons later in the feed.
    #[test]
    fn documents_set_aside_are_checked_again_in_their_place() {
        let line = |i: usize| {
            if i >= 300 {
                let i = i - 300 + 3;
                return format!(
                    r#"{{"@context":"https://schema.org","@type":"Person","@id":"https://example.com/p/{i}","name":"N{i}"}}"#
                );
            }
            let price = if i % 10 == 3 { "1.299,00" } else { "12.50" };
            format!(
                r#"{{"@context":"https://schema.org","@type":"Product","@id":"https://example.com/p/{i}","name":"P{i}","offers":{{"@type":"Offer","price":"{price}","priceCurrency":"EUR"}}}}"#
            )
        };
        let feed: String = (0..300)
            .chain((300..600).step_by(10))
            .map(|i| line(i) + "\n")
            .collect();
        let waited = Validator::new(Settings::default()).validate_bytes(
            "feed.ndjson",
            InputFormat::Ndjson,
            feed.as_bytes(),
        );
        let conflicts = |report: &super::super::Report| {
            report
                .diagnostics()
                .filter(|(d, _)| d.rule == "conflicting-id")
                .count()
        };
        assert_eq!(conflicts(&waited), 30);
        let shapes: &'static Shapes = Box::leak(Box::new(Shapes::new()));
        shapes.claim("Product");
        let before = SET_ASIDE_COUNT.load(Ordering::Relaxed);
        let set_aside = Validator::new(Settings::default())
            .with_shapes(shapes)
            .validate_bytes("feed.ndjson", InputFormat::Ndjson, feed.as_bytes());
        assert!(SET_ASIDE_COUNT.load(Ordering::Relaxed) > before);
        assert_eq!(set_aside.summary.errors, waited.summary.errors);
        assert_eq!(set_aside, waited);
    }
}
