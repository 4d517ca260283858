//! schema.org `Organization`.

use super::{OneOrMany, Person, Ref};

schema_node! {
    /// An organization such as a company, a school or a club.
    pub struct Organization: "Organization" {
        /// The official name of the organization.
        legal_name "legalName": Option<String>,
        /// The organization's logo.
        logo "logo": Option<OneOrMany<super::Image>>,
        /// A person who founded the organization.
        founder "founder": Option<OneOrMany<Ref<Person>>>,
        /// A larger organization this one is part of.
        parent_organization "parentOrganization": Option<Ref<Organization>>,
        /// Organizations that are part of this one.
        sub_organization "subOrganization": Option<OneOrMany<Ref<Organization>>>,
        /// Email address.
        email "email": Option<String>,
        /// Telephone number.
        telephone "telephone": Option<String>,
    }
}
