//! The schema.org enumerations the model uses. Members as in schema.org
//! release 30.0; each reads `InStock`, `schema:InStock`,
//! `http(s)://schema.org/InStock` and writes `https://schema.org/InStock`.

schema_enum! {
    /// Whether an offered item can be had, and how.
    pub enum ItemAvailability: "ItemAvailability" {
        /// Back-ordered: will ship when restocked.
        BackOrder,
        /// No longer made or sold.
        Discontinued,
        /// In stock.
        InStock,
        /// Only in physical stores.
        InStoreOnly,
        /// Few left.
        LimitedAvailability,
        /// Made once ordered.
        MadeToOrder,
        /// Only online.
        OnlineOnly,
        /// Out of stock.
        OutOfStock,
        /// Can be pre-ordered.
        PreOrder,
        /// Sold before general availability.
        PreSale,
        /// Reserved.
        Reserved,
        /// Sold out.
        SoldOut,
    }
}

schema_enum! {
    /// The condition of an offered item.
    pub enum OfferItemCondition: "OfferItemCondition" {
        /// Damaged.
        DamagedCondition,
        /// New.
        NewCondition,
        /// Refurbished.
        RefurbishedCondition,
        /// Used.
        UsedCondition,
    }
}

schema_enum! {
    /// Whether an event takes place as planned.
    pub enum EventStatusType: "EventStatusType" {
        /// Cancelled.
        EventCancelled,
        /// Moved from a place to online.
        EventMovedOnline,
        /// Postponed, with no new date yet.
        EventPostponed,
        /// Rescheduled to a new date.
        EventRescheduled,
        /// Takes place as planned.
        EventScheduled,
    }
}

schema_enum! {
    /// Whether attendees are present in person, online, or both.
    pub enum EventAttendanceMode: "EventAttendanceModeEnumeration" {
        /// Both in person and online.
        MixedEventAttendanceMode,
        /// In person only.
        OfflineEventAttendanceMode,
        /// Online only.
        OnlineEventAttendanceMode,
    }
}

schema_enum! {
    /// How a delivery is made.
    pub enum DeliveryMethod: "DeliveryMethod" {
        /// Delivered to a locker the recipient opens.
        LockerDelivery,
        /// Picked up where it is sold.
        OnSitePickup,
        /// Sent by a parcel service.
        ParcelService,
    }
}

schema_enum! {
    /// A feature of a contact point, such as a toll-free number.
    pub enum ContactPointOption: "ContactPointOption" {
        /// Serves people who are deaf or hard of hearing.
        HearingImpairedSupported,
        /// Free to call.
        TollFree,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_every_spelling_and_writes_https() {
        for text in [
            "\"InStock\"",
            "\"https://schema.org/InStock\"",
            "\"http://schema.org/InStock\"",
            "\"schema:InStock\"",
        ] {
            let read: ItemAvailability = serde_json::from_str(text).expect(text);
            assert_eq!(read, ItemAvailability::InStock);
            assert_eq!(
                serde_json::to_string(&read).ok().as_deref(),
                Some("\"https://schema.org/InStock\"")
            );
        }
    }

    #[test]
    fn suggests_near_misses() {
        let error = serde_json::from_str::<ItemAvailability>("\"https://schema.org/InStok\"")
            .err()
            .map(|e| e.to_string())
            .unwrap_or_default();
        assert!(
            error.contains("did you mean `https://schema.org/InStock`"),
            "{error}"
        );
    }
}
