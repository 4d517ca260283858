//! The rules, one a file. Each file holds a [`Rule`]
//! const and, for the rules that judge a single value, a cheap `check` that
//! returns `Ok(())` without allocating for a good value and builds its
//! message only on failure.

pub mod conflicting_id;
pub mod dangling_reference;
pub mod date_order;
pub mod date_with_time;
pub mod duplicate_id;
pub mod duplicate_key;
pub mod empty_value;
pub mod inconsistent_markup;
pub mod invalid_currency;
pub mod invalid_date;
pub mod invalid_enum;
pub mod invalid_gtin;
pub mod invalid_json;
pub mod invalid_jsonld;
pub mod invalid_language;
pub mod invalid_price;
pub mod invalid_url;
pub mod limit_exceeded;
pub mod missing_base;
pub mod missing_context;
pub mod missing_type;
pub mod misspelled_context;
pub mod non_iso_currency;
pub mod number_for_text;
pub mod pending_term;
pub mod properties;
pub mod property_not_in_domain;
pub mod reference_type;
pub mod relative_url;
pub mod schema;
pub mod social_card_type;
pub mod social_missing_description;
pub mod social_missing_image;
pub mod social_missing_site;
pub mod social_missing_title;
pub mod social_relative_url;
pub mod superseded_term;
pub mod text_for_entity;
pub mod unexpected_node_type;
pub mod unexpected_value_type;
pub mod unknown_property;
pub mod unknown_type;
pub mod unmodeled_property;
pub mod unreadable_file;
pub mod unsupported_context;

use crate::tree::Node;

use super::rule::Rule;

/// A rule that fired, before it is placed in a file: the pointer is inside
/// the document, the position is found later (and only if reported).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    /// The rule that fired.
    pub rule: &'static Rule,
    /// RFC 6901 pointer to the value at fault inside its document.
    pub pointer: String,
    /// What is wrong.
    pub message: String,
    /// What to do, when it is more specific than the rule's help line.
    pub help: Option<String>,
}

impl Finding {
    /// A finding of `rule` at `pointer`.
    pub fn new(
        rule: &'static Rule,
        pointer: impl Into<String>,
        message: impl Into<String>,
    ) -> Finding {
        Finding {
            rule,
            pointer: pointer.into(),
            message: message.into(),
            help: None,
        }
    }

    /// Replaces the rule's default help line.
    pub fn with_help(mut self, help: impl Into<String>) -> Finding {
        self.help = Some(help.into());
        self
    }
}

/// What a rule that judges one value says when the value fails: the rule
/// (it may hand over to a related one, as `invalid-date` does to
/// `date-with-time`), the message, and a help line more specific than the
/// rule's. The walker adds the pointer.
pub type Failure = (&'static Rule, String, Option<String>);

/// How a JSON value reads in a message: its kind and, for scalars, a short
/// rendering of it.
pub fn describe(value: &Node) -> String {
    match value {
        Node::Null => "null".to_owned(),
        Node::Bool(b) => format!("the boolean {b}"),
        Node::Number(n) => format!("the number {n}"),
        Node::String(s) => format!("the text `{}`", shorten(s)),
        Node::Array(_) => "a list".to_owned(),
        Node::Object(object) => match super::normalize::keyword(object, "@type") {
            Some(Node::String(t)) => {
                let name = crate::model::schema_org_term(t);
                let article = if name.starts_with(['A', 'E', 'I', 'O', 'U']) {
                    "an"
                } else {
                    "a"
                };
                format!("{article} {name} node")
            }
            _ if object.len() == 1 && super::normalize::keyword(object, "@id").is_some() => {
                "an {\"@id\"} reference".to_owned()
            }
            _ => "an object".to_owned(),
        },
    }
}

/// `text`, cut to a length that fits in a one-line message.
pub fn shorten(text: &str) -> std::borrow::Cow<'_, str> {
    const MAX: usize = 60;
    match text.char_indices().nth(MAX) {
        None => text.into(),
        Some((cut, _)) => format!("{}…", &text[..cut]).into(),
    }
}
