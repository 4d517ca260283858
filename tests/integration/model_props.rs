//! Any instance of the model sdx can build is data sdx accepts: generated
//! Organization and Person graphs (with embedded images, identifiers,
//! founders and `@id` references) serialize, validate with no finding at
//! all, and read back equal through serde.
//!
//! (When `sdx export` lands, each instance also goes through the export
//! and its output through the same checks.)

use proptest::prelude::*;
use sdx::model::{
    Entity, ImageObject, OneOrMany, Organization, Person, PropertyValue, Scalar, Text, Url,
    ValueOrRef,
};
use sdx::{InputFormat, Settings, Validator};

fn validator() -> &'static Validator {
    static VALIDATOR: std::sync::OnceLock<Validator> = std::sync::OnceLock::new();
    VALIDATOR.get_or_init(|| Validator::new(Settings::default()))
}

const ROOT_ID: &str = "https://example.com/#root";

fn text() -> BoxedStrategy<String> {
    prop_oneof![
        "[A-Za-z][A-Za-z0-9 .&'-]{0,15}",
        // Any printable text: names carry whatever people write. A blank
        // text is no value, which a rule reports: not generated here.
        "\\PC{1,12}".prop_filter("not blank", |t: &String| !t.trim().is_empty()),
    ]
    .boxed()
}

/// One value of a text property.
fn one_text() -> BoxedStrategy<OneOrMany<Text>> {
    text().prop_map(|t| OneOrMany::One(Text::from(t))).boxed()
}

fn url() -> BoxedStrategy<Url> {
    "https://(www\\.)?(nvidia|tesla|openai|x|example)\\.com(/[a-z0-9-]{1,8}){0,2}"
        .prop_map(|s| s.parse().unwrap())
        .boxed()
}

fn some_of<T: std::fmt::Debug + Clone + 'static>(
    item: BoxedStrategy<T>,
) -> BoxedStrategy<OneOrMany<T>> {
    prop_oneof![
        item.clone().prop_map(OneOrMany::One),
        proptest::collection::vec(item, 1..3).prop_map(OneOrMany::Many),
    ]
    .boxed()
}

fn scalar() -> BoxedStrategy<Scalar> {
    prop_oneof![
        any::<bool>().prop_map(Scalar::Boolean),
        any::<i32>().prop_map(|n| Scalar::Number(n.into())),
        text().prop_map(Scalar::Text),
    ]
    .boxed()
}

fn image() -> BoxedStrategy<sdx::model::Image> {
    prop_oneof![
        url().prop_map(ValueOrRef::Value),
        (
            proptest::option::of(url()),
            proptest::option::of(any::<u16>()),
            proptest::option::of(some_of(
                text()
                    .prop_map(|t| ValueOrRef::Value(Text::from(t)))
                    .boxed()
            ))
        )
            .prop_map(|(content_url, width, caption)| {
                ValueOrRef::Ref(Entity::Node(Box::new(ImageObject {
                    content_url: content_url.map(OneOrMany::One),
                    width: width
                        .map(|w| OneOrMany::One(ValueOrRef::Value(Scalar::Number(w.into())))),
                    caption,
                    ..ImageObject::default()
                })))
            }),
    ]
    .boxed()
}

fn identifier() -> BoxedStrategy<sdx::model::Identifier> {
    prop_oneof![
        text().prop_map(|t| ValueOrRef::Value(Text::from(t))),
        (scalar(), proptest::option::of(one_text())).prop_map(|(value, property_id)| {
            ValueOrRef::Ref(Entity::Node(Box::new(PropertyValue {
                value: Some(OneOrMany::One(ValueOrRef::Value(value))),
                property_id,
                ..PropertyValue::default()
            })))
        }),
    ]
    .boxed()
}

/// A person; `employer` references the root organization when there is one.
fn person(employer: bool) -> impl Strategy<Value = Person> {
    (
        one_text(),
        proptest::option::of(one_text()),
        proptest::option::of(some_of(
            text()
                .prop_map(|t| ValueOrRef::Value(Text::from(t)))
                .boxed(),
        )),
        proptest::option::of(url().prop_map(OneOrMany::One)),
        proptest::option::of(some_of(url())),
        proptest::option::of(some_of(image())),
    )
        .prop_map(
            move |(name, family_name, job_title, url, same_as, image)| Person {
                name: Some(name),
                family_name,
                job_title,
                url,
                same_as,
                image,
                works_for: employer.then(|| OneOrMany::One(Entity::id(ROOT_ID))),
                ..Person::default()
            },
        )
}

fn organization() -> impl Strategy<Value = Organization> {
    (
        (
            one_text(),
            proptest::option::of(one_text()),
            proptest::option::of(url().prop_map(OneOrMany::One)),
            proptest::option::of(some_of(image())),
            proptest::option::of(some_of(identifier())),
        ),
        (
            proptest::option::of(some_of(
                person(true)
                    .prop_map(|p| Entity::Node(Box::new(sdx::model::Agent::from(p))))
                    .boxed(),
            )),
            proptest::option::of(one_text()),
            proptest::option::of(
                text().prop_map(|t| OneOrMany::One(ValueOrRef::Value(Text::from(t)))),
            ),
            proptest::option::of(some_of(url())),
        ),
    )
        .prop_map(
            |(
                (name, legal_name, url, logo, identifier),
                (founder, telephone, description, same_as),
            )| {
                Organization {
                    id: Some(sdx::model::NodeId(ROOT_ID.to_owned())),
                    name: Some(name),
                    legal_name,
                    url,
                    logo,
                    identifier,
                    founder,
                    telephone,
                    description,
                    same_as,
                    ..Organization::default()
                }
            },
        )
}

/// The instance as a JSON-LD document: its serde form with the context.
fn document<T: serde::Serialize>(instance: &T) -> String {
    let value = serde_json::to_value(instance).unwrap();
    let serde_json::Value::Object(fields) = value else {
        panic!("a node serializes as an object");
    };
    let mut with_context = serde_json::Map::new();
    with_context.insert("@context".to_owned(), "https://schema.org".into());
    with_context.extend(fields);
    serde_json::to_string_pretty(&with_context).unwrap()
}

fn assert_clean(text: &str) -> Result<(), TestCaseError> {
    let report = validator().validate_bytes("instance.jsonld", InputFormat::Json, text.as_bytes());
    // Clean means no error and no warning. Info notes state facts of the
    // vocabulary (`jobTitle` is in schema.org's pending layer), not faults;
    // only that note may appear.
    let findings: Vec<String> = report
        .diagnostics()
        .filter(|(d, _)| d.severity > sdx::diagnostic::Severity::Info || d.rule != "pending-term")
        .map(|(d, _)| format!("{} {} {}", d.rule, d.pointer, d.message))
        .collect();
    prop_assert!(findings.is_empty(), "{findings:#?}\n{text}");
    prop_assert_eq!(report.summary.documents, 1);
    prop_assert_eq!(report.summary.unmodeled, 0);
    Ok(())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(48))]

    #[test]
    fn organizations_validate_clean_and_round_trip(org in organization()) {
        let text = document(&org);
        assert_clean(&text)?;
        let back: Organization = serde_json::from_str(&text).unwrap();
        prop_assert_eq!(back, org);
    }

    #[test]
    fn people_validate_clean_and_round_trip(person in person(false)) {
        let text = document(&person);
        assert_clean(&text)?;
        let back: Person = serde_json::from_str(&text).unwrap();
        prop_assert_eq!(back, person);
    }
}
