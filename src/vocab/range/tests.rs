use serde_json::json;

use super::{is_duration, is_time, is_url};
use crate::tree::Node;
use crate::vocab::{Fit, Vocabulary};

fn fits(prop: &str, value: serde_json::Value) -> Fit {
    Vocabulary::get().value_fits_property(prop, &Node::from(&value))
}

fn fits_type(range: &str, value: serde_json::Value) -> Fit {
    let v = Vocabulary::get();
    v.value_fits_range(&Node::from(&value), &[v.type_id(range).unwrap()])
}

#[test]
fn text_and_url() {
    assert_eq!(fits("name", json!("NVIDIA")), Fit::Yes);
    // Numbers are accepted as text: postal codes and SKUs often are.
    assert_eq!(fits("postalCode", json!(28001)), Fit::Yes);
    assert_eq!(fits("name", json!(true)), Fit::No);
    assert_eq!(fits_type("URL", json!("https://www.nvidia.com/")), Fit::Yes);
    assert_eq!(
        fits_type("URL", json!("mailto:press@example.com")),
        Fit::Yes
    );
    assert_eq!(fits_type("URL", json!("/about")), Fit::Yes);
    assert_eq!(fits_type("URL", json!("not a url")), Fit::No);
    assert_eq!(fits_type("URL", json!("www.example.com")), Fit::No);
    assert_eq!(
        fits_type("URL", json!({"@id": "https://example.com/"})),
        Fit::Yes
    );
    assert_eq!(fits_type("URL", json!(3)), Fit::No);
}

#[test]
fn numbers_and_booleans() {
    assert_eq!(fits_type("Number", json!(12.5)), Fit::Yes);
    assert_eq!(fits_type("Number", json!("12.50")), Fit::Yes);
    assert_eq!(fits_type("Number", json!("twelve")), Fit::No);
    assert_eq!(fits_type("Float", json!(1)), Fit::Yes);
    assert_eq!(fits_type("Integer", json!(3)), Fit::Yes);
    assert_eq!(fits_type("Integer", json!(3.0)), Fit::Yes);
    assert_eq!(fits_type("Integer", json!(3.5)), Fit::No);
    assert_eq!(fits_type("Integer", json!("42")), Fit::Yes);
    assert_eq!(fits_type("Boolean", json!(false)), Fit::Yes);
    assert_eq!(fits_type("Boolean", json!("true")), Fit::Yes);
    assert_eq!(
        fits_type("Boolean", json!("https://schema.org/True")),
        Fit::Yes
    );
    assert_eq!(fits_type("Boolean", json!("yes")), Fit::No);
    assert_eq!(fits_type("Boolean", json!(1)), Fit::No);
    // `price` is Number or Text: both forms fit.
    assert_eq!(fits("price", json!("1999.00")), Fit::Yes);
    assert_eq!(fits("price", json!(1999)), Fit::Yes);
}

#[test]
fn dates_times_and_durations() {
    assert_eq!(fits("startDate", json!("2025-10-14")), Fit::Yes);
    assert_eq!(
        fits("startDate", json!("2025-10-14T09:30:00-05:00")),
        Fit::Yes
    );
    assert_eq!(fits("startDate", json!("14/10/2025")), Fit::No);
    assert_eq!(fits("startDate", json!("2025-02-30")), Fit::No);
    // ISO 8601 at any precision is a date; the precision a range asks
    // for is the semantic rules' remark, not a misfit.
    assert_eq!(fits_type("DateTime", json!("2025-10-14")), Fit::Yes);
    assert_eq!(fits_type("Date", json!("2025-10-14T09:30")), Fit::Yes);
    assert_eq!(fits_type("Date", json!("1998")), Fit::Yes);
    assert_eq!(fits_type("Date", json!("2006-10")), Fit::Yes);
    assert_eq!(fits_type("Date", json!("8 ago 2023")), Fit::No);
    assert_eq!(fits_type("Time", json!("09:30")), Fit::Yes);
    assert_eq!(fits_type("Time", json!("09:30:15.5+02:00")), Fit::Yes);
    assert_eq!(fits_type("Time", json!("9h30")), Fit::No);
    assert_eq!(fits("duration", json!("PT1H30M")), Fit::Yes);
    assert_eq!(fits_type("Duration", json!("90 minutes")), Fit::No);
    // `duration` also takes a QuantitativeValue, so other text is allowed text.
    assert_eq!(fits("duration", json!("90 minutes")), Fit::TextForEntity);
    assert_eq!(fits_type("Mass", json!("2.5 kg")), Fit::Yes);
}

#[test]
fn lexical_helpers() {
    for good in ["P1Y", "P3DT4H", "PT0.5S", "P2W", "PT15M"] {
        assert!(is_duration(good), "{good}");
    }
    for bad in ["P", "PT", "1H", "P1H", "PT1Y", "P1M1Y", "PxD"] {
        assert!(!is_duration(bad), "{bad}");
    }
    assert!(is_time("23:59:59Z"));
    assert!(is_time("08:00-0500"));
    assert!(!is_time("25:00"));
    assert!(!is_time("08:00+5"));
    assert!(!is_url("https://example.com/a b"));
    assert!(is_url("#main"));
    assert!(!is_url(""));
}

#[test]
fn enumerations_given_as_iris() {
    assert_eq!(
        fits("availability", json!("https://schema.org/InStock")),
        Fit::Yes
    );
    assert_eq!(
        fits("availability", json!("http://schema.org/InStock")),
        Fit::Yes
    );
    assert_eq!(fits("availability", json!("schema:InStock")), Fit::Yes);
    assert_eq!(fits("availability", json!("InStock")), Fit::Yes);
    // A member of another enumeration, or a schema.org IRI naming no
    // member, is wrong; other text is allowed text.
    assert_eq!(
        fits("availability", json!("https://schema.org/NewCondition")),
        Fit::No
    );
    assert_eq!(
        fits("availability", json!("https://schema.org/InStok")),
        Fit::No
    );
    assert_eq!(fits("availability", json!("in stock")), Fit::TextForEntity);
    assert_eq!(
        fits("availability", json!({"@id": "https://schema.org/InStock"})),
        Fit::Yes
    );
    assert_eq!(
        fits("availability", json!({"@id": "https://schema.org/Friday"})),
        Fit::No
    );
    assert_eq!(fits("availability", json!(1)), Fit::No);
    // A member of a sub-enumeration fits its parent.
    assert_eq!(
        fits_type("Specialty", json!("https://schema.org/Radiography")),
        Fit::Yes
    );
}

#[test]
fn entities_by_subtype_reference_or_text() {
    assert_eq!(
        fits(
            "organizer",
            json!({"@type": "Corporation", "name": "NVIDIA"})
        ),
        Fit::Yes
    );
    assert_eq!(
        fits("location", json!({"@type": "Place", "name": "Tesla"})),
        Fit::Yes
    );
    assert_eq!(
        fits("location", json!({"@type": "VirtualLocation"})),
        Fit::Yes
    );
    assert_eq!(fits("location", json!({"@type": "Restaurant"})), Fit::Yes);
    assert_eq!(fits("organizer", json!({"@type": "Product"})), Fit::No);
    // Any of several types fitting is enough.
    assert_eq!(
        fits("organizer", json!({"@type": ["Product", "Organization"]})),
        Fit::Yes
    );
    assert_eq!(
        fits("organizer", json!({"@id": "https://www.nvidia.com/#org"})),
        Fit::Yes
    );
    assert_eq!(fits("organizer", json!({"name": "NVIDIA"})), Fit::Yes);
    assert_eq!(fits("organizer", json!("NVIDIA")), Fit::TextForEntity);
    assert_eq!(fits("organizer", json!(7)), Fit::No);
    assert_eq!(fits("organizer", json!(null)), Fit::No);
    // Unknown types are not judged here.
    assert_eq!(fits("organizer", json!({"@type": "foaf:Agent"})), Fit::Yes);
    // A Role stands in for the value it qualifies.
    assert_eq!(
        fits(
            "member",
            json!({"@type": "OrganizationRole", "member": {"@type": "Person"}})
        ),
        Fit::Yes
    );
    // A node is no literal.
    assert_eq!(fits("name", json!({"@type": "Person"})), Fit::No);
    assert_eq!(
        fits("startDate", json!({"@id": "https://example.com/d"})),
        Fit::No
    );
}

#[test]
fn lists_and_value_objects() {
    assert_eq!(
        fits(
            "sameAs",
            json!(["https://a.example/", "https://b.example/"])
        ),
        Fit::Yes
    );
    assert_eq!(
        fits("sameAs", json!(["https://a.example/", "nope nope"])),
        Fit::No
    );
    assert_eq!(
        fits("author", json!(["Jane", {"@type": "Person"}])),
        Fit::TextForEntity
    );
    assert_eq!(
        fits("name", json!({"@value": "NVIDIA", "@language": "en"})),
        Fit::Yes
    );
    assert_eq!(fits("startDate", json!({"@value": "2025-10-14"})), Fit::Yes);
    assert_eq!(fits("name", json!({"@list": ["a", "b"]})), Fit::Yes);
    assert_eq!(fits("name", json!([])), Fit::Yes);
    assert_eq!(fits("noSuchProperty", json!(1)), Fit::Yes);
}
