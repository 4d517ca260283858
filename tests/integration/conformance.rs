//! schema.org's own example corpus as a conformance suite: every example is
//! valid schema.org by definition.

use crate::support::corpus::{self, JsonSection};

#[test]
fn the_corpus_splits_into_its_examples_and_sections() {
    let examples = corpus::examples();
    assert_eq!(
        examples.len(),
        507,
        "schema.org 30.0 publishes 507 examples"
    );
    let mut ids = std::collections::HashSet::new();
    for example in examples {
        assert!(
            example.id.starts_with("eg-") || example.id.chars().all(|c| c.is_ascii_alphanumeric()),
            "{}",
            example.id
        );
        assert!(ids.insert(&example.id), "example id {} twice", example.id);
    }
    let json = examples.iter().filter(|e| e.json.is_some()).count();
    let bare = examples
        .iter()
        .filter(|e| matches!(e.json, Some(JsonSection::Json(_))))
        .count();
    let microdata = examples.iter().filter(|e| e.microdata.is_some()).count();
    let rdfa = examples.iter().filter(|e| e.rdfa.is_some()).count();
    println!("JSON-LD {json} ({bare} bare), microdata {microdata}, RDFa {rdfa}");
    // The counts of the 30.0 release: a change means the splitter lost or
    // invented sections.
    assert_eq!((json, bare, microdata, rdfa), (479, 19, 208, 182));
}
