//! `invalid-enum`: a property whose range is a schema.org enumeration
//! (`availability`, `itemCondition`, `eventStatus`, `eventAttendanceMode`)
//! holds something that is not one of its members in any accepted spelling
//! (`InStock`, `schema:InStock`, `http(s)://schema.org/InStock`). Near
//! misses get a suggestion.

use crate::diagnostic::Severity;
use crate::model::enumeration::{closest, unknown_member};
use crate::model::{
    schema_org_term, EventAttendanceMode, EventStatusType, ItemAvailability, OfferItemCondition,
};
use crate::tree::Node;
use crate::rule::{Layer, Rule};

use super::verdict::{not_text, Failure, ValueRule};

/// The rule.
pub const RULE: Rule = Rule {
    id: "invalid-enum",
    severity: Severity::Error,
    layer: Layer::Semantic,
    summary: "An enumeration property (`availability`, `itemCondition`, `eventStatus`, `eventAttendanceMode`) names no member of its enumeration.",
    help: "Use the member's IRI, like https://schema.org/InStock; the message lists or suggests the members.",
    why: r##"Consumers compare enumeration values to the members they know; any other text is ignored, so the product shows no availability."##,
    wrong: r##"{"@type": "Offer", "availability": "in stock"}"##,
    right: r##"{"@type": "Offer", "availability": "https://schema.org/InStock"}"##,
};

/// How the walk calls it: on the properties of
/// [`Enumeration::of_property`], with the enumeration.
pub const VALUE: ValueRule = ValueRule {
    rule: &RULE,
    claims: |property| Enumeration::of_property(property).map(|e| e as u8),
    check: |reading, property, value| {
        let enumeration = Enumeration::from_reading(reading)?;
        match value {
            Node::Number(_) | Node::Bool(_) => not_text(&RULE, property, value),
            _ => super::verdict::text(value).and_then(|text| check_value(enumeration, property, text)),
        }
    },
};

/// Judges a text of an enumeration property.
pub fn check_value(enumeration: Enumeration, property: &str, text: &str) -> Option<Failure> {
    check(enumeration, property, text)
        .err()
        .map(|(message, help)| (&RULE, message, help))
}

/// The enumerations sdx checks by property name.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[repr(u8)]
pub enum Enumeration {
    /// `availability`.
    ItemAvailability,
    /// `itemCondition`.
    OfferItemCondition,
    /// `eventStatus`.
    EventStatusType,
    /// `eventAttendanceMode`.
    EventAttendanceMode,
}

impl Enumeration {
    /// The enumeration a property's range is, if any.
    pub fn of_property(property: &str) -> Option<Enumeration> {
        match property {
            "availability" => Some(Enumeration::ItemAvailability),
            "itemCondition" => Some(Enumeration::OfferItemCondition),
            "eventStatus" => Some(Enumeration::EventStatusType),
            "eventAttendanceMode" => Some(Enumeration::EventAttendanceMode),
            _ => None,
        }
    }

    /// The enumeration [`VALUE`]'s `claims` read as `enumeration as u8`.
    fn from_reading(reading: u8) -> Option<Enumeration> {
        [
            Enumeration::ItemAvailability,
            Enumeration::OfferItemCondition,
            Enumeration::EventStatusType,
            Enumeration::EventAttendanceMode,
        ]
        .get(usize::from(reading))
        .copied()
    }

    fn accepts(self, text: &str) -> bool {
        match self {
            Enumeration::ItemAvailability => ItemAvailability::parse(text).is_some(),
            Enumeration::OfferItemCondition => OfferItemCondition::parse(text).is_some(),
            Enumeration::EventStatusType => EventStatusType::parse(text).is_some(),
            Enumeration::EventAttendanceMode => EventAttendanceMode::parse(text).is_some(),
        }
    }

    fn type_and_names(self) -> (&'static str, &'static [&'static str]) {
        match self {
            Enumeration::ItemAvailability => (ItemAvailability::TYPE, ItemAvailability::names()),
            Enumeration::OfferItemCondition => {
                (OfferItemCondition::TYPE, OfferItemCondition::names())
            }
            Enumeration::EventStatusType => (EventStatusType::TYPE, EventStatusType::names()),
            Enumeration::EventAttendanceMode => {
                (EventAttendanceMode::TYPE, EventAttendanceMode::names())
            }
        }
    }
}

/// Checks an enumeration text; on failure the message and, for a near
/// miss, a help line with the suggestion.
pub fn check(
    enumeration: Enumeration,
    property: &str,
    text: &str,
) -> Result<(), (String, Option<String>)> {
    if enumeration.accepts(text) {
        return Ok(());
    }
    let (type_name, names) = enumeration.type_and_names();
    // The model's message already suggests a near member; the help line
    // then says how to write any member.
    let help = closest(schema_org_term(text), names)
        .map(|near| format!("write members as IRIs: `https://schema.org/{near}`"));
    Err((
        format!("`{property}`: {}", unknown_member(type_name, text, names)),
        help,
    ))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_every_spelling_and_suggests() {
        for ok in [
            "InStock",
            "schema:InStock",
            "http://schema.org/InStock",
            "https://schema.org/InStock",
        ] {
            assert!(
                check(Enumeration::ItemAvailability, "availability", ok).is_ok(),
                "{ok}"
            );
        }
        let (message, help) = check(
            Enumeration::ItemAvailability,
            "availability",
            "https://schema.org/InStok",
        )
        .unwrap_err();
        assert!(
            message.contains("not a member of ItemAvailability"),
            "{message}"
        );
        assert!(
            message.contains("did you mean `https://schema.org/InStock`?"),
            "{message}"
        );
        assert_eq!(
            help.as_deref(),
            Some("write members as IRIs: `https://schema.org/InStock`")
        );
        let (_, help) =
            check(Enumeration::EventStatusType, "eventStatus", "Happening").unwrap_err();
        assert_eq!(help, None);
    }

    #[test]
    fn claims_with_the_enumeration_it_checks() {
        for property in ["availability", "itemCondition", "eventStatus", "eventAttendanceMode"] {
            let reading = (VALUE.claims)(property).expect("an enumeration property");
            assert_eq!(
                Enumeration::from_reading(reading),
                Enumeration::of_property(property)
            );
        }
        let id = |value: Node| {
            let reading = (VALUE.claims)("availability").unwrap_or_default();
            (VALUE.check)(reading, "availability", &value).map(|(rule, ..)| rule.id)
        };
        use crate::tree::node;
        assert_eq!(id(node!("InStock")), None);
        assert_eq!(id(node!("")), None);
        assert_eq!(id(node!("in stock")), Some("invalid-enum"));
        assert_eq!(id(node!(1)), Some("invalid-enum"));
    }
}
