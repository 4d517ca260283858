//! Offers and products, and references to any node.

use proptest::prelude::*;
use proptest::sample::select;

use sdx::model::*;

use super::*;

pub fn offer(depth: u32) -> BoxedStrategy<Offer> {
    let item = reference(
        PRODUCTS,
        |d| product(d).prop_map(OfferedItem::from).boxed(),
        depth,
    );
    (
        common(depth),
        opt(price()),
        opt(currency()),
        opt(member(ItemAvailability::MEMBERS)),
        opt(member(OfferItemCondition::MEMBERS)),
        opt(date()),
        opt(date_or_date_time()),
        opt_many(item),
        opt_many(reference(AGENTS, agent, depth)),
        opt(gtin::<13>()),
        opt(gtin::<0>()),
    )
        .prop_map(
            |(
                common,
                price,
                price_currency,
                availability,
                item_condition,
                price_valid_until,
                valid_from,
                item_offered,
                seller,
                gtin13,
                gtin,
            )| {
                with_common!(
                    Offer {
                        price,
                        price_currency,
                        availability,
                        item_condition,
                        price_valid_until,
                        valid_from,
                        item_offered,
                        seller,
                        gtin13,
                        gtin,
                        ..Offer::default()
                    },
                    common
                )
            },
        )
        .boxed()
}

pub fn product(depth: u32) -> BoxedStrategy<Product> {
    (
        common(depth),
        opt_many(reference(
            BRANDS_AND_ORGANIZATIONS,
            brand_or_organization,
            depth,
        )),
        opt(reference(ORGANIZATIONS, organization, depth)),
        opt(text()),
        (opt(gtin::<8>()), opt(gtin::<12>()), opt(gtin::<14>())),
        opt_many(text_or_node()),
        opt_many(
            offer(depth.saturating_sub(1))
                .prop_map(|offer| Entity::from(AnyOffer::from(offer)))
                .boxed(),
        ),
        opt_many(property_value().prop_map(Entity::from).boxed()),
        opt(date()),
        opt_many(
            text()
                .prop_map(|t| Audience {
                    audience_type: Some(t.into()),
                    ..Audience::default()
                })
                .prop_map(Entity::from)
                .boxed(),
        ),
    )
        .prop_map(
            |(
                common,
                brand,
                manufacturer,
                sku,
                (gtin8, gtin12, gtin14),
                category,
                offers,
                additional_property,
                release_date,
                audience,
            )| {
                with_common!(
                    Product {
                        brand,
                        manufacturer,
                        sku,
                        gtin8,
                        gtin12,
                        gtin14,
                        category,
                        offers,
                        additional_property,
                        release_date,
                        audience,
                        ..Product::default()
                    },
                    common
                )
            },
        )
        .boxed()
}

pub fn any_node_ref(depth: u32) -> BoxedStrategy<Entity<Node>> {
    let ids = all_ids();
    prop_oneof![
        select(ids).prop_map(Entity::id),
        postal_address().prop_map(|a| Entity::from(Node::from(a))),
        quantitative_value().prop_map(|q| Entity::from(Node::from(q))),
        place(depth.saturating_sub(1)).prop_map(|p| Entity::from(Node::from(p))),
    ]
    .boxed()
}
