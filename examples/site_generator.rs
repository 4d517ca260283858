//! A static-site build step written against the library: builds a shop's
//! product page graph in code (organization, brand, product, offer), lets
//! sdx check it as a graph, and writes the `<script>` element each page
//! template includes. Bad values cannot be built: prices, currencies,
//! GTINs and URLs are parsed when the graph is made.
//!
//! ```text
//! cargo run --example site_generator
//! ```

use sdx::jsonld::{Dataset, GraphDocument};
use sdx::model::{
    AnyOffer, BrandOrOrganization, CurrencyCode, Entity, Gtin13, ItemAvailability, NodeId, Offer,
    OfferItemCondition, Organization, Price, Product, Url,
};

fn main() -> Result<(), Box<dyn std::error::Error>> {
    let site = "https://shop.example.com";
    let shop = Organization {
        id: Some(NodeId::from(format!("{site}/#organization").as_str())),
        name: Some("Example Shop".into()),
        url: Some(format!("{site}/").parse::<Url>()?.into()),
        ..Organization::default()
    };

    let offer = Offer {
        price: Some(Price::parse_text("1299.00")?.into()),
        price_currency: Some("EUR".parse::<CurrencyCode>()?.into()),
        availability: Some(ItemAvailability::InStock.into()),
        item_condition: Some(OfferItemCondition::NewCondition.into()),
        url: Some(format!("{site}/p/mini-pc").parse::<Url>()?.into()),
        seller: Some(Entity::id(format!("{site}/#organization")).into()),
        ..Offer::default()
    };
    let product = Product {
        id: Some(NodeId::from(format!("{site}/p/mini-pc#product").as_str())),
        name: Some("Example Mini PC".into()),
        sku: Some("MINI-PC-1".into()),
        gtin13: Some("4006381333931".parse::<Gtin13>()?.into()),
        brand: Some(Entity::<BrandOrOrganization>::id(format!("{site}/#organization")).into()),
        offers: Some(Entity::from(AnyOffer::from(offer)).into()),
        ..Product::default()
    };

    // Loading checks the graph as a whole: the seller and brand references
    // resolve, to nodes of types those properties take.
    let graph = GraphDocument::new(vec![shop.into(), product.into()]);
    let dataset = Dataset::from_document("site", graph, None)?;
    print!("{}", dataset.to_html());
    Ok(())
}
