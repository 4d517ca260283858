//! The semantic rules on one property value, dispatched by what the
//! property's range expects. They own the scalar values (texts, numbers,
//! booleans) of the properties they know: the vocabulary layer leaves those
//! to them and judges nodes, so each value has one judge.
//!
//! Each value is read the way the model's datatypes read it (the same
//! parsers): a form schema.org allows but consumers may lose is a warning,
//! a value no consumer can read is an error. A good value returns `None`
//! without allocating; the finding (without its pointer, which the caller
//! knows) is built only on failure.

use crate::tree::Node;

use super::rules::invalid_url::UrlProblem;
use super::rules::properties::Expect;
use super::rules::{self, describe, Failure, Finding};

/// A finding whose pointer is not known yet.
pub struct Pending(Finding);

impl Pending {
    fn new(rule: &'static super::rule::Rule, message: String, help: Option<String>) -> Pending {
        let finding = Finding::new(rule, String::new(), message);
        Pending(match help {
            Some(help) => finding.with_help(help),
            None => finding,
        })
    }

    pub fn at(self, pointer: String) -> Finding {
        Finding { pointer, ..self.0 }
    }
}

/// The rule that says a value of `expected` is of the wrong JSON kind.
fn kind_rule(expected: Expect) -> &'static super::rule::Rule {
    match expected {
        Expect::Date(_) => &rules::invalid_date::RULE,
        Expect::Url { .. } => &rules::invalid_url::RULE,
        Expect::Currency => &rules::invalid_currency::RULE,
        Expect::Gtin(_) => &rules::invalid_gtin::RULE,
        Expect::Price => &rules::invalid_price::RULE,
        Expect::Enum(_) => &rules::invalid_enum::RULE,
        Expect::Language | Expect::Identifier => &rules::unexpected_value_type::RULE,
    }
}

/// The semantic rules on one value. `None` (and no allocation) when good.
/// Nodes, value objects, `null` and empty values are not theirs (see
/// [`rules::empty_value`]).
pub fn check_value(expected: Expect, name: &str, value: &Node) -> Option<Pending> {
    // A rule that judges every kind of JSON value itself.
    if let Expect::Date(kind) = expected {
        return rules::invalid_date::check_value(kind, name, value)
            .map(|(rule, message, help)| Pending::new(rule, message, help));
    }
    let text = match value {
        Node::String(text) if !crate::model::is_blank(text) => text.as_str(),
        Node::String(_) | Node::Object(_) | Node::Array(_) | Node::Null => return None,
        Node::Number(number) => return check_number(expected, name, number),
        Node::Bool(_) => {
            return Some(Pending::new(
                kind_rule(expected),
                format!("`{name}` should be text; found {}", describe(value)),
                None,
            ))
        }
    };
    check_text(expected, name, text)
}

/// A JSON number where the range is read from text.
fn check_number(expected: Expect, name: &str, number: &serde_json::Number) -> Option<Pending> {
    let digits = number.is_u64().then(|| number.to_string());
    let warn = || {
        Some(Pending::new(
            &rules::number_for_text::RULE,
            rules::number_for_text::describe(name, number),
            None,
        ))
    };
    match expected {
        Expect::Price => rules::invalid_price::check_number(name, number)
            .err()
            .map(|m| Pending::new(&rules::invalid_price::RULE, m, None)),
        Expect::Identifier => warn(),
        // A GTIN as a number: its digits are read.
        Expect::Gtin(_) if digits.is_some() => {
            let digits = digits.unwrap_or_default();
            check_text(expected, name, &digits).or_else(warn)
        }
        _ => Some(Pending::new(
            kind_rule(expected),
            format!("`{name}` should be text; found the number {number}"),
            None,
        )),
    }
}

/// A text, read the way the model's datatype for `expected` reads it.
fn check_text(expected: Expect, name: &str, text: &str) -> Option<Pending> {
    let failure = match expected {
        // Judged whole by its rule (see `check_value`).
        Expect::Date(_) => None,
        Expect::Url { nodes } => url(nodes, name, text),
        Expect::Currency => match rules::invalid_currency::check(name, text) {
            Ok(true) => None,
            Ok(false) => rules::non_iso_currency::check(name, text)
                .map(|(m, help)| (&rules::non_iso_currency::RULE, m, help)),
            Err(message) => Some((&rules::invalid_currency::RULE, message, None)),
        },
        Expect::Gtin(len) => rules::invalid_gtin::check(len, name, text)
            .err()
            .map(|m| (&rules::invalid_gtin::RULE, m, None)),
        Expect::Price => rules::invalid_price::check_text(name, text)
            .err()
            .map(|m| (&rules::invalid_price::RULE, m, None)),
        Expect::Enum(enumeration) => rules::invalid_enum::check(enumeration, name, text)
            .err()
            .map(|(m, help)| (&rules::invalid_enum::RULE, m, help)),
        Expect::Language => rules::invalid_language::check(name, text)
            .err()
            .map(|m| (&rules::invalid_language::RULE, m, None)),
        Expect::Identifier => None,
    };
    failure.map(|(rule, message, help)| Pending::new(rule, message, help))
}

/// A URL text. Where the range also takes nodes, a text that is no URL
/// may stand for a node: `text-for-entity` decides, not the URL rules.
fn url(nodes: bool, name: &str, text: &str) -> Option<Failure> {
    match rules::invalid_url::check(name, text) {
        Ok(()) => None,
        Err(UrlProblem::Relative(_)) | Err(UrlProblem::Invalid(_))
            if nodes && rules::text_for_entity::stands_for_node(text) =>
        {
            rules::text_for_entity::describe_name(name)
                .map(|m| (&rules::text_for_entity::RULE, m, None))
        }
        Err(UrlProblem::Relative(message)) => Some((
            &rules::relative_url::RULE,
            message,
            rules::invalid_url::scheme_help(text),
        )),
        Err(UrlProblem::Invalid(message)) => Some((&rules::invalid_url::RULE, message, None)),
    }
}
