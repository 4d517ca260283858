//! `unknown-property`: a key read as a schema.org term that names no
//! schema.org property, with the nearest property suggested, preferring
//! those allowed on the node's types (`strtDate` → `startDate`).
//!
//! Keys of other vocabularies (`ex:code`, full IRIs outside schema.org,
//! terms the document's `@context` defines, or any term where the context
//! names another vocabulary beside schema.org's) are left alone.
//!
//! Reading: schema.org's terms are case-sensitive IRIs, so `Name` or
//! `strtDate` names no property, and consumers drop its value: an error.

use crate::diagnostic::Severity;
use crate::rule::{Layer, Rule};
use crate::vocab::Vocabulary;

/// The rule.
pub const RULE: Rule = Rule {
    id: "unknown-property",
    severity: Severity::Error,
    layer: Layer::Vocabulary,
    summary: "A key names no property of the schema.org vocabulary, so consumers ignore its value.",
    help: "Use a schema.org property name (they are case-sensitive); the message suggests the nearest one.",
    why: r##"Consumers ignore keys that are not properties: a misspelled `name` leaves the node without a name."##,
    wrong: r##"{"@type": "Product", "nmae": "Lamp"}"##,
    right: r##"{"@type": "Product", "name": "Lamp"}"##,
};

/// Whether a key the vocabulary does not know is still no fault:
/// schema.org's Action annotations (`query-input`, `result-output`, see
/// https://schema.org/docs/actions.html), a property's name with `-input`
/// or `-output`, which describe what an action needs or gives.
pub fn exempt(vocabulary: &Vocabulary, name: &str) -> bool {
    name.strip_suffix("-input")
        .or_else(|| name.strip_suffix("-output"))
        .is_some_and(|stem| vocabulary.property(stem).is_some())
}

/// The message and, when a property is close, a help line with it.
pub fn describe(name: &str, types: &[&str]) -> (String, Option<String>) {
    match Vocabulary::get().suggest_property(name, types) {
        Some(near) => (
            format!("`{name}` is not a schema.org property; did you mean `{near}`?"),
            Some(format!("rename the key to `{near}`")),
        ),
        None => (format!("`{name}` is not a schema.org property"), None),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn spares_action_annotations_and_suggests() {
        let vocabulary = Vocabulary::get();
        assert!(exempt(vocabulary, "query-input"));
        assert!(exempt(vocabulary, "result-output"));
        assert!(!exempt(vocabulary, "strtDate"));
        let (message, help) = describe("strtDate", &["Event"]);
        assert!(message.contains("did you mean `startDate`?"), "{message}");
        assert_eq!(help.as_deref(), Some("rename the key to `startDate`"));
    }
}
