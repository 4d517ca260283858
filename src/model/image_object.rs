//! schema.org `ImageObject`.

use super::*;

schema_node! {
    /// An image file.
    pub struct ImageObject: "ImageObject" extends ["MediaObject", "CreativeWork"] {
        /// The URL of the image file itself.
        content_url "contentUrl": Url,
        /// Width, in pixels or as text with a unit.
        width "width": ValueOrRef<Scalar, QuantitativeValue>,
        /// Height, in pixels or as text with a unit.
        height "height": ValueOrRef<Scalar, QuantitativeValue>,
        /// A caption for the image.
        caption "caption": TextOrNode,
    }
}
