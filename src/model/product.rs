//! schema.org `Product`.

use super::*;

schema_node! {
    /// A product: anything made available for sale.
    pub struct Product: "Product" {
        /// Brands of the product, or the organizations it is sold under.
        brand "brand": Entity<BrandOrOrganization>,
        /// The organization that makes the product.
        manufacturer "manufacturer": Entity<Organization>,
        /// The model name or number.
        model "model": TextOrNode,
        ..part_numbers,
        /// A product identifier in some scheme (`isbn:…`).
        product_id "productID": Text,
        ..gtin_codes,
        /// Categories, as text (`Mini PC`) or a taxonomy path or URL.
        category "category": TextOrNode,
        /// Offers to sell the product.
        offers "offers": Entity<AnyOffer>,
        /// Specifications without a schema.org property of their own.
        additional_property "additionalProperty": Entity<PropertyValue>,
        /// The date the product was first released.
        release_date "releaseDate": Date,
        /// Who the product is meant for.
        audience "audience": Entity<Audience>,
        /// The condition of the product.
        item_condition "itemCondition": OfferItemCondition,
        /// Colors, as text.
        color "color": Text,
        /// Materials, as text.
        material "material": TextOrNode,
        /// The product's logo.
        logo "logo": Image,
        /// A slogan or motto.
        slogan "slogan": Text,
        /// Weight.
        weight "weight": Entity<QuantitativeValue>,
        /// Width.
        width "width": Entity<QuantitativeValue>,
        /// Height.
        height "height": Entity<QuantitativeValue>,
        /// Depth.
        depth "depth": Entity<QuantitativeValue>,
        /// Products related to this one.
        is_related_to "isRelatedTo": Entity<Product>,
        /// Products similar to this one.
        is_similar_to "isSimilarTo": Entity<Product>,
        /// Keywords or tags describing the product.
        keywords "keywords": TextOrNode,
    }
}
