//! schema.org `QuantitativeValue`: an amount with a unit, or a range.

use super::{OneOrMany, PropertyValue, Ref, Scalar};

schema_node! {
    /// A measured amount (`numberOfEmployees`, `weight`, `inventoryLevel`).
    pub struct QuantitativeValue: "QuantitativeValue" extends ["StructuredValue"] {
        /// The value (usually a number).
        value "value": Option<Scalar>,
        /// The lower bound, for a range.
        min_value "minValue": Option<serde_json::Number>,
        /// The upper bound, for a range.
        max_value "maxValue": Option<serde_json::Number>,
        /// The unit of measurement, as a UN/CEFACT code or a URL.
        unit_code "unitCode": Option<String>,
        /// The unit of measurement, as text.
        unit_text "unitText": Option<String>,
        /// Further details of the value.
        additional_property "additionalProperty": Option<OneOrMany<Ref<PropertyValue>>>,
    }
}
