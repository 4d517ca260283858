//! Nodes that meet every requirement and recommendation of their feature.

use serde_json::{json, Value};

pub(super) fn complete_product() -> Value {
    json!({
        "@type": "Product",
        "name": "DGX Spark",
        "image": "https://example.com/dgx-spark.jpg",
        "description": "A desktop AI computer.",
        "brand": {"@type": "Brand", "name": "NVIDIA"},
        "gtin13": "4006381333931",
        "sku": "DGX-SPARK",
        "mpn": "940-54242-0000-000",
        "color": "gold",
        "size": "150 x 150 x 50.5 mm",
        "aggregateRating": {"@type": "AggregateRating", "ratingValue": 4.5, "reviewCount": 12,
                            "bestRating": 5, "worstRating": 1},
        "review": [{
            "@type": "Review",
            "author": {"@type": "Person", "name": "Jane Doe"},
            "datePublished": "2025-10-20",
            "reviewRating": {"@type": "Rating", "ratingValue": 5, "bestRating": 5, "worstRating": 1}
        }],
        "offers": {
            "@type": "Offer",
            "url": "https://example.com/dgx-spark",
            "validFrom": "2025-10-15",
            "price": "3999.00",
            "priceCurrency": "USD",
            "availability": "https://schema.org/InStock",
            "priceValidUntil": "2026-12-31",
            "itemCondition": "https://schema.org/NewCondition",
            "shippingDetails": {"@type": "OfferShippingDetails"},
            "hasMerchantReturnPolicy": {"@type": "MerchantReturnPolicy"}
        }
    })
}

pub(super) fn complete_event() -> Value {
    json!({
        "@type": "MusicEvent",
        "name": "Launch night",
        "startDate": "2025-10-14T19:00:00-05:00",
        "endDate": "2025-10-14T22:00:00-05:00",
        "description": "An evening of demos.",
        "eventStatus": "https://schema.org/EventScheduled",
        "image": "https://example.com/launch.jpg",
        "location": {
            "@type": "Place",
            "name": "Giga Texas",
            "address": {"@type": "PostalAddress", "addressLocality": "Austin"}
        },
        "offers": {
            "@type": "Offer",
            "price": 0,
            "priceCurrency": "USD",
            "availability": "https://schema.org/InStock",
            "url": "https://example.com/tickets",
            "validFrom": "2025-09-01"
        },
        "organizer": {"@type": "Corporation", "name": "NVIDIA", "url": "https://www.nvidia.com/"},
        "performer": {"@type": "Person", "name": "Jensen Huang"}
    })
}

pub(super) fn complete_article() -> Value {
    json!({
        "@type": "NewsArticle",
        "headline": "Jensen Huang delivers DGX Spark to Elon Musk",
        "image": ["https://example.com/1x1.jpg"],
        "datePublished": "2025-10-14",
        "dateModified": "2025-10-15",
        "author": [{"@type": "Person", "name": "Jane Doe", "url": "https://example.com/jane"}]
    })
}

pub(super) fn complete_profile_page() -> Value {
    json!({
        "@type": "ProfilePage",
        "dateCreated": "2020-01-01",
        "dateModified": "2025-10-14",
        "mainEntity": {
            "@type": "Person",
            "name": "Jensen Huang",
            "alternateName": "jensen",
            "description": "Founder of NVIDIA.",
            "image": "https://example.com/jensen.jpg",
            "sameAs": ["https://en.wikipedia.org/wiki/Jensen_Huang"],
            "identifier": "1963",
            "interactionStatistic": {"@type": "InteractionCounter",
                "interactionType": "https://schema.org/FollowAction", "userInteractionCount": 7},
            "agentInteractionStatistic": {"@type": "InteractionCounter",
                "interactionType": "https://schema.org/WriteAction", "userInteractionCount": 12}
        }
    })
}

pub(super) fn complete_organization() -> Value {
    json!({
        "@type": "Corporation",
        "name": "NVIDIA",
        "url": "https://www.nvidia.com/",
        "logo": "https://www.nvidia.com/logo.png",
        "sameAs": "https://en.wikipedia.org/wiki/Nvidia",
        "description": "Maker of GPUs.",
        "address": {"@type": "PostalAddress", "addressLocality": "Santa Clara"},
        "telephone": "+1-408-486-2000",
        "email": "info@nvidia.com",
        "contactPoint": {"@type": "ContactPoint", "contactType": "customer service",
                         "telephone": "+1-408-486-2000"},
        "vatID": "US94-3177549"
    })
}

pub(super) fn complete_nodes() -> Vec<(Value, &'static str)> {
    vec![
        (complete_product(), "Product"),
        (complete_event(), "MusicEvent"),
        (complete_article(), "NewsArticle"),
        (complete_profile_page(), "ProfilePage"),
        (complete_organization(), "Corporation"),
    ]
}
