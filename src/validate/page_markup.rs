//! The markup of a page besides its JSON-LD scripts, as more documents of
//! the page: its microdata items and its RDFa items (JSON-LD node objects
//! extracted by `crate::markup`, checked by the same layers and rules as a
//! script), and its social meta tags (checked by the `social` profile).
//! Consistency between the formats is checked here too, since it needs
//! every format of the page at once.
//!
//! Findings are placed through the extracted documents' offsets: at the
//! element the value came from, in the page's own lines and columns.

use std::sync::Arc;

use serde_json::Value;

use crate::tree::Node;

use crate::markup::{Offsets, PageMarkup};

use super::check;
use super::ingest::{DocKind, Document, Span};
use super::profiles::social as social_profile;
use super::report::locate::Placer;
use super::rules;
use super::rules::inconsistent_markup::{self as consistency, Format};
use super::{Checked, Validator};
use crate::diagnostic::Diagnostic;

/// The whole page as one document, for placing by byte offset.
fn whole_page(page: &[u8], kind: DocKind) -> Document<'_> {
    Document {
        kind,
        container: page,
        span: Span {
            container_offset: 0,
            container_len: page.len(),
            start: 0,
            len: page.len(),
            line_base: 0,
            column_base: 0,
        },
    }
}

impl Validator {
    /// The microdata, RDFa and meta-tag documents of a page whose JSON-LD
    /// scripts are `scripts`. `file` is the page's name; when it is an
    /// http(s) URL (`--url`), relative URLs resolve against it.
    pub(super) fn page_markup(
        &self,
        file: &str,
        page: &[u8],
        scripts: &[Document<'_>],
    ) -> Vec<Checked> {
        let social_profile = self.settings.runs_profile("social");
        let page_url = url::Url::parse(file)
            .ok()
            .filter(|url| matches!(url.scheme(), "http" | "https"));
        let max_depth = self.settings.limits.max_depth;
        let mut markup = crate::markup::read_markup(page, page_url.as_ref(), max_depth);
        if markup.too_deep {
            let finding = rules::limit_exceeded::page_too_deep();
            let document = whole_page(page, DocKind::Microdata);
            let mut offsets = Offsets::default();
            offsets.insert(String::new(), 0);
            return vec![self.placed(file, document, vec![finding], Arc::new(offsets))];
        }
        if markup.microdata.is_none() && markup.rdfa.is_none() && !social_profile {
            return Vec::new();
        }
        if markup.social.head == 0 {
            markup.social.head = memchr::memmem::find(page, b"<head").unwrap_or(0);
        }
        let mut slots: [Vec<Diagnostic>; 2] = Default::default();
        if self
            .settings
            .severity(&rules::inconsistent_markup::RULE)
            .is_some()
        {
            for (format, finding) in self.consistency(file, page, scripts, &markup) {
                let slot = match format {
                    Format::Microdata => 0,
                    Format::Rdfa => 1,
                    Format::Script(_) => continue,
                };
                slots[slot].push(finding);
            }
        }
        let [microdata, rdfa] = slots;
        let mut out = Vec::new();
        for (kind, extracted, extra) in [
            (DocKind::Microdata, markup.microdata, microdata),
            (DocKind::Rdfa, markup.rdfa, rdfa),
        ] {
            if let Some(mut extracted) = extracted {
                let mut extra = extra;
                if let Some(offset) = extracted.too_deep {
                    // Placed at the first item left out; what was read
                    // above it is still checked.
                    extracted.offsets.insert(String::new(), offset);
                    let label = extracted.markup.label();
                    extra.push(rules::limit_exceeded::markup_too_deep(label, max_depth));
                }
                out.push(self.extracted(
                    file,
                    whole_page(page, kind),
                    &extracted.value,
                    Arc::new(extracted.offsets),
                    extra,
                ));
            }
        }
        if social_profile {
            let meta = social_profile::check(&markup.social);
            let mut checked = self.placed(
                file,
                whole_page(page, DocKind::MetaTags),
                meta,
                Arc::new(social_profile::offsets(&markup.social)),
            );
            checked.nodes = 0;
            out.push(checked);
        }
        out
    }

    fn consistency(
        &self,
        file: &str,
        page: &[u8],
        scripts: &[Document<'_>],
        markup: &PageMarkup,
    ) -> Vec<(Format, Diagnostic)> {
        if markup.microdata.is_none() && markup.rdfa.is_none() {
            return Vec::new();
        }
        let parsed: Vec<Option<Value>> = scripts
            .iter()
            .map(|doc| serde_json::from_slice(doc.text()).ok())
            .collect();
        let parsed: Vec<Option<Node>> = parsed.iter().map(|v| v.as_ref().map(Node::from)).collect();
        let locate = |format: Format, pointer: &str| -> (u32, u32) {
            let place = match format {
                Format::Script(index) => match scripts.get(index) {
                    Some(doc) => Placer::new(*doc).at_pointer(pointer),
                    None => return (0, 0),
                },
                Format::Microdata | Format::Rdfa => {
                    let offsets = match format {
                        Format::Microdata => markup.microdata.as_ref().map(|e| &e.offsets),
                        _ => markup.rdfa.as_ref().map(|e| &e.offsets),
                    };
                    let offset = offsets.and_then(|o| o.find(pointer)).unwrap_or(0);
                    Placer::new(whole_page(page, DocKind::Whole)).at_offset(offset)
                }
            };
            (place.line, place.column)
        };
        consistency::check(file, &parsed, markup, &locate)
    }

    /// Checks an extracted document with every layer and places its
    /// findings, and `extra` ones, at their elements.
    fn extracted(
        &self,
        file: &str,
        document: Document<'_>,
        value: &Value,
        offsets: Arc<Offsets>,
        extra: Vec<Diagnostic>,
    ) -> Checked {
        let root = Node::from(value);
        let checked = check::DocumentCheck::run(self.shapes, &root);
        let mut findings = checked.findings.into_parts().0;
        // Google reads microdata and RDFa as it reads JSON-LD: the same
        // profiles judge them.
        super::profiles::check_document(
            self.settings.profiles(),
            &|rule| self.settings.severity(rule),
            &root,
            &mut findings,
        );
        // HTML resolves an `href` or `src` against the page's address, which
        // every consumer of the markup has: a relative URL there is how
        // pages are written, not a URL read away from its page (sdx keeps it
        // as written only when it does not know the address).
        findings.retain(|f| f.rule != rules::relative_url::RULE.id);
        findings.extend(extra);
        let mut out = self.placed(file, document, findings, offsets);
        out.nodes = checked.nodes;
        out.unmodeled = checked.unmodeled;
        out.sites = checked.sites;
        out
    }

    /// A document with `findings` placed through `offsets`.
    fn placed(
        &self,
        file: &str,
        document: Document<'_>,
        findings: Vec<Diagnostic>,
        offsets: Arc<Offsets>,
    ) -> Checked {
        let mut out = Checked::empty(document.kind, document.span);
        let mut placer = None;
        for finding in findings {
            let Some(severity) = self.settings.severity_of(finding.rule) else {
                continue;
            };
            let placer = placer.get_or_insert_with(|| Placer::new(document));
            let place = placer.at_offset(offsets.find(&finding.pointer).unwrap_or(0));
            let diagnostic = self.diagnostic(file, finding, severity, Some(&place));
            out.diagnostics.push((diagnostic, Some(place.source)));
        }
        out.offsets = Some(offsets);
        out
    }
}
