//! People, organizations, brands and contact points.

use proptest::prelude::*;

use sdx::model::*;

use super::*;

pub fn agent(depth: u32) -> BoxedStrategy<Agent> {
    prop_oneof![
        person(depth).prop_map(Agent::from),
        organization(depth).prop_map(Agent::from),
    ]
    .boxed()
}

pub fn contact_point() -> BoxedStrategy<ContactPoint> {
    (
        opt(text()),
        opt(text()),
        opt_many(member(ContactPointOption::MEMBERS)),
        opt_many(language()),
    )
        .prop_map(
            |(contact_type, telephone, contact_option, available_language)| ContactPoint {
                contact_type,
                telephone,
                contact_option,
                available_language,
                ..ContactPoint::default()
            },
        )
        .boxed()
}

pub fn brand() -> BoxedStrategy<Brand> {
    (
        opt(text()),
        opt(text()),
        opt_many(url().prop_map(ValueOrRef::Value).boxed()),
    )
        .prop_map(|(name, slogan, logo)| Brand {
            name,
            slogan,
            logo,
            ..Brand::default()
        })
        .boxed()
}

pub fn brand_or_organization(depth: u32) -> BoxedStrategy<BrandOrOrganization> {
    prop_oneof![
        brand().prop_map(BrandOrOrganization::from),
        organization(depth).prop_map(BrandOrOrganization::from),
    ]
    .boxed()
}

pub fn organization(depth: u32) -> BoxedStrategy<Organization> {
    (
        common(depth),
        opt(text()),
        opt_many(address()),
        opt_many(location(depth)),
        opt_many(reference(AGENTS, agent, depth)),
        opt(date()),
        opt(reference(ORGANIZATIONS, organization, depth)),
        opt_many(reference(
            BRANDS_AND_ORGANIZATIONS,
            brand_or_organization,
            depth,
        )),
        opt(quantitative_value().prop_map(Entity::from).boxed()),
        opt_many(contact_point().prop_map(Entity::from).boxed()),
        opt(text()),
    )
        .prop_map(
            |(
                common,
                legal_name,
                address,
                location,
                founder,
                founding_date,
                parent,
                brand,
                employees,
                contact_point,
                email,
            )| {
                with_common!(
                    Organization {
                        legal_name,
                        address,
                        location,
                        founder,
                        founding_date,
                        parent_organization: parent,
                        brand,
                        number_of_employees: employees,
                        contact_point,
                        email,
                        ..Organization::default()
                    },
                    common
                )
            },
        )
        .boxed()
}

pub fn person(depth: u32) -> BoxedStrategy<Person> {
    (
        common(depth),
        opt(text()),
        opt(text()),
        opt_many(text_or_node()),
        opt_many(reference(ORGANIZATIONS, organization, depth)),
        opt_many(reference(ORGANIZATIONS, organization, depth)),
        opt_many(reference(PEOPLE, person, depth)),
        opt(date()),
        opt(reference(PLACES, place, depth)),
    )
        .prop_map(
            |(
                common,
                given_name,
                family_name,
                job_title,
                works_for,
                affiliation,
                knows,
                birth_date,
                birth_place,
            )| {
                with_common!(
                    Person {
                        given_name,
                        family_name,
                        job_title,
                        works_for,
                        affiliation,
                        knows,
                        birth_date,
                        birth_place,
                        ..Person::default()
                    },
                    common
                )
            },
        )
        .boxed()
}
