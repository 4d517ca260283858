//! schema.org `AggregateOffer`: several offers summed up by their price
//! range, as shops and ticket sellers publish when many sellers or tiers
//! offer the same item.

use super::*;

schema_node! {
    /// Several offers of one item, summed up by their lowest and highest price.
    pub struct AggregateOffer: "AggregateOffer" extends ["Offer", "Intangible"] {
        /// The lowest price of the offers.
        low_price "lowPrice": Price,
        /// The highest price of the offers.
        high_price "highPrice": Price,
        /// How many offers there are.
        offer_count "offerCount": Integer,
        /// The currency of the prices, as an ISO 4217 code.
        price_currency "priceCurrency": CurrencyCode,
        /// Whether the item can be had, and how.
        availability "availability": ItemAvailability,
        /// When the offers start.
        valid_from "validFrom": DateOrDateTime,
        /// When the offers end.
        valid_through "validThrough": DateOrDateTime,
        /// The offers summed up.
        offers "offers": Entity<Offer>,
    }
}
