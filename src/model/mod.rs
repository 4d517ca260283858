//! The typed model of schema.org entities.
//!
//! One Rust type per schema.org type, whose serde form *is* compact
//! schema.org JSON-LD and whose schemars form is the JSON Schema sdx
//! publishes. The building blocks express schema.org's open shape once, the
//! way schema.org defines its data: [`OneOrMany`] because every property may
//! repeat; [`Entity`] because a node may be embedded, referenced by `@id`,
//! stood for by a text or URL, or wrapped in a Role; [`TypeTag`] because any
//! subtype stands where a type is expected; enumerations that read every
//! IRI spelling; and [`datatypes`] that read every form schema.org gives a
//! value (dates of any precision, numbers as text) and refuse only what no
//! consumer could read.

#[macro_use]
mod macros;

mod absent;
mod any_node;
pub mod datatypes;
mod entity;
pub mod enumeration;
mod enumerations;
mod iri;
mod one_or_many;
mod reference;
mod replay;
mod type_tag;
pub(crate) mod union;
mod walk;

// Event first: it declares `event_node!`, which its subtypes use.
#[macro_use]
mod event;

mod aggregate_offer;
mod audience;
mod brand;
mod contact_point;
mod delivery_event;
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

pub use absent::{Absent, MaybeEmpty};
pub use any_node::{AnyNode, AnyType};
pub use datatypes::*;
pub use entity::Entity;
pub use enumerations::{
    ContactPointOption, DeliveryMethod, EventAttendanceMode, EventStatusType, ItemAvailability,
    OfferItemCondition,
};
pub use iri::{schema_org_term, SCHEMA_ORG, SCHEMA_ORG_PREFIXES};
pub use one_or_many::OneOrMany;
pub use reference::{NodeId, TypeSet};
pub(crate) use type_tag::TypeNames;
pub use type_tag::{is_in_family, NodeType, TypeTag};
pub use walk::{NodeSite, RefSite, Walk, Walker};

pub use aggregate_offer::AggregateOffer;
pub use audience::Audience;
pub use brand::Brand;
pub use contact_point::ContactPoint;
pub use delivery_event::DeliveryEvent;
pub use event::Event;
pub use geo_coordinates::GeoCoordinates;
pub use image_object::ImageObject;
pub use language::Language;
pub use news_article::NewsArticle;
pub use node::{
    Agent, AnyEvent, AnyOffer, BrandOrOrganization, CreativeWork, Location, Node, OfferedItem,
};
pub use offer::Offer;
pub use organization::Organization;
pub use person::Person;
pub use place::Place;
pub use postal_address::PostalAddress;
pub use product::Product;
pub use property_value::PropertyValue;
pub use quantitative_value::QuantitativeValue;
pub use virtual_location::VirtualLocation;

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
