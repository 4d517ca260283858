//! Writes a deterministic NDJSON feed of realistic schema.org records to
//! stdout, for benchmarks: Products with offers, brand, GTIN and
//! additional properties; Events with a Place and PostalAddress;
//! Organizations; People. About 1 KB a line; about 3 % of the lines carry one
//! realistic mistake (a bad GTIN check digit, an impossible date, a price
//! with a decimal comma, an unknown currency, a misspelled enumeration
//! member, an event ending before it starts, a truncated line).
//!
//! ```text
//! cargo run --release --example gen_feed -- 100000 > feed.ndjson
//! ```
//! The optional second argument is the seed (default 42): same arguments,
//! same bytes. A third argument `products` writes a product feed instead
//! (see `product_feed`: 40 % of the records with an info finding, 1.5 % with
//! an error), the realistic feed of `scripts/bench.sh`'s findings runs.

use std::io::{self, BufWriter, Write};

use serde_json::{json, Value};

const BRANDS: &[&str] = &[
    "Acme", "Globex", "Initech", "Umbrella", "Hooli", "Vandelay", "Stark", "Wayne",
];
const CITIES: &[(&str, &str, &str)] = &[
    ("Madrid", "Comunidad de Madrid", "ES"),
    ("Austin", "TX", "US"),
    ("San Francisco", "CA", "US"),
    ("Berlin", "Berlin", "DE"),
    ("Lyon", "Auvergne-Rhône-Alpes", "FR"),
    ("Osaka", "Osaka", "JP"),
];
const CURRENCIES: &[&str] = &["EUR", "USD", "GBP", "JPY"];
const AVAILABILITY: &[&str] = &[
    "https://schema.org/InStock",
    "https://schema.org/OutOfStock",
    "https://schema.org/PreOrder",
];
const WORDS: &[&str] = &[
    "compact",
    "silent",
    "modular",
    "wireless",
    "portable",
    "rugged",
    "efficient",
    "premium",
    "smart",
    "ergonomic",
    "durable",
    "lightweight",
    "professional",
    "advanced",
    "classic",
];

fn gtin13(rng: &mut fastrand::Rng) -> String {
    let body: Vec<u8> = (0..12).map(|_| b'0' + rng.u8(0..10)).collect();
    let check = sdx::model::gs1_check_digit(&body);
    let mut text = String::from_utf8(body).unwrap_or_default();
    text.push(char::from(b'0' + check as u8));
    text
}

fn sentence(rng: &mut fastrand::Rng, words: usize) -> String {
    (0..words)
        .map(|_| WORDS[rng.usize(0..WORDS.len())])
        .collect::<Vec<_>>()
        .join(" ")
}

fn date(rng: &mut fastrand::Rng) -> (u32, u32, u32) {
    (2020 + rng.u32(0..7), 1 + rng.u32(0..12), 1 + rng.u32(0..28))
}

fn product(rng: &mut fastrand::Rng, i: usize) -> Value {
    let brand = BRANDS[rng.usize(0..BRANDS.len())];
    let (y, m, d) = date(rng);
    json!({
        "@context": "https://schema.org",
        "@type": "Product",
        "@id": format!("https://shop.example.com/p/{i}#product"),
        "name": format!("{brand} {} model {}", sentence(rng, 2), rng.u32(100..999)),
        "description": sentence(rng, 24),
        "sku": format!("SKU-{i:08}"),
        "mpn": format!("MPN{}", rng.u32(100_000..999_999)),
        "gtin13": gtin13(rng),
        "category": "Electronics > Computers",
        "image": [format!("https://cdn.example.com/img/{i}-1.jpg"), format!("https://cdn.example.com/img/{i}-2.jpg")],
        "brand": {"@type": "Brand", "name": brand},
        "releaseDate": format!("{y:04}-{m:02}-{d:02}"),
        "additionalProperty": [
            {"@type": "PropertyValue", "name": "weight", "value": rng.u32(100..5000), "unitText": "g"},
            {"@type": "PropertyValue", "name": "colour", "value": sentence(rng, 1)}
        ],
        "offers": {
            "@type": "Offer",
            "url": format!("https://shop.example.com/p/{i}"),
            "price": format!("{}.{:02}", rng.u32(5..3000), rng.u32(0..100)),
            "priceCurrency": CURRENCIES[rng.usize(0..CURRENCIES.len())],
            "availability": AVAILABILITY[rng.usize(0..AVAILABILITY.len())],
            "itemCondition": "https://schema.org/NewCondition",
            "priceValidUntil": format!("{:04}-12-31", y + 1),
            "seller": {"@type": "Organization", "name": format!("{brand} Store")}
        }
    })
}

fn event(rng: &mut fastrand::Rng, i: usize) -> Value {
    let (city, region, country) = CITIES[rng.usize(0..CITIES.len())];
    let (y, m, d) = date(rng);
    let hour = 9 + rng.u32(0..10);
    json!({
        "@context": "https://schema.org",
        "@type": "Event",
        "@id": format!("https://events.example.com/e/{i}"),
        "name": format!("{} meetup {city} #{i}", sentence(rng, 2)),
        "description": sentence(rng, 30),
        "startDate": format!("{y:04}-{m:02}-{d:02}T{hour:02}:00:00+01:00"),
        "endDate": format!("{y:04}-{m:02}-{d:02}T{:02}:30:00+01:00", hour + 2),
        "eventStatus": "https://schema.org/EventScheduled",
        "eventAttendanceMode": "https://schema.org/OfflineEventAttendanceMode",
        "image": format!("https://events.example.com/img/{i}.jpg"),
        "location": {
            "@type": "Place",
            "name": format!("{city} Convention Hall"),
            "address": {
                "@type": "PostalAddress",
                "streetAddress": format!("{} Main Street", rng.u32(1..300)),
                "addressLocality": city,
                "addressRegion": region,
                "postalCode": format!("{:05}", rng.u32(10000..99999)),
                "addressCountry": country
            }
        },
        "organizer": {"@type": "Organization", "name": "Example Events", "url": "https://events.example.com/"},
        "offers": {
            "@type": "Offer",
            "price": rng.u32(0..200),
            "priceCurrency": "EUR",
            "availability": "https://schema.org/InStock",
            "validFrom": format!("{:04}-01-01", y),
            "url": format!("https://events.example.com/e/{i}/tickets")
        }
    })
}

fn organization(rng: &mut fastrand::Rng, i: usize) -> Value {
    let (city, region, country) = CITIES[rng.usize(0..CITIES.len())];
    json!({
        "@context": "https://schema.org",
        "@type": "Organization",
        "@id": format!("https://org.example.com/o/{i}"),
        "name": format!("{} {} Ltd", BRANDS[rng.usize(0..BRANDS.len())], sentence(rng, 1)),
        "legalName": format!("{} Holdings {i}", BRANDS[rng.usize(0..BRANDS.len())]),
        "description": sentence(rng, 30),
        "url": format!("https://org{i}.example.com/"),
        "logo": format!("https://org{i}.example.com/logo.png"),
        "email": format!("contact@org{i}.example.com"),
        "telephone": format!("+34 91 {:03} {:02} {:02}", rng.u32(100..999), rng.u32(10..99), rng.u32(10..99)),
        "sameAs": [format!("https://www.wikidata.org/wiki/Q{}", rng.u32(1000..999_999))],
        "address": {
            "@type": "PostalAddress",
            "addressLocality": city,
            "addressRegion": region,
            "addressCountry": country
        },
        "contactPoint": {"@type": "ContactPoint", "contactType": "customer service", "telephone": "+34 900 000 000"}
    })
}

fn person(rng: &mut fastrand::Rng, i: usize) -> Value {
    json!({
        "@context": "https://schema.org",
        "@type": "Person",
        "@id": format!("https://people.example.com/u/{i}"),
        "name": format!("Person {i}"),
        "givenName": "Alex",
        "familyName": format!("Example{i}"),
        "jobTitle": sentence(rng, 2),
        "description": sentence(rng, 40),
        "url": format!("https://people.example.com/u/{i}"),
        "image": format!("https://people.example.com/u/{i}.jpg"),
        "worksFor": {"@type": "Organization", "name": format!("{} Ltd", BRANDS[rng.usize(0..BRANDS.len())])},
        "sameAs": [format!("https://www.linkedin.com/in/example{i}")]
    })
}

/// Puts one realistic mistake into a record.
fn spoil(rng: &mut fastrand::Rng, record: &mut Value) -> bool {
    let Some(object) = record.as_object_mut() else {
        return false;
    };
    match (object.get("@type").and_then(Value::as_str), rng.u8(0..4)) {
        (Some("Product"), 0) => {
            object.insert("gtin13".into(), json!("4006381333932"));
        }
        (Some("Product"), 1) => {
            if let Some(offer) = object.get_mut("offers").and_then(Value::as_object_mut) {
                offer.insert("price".into(), json!("1.299,00"));
            }
        }
        (Some("Product"), 2) => {
            if let Some(offer) = object.get_mut("offers").and_then(Value::as_object_mut) {
                offer.insert("priceCurrency".into(), json!("EURO"));
            }
        }
        (Some("Event"), 0) => {
            object.insert("endDate".into(), json!("2020-01-01T10:00:00+01:00"));
            object.insert("startDate".into(), json!("2020-01-02T10:00:00+01:00"));
        }
        (Some("Event"), 1) => {
            object.insert(
                "eventStatus".into(),
                json!("https://schema.org/EventSheduled"),
            );
        }
        (_, 3) => return true,
        _ => {
            object.insert("releaseDate".into(), json!("2024-02-30"));
        }
    }
    false
}

/// A product feed as shops publish it: every record a Product; 40 % carry
/// an Amazon identifier (`asin`, a property of schema.org's pending layer:
/// an info finding, `pending-term`), 1.5 % an error (a bad GTIN check
/// digit, a price with a decimal comma, an unknown currency).
fn product_feed(lines: usize, rng: &mut fastrand::Rng, out: &mut impl Write) -> io::Result<()> {
    for i in 0..lines {
        let mut record = product(rng, i);
        if rng.u32(0..1000) < 400 {
            record["asin"] = json!(format!("B0{:08}", rng.u32(0..100_000_000)));
        }
        if rng.u32(0..1000) < 15 {
            let Some(object) = record.as_object_mut() else {
                continue;
            };
            match rng.u8(0..3) {
                0 => {
                    object.insert("gtin13".into(), json!("4006381333932"));
                }
                1 => object["offers"]["price"] = json!("1.299,00"),
                _ => object["offers"]["priceCurrency"] = json!("EURO"),
            }
        }
        out.write_all(serde_json::to_string(&record)?.as_bytes())?;
        out.write_all(b"\n")?;
    }
    out.flush()
}

fn main() -> io::Result<()> {
    let mut args = std::env::args().skip(1);
    let lines: usize = args.next().and_then(|a| a.parse().ok()).unwrap_or(100_000);
    let seed: u64 = args.next().and_then(|a| a.parse().ok()).unwrap_or(42);
    let mut rng = fastrand::Rng::with_seed(seed);
    let stdout = io::stdout();
    let mut out = BufWriter::with_capacity(1 << 20, stdout.lock());
    if args.next().as_deref() == Some("products") {
        return product_feed(lines, &mut rng, &mut out);
    }
    for i in 0..lines {
        let mut record = match rng.u8(0..20) {
            0..=9 => product(&mut rng, i),
            10..=14 => event(&mut rng, i),
            15..=17 => organization(&mut rng, i),
            _ => person(&mut rng, i),
        };
        let truncate = rng.u8(0..100) < 3 && spoil(&mut rng, &mut record);
        let text = serde_json::to_string(&record)?;
        if truncate {
            out.write_all(&text.as_bytes()[..text.len() / 2])?;
        } else {
            out.write_all(text.as_bytes())?;
        }
        out.write_all(b"\n")?;
    }
    out.flush()
}
