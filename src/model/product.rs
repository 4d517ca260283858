//! schema.org `Product`.

use super::{
    AnyOffer, Audience, BrandOrOrganization, Date, Gtin, Gtin12, Gtin13, Gtin14, Gtin8, Image,
    OfferItemCondition, OneOrMany, Organization, PropertyValue, QuantitativeValue, Ref,
};

schema_node! {
    /// A product: anything made available for sale.
    pub struct Product: "Product" {
        /// Brands of the product, or the organizations it is sold under.
        brand "brand": Option<OneOrMany<Ref<BrandOrOrganization>>>,
        /// The organization that makes the product.
        manufacturer "manufacturer": Option<Ref<Organization>>,
        /// The model name or number.
        model "model": Option<OneOrMany<String>>,
        /// The seller's stock keeping unit.
        sku "sku": Option<String>,
        /// The manufacturer part number.
        mpn "mpn": Option<String>,
        /// A product identifier in some scheme (`isbn:…`).
        product_id "productID": Option<String>,
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
        /// Categories, as text (`Mini PC`) or a taxonomy path or URL.
        category "category": Option<OneOrMany<String>>,
        /// Offers to sell the product.
        offers "offers": Option<OneOrMany<Ref<AnyOffer>>>,
        /// Specifications without a schema.org property of their own.
        additional_property "additionalProperty": Option<OneOrMany<Ref<PropertyValue>>>,
        /// The date the product was first released.
        release_date "releaseDate": Option<Date>,
        /// Who the product is meant for.
        audience "audience": Option<OneOrMany<Ref<Audience>>>,
        /// The condition of the product.
        item_condition "itemCondition": Option<OfferItemCondition>,
        /// Colors, as text.
        color "color": Option<OneOrMany<String>>,
        /// Materials, as text.
        material "material": Option<OneOrMany<String>>,
        /// The product's logo.
        logo "logo": Option<OneOrMany<Image>>,
        /// A slogan or motto.
        slogan "slogan": Option<String>,
        /// Weight.
        weight "weight": Option<Ref<QuantitativeValue>>,
        /// Width.
        width "width": Option<Ref<QuantitativeValue>>,
        /// Height.
        height "height": Option<Ref<QuantitativeValue>>,
        /// Depth.
        depth "depth": Option<Ref<QuantitativeValue>>,
        /// Products related to this one.
        is_related_to "isRelatedTo": Option<OneOrMany<Ref<Product>>>,
        /// Products similar to this one.
        is_similar_to "isSimilarTo": Option<OneOrMany<Ref<Product>>>,
        /// Keywords or tags describing the product.
        keywords "keywords": Option<OneOrMany<String>>,
    }
}
