//! `inconsistent-markup`: one entity described in two schema.org encodings of the same page (JSON-LD and microdata or RDFa) with different values. Entities match by `@id` (`itemid`, `resource`) or by being the page's first item of the same type; OpenGraph and Twitter tags are not compared.

use crate::diagnostic::Severity;
use crate::validate::rule::{Layer, Rule};

/// The rule.
pub const RULE: Rule = Rule {
    id: "inconsistent-markup",
    severity: Severity::Error,
    layer: Layer::Page,
    summary: "The same entity is described twice on a page, in JSON-LD and in microdata or RDFa, with different values for its name, price or image.",
    help: "Make both descriptions say the same thing, or keep only one of them: search engines pick one at random.",
    why: r##"When the two descriptions disagree, consumers pick one of them and may show the stale price or name."##,
    wrong: r##"<script type="application/ld+json">{"@type": "Product", "offers": {"price": "10"}}</script> … <span itemprop="price">12</span>"##,
    right: r##"the same price (10) in the JSON-LD and in the microdata, or only one of them"##,
};
