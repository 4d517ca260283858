//! schema.org `Organization`.

use super::{
    Agent, BrandOrOrganization, ContactPoint, Date, Image, Location, OneOrMany, Person, Place,
    PostalAddress, QuantitativeValue, Ref, ValueOrRef,
};

schema_node! {
    /// An organization such as a company, a school or a club.
    pub struct Organization: "Organization" {
        /// The official name of the organization.
        legal_name "legalName": Option<String>,
        /// The organization's logo.
        logo "logo": Option<OneOrMany<Image>>,
        /// The organization's postal address, structured or as text.
        address "address": Option<OneOrMany<ValueOrRef<String, PostalAddress>>>,
        /// Where the organization is: a place, an address, a virtual location or a text.
        location "location": Option<OneOrMany<ValueOrRef<String, Location>>>,
        /// How to contact the organization (customer service, sales, …).
        contact_point "contactPoint": Option<OneOrMany<Ref<ContactPoint>>>,
        /// People or organizations who founded the organization.
        founder "founder": Option<OneOrMany<Ref<Agent>>>,
        /// The date the organization was founded.
        founding_date "foundingDate": Option<Date>,
        /// Where the organization was founded.
        founding_location "foundingLocation": Option<Ref<Place>>,
        /// The date the organization was dissolved.
        dissolution_date "dissolutionDate": Option<Date>,
        /// A larger organization this one is part of.
        parent_organization "parentOrganization": Option<Ref<Organization>>,
        /// Organizations that are part of this one.
        sub_organization "subOrganization": Option<OneOrMany<Ref<Organization>>>,
        /// Departments of the organization.
        department "department": Option<OneOrMany<Ref<Organization>>>,
        /// Members of the organization: people or organizations.
        member "member": Option<OneOrMany<Ref<Agent>>>,
        /// Organizations this one is a member of.
        member_of "memberOf": Option<OneOrMany<Ref<Organization>>>,
        /// People who work for the organization.
        employee "employee": Option<OneOrMany<Ref<Person>>>,
        /// Brands the organization owns, or organizations it trades as.
        brand "brand": Option<OneOrMany<Ref<BrandOrOrganization>>>,
        /// How many people work for the organization.
        number_of_employees "numberOfEmployees": Option<Ref<QuantitativeValue>>,
        /// Email address.
        email "email": Option<String>,
        /// Telephone number.
        telephone "telephone": Option<String>,
        /// Fax number.
        fax_number "faxNumber": Option<String>,
        /// A slogan or motto.
        slogan "slogan": Option<String>,
        /// The tax or fiscal identifier.
        tax_id "taxID": Option<String>,
        /// The value-added tax identifier.
        vat_id "vatID": Option<String>,
        /// The Dun & Bradstreet DUNS number.
        duns "duns": Option<String>,
        /// The Legal Entity Identifier (ISO 17442).
        lei_code "leiCode": Option<String>,
        /// The North American Industry Classification System code.
        naics "naics": Option<String>,
        /// An ISO 6523 organization identifier.
        iso6523_code "iso6523Code": Option<String>,
        /// The area where the organization provides its products or services.
        area_served "areaServed": Option<OneOrMany<ValueOrRef<String, Place>>>,
        /// Topics the organization is known to know about.
        knows_about "knowsAbout": Option<OneOrMany<String>>,
        /// Keywords or tags describing the organization.
        keywords "keywords": Option<OneOrMany<String>>,
    }
}
