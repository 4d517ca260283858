//! schema.org `Person`.

use super::{Agent, OneOrMany, Ref};

schema_node! {
    /// A person (alive, dead, undead, or fictional).
    pub struct Person: "Person" {
        /// Given name; in the U.S., the first name.
        given_name "givenName": Option<String>,
        /// Family name; in the U.S., the last name.
        family_name "familyName": Option<String>,
        /// The person's job title (`CEO`).
        job_title "jobTitle": Option<OneOrMany<String>>,
        /// Organizations the person works for.
        works_for "worksFor": Option<OneOrMany<Ref<super::Organization>>>,
        /// Organizations the person is affiliated with.
        affiliation "affiliation": Option<OneOrMany<Ref<super::Organization>>>,
        /// People or organizations the person knows.
        knows "knows": Option<OneOrMany<Ref<Agent>>>,
    }
}
