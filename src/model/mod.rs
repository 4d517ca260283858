//! The typed model of schema.org entities.
//!
//! One Rust type per schema.org type, whose serde form *is* compact
//! schema.org JSON-LD and whose schemars form is the JSON Schema sdx
//! publishes. The building blocks express schema.org's real shape once:
//! [`OneOrMany`] for "one value or a list", [`Ref`] for "an embedded node or
//! an `{"@id"}` reference", enumerations that read every IRI spelling, and
//! [`datatypes`] that refuse bad values when they are read.

#[macro_use]
mod macros;

mod absent;
pub mod datatypes;
pub mod enumeration;
mod enumerations;
mod iri;
mod one_or_many;
mod reference;
mod replay;
mod type_tag;
pub(crate) mod union;
mod walk;

mod brand;
mod image_object;
mod node;
mod organization;
mod person;
mod property_value;

pub use absent::{Absent, MaybeEmpty};
pub use datatypes::*;
pub use enumerations::{
    EventAttendanceMode, EventStatusType, ItemAvailability, OfferItemCondition,
};
pub use iri::{schema_org_term, SCHEMA_ORG, SCHEMA_ORG_PREFIXES};
pub use one_or_many::OneOrMany;
pub use reference::{NodeId, Ref, TypeSet};
pub use type_tag::{NodeType, TypeTag};
pub use walk::{NodeSite, RefSite, Walk, Walker};

pub use brand::Brand;
pub use image_object::ImageObject;
pub use node::{Agent, Node};
pub use organization::Organization;
pub use person::Person;
pub use property_value::PropertyValue;

/// An image: a URL, or an ImageObject node.
pub type Image = ValueOrRef<Url, ImageObject>;

/// An identifier: a text (or URL), or a PropertyValue node.
pub type Identifier = ValueOrRef<String, PropertyValue>;

/// `skip_serializing_if` for every optional property: nothing is written
/// for an absent value or an empty list.
pub fn absent<T: MaybeEmpty>(value: &Option<T>) -> bool {
    value.is_absent()
}
