//! schema.org `PropertyValue`: a named value, for properties schema.org
//! has no term for (`additionalProperty`, `identifier`).

schema_node! {
    /// A property-value pair, such as a product specification.
    pub struct PropertyValue: "PropertyValue" {
        /// The value (text, number or boolean).
        value "value": Option<super::Scalar>,
        /// An identifier of the property, such as a URL of a definition.
        property_id "propertyID": Option<String>,
        /// The unit of measurement, as text (`GB`).
        unit_text "unitText": Option<String>,
    }
}
