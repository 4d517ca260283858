//! The typed model of schema.org entities.
//!
//! One Rust type per schema.org type, whose serde form *is* compact
//! schema.org JSON-LD and whose schemars form is the JSON Schema sdx
//! publishes. The building blocks express schema.org's open shape once, the
//! way schema.org defines its data: [`OneOrMany`] because every property may
//! repeat; [`Entity`] because a node may be embedded, referenced by `@id`,
//! stood for by a text or URL, or wrapped in a Role; [`TypeTag`] because any
//! subtype stands where a type is expected; enumerations that read every
//! IRI spelling; and the datatypes (defined below the model, so the
//! vocabulary shares them, and re-exported here) that read every form
//! schema.org gives a value (dates of any precision, numbers as
//! text) and refuse only what no consumer could read.

#[macro_use]
mod macros;

mod absent;
mod any_node;
mod entity;
#[macro_use]
pub mod enumeration;
mod enumerations;
mod leaves;
mod one_or_many;
mod reference;
mod replay;
mod type_tag;
pub(crate) mod union;
mod value_or_ref;
mod walk;

// Before the types: it declares the property groups they take.
#[macro_use]
mod groups;

mod aggregate_offer;
mod audience;
mod brand;
mod contact_point;
mod delivery_event;
mod event;
mod geo_coordinates;
mod image_object;
mod language;
mod news_article;
mod node;
mod offer;
mod organization;
mod person;
mod place;
mod postal_address;
mod product;
mod property_value;
mod quantitative_value;
mod virtual_location;

pub use crate::datatypes::*;
pub use absent::{Absent, MaybeEmpty};
pub use any_node::{AnyNode, AnyType};
// The older path of the datatypes, which the checks still name.
pub(crate) use crate::datatypes;
pub use entity::Entity;
pub use enumerations::{
    ContactPointOption, DeliveryMethod, EventAttendanceMode, EventStatusType, ItemAvailability,
    OfferItemCondition,
};
pub(crate) use one_or_many::is_blank;
pub use one_or_many::OneOrMany;
pub use reference::{NodeId, TypeSet};
pub(crate) use type_tag::TypeNames;
pub use type_tag::{is_in_family, NodeType, TypeTag};
pub use value_or_ref::ValueOrRef;
pub use walk::{NodeSite, RefSite, Walk, Walker};

pub use node::{
    Agent, AnyEvent, AnyOffer, BrandOrOrganization, CreativeWork, Location, OfferedItem,
};

// Every modeled type, one line each: its module and its type. A new type
// is its module (one `schema_node!` declaration), its `mod` line above and
// a line here; the type lists, the schema files and `Node` follow.
modeled_types! {
    organization::Organization,
    person::Person,
    product::Product,
    offer::Offer,
    aggregate_offer::AggregateOffer,
    event::Event,
    delivery_event::DeliveryEvent,
    place::Place,
    postal_address::PostalAddress,
    geo_coordinates::GeoCoordinates,
    virtual_location::VirtualLocation,
    news_article::NewsArticle,
    image_object::ImageObject,
    property_value::PropertyValue,
    quantitative_value::QuantitativeValue,
    brand::Brand,
    contact_point::ContactPoint,
    audience::Audience,
    language::Language,
}

/// Something done once for each modeled type, generically: the schema
/// module builds each type's schema generator this way, from
/// [`visit_modeled_types`].
pub(crate) trait ModeledTypeVisitor {
    /// Called once for each modeled type `T`, in the list's order.
    fn visit<T: NodeType + schemars::JsonSchema>(&mut self);
}

/// The JSON-LD keys a node of the modeled type `name` reads and writes;
/// `None` for a type sdx does not model. Dataset loading names them when
/// it meets a key the model would drop.
pub(crate) fn modeled_properties(name: &str) -> Option<&'static [&'static str]> {
    struct Find<'a> {
        name: &'a str,
        found: Option<&'static [&'static str]>,
    }

    impl ModeledTypeVisitor for Find<'_> {
        fn visit<T: NodeType + schemars::JsonSchema>(&mut self) {
            if self.found.is_none() && T::TYPE == self.name {
                self.found = Some(T::PROPERTIES);
            }
        }
    }

    let mut find = Find { name, found: None };
    visit_modeled_types(&mut find);
    find.found
}

/// An image: a URL, or an ImageObject node.
pub type Image = ValueOrRef<Url, ImageObject>;

/// A text, or a node of a type sdx does not model (`description`: Text or
/// TextObject; `jobTitle`: Text or DefinedTerm).
pub type TextOrNode = ValueOrRef<Text, AnyType>;

/// An identifier: a text (or URL), or a PropertyValue node.
pub type Identifier = ValueOrRef<Text, PropertyValue>;

/// `skip_serializing_if` for every optional property: nothing is written
/// for an absent value or an empty list.
pub fn absent<T: MaybeEmpty>(value: &Option<T>) -> bool {
    value.is_absent()
}
