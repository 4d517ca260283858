//! `relative-url`: a URL property holds a relative reference (`/p/1`,
//! `photo.jpg`, `www.example.com`).
//!
//! Reading: JSON-LD resolves a relative URL against the document's base,
//! the address of the page it is in, so it is valid data. But the same data
//! is read in other places — a feed, a cache, a copy under another URL,
//! the same template on every page — where it resolves against the wrong
//! address or none: a warning. A fragment alone (`#offer`) names a part of
//! the document itself and is not reported. Checked together with
//! [`invalid-url`](super::invalid_url).

use crate::diagnostic::Severity;
use crate::validate::rule::{Layer, Rule};

/// The rule.
pub const RULE: Rule = Rule {
    id: "relative-url",
    severity: Severity::Warning,
    layer: Layer::Semantic,
    summary: "A URL is relative (`/p/1`, `photo.jpg`): it resolves against the page it is read from, and against the wrong address or none wherever the data is read away from that page.",
    help: "Write the absolute URL, with scheme and host: https://example.com/p/1.",
    why: r##"A relative URL means something only on the page it was read from; in a feed, a cache or an export it resolves to the wrong address or none."##,
    wrong: r##"{"@type": "Product", "image": "/img/lamp.jpg"}"##,
    right: r##"{"@type": "Product", "image": "https://example.com/img/lamp.jpg"}"##,
};
