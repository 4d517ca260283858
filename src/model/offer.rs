//! schema.org `Offer`.

use super::*;

schema_node! {
    /// An offer to sell, rent or give something, at a price.
    pub struct Offer: "Offer" extends ["Intangible"] {
        /// The price, without currency symbol (`1299.00`).
        price "price": Price,
        /// The currency of the price, as an ISO 4217 code.
        price_currency "priceCurrency": CurrencyCode,
        /// The last date the price is valid.
        price_valid_until "priceValidUntil": Date,
        /// Whether the item can be had, and how.
        availability "availability": ItemAvailability,
        /// When the item becomes available.
        availability_starts "availabilityStarts": DateOrTime,
        /// When the item stops being available.
        availability_ends "availabilityEnds": DateOrTime,
        /// The condition of the item.
        item_condition "itemCondition": OfferItemCondition,
        /// What is offered.
        item_offered "itemOffered": Entity<OfferedItem>,
        /// Who sells it.
        seller "seller": Entity<Agent>,
        /// Who makes the offer, when not the seller.
        offered_by "offeredBy": Entity<Agent>,
        /// When the offer starts.
        valid_from "validFrom": DateOrDateTime,
        /// When the offer ends.
        valid_through "validThrough": DateOrDateTime,
        /// Where the offer is valid, as places or text.
        area_served "areaServed": Entity<Place>,
        /// Regions where the offer is valid, as places or text.
        eligible_region "eligibleRegion": Entity<Place>,
        /// How many items are in stock.
        inventory_level "inventoryLevel": Entity<QuantitativeValue>,
        ..part_numbers,
        ..gtin_codes,
        /// Categories, as text.
        category "category": TextOrNode,
        /// Further properties of the offer.
        additional_property "additionalProperty": Entity<PropertyValue>,
    }
}
