//! schema.org `QuantitativeValue`: an amount with a unit, or a range.

use super::*;

schema_node! {
    /// A measured amount (`numberOfEmployees`, `weight`, `inventoryLevel`).
    pub struct QuantitativeValue: "QuantitativeValue" extends ["StructuredValue"] {
        /// The value (usually a number).
        value "value": ValueOrRef<Scalar, AnyType>,
        /// The lower bound, for a range.
        min_value "minValue": Number,
        /// The upper bound, for a range.
        max_value "maxValue": Number,
        /// The unit of measurement, as a UN/CEFACT code or a URL.
        unit_code "unitCode": Text,
        /// The unit of measurement, as text.
        unit_text "unitText": Text,
        /// Further details of the value.
        additional_property "additionalProperty": Entity<PropertyValue>,
    }
}
