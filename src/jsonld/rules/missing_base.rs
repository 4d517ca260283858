//! `missing-base`: a check `sdx export` runs on a dataset before writing it.
//!
//! Reading: An exported graph names its nodes by absolute IRIs, so that the page embedding it and the consumers reading it agree on them; a relative `@id` needs the base it resolves against.
//!
//! The graph walk (`jsonld/graph_checks.rs`) lists the relative `@id`s of a
//! dataset that has no base, nodes' and references' alike; one finding at the
//! first, counting the others, is decided here.

use crate::diagnostic::{Diagnostic, Severity};
use crate::rule::{Layer, Rule};

/// The rule.
pub const RULE: Rule = Rule {
    id: "missing-base",
    severity: Severity::Error,
    layer: Layer::Dataset,
    summary: "A dataset's relative `@id` (`#nvidia`) has no base IRI to resolve against.",
    help: "Add {\"@base\": \"https://example.com/page\"} to the @context, or pass --base IRI.",
    why: r##"An exported graph is read away from its file, so a relative `@id` would resolve against whatever address it is read from."##,
    wrong: r##"{"@context": "https://schema.org", "@graph": [{"@id": "#nvidia", "@type": "Organization"}]}"##,
    right: r##"{"@context": ["https://schema.org", {"@base": "https://example.com/"}], "@graph": [{"@id": "#nvidia", "@type": "Organization"}]}"##,
};

/// The one finding for a dataset with no base whose `relative` ids (each
/// with the pointer of its `@id`, in document order) are not empty: at the
/// first, counting the others. `None` when there is none.
pub(crate) fn check<'a>(
    file: &str,
    relative: impl Iterator<Item = (&'a str, String)>,
) -> Option<Diagnostic> {
    let mut count = 0;
    let mut first = None;
    for (id, pointer) in relative {
        count += 1;
        first.get_or_insert((id, pointer));
    }
    let (id, pointer) = first?;
    let others = match count {
        1 => String::new(),
        2 => " (and 1 other)".to_owned(),
        n => format!(" (and {} others)", n - 1),
    };
    Some(
        Diagnostic::new(
            RULE.id,
            RULE.severity,
            file,
            pointer,
            format!("`{id}` is a relative @id{others} and the dataset gives no base IRI"),
        )
        .with_help(
            "add {\"@base\": \"https://example.com/page\"} to the @context, or pass --base IRI",
        ),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn ids<'a>(ids: &'a [&'a str]) -> impl Iterator<Item = (&'a str, String)> {
        ids.iter()
            .enumerate()
            .map(|(i, id)| (*id, format!("/@graph/{i}/@id")))
    }

    #[test]
    fn one_finding_at_the_first_relative_id_counting_the_others() {
        assert!(check("d.jsonld", ids(&[])).is_none());
        let one = check("d.jsonld", ids(&["#a"])).expect("a finding");
        assert_eq!(one.rule, "missing-base");
        assert_eq!(one.pointer, "/@graph/0/@id");
        assert_eq!(
            one.message,
            "`#a` is a relative @id and the dataset gives no base IRI"
        );
        let two = check("d.jsonld", ids(&["#a", "#b"])).expect("a finding");
        assert!(two.message.contains("(and 1 other)"), "{}", two.message);
        let three = check("d.jsonld", ids(&["#a", "#b", "#c"])).expect("a finding");
        assert!(
            three.message.contains("(and 2 others)"),
            "{}",
            three.message
        );
    }
}
