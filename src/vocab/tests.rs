//! Tests of the loaded vocabulary against facts of schema.org 30.0.

use super::{table, Layer, Term, TypeKind, Vocabulary, TABLE};

#[test]
fn committed_table_loads_without_problems() {
    let (vocabulary, problems) = table::parse(TABLE);
    assert!(problems.is_empty(), "{problems:#?}");
    assert_eq!(vocabulary.release(), "30.0");
    assert!(vocabulary.licence().contains("CC BY-SA 3.0"));
    assert_eq!(vocabulary.types().count(), 934);
    assert_eq!(vocabulary.properties().count(), 1521);
    assert_eq!(vocabulary.members().count(), 533);
}

#[test]
fn table_problems_are_reported_not_fatal() {
    let text =
        "@release\t1\nT\tThing\t-\nT\tPerson\tThing Ghost\tshiny\nX\tnope\nP\tname\tThing\tText\n";
    let (vocabulary, problems) = table::parse(text);
    assert_eq!(problems.len(), 4, "{problems:#?}");
    assert!(problems.iter().any(|p| p.contains("unknown type `Ghost`")));
    assert!(problems.iter().any(|p| p.contains("unknown type `Text`")));
    assert!(problems.iter().any(|p| p.contains("unknown flag `shiny`")));
    assert!(problems.iter().any(|p| p.contains("unknown record `X`")));
    assert!(vocabulary.is_subtype("Person", "Thing"));
}

#[test]
fn types_have_their_direct_supertypes() {
    let v = Vocabulary::get();
    let names = |name: &str| -> Vec<&str> {
        let t = v.type_info(name).unwrap();
        t.supertypes()
            .iter()
            .map(|id| v.type_by_id(*id).name())
            .collect()
    };
    assert_eq!(names("Corporation"), ["Organization"]);
    assert_eq!(names("LocalBusiness"), ["Organization", "Place"]);
    assert_eq!(names("Thing"), Vec::<&str>::new());
    assert_eq!(
        v.type_info("https://schema.org/Person").unwrap().name(),
        "Person"
    );
    assert_eq!(v.type_info("schema:Person").unwrap().name(), "Person");
    assert!(v.type_info("Persona").is_none());
}

#[test]
fn subtypes_are_transitive_and_follow_every_parent() {
    let v = Vocabulary::get();
    assert!(v.is_subtype("Corporation", "Organization"));
    assert!(v.is_subtype("Corporation", "Thing"));
    assert!(v.is_subtype("MusicEvent", "Event"));
    assert!(v.is_subtype("IndividualProduct", "Product"));
    assert!(v.is_subtype("NewsArticle", "CreativeWork"));
    assert!(v.is_subtype("BlogPosting", "Article"));
    // Multiple inheritance: a Restaurant is a LocalBusiness, hence both an
    // Organization and a Place.
    assert!(v.is_subtype("Restaurant", "Organization"));
    assert!(v.is_subtype("Restaurant", "Place"));
    assert!(v.is_subtype("Organization", "Organization"));
    assert!(!v.is_subtype("Organization", "Corporation"));
    assert!(!v.is_subtype("Person", "Organization"));
    assert!(!v.is_subtype("Event", "Place"));
    assert!(!v.is_subtype("Unknown", "Thing"));
    assert!(v.is_subtype("URL", "Text"));
    assert!(v.is_subtype("Integer", "Number"));
    let restaurant = v.type_id("Restaurant").unwrap();
    let ancestors: Vec<&str> = v.ancestors(restaurant).map(|t| t.name()).collect();
    for expected in [
        "FoodEstablishment",
        "LocalBusiness",
        "Organization",
        "Place",
        "Thing",
    ] {
        assert!(ancestors.contains(&expected), "{ancestors:?}");
    }
}

#[test]
fn type_kinds_decide_how_values_are_written() {
    let v = Vocabulary::get();
    let kind = |name: &str| v.type_info(name).unwrap().kind();
    for datatype in [
        "Text", "URL", "Number", "Integer", "Float", "Boolean", "Date", "DateTime", "Time",
        "Duration",
    ] {
        assert_eq!(kind(datatype), TypeKind::DataType, "{datatype}");
    }
    assert_eq!(kind("ItemAvailability"), TypeKind::Enumeration);
    assert_eq!(kind("MedicalSpecialty"), TypeKind::Enumeration);
    assert_eq!(kind("Organization"), TypeKind::Entity);
    assert_eq!(kind("Offer"), TypeKind::Entity);
}

#[test]
fn properties_have_domains_and_ranges() {
    let v = Vocabulary::get();
    let start = v.property("startDate").unwrap();
    let ranges: Vec<&str> = start
        .ranges()
        .iter()
        .map(|id| v.type_by_id(*id).name())
        .collect();
    assert_eq!(ranges, ["Date", "DateTime"]);
    let domains: Vec<&str> = start
        .domains()
        .iter()
        .map(|id| v.type_by_id(*id).name())
        .collect();
    assert!(domains.contains(&"Event"));
    assert!(!domains.contains(&"Product"));
    assert!(v.property("startdate").is_none());
}

#[test]
fn domain_checks_understand_subtypes_and_type_arrays() {
    let v = Vocabulary::get();
    assert!(v.property_allowed_on("startDate", &["Event"]));
    assert!(v.property_allowed_on("startDate", &["MusicEvent"]));
    assert!(!v.property_allowed_on("startDate", &["Product"]));
    assert!(!v.property_allowed_on("startDate", &["IndividualProduct"]));
    // The union over an @type array: allowed when any type allows it.
    assert!(v.property_allowed_on("startDate", &["Product", "Event"]));
    assert!(v.property_allowed_on("legalName", &["Corporation"]));
    assert!(v.property_allowed_on("gtin13", &["IndividualProduct"]));
    assert!(v.property_allowed_on("name", &["Corporation"]));
    // LocalBusiness inherits Place's properties too.
    assert!(v.property_allowed_on("geo", &["Restaurant"]));
    assert!(!v.property_allowed_on("geo", &["Corporation"]));
    assert!(!v.property_allowed_on("noSuchProperty", &["Thing"]));
    assert!(!v.property_allowed_on("startDate", &["NoSuchType"]));
    // A property that declares no domain is allowed anywhere.
    assert!(v.property_allowed_on("interactionCount", &["Person"]));
}

#[test]
fn enumeration_members_belong_to_their_enumerations() {
    let v = Vocabulary::get();
    let availability: Vec<&str> = v
        .enumeration_members("ItemAvailability")
        .map(|m| m.name())
        .collect();
    for member in [
        "InStock",
        "OutOfStock",
        "PreOrder",
        "BackOrder",
        "Discontinued",
    ] {
        assert!(availability.contains(&member), "{availability:?}");
    }
    assert!(v.is_enumeration_member("ItemAvailability", "InStock"));
    assert!(v.is_enumeration_member("ItemAvailability", "https://schema.org/InStock"));
    assert!(!v.is_enumeration_member("ItemAvailability", "NewCondition"));
    assert!(v.is_enumeration_member("OfferItemCondition", "NewCondition"));
    // Radiography is a member of two enumerations; a member of a
    // sub-enumeration is a member of its parent.
    assert!(v.is_enumeration_member("MedicalSpecialty", "Radiography"));
    assert!(v.is_enumeration_member("MedicalImagingTechnique", "Radiography"));
    assert!(v.is_enumeration_member("Specialty", "Radiography"));
    assert!(v.is_enumeration_member("Boolean", "True"));
    assert_eq!(v.enumeration_members("Organization").count(), 0);
    assert_eq!(v.enumeration_members("Nope").count(), 0);
}

#[test]
fn superseded_terms_name_their_replacement() {
    let v = Vocabulary::get();
    assert_eq!(
        v.property("episodes").unwrap().superseded_by(),
        Some("episode")
    );
    assert_eq!(
        v.property("serviceArea").unwrap().superseded_by(),
        Some("areaServed")
    );
    assert_eq!(
        v.type_info("UserLikes").unwrap().superseded_by(),
        Some("InteractionCounter")
    );
    assert_eq!(
        v.member("Dermatologic").unwrap().superseded_by(),
        Some("Dermatology")
    );
    assert_eq!(v.property("episode").unwrap().superseded_by(), None);
    match v.term("members") {
        Some(Term::Property(p)) => assert_eq!(p.superseded_by(), Some("member")),
        other => panic!("{other:?}"),
    }
    assert_eq!(
        v.term("Code").and_then(Term::superseded_by),
        Some("SoftwareSourceCode")
    );
}

#[test]
fn pending_and_other_layers_are_flagged() {
    let v = Vocabulary::get();
    assert!(v.type_info("PronounceableText").unwrap().is_pending());
    assert!(v.property("abstract").unwrap().is_pending());
    assert!(!v.property("name").unwrap().is_pending());
    assert_eq!(v.property("name").unwrap().layer(), Layer::Core);
    assert_eq!(v.property("abridged").unwrap().layer(), Layer::Bib);
    assert_eq!(v.member("Abdomen").unwrap().layer(), Layer::HealthLifesci);
    assert_eq!(v.term("Class").map(Term::layer), Some(Layer::Meta));
    let pending = v.properties().filter(|p| p.is_pending()).count()
        + v.types().filter(|t| t.is_pending()).count()
        + v.members().filter(|m| m.is_pending()).count();
    assert_eq!(pending, 842);
}

#[test]
fn each_datatype_checks_its_most_specific_form() {
    use super::terms::Literal;
    let v = Vocabulary::get();
    // Not datatypes (the last two): values are nodes or members, never
    // read as literals.
    for (name, expected) in [
        ("URL", Literal::Url),
        ("Text", Literal::Text),
        ("CssSelectorType", Literal::Text),
        ("Integer", Literal::Integer),
        ("Float", Literal::Number),
        ("Number", Literal::Number),
        ("Boolean", Literal::Boolean),
        ("DateTime", Literal::DateTime),
        ("Date", Literal::Date),
        ("Time", Literal::Time),
        ("Duration", Literal::Duration),
        ("Distance", Literal::Quantity),
        ("Mass", Literal::Quantity),
        ("Product", Literal::Other),
        ("ItemAvailability", Literal::Other),
    ] {
        assert_eq!(v.type_info(name).unwrap().literal, expected, "{name}");
    }
}

#[test]
fn properties_know_whether_they_take_members() {
    let v = Vocabulary::get();
    let takes = |name: &str| v.property(name).unwrap().takes_members();
    assert!(takes("availability"));
    assert!(takes("eventStatus"));
    assert!(takes("itemCondition"));
    assert!(!takes("name"));
    assert!(!takes("offers"));
    assert!(!takes("price"));
    // Every property whose ranges include an enumeration, and no other.
    for property in v.properties() {
        let expected = property
            .ranges()
            .iter()
            .any(|r| v.type_by_id(*r).kind() == TypeKind::Enumeration);
        assert_eq!(property.takes_members(), expected, "{}", property.name());
    }
}

#[test]
fn every_term_is_found_by_its_name_short_or_long() {
    let v = Vocabulary::get();
    // Names over 24 bytes are kept apart from the index's slots: some of
    // each kind must be here for this test to cover them.
    let long = |name: &str| name.len() > 24;
    assert!(v.types().any(|t| long(t.name())));
    assert!(v.properties().any(|p| long(p.name())));
    assert!(v.members().any(|m| long(m.name())));
    for t in v.types() {
        assert_eq!(v.type_id(t.name()), Some(t.id()), "{}", t.name());
    }
    for p in v.properties() {
        assert_eq!(v.property(p.name()).map(|p| p.index()), Some(p.index()));
    }
    for m in v.members() {
        assert!(std::ptr::eq(v.member(m.name()).unwrap(), m), "{}", m.name());
    }
    for absent in ["", "nam", "Name", "offer", "BodyMeasurementTypeEnumeratio"] {
        assert!(v.term(absent).is_none(), "{absent}");
    }
}
