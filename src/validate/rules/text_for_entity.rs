//! `text-for-entity`: plain text where schema.org expects a node
//! (`"author": "Ada Lovelace"`, `"address": "1 Main St"`). schema.org
//! explicitly allows it, so this is information, not a fault: consumers
//! understand a typed node better than a name.
//!
//! Where it fires:
//! - a text that no type of the property's range takes as a value and
//!   one takes as a name, as the vocabulary reads ranges
//!   ([`Fit::TextForEntity`](crate::vocab::Fit)): a node type, or an
//!   enumeration the text is no member of and that names no schema.org
//!   term (a schema.org term of another enumeration is
//!   [`unexpected-value-type`](super::unexpected_value_type)). A property
//!   whose texts a semantic rule owns (dates, URLs, currencies…) is not
//!   read here;
//! - a text of a property whose range is a URL or node types (`image`,
//!   `license`…) that is no URL and [`stands_for_node`]: a bare word or a
//!   text with spaces is a name, not a broken link (which is what
//!   [`invalid-url`](super::invalid_url) and
//!   [`relative-url`](super::relative_url) report).

use crate::diagnostic::Severity;
use crate::rule::{Layer, Rule};
use crate::vocab::PropertyInfo;

/// The rule.
pub const RULE: Rule = Rule {
    id: "text-for-entity",
    severity: Severity::Info,
    layer: Layer::Vocabulary,
    summary: "Text where schema.org expects a node: allowed, but consumers can read less from a name than from a typed node.",
    help: "Write the value as a node, e.g. {\"@type\": \"Person\", \"name\": \"…\"}, when you know its type.",
    why: r##"From a typed node consumers can read a name, a URL and more; from text only a name, and they may not know what it names."##,
    wrong: r##"{"@type": "Book", "author": "Ursula K. Le Guin"}"##,
    right: r##"{"@type": "Book", "author": {"@type": "Person", "name": "Ursula K. Le Guin"}}"##,
};

/// Whether a text that is no URL, where the range takes a URL or nodes,
/// stands for a node: a bare word (no `/`, `.`, `#`, `?` or `:`) or a text
/// with spaces is likelier a name than a path.
pub fn stands_for_node(text: &str) -> bool {
    !text.contains(['/', '.', '#', '?', ':']) || text.contains(char::is_whitespace)
}

/// The message for the property `name`, when it is schema.org's.
pub fn describe_name(name: &str) -> Option<String> {
    crate::vocab::Vocabulary::get().property(name).map(describe)
}

/// The message.
pub fn describe(property: &PropertyInfo) -> String {
    format!(
        "`{}` holds text where schema.org expects {}; it is read as a name",
        property.name(),
        super::unexpected_value_type::ranges(property)
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_stand_for_nodes_and_paths_do_not() {
        assert!(stands_for_node("Acme"));
        assert!(stands_for_node("Ada Lovelace"));
        assert!(stands_for_node("Acme Inc. / Shoes"));
        assert!(!stands_for_node("acme.example"));
        assert!(!stands_for_node("/brands/acme"));
        assert!(!stands_for_node("#acme"));
    }

    #[test]
    fn names_the_ranges() {
        let message = describe_name("author").expect("a schema.org property");
        assert!(
            message.starts_with("`author` holds text where schema.org expects "),
            "{message}"
        );
        assert!(message.ends_with("; it is read as a name"), "{message}");
        assert_eq!(describe_name("notAProperty"), None);
    }
}
