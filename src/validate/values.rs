//! The semantic rules on one property value, dispatched by what the
//! property's range expects. A good value returns `None` without
//! allocating; the finding (without its pointer, which the caller knows)
//! is built only on failure.

use crate::tree::Node;

use super::rules::invalid_url::UrlProblem;
use super::rules::properties::Expect;
use super::rules::{self, describe, Finding};

/// A finding whose pointer is not known yet.
pub struct Pending(Finding);

impl Pending {
    fn new(rule: &'static super::registry::Rule, message: String, help: Option<String>) -> Pending {
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

/// The semantic rules on one value. `None` (and no allocation) when good.
pub fn check_value(expected: Expect, name: &str, value: &Node) -> Option<Pending> {
    let text = match value {
        Node::String(text) => text.as_str(),
        // Nodes and value objects are checked as nodes, not as values.
        Node::Object(_) | Node::Null => return None,
        Node::Number(_) if expected == Expect::Price => "",
        other => {
            let rule = match expected {
                Expect::Date(_) => &rules::invalid_date::RULE,
                Expect::Url => &rules::invalid_url::RULE,
                Expect::Currency => &rules::invalid_currency::RULE,
                Expect::Gtin(_) => &rules::invalid_gtin::RULE,
                Expect::Price => &rules::invalid_price::RULE,
                Expect::Enum(_) => &rules::invalid_enum::RULE,
                Expect::Language => &rules::invalid_language::RULE,
            };
            return Some(Pending::new(
                rule,
                format!("`{name}` should be text; found {}", describe(other)),
                None,
            ));
        }
    };
    let failure = match expected {
        Expect::Date(kind) => rules::invalid_date::check(kind, name, text)
            .err()
            .map(|m| (&rules::invalid_date::RULE, m, None)),
        Expect::Url => match rules::invalid_url::check(name, text) {
            Ok(()) => None,
            Err(UrlProblem::Relative(m)) => Some((&rules::relative_url::RULE, m, None)),
            Err(UrlProblem::Invalid(m)) => Some((&rules::invalid_url::RULE, m, None)),
        },
        Expect::Currency => rules::invalid_currency::check(name, text)
            .err()
            .map(|(m, help)| (&rules::invalid_currency::RULE, m, help)),
        Expect::Gtin(len) => rules::invalid_gtin::check(len, name, text)
            .err()
            .map(|m| (&rules::invalid_gtin::RULE, m, None)),
        Expect::Price => rules::invalid_price::check(name, value)
            .err()
            .map(|m| (&rules::invalid_price::RULE, m, None)),
        Expect::Enum(enumeration) => rules::invalid_enum::check(enumeration, name, text)
            .err()
            .map(|(m, help)| (&rules::invalid_enum::RULE, m, help)),
        Expect::Language => rules::invalid_language::check(name, text)
            .err()
            .map(|m| (&rules::invalid_language::RULE, m, None)),
    };
    failure.map(|(rule, message, help)| Pending::new(rule, message, help))
}
