//! What a rule says, and the words it says it with: the [`Failure`] a rule
//! that judges one value returns (and the [`Diagnostic`] it becomes, the
//! finding every other rule builds with [`Rule::finding`]), the
//! [`ValueRule`] hook such a rule is dispatched through, and how a value
//! reads in a message.
//!
//! It sits below the rule files (they import it, it imports none of them),
//! so the list of rules in `rules/mod.rs` and the rules it lists never
//! import each other.

use crate::diagnostic::Diagnostic;
use crate::rule::Rule;
use crate::tree::Node;

/// The finding a value rule's [`Failure`] makes at `pointer`: the rule's
/// help line, unless the failure has one of its own.
pub fn failed((rule, message, help): Failure, pointer: String) -> Diagnostic {
    let finding = rule.finding(pointer, message);
    match help {
        Some(help) => finding.with_help(help),
        None => finding,
    }
}

/// What a rule that judges one value says when the value fails: the rule
/// (it may hand over to a related one, as `invalid-date` does to
/// `date-with-time`), the message, and a help line more specific than the
/// rule's. The walker adds the pointer.
pub type Failure = (&'static Rule, String, Option<String>);

/// A rule that judges the values of the properties it claims, one value
/// at a time (`invalid-date`, `invalid-price`…). Each property has at most
/// one such judge; the walk finds it once per property of the vocabulary
/// (see `properties::expect_property`) and calls its check on every value.
#[derive(Debug)]
pub struct ValueRule {
    /// The rule's descriptor.
    pub rule: &'static Rule,
    /// Whether it judges the values of a property, by its canonical name,
    /// and with which reading: a small number only its check interprets (a
    /// GTIN's length, a date's kind). Called once per property, not per
    /// value.
    pub claims: fn(property: &str) -> Option<u8>,
    /// Judges one value of any JSON kind: `None`, without allocating, for
    /// a good one (and for what is not the rule's: a node, a list, `null`,
    /// a blank text).
    pub check: fn(reading: u8, property: &str, value: &Node) -> Option<Failure>,
}

/// The failure of `rule` for a value that should be text and is a number
/// or a boolean.
pub fn not_text(rule: &'static Rule, property: &str, value: &Node) -> Option<Failure> {
    Some((
        rule,
        format!("`{property}` should be text; found {}", describe(value)),
        None,
    ))
}

/// The text of a value a value rule reads: a text that is not blank.
/// Blank texts are `empty-value`'s, nodes and lists the vocabulary's.
pub fn text<'a>(value: &'a Node<'_>) -> Option<&'a str> {
    match value {
        Node::String(text) if !crate::model::is_blank(text) => Some(text),
        _ => None,
    }
}

/// How a JSON value reads in a message: its kind and, for scalars, a short
/// rendering of it.
pub fn describe(value: &Node) -> String {
    match value {
        Node::Null => "null".to_owned(),
        Node::Bool(b) => format!("the boolean {b}"),
        Node::Number(n) => format!("the number {n}"),
        Node::String(s) => format!("the text `{}`", shorten(s)),
        Node::Array(_) => "a list".to_owned(),
        Node::Object(object) => match crate::validate::normalize::keyword(object, "@type") {
            Some(Node::String(t)) => {
                let name = crate::model::schema_org_term(t);
                let article = if name.starts_with(['A', 'E', 'I', 'O', 'U']) {
                    "an"
                } else {
                    "a"
                };
                format!("{article} {name} node")
            }
            _ if object.len() == 1
                && crate::validate::normalize::keyword(object, "@id").is_some() =>
            {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::diagnostic::Severity;
    use crate::rule::Layer;

    /// A rule of the tests' own: the rule files import this module, so it
    /// names none of them.
    const RULE: Rule = Rule {
        id: "test-rule",
        severity: Severity::Error,
        layer: Layer::Semantic,
        summary: "A rule for the tests.",
        help: "The rule's help line.",
        why: "",
        wrong: "",
        right: "",
    };

    #[test]
    fn a_failure_is_a_finding_with_its_own_help_or_the_rules() {
        let finding = failed(
            (&RULE, "`price`: bad".to_owned(), None),
            "/price".to_owned(),
        );
        assert_eq!(
            (finding.rule, finding.severity, finding.pointer.as_str()),
            ("test-rule", Severity::Error, "/price")
        );
        assert_eq!(finding.help.as_deref(), Some(RULE.help));
        assert!(finding.file.is_empty(), "the stage names the file");
        let help = Some("did you mean `EUR`?".to_owned());
        let finding = failed((&RULE, "m".to_owned(), help), "/c".to_owned());
        assert_eq!(finding.help.as_deref(), Some("did you mean `EUR`?"));
        assert_eq!((finding.line, finding.column), (None, None));
    }
}
