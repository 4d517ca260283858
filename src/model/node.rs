//! Unions of node types: the ranges several properties share. The union
//! of every modeled type, `Node`, is declared with the list of modeled
//! types in `mod.rs`.
//!
//! A union lists the modeled types it reads into: a node is read as the
//! nearest of them its type is or descends from, so a `DeliveryEvent`
//! keeps its own properties where an `Event` is expected ([`AnyEvent`]),
//! and a `Corporation` is read as an `Organization`.

use super::{
    AggregateOffer, Brand, DeliveryEvent, Event, ImageObject, NewsArticle, Offer, Organization,
    Person, Place, PostalAddress, Product, VirtualLocation,
};

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
