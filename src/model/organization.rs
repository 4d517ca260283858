//! schema.org `Organization`.

use super::*;

schema_node! {
    /// An organization such as a company, a school or a club.
    pub struct Organization: "Organization" {
        /// The official name of the organization.
        legal_name "legalName": Text,
        /// The organization's logo.
        logo "logo": Image,
        /// The organization's postal address, structured or as text.
        address "address": Entity<PostalAddress>,
        /// Where the organization is: a place, an address, a virtual location or a text.
        location "location": Entity<Location>,
        /// How to contact the organization (customer service, sales, …).
        contact_point "contactPoint": Entity<ContactPoint>,
        /// People or organizations who founded the organization.
        founder "founder": Entity<Agent>,
        /// The date the organization was founded.
        founding_date "foundingDate": Date,
        /// Where the organization was founded.
        founding_location "foundingLocation": Entity<Place>,
        /// The date the organization was dissolved.
        dissolution_date "dissolutionDate": Date,
        /// A larger organization this one is part of.
        parent_organization "parentOrganization": Entity<Organization>,
        /// Organizations that are part of this one.
        sub_organization "subOrganization": Entity<Organization>,
        /// Departments of the organization.
        department "department": Entity<Organization>,
        /// Members of the organization: people or organizations.
        member "member": Entity<Agent>,
        /// Organizations this one is a member of.
        member_of "memberOf": Entity<Organization>,
        /// People who work for the organization.
        employee "employee": Entity<Person>,
        /// Brands the organization owns, or organizations it trades as.
        brand "brand": Entity<BrandOrOrganization>,
        /// How many people work for the organization.
        number_of_employees "numberOfEmployees": Entity<QuantitativeValue>,
        /// Email address.
        email "email": Text,
        /// Telephone number.
        telephone "telephone": Text,
        /// Fax number.
        fax_number "faxNumber": Text,
        /// A slogan or motto.
        slogan "slogan": Text,
        /// The tax or fiscal identifier.
        tax_id "taxID": Text,
        /// The value-added tax identifier.
        vat_id "vatID": Text,
        /// The Dun & Bradstreet DUNS number.
        duns "duns": Text,
        /// The Legal Entity Identifier (ISO 17442).
        lei_code "leiCode": Text,
        /// The North American Industry Classification System code.
        naics "naics": Text,
        /// An ISO 6523 organization identifier.
        iso6523_code "iso6523Code": Text,
        /// The area where the organization provides its products or services.
        area_served "areaServed": Entity<Place>,
        /// Topics the organization is known to know about.
        knows_about "knowsAbout": TextOrNode,
        /// Keywords or tags describing the organization.
        keywords "keywords": TextOrNode,
    }
}
