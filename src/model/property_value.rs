//! schema.org `PropertyValue`: a named value, for properties schema.org
//! has no term for (`additionalProperty`, `identifier`).

use super::*;

schema_node! {
    /// A property-value pair, such as a product specification.
    pub struct PropertyValue: "PropertyValue" extends ["StructuredValue"] {
        /// The value or values (text, number or boolean).
        value "value": ValueOrRef<Scalar, AnyType>,
        /// The lower bound, for a range.
        min_value "minValue": Number,
        /// The upper bound, for a range.
        max_value "maxValue": Number,
        /// An identifier of the property, such as a URL of a definition.
        property_id "propertyID": Text,
        /// The unit of measurement, as a UN/CEFACT code or a URL.
        unit_code "unitCode": Text,
        /// The unit of measurement, as text (`GB`).
        unit_text "unitText": Text,
    }
}
