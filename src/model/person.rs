//! schema.org `Person`.

use super::{
    BrandOrOrganization, ContactPoint, Date, OneOrMany, Organization, Place, PostalAddress, Ref,
    ValueOrRef,
};

schema_node! {
    /// A person (alive, dead, undead, or fictional).
    pub struct Person: "Person" {
        /// Given name; in the U.S., the first name.
        given_name "givenName": Option<String>,
        /// Family name; in the U.S., the last name.
        family_name "familyName": Option<String>,
        /// An additional name, such as a middle name.
        additional_name "additionalName": Option<OneOrMany<String>>,
        /// An honorific prefix (`Dr.`).
        honorific_prefix "honorificPrefix": Option<String>,
        /// An honorific suffix (`PhD`).
        honorific_suffix "honorificSuffix": Option<String>,
        /// The person's job title (`CEO`).
        job_title "jobTitle": Option<OneOrMany<String>>,
        /// Organizations the person works for.
        works_for "worksFor": Option<OneOrMany<Ref<Organization>>>,
        /// Organizations the person is affiliated with.
        affiliation "affiliation": Option<OneOrMany<Ref<Organization>>>,
        /// Organizations the person is a member of.
        member_of "memberOf": Option<OneOrMany<Ref<Organization>>>,
        /// Schools or other organizations the person is an alumnus of.
        alumni_of "alumniOf": Option<OneOrMany<Ref<Organization>>>,
        /// People the person knows.
        knows "knows": Option<OneOrMany<Ref<Person>>>,
        /// The date of birth.
        birth_date "birthDate": Option<Date>,
        /// The place of birth.
        birth_place "birthPlace": Option<Ref<Place>>,
        /// The date of death.
        death_date "deathDate": Option<Date>,
        /// Gender, as text.
        gender "gender": Option<String>,
        /// The person's postal address, structured or as text.
        address "address": Option<OneOrMany<ValueOrRef<String, PostalAddress>>>,
        /// How to contact the person.
        contact_point "contactPoint": Option<OneOrMany<Ref<ContactPoint>>>,
        /// Email address.
        email "email": Option<String>,
        /// Telephone number.
        telephone "telephone": Option<String>,
        /// Brands the person is associated with.
        brand "brand": Option<OneOrMany<Ref<BrandOrOrganization>>>,
        /// Topics the person is known to know about.
        knows_about "knowsAbout": Option<OneOrMany<String>>,
    }
}
