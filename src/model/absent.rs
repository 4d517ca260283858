//! The "nothing to write" test behind compact serialization.

use super::OneOrMany;

/// Values that serialize to nothing: `None`, and an empty list.
///
/// Every optional model property is skipped when absent, so exported
/// JSON-LD never holds `null` or `[]`.
pub trait Absent {
    /// True when the property should not be written at all.
    fn is_absent(&self) -> bool;
}

impl<T> Absent for Option<T>
where
    T: MaybeEmpty,
{
    fn is_absent(&self) -> bool {
        self.as_ref().is_none_or(MaybeEmpty::is_empty_value)
    }
}

/// Values that can be empty while present (a list with no members).
pub trait MaybeEmpty {
    /// True when the value holds nothing worth writing.
    fn is_empty_value(&self) -> bool {
        false
    }
}

impl<T> MaybeEmpty for OneOrMany<T> {
    fn is_empty_value(&self) -> bool {
        self.is_empty()
    }
}

impl<T> MaybeEmpty for Vec<T> {
    fn is_empty_value(&self) -> bool {
        self.is_empty()
    }
}

impl MaybeEmpty for String {}

impl MaybeEmpty for bool {}
impl MaybeEmpty for u64 {}
impl MaybeEmpty for i64 {}
impl MaybeEmpty for f64 {}
impl MaybeEmpty for serde_json::Number {}
