//! One input file to checked documents: read (streaming feeds block by
//! block, in parallel), parse each document once with serde_json, run the
//! layers, and place findings, only for documents that have some.

use rayon::prelude::*;
use serde_json::Value;

use super::check;
use super::ingest::{self, DocKind, Document, InputFormat};
use super::locate::Placer;
use super::registry;
use super::rules::{self, Finding};
use super::{Checked, Job, Source, Validator};

impl Validator {
    pub(super) fn file(&self, job: &Job) -> Result<Vec<Checked>, String> {
        let unreadable = |error: std::io::Error| format!("cannot read {}: {error}", job.name);
        match (&job.source, job.format) {
            (Source::Path(path), InputFormat::Ndjson) => {
                let file = std::fs::File::open(path).map_err(unreadable)?;
                let mut checked = Vec::new();
                ingest::ndjson::for_each_block_in(file, job.range, |documents, bytes| {
                    let block: Vec<Checked> = documents
                        .par_iter()
                        .map(|doc| self.document(&job.name, *doc))
                        .collect();
                    checked.extend(block);
                    self.advance(bytes as u64);
                })
                .map_err(unreadable)?;
                Ok(checked)
            }
            (Source::Memory(bytes), InputFormat::Ndjson) => {
                let mut checked = Vec::new();
                ingest::ndjson::for_each_block_in(&bytes[..], job.range, |documents, bytes| {
                    let block: Vec<Checked> = documents
                        .par_iter()
                        .map(|doc| self.document(&job.name, *doc))
                        .collect();
                    checked.extend(block);
                    self.advance(bytes as u64);
                })
                .map_err(unreadable)?;
                Ok(checked)
            }
            (source, format) => {
                let owned;
                let bytes: &[u8] = match source {
                    Source::Path(path) => {
                        owned = std::fs::read(path).map_err(unreadable)?;
                        &owned
                    }
                    Source::Memory(bytes) => bytes,
                };
                self.advance(bytes.len() as u64);
                Ok(match format {
                    InputFormat::Html => {
                        let ranges = ingest::html::script_ranges(bytes).map_err(|error| {
                            format!("cannot read {} as HTML: {error}", job.name)
                        })?;
                        let scripts = ingest::html::documents(bytes, &ranges);
                        let mut checked: Vec<Checked> = scripts
                            .iter()
                            .map(|doc| self.document(&job.name, *doc))
                            .collect();
                        checked.extend(self.page_markup(&job.name, bytes, &scripts));
                        checked
                    }
                    _ => vec![self.document(&job.name, ingest::json::document(bytes))],
                })
            }
        }
    }

    fn advance(&self, bytes: u64) {
        if let Some(progress) = &self.progress {
            progress(bytes);
        }
    }

    /// Parses and checks one document; places its findings if it has any.
    fn document(&self, file: &str, document: Document<'_>) -> Checked {
        let text = document.text();
        let mut out = Checked {
            kind: document.kind,
            span: document.span,
            nodes: 0,
            unmodeled: 0,
            diagnostics: Vec::new(),
            ids: Vec::new(),
            refs: Vec::new(),
            offsets: None,
        };
        let value: Value = match serde_json::from_slice(text) {
            Ok(value) => value,
            Err(error) => {
                let finding = syntax_finding(&error, text, document.kind);
                if self.settings.severity(finding.rule).is_some() {
                    let placer = Placer::new(document);
                    let place = placer.at_line_column(error.line(), error.column());
                    let diagnostic = self.diagnostic(file, &finding, Some(&place));
                    out.diagnostics.push((diagnostic, Some(place.source)));
                }
                return out;
            }
        };
        let mut checked = check::DocumentCheck::run(&self.shapes, &value);
        super::profiles::check_document(
            self.settings.profiles(),
            &|rule| self.settings.severity(rule),
            &value,
            &mut checked.findings,
        );
        out.nodes = checked.nodes;
        out.unmodeled = checked.unmodeled;
        out.ids = checked.ids;
        out.refs = checked.refs;
        let findings = by_precedence(checked.findings);
        let mut placer = None;
        for finding in findings {
            if self.settings.severity(finding.rule).is_none() {
                continue;
            }
            let placer = placer.get_or_insert_with(|| Placer::new(document));
            let place = placer.at_pointer(&finding.pointer);
            let diagnostic = self.diagnostic(file, &finding, Some(&place));
            out.diagnostics.push((diagnostic, Some(place.source)));
        }
        out
    }
}

/// Keeps, at each pointer, only the findings of the highest
/// [`rank`](registry::rank) there (and every unranked finding): a value one
/// rule explains well is not reported again by a more generic one.
pub(super) fn by_precedence(findings: Vec<Finding>) -> Vec<Finding> {
    if findings.len() < 2 {
        return findings;
    }
    let mut best: std::collections::HashMap<&str, u8> = std::collections::HashMap::new();
    for finding in &findings {
        if let Some(rank) = registry::rank(finding.rule) {
            let entry = best.entry(finding.pointer.as_str()).or_insert(rank);
            *entry = (*entry).max(rank);
        }
    }
    let keep: Vec<bool> = findings
        .iter()
        .map(|f| match registry::rank(f.rule) {
            Some(rank) => best.get(f.pointer.as_str()).is_none_or(|b| rank >= *b),
            None => true,
        })
        .collect();
    findings
        .into_iter()
        .zip(keep)
        .filter_map(|(finding, keep)| keep.then_some(finding))
        .collect()
}

/// The finding for a document serde_json could not read.
fn syntax_finding(error: &serde_json::Error, text: &[u8], kind: DocKind) -> Finding {
    let raw = error.to_string();
    let reason = raw
        .rsplit_once(" at line ")
        .map_or(raw.as_str(), |(reason, _)| reason);
    if reason.contains("recursion limit exceeded") {
        return Finding::new(
            &rules::limit_exceeded::RULE,
            "",
            format!(
                "the document nests deeper than {} levels; sdx stops reading it here",
                rules::limit_exceeded::MAX_DEPTH
            ),
        );
    }
    let message = if text.iter().all(u8::is_ascii_whitespace) {
        match kind {
            DocKind::Script { .. } => "the JSON-LD script element is empty".to_owned(),
            _ => "the document is empty".to_owned(),
        }
    } else {
        format!("invalid JSON: {reason}")
    };
    Finding::new(&rules::invalid_json::RULE, "", message)
}
