//! schema.org `Person`.

use super::*;

schema_node! {
    /// A person (alive, dead, undead, or fictional).
    pub struct Person: "Person" {
        /// Given name; in the U.S., the first name.
        given_name "givenName": Text,
        /// Family name; in the U.S., the last name.
        family_name "familyName": Text,
        /// An additional name, such as a middle name.
        additional_name "additionalName": Text,
        /// An honorific prefix (`Dr.`).
        honorific_prefix "honorificPrefix": Text,
        /// An honorific suffix (`PhD`).
        honorific_suffix "honorificSuffix": Text,
        /// The person's job title (`CEO`).
        job_title "jobTitle": TextOrNode,
        /// Organizations the person works for.
        works_for "worksFor": Entity<Organization>,
        /// Organizations the person is affiliated with.
        affiliation "affiliation": Entity<Organization>,
        /// Organizations the person is a member of.
        member_of "memberOf": Entity<Organization>,
        /// Schools or other organizations the person is an alumnus of.
        alumni_of "alumniOf": Entity<Organization>,
        /// People the person knows.
        knows "knows": Entity<Person>,
        /// The date of birth.
        birth_date "birthDate": Date,
        /// The place of birth.
        birth_place "birthPlace": Entity<Place>,
        /// The date of death.
        death_date "deathDate": Date,
        /// Gender, as text.
        gender "gender": TextOrNode,
        /// The person's postal address, structured or as text.
        address "address": Entity<PostalAddress>,
        /// How to contact the person.
        contact_point "contactPoint": Entity<ContactPoint>,
        /// Email address.
        email "email": Text,
        /// Telephone number.
        telephone "telephone": Text,
        /// Brands the person is associated with.
        brand "brand": Entity<BrandOrOrganization>,
        /// Topics the person is known to know about.
        knows_about "knowsAbout": TextOrNode,
    }
}
