//! schema.org `ImageObject`.

use super::{OneOrMany, Url};

schema_node! {
    /// An image file.
    pub struct ImageObject: "ImageObject" extends ["MediaObject", "CreativeWork"] {
        /// The URL of the image file itself.
        content_url "contentUrl": Option<Url>,
        /// Width, in pixels or as text with a unit.
        width "width": Option<super::Scalar>,
        /// Height, in pixels or as text with a unit.
        height "height": Option<super::Scalar>,
        /// A caption for the image.
        caption "caption": Option<OneOrMany<String>>,
    }
}
