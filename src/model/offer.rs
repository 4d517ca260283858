//! schema.org `Offer`.

use super::{
    Agent, CurrencyCode, Date, DateOrDateTime, Gtin, Gtin12, Gtin13, Gtin14, Gtin8,
    ItemAvailability, OfferItemCondition, OfferedItem, OneOrMany, Place, Price, PropertyValue,
    QuantitativeValue, Ref, ValueOrRef,
};

schema_node! {
    /// An offer to sell, rent or give something, at a price.
    pub struct Offer: "Offer" extends ["Intangible"] {
        /// The price, without currency symbol (`1299.00`).
        price "price": Option<Price>,
        /// The currency of the price, as an ISO 4217 code.
        price_currency "priceCurrency": Option<CurrencyCode>,
        /// The last date the price is valid.
        price_valid_until "priceValidUntil": Option<Date>,
        /// Whether the item can be had, and how.
        availability "availability": Option<ItemAvailability>,
        /// When the item becomes available.
        availability_starts "availabilityStarts": Option<DateOrDateTime>,
        /// When the item stops being available.
        availability_ends "availabilityEnds": Option<DateOrDateTime>,
        /// The condition of the item.
        item_condition "itemCondition": Option<OfferItemCondition>,
        /// What is offered.
        item_offered "itemOffered": Option<OneOrMany<Ref<OfferedItem>>>,
        /// Who sells it.
        seller "seller": Option<OneOrMany<Ref<Agent>>>,
        /// Who makes the offer, when not the seller.
        offered_by "offeredBy": Option<OneOrMany<Ref<Agent>>>,
        /// When the offer starts.
        valid_from "validFrom": Option<DateOrDateTime>,
        /// When the offer ends.
        valid_through "validThrough": Option<DateOrDateTime>,
        /// Where the offer is valid, as places or text.
        area_served "areaServed": Option<OneOrMany<ValueOrRef<String, Place>>>,
        /// Regions where the offer is valid, as places or text.
        eligible_region "eligibleRegion": Option<OneOrMany<ValueOrRef<String, Place>>>,
        /// How many items are in stock.
        inventory_level "inventoryLevel": Option<Ref<QuantitativeValue>>,
        /// The seller's stock keeping unit.
        sku "sku": Option<String>,
        /// The manufacturer part number.
        mpn "mpn": Option<String>,
        /// A GTIN of any length.
        gtin "gtin": Option<Gtin>,
        /// The GTIN-8 (EAN-8).
        gtin8 "gtin8": Option<Gtin8>,
        /// The GTIN-12 (UPC-A).
        gtin12 "gtin12": Option<Gtin12>,
        /// The GTIN-13 (EAN-13).
        gtin13 "gtin13": Option<Gtin13>,
        /// The GTIN-14.
        gtin14 "gtin14": Option<Gtin14>,
        /// Categories, as text.
        category "category": Option<OneOrMany<String>>,
        /// Further properties of the offer.
        additional_property "additionalProperty": Option<OneOrMany<Ref<PropertyValue>>>,
    }
}
