//! One input file to checked documents: read (a feed streamed block by
//! block through `feed.rs`), parse each document once with serde_json, run
//! the layers, and place findings, only for documents that have some.

use std::io::Read;

use super::check;
use super::collect::{Collector, Floor};
use super::cross::SiteStore;
use super::feed::{Sink, Sites};
use super::findings::Gate;
use super::ingest::ndjson::Blocks;
use super::ingest::{self, DocKind, Document, InputFormat};
use super::parse::ParseError;
use super::report::locate::Placer;
use super::report::severity_index;

use super::rules;
use super::{Checked, FileOutcome, Job, Source, Stream, Validator};
use crate::diagnostic::{Diagnostic, Severity};

impl Validator {
    /// Checks the documents of one input, the `file`-th of the run.
    pub(super) fn file(
        &self,
        file: u32,
        job: &Job,
        store: &SiteStore,
        stdin: Option<&Stream<'_>>,
    ) -> Result<FileOutcome, String> {
        let cap = self.settings.limits.max_diagnostics;
        let mut collector = Collector::new(cap);
        let sites = Sites { file, store };
        self.documents_of(job, sites, stdin, false, &mut |checked| {
            collector.take(checked)
        })?;
        Ok(collector.outcome)
    }

    /// Checks the documents of `job`, handing them to `sink` block by block
    /// in document order. `eager`: each block as soon as it is checked, and
    /// standard input's lines as soon as they are read (`--format ndjson`).
    pub(super) fn documents_of(
        &self,
        job: &Job,
        sites: Sites<'_>,
        stdin: Option<&Stream<'_>>,
        eager: bool,
        sink: &mut Sink<'_>,
    ) -> Result<(), String> {
        let unreadable = |error: std::io::Error| format!("cannot read {}: {error}", job.name);
        let max = self.settings.limits.max_document_size;
        match (&job.source, job.format) {
            (Source::Stdin, _) => {
                let Some(stream) = stdin else {
                    return Err("cannot read standard input: not given".to_owned());
                };
                let mut reader = stream
                    .lock()
                    .unwrap_or_else(|poisoned| poisoned.into_inner());
                let reader: &mut (dyn Read + Send) = &mut **reader;
                let mut blocks = Blocks::new(reader, None, max);
                if eager {
                    blocks = blocks.eager();
                }
                self.feed(&job.name, blocks, sites, eager, sink)
                    .map_err(|error| format!("cannot read standard input: {error}"))
            }
            (Source::Path(path), InputFormat::Ndjson) => {
                let file = std::fs::File::open(path).map_err(unreadable)?;
                let blocks = Blocks::new(file, job.range, max);
                self.feed(&job.name, blocks, sites, eager, sink)
                    .map_err(unreadable)
            }
            (Source::Memory(bytes), InputFormat::Ndjson) => self
                .feed(
                    &job.name,
                    Blocks::new(&bytes[..], job.range, max),
                    sites,
                    eager,
                    sink,
                )
                .map_err(unreadable),
            (source, format) => {
                let owned;
                let bytes: &[u8] = match source {
                    // Streamed above, as a feed.
                    Source::Stdin => return Ok(()),
                    Source::Path(path) => {
                        // Pages and JSON files are read whole: refuse one
                        // over the size limit before reading it.
                        let size = std::fs::metadata(path).map_err(unreadable)?.len();
                        if size > max {
                            sink(vec![self.too_large_file(&job.name, format, Some(size))]);
                            return Ok(());
                        }
                        // The size on disk can be 0 for a device or a pipe:
                        // never read more than the limit allows either way.
                        let mut bytes = Vec::new();
                        std::fs::File::open(path)
                            .and_then(|file| {
                                file.take(max.saturating_add(1)).read_to_end(&mut bytes)
                            })
                            .map_err(unreadable)?;
                        if bytes.len() as u64 > max {
                            sink(vec![self.too_large_file(&job.name, format, None)]);
                            return Ok(());
                        }
                        owned = bytes;
                        &owned
                    }
                    Source::Memory(bytes) => {
                        let len = bytes.len() as u64;
                        if len > max {
                            // Standard input is read up to one byte past the limit.
                            let size = (len != max.saturating_add(1)).then_some(len);
                            sink(vec![self.too_large_file(&job.name, format, size)]);
                            return Ok(());
                        }
                        bytes
                    }
                };
                self.advance(bytes.len() as u64);
                let mut checked = match format {
                    InputFormat::Html => {
                        let ranges = ingest::html::script_ranges(bytes).map_err(|error| {
                            format!("cannot read {} as HTML: {error}", job.name)
                        })?;
                        let scripts = ingest::html::documents(bytes, &ranges);
                        // As for a feed's lines: once the page holds
                        // `--max-diagnostics` findings at least as severe,
                        // the next scripts' lesser ones are only counted.
                        let mut seen = Floor::new(self.settings.limits.max_diagnostics);
                        let mut floor = None;
                        let mut checked: Vec<Checked> = Vec::with_capacity(scripts.len());
                        for doc in &scripts {
                            let one = self.document(&job.name, *doc, floor);
                            floor = seen.observe(std::slice::from_ref(&one));
                            checked.push(one);
                        }
                        checked.extend(self.page_markup(&job.name, bytes, &scripts));
                        checked
                    }
                    _ => vec![self.document(&job.name, ingest::json::document(bytes), None)],
                };
                for (doc, checked) in checked.iter_mut().enumerate() {
                    sites.keep(doc as u64, checked);
                }
                sink(checked);
                Ok(())
            }
        }
    }

    pub(super) fn advance(&self, bytes: u64) {
        if let Some(progress) = &self.progress {
            progress(bytes);
        }
    }

    /// Parses and checks one document; places its findings if it has any,
    /// except those no more severe than `floor`, only counted: the file
    /// will not keep them.
    pub(super) fn document(
        &self,
        file: &str,
        document: Document<'_>,
        floor: Option<Severity>,
    ) -> Checked {
        let text = document.text();
        let mut out = Checked::empty(document.kind, document.span);
        let limits = &self.settings.limits;
        let parsed = if rules::limit_exceeded::over_size(text.len(), limits) {
            let finding = rules::limit_exceeded::too_large(Some(text.len() as u64), limits);
            Err((finding, Where::Offset(0)))
        } else {
            super::parse::document(text, limits.max_depth).map_err(|error| match error {
                ParseError::TooDeep => (
                    rules::limit_exceeded::too_deep(limits.max_depth),
                    Where::Offset(
                        super::ingest::limits::too_deep(text, limits.max_depth).unwrap_or(0),
                    ),
                ),
                ParseError::Json(error) => (
                    rules::invalid_json::finding(&error, text, document.kind),
                    Where::LineColumn(error.line(), error.column()),
                ),
            })
        };
        let super::parse::Parsed {
            value,
            repeated,
            canonical,
        } = match parsed {
            Ok(parsed) => parsed,
            Err((finding, at)) => {
                // A document that could not be read was not checked at all:
                // `invalid-json` is reported even when ignored or not
                // selected, at its default severity, so that such a file
                // is never "No problems found".
                let configured = self.settings.severity_of(finding.rule);
                let unreadable = finding.rule == rules::invalid_json::RULE.id;
                if configured.is_some() || unreadable {
                    let placer = Placer::new(document);
                    let place = match at {
                        Where::Offset(offset) => placer.at_offset(offset),
                        Where::LineColumn(line, column) => placer.at_line_column(line, column),
                    };
                    let severity = configured.unwrap_or(finding.severity);
                    let diagnostic = self.diagnostic(file, finding, severity, Some(&place));
                    out.diagnostics.push((diagnostic, Some(place.source)));
                }
                return out;
            }
        };
        let severity = |id: &str| self.settings.severity_of(id);
        let gate = Gate {
            severity: &severity,
            floor,
            cap: self.settings.limits.max_diagnostics,
        };
        let mut checked = check::DocumentCheck::run_gated(self.shapes, &value, canonical, gate);
        let mut profiled = Vec::new();
        super::profiles::check_document(
            self.settings.profiles(),
            &|rule| self.settings.severity(rule),
            &value,
            &mut profiled,
        );
        out.nodes = checked.nodes;
        out.unmodeled = checked.unmodeled;
        out.sites = std::mem::take(&mut checked.sites);
        let mut findings = checked.findings;
        findings.extend(profiled);
        findings.extend(
            repeated
                .into_iter()
                .map(|(pointer, key)| rules::duplicate_key::finding(pointer, &key)),
        );
        let (built, counted) = findings.into_parts();
        out.unplaced.add(&counted);
        let cap = self.settings.limits.max_diagnostics;
        // Findings of this document seen so far, by severity (info,
        // warning, error). A finding after `cap` at least as severe in its
        // own document cannot be kept either, whatever the file holds
        // (see `collect`): a document of fifty thousand unknown keys
        // placed each of them, and each placement reads the document.
        let mut seen = [0usize; 3];
        let mut kept = Vec::new();
        for finding in built {
            let Some(severity) = self.settings.severity_of(finding.rule) else {
                continue;
            };
            let rank = severity_index(severity);
            let before: usize = seen[rank..].iter().sum();
            seen[rank] += 1;
            if floor.is_some_and(|floor| severity <= floor) || (cap > 0 && before >= cap) {
                out.unplaced.count(severity);
                continue;
            }
            kept.push((finding, severity));
        }
        if kept.is_empty() {
            return out;
        }
        // All the kept findings' pointers are found in one pass.
        let mut placer = Placer::new(document);
        placer.locate(kept.iter().map(|(finding, _)| finding.pointer.as_str()));
        for (finding, severity) in kept {
            let place = placer.at_pointer(&finding.pointer);
            let diagnostic = self.diagnostic(file, finding, severity, Some(&place));
            out.diagnostics.push((diagnostic, Some(place.source)));
        }
        out
    }
}

/// Where in a document a finding that stopped its reading points.
enum Where {
    Offset(usize),
    LineColumn(usize, usize),
}

impl Validator {
    /// A feed line skipped because it is over the size limit.
    pub(super) fn too_long_line(&self, file: &str, number: u32, offset: u64, len: u64) -> Checked {
        let span = ingest::Span {
            container_offset: offset,
            container_len: 0,
            start: 0,
            len: 0,
            line_base: number.saturating_sub(1),
            column_base: 0,
        };
        let finding = rules::limit_exceeded::too_large(Some(len), &self.settings.limits);
        self.unread(file, DocKind::Line { number }, span, number, finding)
    }

    /// A JSON file or page not read because it is over the size limit.
    fn too_large_file(&self, file: &str, format: InputFormat, size: Option<u64>) -> Checked {
        let span = ingest::Span::default();
        let finding = rules::limit_exceeded::too_large(size, &self.settings.limits);
        let kind = match format {
            InputFormat::Html => DocKind::Script { index: 0 },
            _ => DocKind::Whole,
        };
        self.unread(file, kind, span, 1, finding)
    }

    /// A document with one finding at column 1 of `line` and no source text.
    fn unread(
        &self,
        file: &str,
        kind: DocKind,
        span: ingest::Span,
        line: u32,
        finding: Diagnostic,
    ) -> Checked {
        let mut out = Checked::empty(kind, span);
        if let Some(severity) = self.settings.severity_of(finding.rule) {
            let diagnostic = self.diagnostic(file, finding, severity, None).at(line, 1);
            out.diagnostics.push((diagnostic, None));
        }
        out
    }
}
