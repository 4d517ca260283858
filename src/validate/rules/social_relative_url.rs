//! `social-relative-url`: (profile `social`) a URL-valued social tag that is not an absolute http(s) URL.

use crate::diagnostic::Severity;
use crate::rule::{Layer, Rule};

/// The rule.
pub const RULE: Rule = Rule {
    id: "social-relative-url",
    severity: Severity::Error,
    layer: Layer::Profile,
    summary: "(social profile) An og:image, og:url, twitter:image or other URL tag is not an absolute http(s) URL; crawlers building previews do not resolve relative URLs.",
    help: "Write the absolute URL, with scheme and host: https://example.com/img/1.jpg.",
    why: r##"Crawlers building previews do not resolve relative URLs, so the image or link is missing from the preview."##,
    wrong: r##"<meta property="og:image" content="/img/lamp.jpg">"##,
    right: r##"<meta property="og:image" content="https://example.com/img/lamp.jpg">"##,
};
