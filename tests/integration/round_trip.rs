//! Export → read back → export again gives the same bytes, for the seed
//! dataset and for generated graphs; every generated export validates
//! against the committed schemas.

use crate::support;

use proptest::prelude::*;
use sdx::jsonld::Dataset;

fn reexport(text: &str) -> String {
    let dataset = Dataset::from_slice("export.jsonld", text.as_bytes(), None)
        .unwrap_or_else(|e| panic!("the export does not load:\n{e}\n{text}"));
    dataset.to_json_ld()
}

#[test]
fn seed_export_reads_back_to_the_same_bytes() {
    let seed = Dataset::read(&support::seed_path(), None).unwrap();
    let first = seed.to_json_ld();
    let second = reexport(&first);
    assert_eq!(first, second);
    assert_eq!(reexport(&second), second);
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn generated_graphs_round_trip_byte_for_byte(document in support::generators::graph(2, 4)) {
        let dataset = Dataset::from_document("generated", document, None)
            .map_err(|e| TestCaseError::fail(format!("generated graph does not load:\n{e}")))?;
        let first = dataset.to_json_ld();
        let second = reexport(&first);
        prop_assert_eq!(&first, &second);

        // The text as written, read as JSON by anyone, holds the same graph.
        let value: serde_json::Value = serde_json::from_str(&first).unwrap();
        prop_assert_eq!(&value, &dataset.to_value());
        support::assert_export_validates(&value);
    }
}
