//! The datatypes as leaves of the model: a value of one is never absent
//! (an empty text is refused when it is read) and holds no node to walk.
//! The datatypes live below the model, in `src/datatypes/`, so the
//! vocabulary can use them too; the model's traits are given to them here.

use super::{MaybeEmpty, Walk, Walker};
use crate::datatypes::{
    Boolean, CurrencyCode, Date, DateOrDateTime, DateOrTime, DateTime, Degrees, GtinOf, Integer,
    LanguageTag, Number, Price, Scalar, Text, Url,
};

macro_rules! leaves {
    ($($ty:ty),* $(,)?) => {$(
        impl MaybeEmpty for $ty {}

        impl Walk for $ty {
            const LEAF: bool = true;
            fn walk(&self, _: &mut Walker) {}
        }
    )*};
}

leaves!(
    Boolean,
    CurrencyCode,
    Date,
    DateOrDateTime,
    DateOrTime,
    DateTime,
    Integer,
    LanguageTag,
    Number,
    Price,
    Scalar,
    Text,
    Url,
);

impl<const LIMIT: u16> MaybeEmpty for Degrees<LIMIT> {}

impl<const LIMIT: u16> Walk for Degrees<LIMIT> {
    const LEAF: bool = true;
    fn walk(&self, _: &mut Walker) {}
}

impl<const LEN: usize> MaybeEmpty for GtinOf<LEN> {}

impl<const LEN: usize> Walk for GtinOf<LEN> {
    const LEAF: bool = true;
    fn walk(&self, _: &mut Walker) {}
}
