//! Structured values and places: images, property values, quantities, addresses, coordinates, places, locations.

use proptest::prelude::*;
use proptest::sample::select;

use sdx::model::*;

use super::*;

pub fn image_object(_depth: u32) -> BoxedStrategy<ImageObject> {
    (
        opt(url()),
        opt(scalar().prop_map(ValueOrRef::Value).boxed()),
        opt_many(text_or_node()),
    )
        .prop_map(|(content_url, width, caption)| ImageObject {
            content_url,
            width,
            caption,
            ..ImageObject::default()
        })
        .boxed()
}

pub fn property_value() -> BoxedStrategy<PropertyValue> {
    (
        opt(text()),
        opt_many(scalar().prop_map(ValueOrRef::Value).boxed()),
        opt(model_number()),
        opt(text()),
        opt(text_or_node()),
    )
        .prop_map(
            |(name, value, min_value, unit_text, description)| PropertyValue {
                name,
                value,
                min_value,
                unit_text,
                description,
                ..PropertyValue::default()
            },
        )
        .boxed()
}

pub fn quantitative_value() -> BoxedStrategy<QuantitativeValue> {
    (
        opt(scalar().prop_map(ValueOrRef::Value).boxed()),
        opt(model_number()),
        opt(model_number()),
        opt(text()),
    )
        .prop_map(
            |(value, min_value, max_value, unit_code)| QuantitativeValue {
                value,
                min_value,
                max_value,
                unit_code,
                ..QuantitativeValue::default()
            },
        )
        .boxed()
}

pub fn postal_address() -> BoxedStrategy<PostalAddress> {
    (
        opt(text()),
        opt(text()),
        opt(text_or_node()),
        opt(text()),
        opt("[A-Z]{2}"
            .prop_map(|c| ValueOrRef::Value(Text::from(c)))
            .boxed()),
    )
        .prop_map(
            |(street, locality, region, postal_code, country)| PostalAddress {
                street_address: street,
                address_locality: locality,
                address_region: region,
                postal_code,
                address_country: country,
                ..PostalAddress::default()
            },
        )
        .boxed()
}

pub fn geo_coordinates() -> BoxedStrategy<GeoCoordinates> {
    (opt(latitude()), opt(longitude()), opt(scalar()))
        .prop_map(|(latitude, longitude, elevation)| GeoCoordinates {
            latitude,
            longitude,
            elevation,
            ..GeoCoordinates::default()
        })
        .boxed()
}

pub fn address() -> BoxedStrategy<Entity<PostalAddress>> {
    prop_oneof![
        text().prop_map(Entity::Text),
        postal_address().prop_map(Entity::from),
    ]
    .boxed()
}

pub fn place(depth: u32) -> BoxedStrategy<Place> {
    (
        common(depth),
        opt_many(address()),
        opt(geo_coordinates().prop_map(Entity::from).boxed()),
        opt(reference(PLACES, place, depth)),
        opt(any::<bool>().prop_map(Boolean::from).boxed()),
        opt((0u64..100_000).prop_map(Integer::from).boxed()),
    )
        .prop_map(
            |(common, address, geo, contained_in_place, public_access, capacity)| {
                with_common!(
                    Place {
                        address,
                        geo,
                        contained_in_place,
                        public_access,
                        maximum_attendee_capacity: capacity,
                        ..Place::default()
                    },
                    common
                )
            },
        )
        .boxed()
}

pub fn virtual_location() -> BoxedStrategy<VirtualLocation> {
    (opt(text()), opt(url()))
        .prop_map(|(name, url)| VirtualLocation {
            name,
            url,
            ..VirtualLocation::default()
        })
        .boxed()
}

pub fn location(depth: u32) -> BoxedStrategy<Entity<Location>> {
    prop_oneof![
        text().prop_map(Entity::Text),
        select(PLACES).prop_map(Entity::id),
        postal_address().prop_map(|a| Entity::from(Location::from(a))),
        virtual_location().prop_map(|v| Entity::from(Location::from(v))),
        place(depth.saturating_sub(1)).prop_map(|p| Entity::from(Location::from(p))),
    ]
    .boxed()
}
