//! Structured values and places: images, property values, quantities, addresses, coordinates, places, locations.

use proptest::prelude::*;
use proptest::sample::select;

use sdx::model::*;

use super::*;

pub fn image_object(_depth: u32) -> BoxedStrategy<ImageObject> {
    (opt(url()), opt(scalar()), opt(one_or_many(text())))
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
        opt(one_or_many(scalar())),
        opt(number()),
        opt(text()),
        opt(text()),
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
    (opt(scalar()), opt(number()), opt(number()), opt(text()))
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
        opt(text()),
        opt(text()),
        opt("[A-Z]{2}".boxed()),
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

pub fn address() -> BoxedStrategy<ValueOrRef<String, PostalAddress>> {
    prop_oneof![
        text().prop_map(ValueOrRef::Value),
        postal_address().prop_map(|a| ValueOrRef::Ref(Ref::from(a))),
    ]
    .boxed()
}

pub fn place(depth: u32) -> BoxedStrategy<Place> {
    (
        common(depth),
        opt(one_or_many(address())),
        opt(geo_coordinates().prop_map(Ref::from).boxed()),
        opt(reference(PLACES, place, depth)),
        opt(any::<bool>().boxed()),
        opt((0u64..100_000).boxed()),
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

pub fn location(depth: u32) -> BoxedStrategy<ValueOrRef<String, Location>> {
    prop_oneof![
        text().prop_map(ValueOrRef::Value),
        select(PLACES).prop_map(|id| ValueOrRef::Ref(Ref::id(id))),
        postal_address().prop_map(|a| ValueOrRef::Ref(Ref::from(Location::from(a)))),
        virtual_location().prop_map(|v| ValueOrRef::Ref(Ref::from(Location::from(v)))),
        place(depth.saturating_sub(1)).prop_map(|p| ValueOrRef::Ref(Ref::from(Location::from(p)))),
    ]
    .boxed()
}
