//! Unions of node types: any modeled node, and the ranges several
//! properties share.

use super::{Brand, ImageObject, Organization, Person, PropertyValue};

node_union! {
    /// Any modeled schema.org node.
    pub enum Node { Organization, Person, Brand, ImageObject, PropertyValue }
}

node_union! {
    /// A person or an organization (`author`, `organizer`, `knows`, …).
    pub enum Agent { Person, Organization }
}
