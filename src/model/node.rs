//! Unions of node types: any modeled node, and the ranges several
//! properties share.
//!
//! A union lists the modeled types it reads into: a node is read as the
//! nearest of them its type is or descends from, so a `DeliveryEvent`
//! keeps its own properties where an `Event` is expected ([`AnyEvent`]),
//! and a `Corporation` is read as an `Organization`.

use super::{
    AggregateOffer, Audience, Brand, ContactPoint, DeliveryEvent, Event, GeoCoordinates,
    ImageObject, Language, NewsArticle, Offer, Organization, Person, Place, PostalAddress, Product,
    PropertyValue, QuantitativeValue, VirtualLocation,
};

node_union! {
    /// Any modeled schema.org node (a property whose range is `Thing`).
    pub enum Node {
        Organization, Person, Product, Offer, AggregateOffer, Event, DeliveryEvent, Place, PostalAddress,
        GeoCoordinates, VirtualLocation, NewsArticle, ImageObject, PropertyValue,
        QuantitativeValue, Brand, ContactPoint, Audience, Language,
    }
}

node_union! {
    /// An offer of any modeled offer type (`offers`): a single offer, or an
    /// AggregateOffer summing several up by price range.
    pub enum AnyOffer { Offer, AggregateOffer }
}

node_union! {
    /// A person or an organization (`author`, `organizer`, `founder`, …).
    pub enum Agent { Person, Organization }
}

node_union! {
    /// Where something is (`location`): a place, an address or an online
    /// location. The property also takes a text, see
    /// [`ValueOrRef`](super::ValueOrRef).
    pub enum Location { Place, PostalAddress, VirtualLocation }
}

node_union! {
    /// A brand, or an organization a product is sold under (`brand`).
    pub enum BrandOrOrganization { Brand, Organization }
}

node_union! {
    /// An event of any modeled event type (`superEvent`, `subEvent`).
    pub enum AnyEvent { Event, DeliveryEvent }
}

node_union! {
    /// A creative work of any modeled type (`citation`, `mainEntityOfPage`).
    pub enum CreativeWork { NewsArticle, ImageObject }
}

node_union! {
    /// What an offer can be for (`itemOffered`).
    pub enum OfferedItem { Product, Event, DeliveryEvent, NewsArticle, ImageObject }
}
