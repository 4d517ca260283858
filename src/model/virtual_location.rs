//! schema.org `VirtualLocation`: where an online event happens.

schema_node! {
    /// An online location, such as the page of a live stream; give its `url`.
    pub struct VirtualLocation: "VirtualLocation" extends ["Intangible"] {}
}
