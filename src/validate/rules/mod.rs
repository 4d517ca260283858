//! The rules, one a file, and the one list of them. Each file holds a
//! [`Rule`] const (`RULE`: id, severity, layer and the documentation `sdx
//! rules ID` prints), its check and its tests. A rule that judges one
//! property value also holds a [`ValueRule`] const (`VALUE`): the
//! properties it claims and its check, which returns `None` without
//! allocating for a good value and builds its message only on failure.
//!
//! Adding a rule is its file and one line in the list below (marked
//! `: VALUE` for a value rule): that line declares the module, lists the
//! rule in [`ALL`] (what `sdx rules` prints, in this order: by layer, then
//! id) and, for a value rule, in [`VALUE`] (what the walk dispatches
//! property values to).
//!
//! A line `name = path` lists a rule whose file is elsewhere, under that
//! name: the rules only a dataset is judged by are decided while `sdx
//! export` loads it, in `crate::jsonld::rules`, which sits below this
//! folder and cannot import it.

pub mod properties;
pub mod verdict;

pub use verdict::{describe, failed, shorten, ValueRule};

use crate::rule::Rule;

/// Declares the rule modules (or names one whose file is elsewhere), in
/// [`ALL`]'s order, and lists them.
macro_rules! rules {
    ($($module:ident $(= $home:path)? $(: $value:ident)?,)*) => {
        $(rules!(@declare $module $(= $home)?);)*

        /// Every rule of `sdx validate` and `sdx export`, in the order
        /// `sdx rules` lists them (by layer, then id); the profiles' table
        /// rules are added by the registry.
        pub const ALL: &[&Rule] = &[$(&$module::RULE,)*];

        /// The rules that judge one property value, dispatched by property
        /// (each property has at most one).
        pub const VALUE: &[&ValueRule] = &[$($(&$module::$value,)?)*];
    };
    (@declare $module:ident) => {
        pub mod $module;
    };
    (@declare $module:ident = $home:path) => {
        use $home as $module;
    };
}

rules! {
    duplicate_key,
    invalid_json,
    limit_exceeded,
    invalid_jsonld,
    missing_context,
    missing_type,
    misspelled_context,
    unsupported_context,
    schema,
    date_order,
    date_with_time,
    empty_value,
    invalid_currency: VALUE,
    invalid_date: VALUE,
    invalid_enum: VALUE,
    invalid_gtin: VALUE,
    invalid_language: VALUE,
    invalid_price: VALUE,
    invalid_url: VALUE,
    non_iso_currency,
    number_for_text: VALUE,
    relative_url,
    pending_term,
    property_not_in_domain,
    superseded_term,
    text_for_entity,
    unexpected_node_type,
    unexpected_value_type,
    unknown_property,
    unknown_type,
    conflicting_id,
    dangling_reference,
    inconsistent_markup,
    duplicate_id = crate::jsonld::rules::duplicate_id,
    missing_base = crate::jsonld::rules::missing_base,
    reference_type = crate::jsonld::rules::reference_type,
    unmodeled_property = crate::jsonld::rules::unmodeled_property,
    unreadable_file,
    social_card_type,
    social_missing_description,
    social_missing_image,
    social_missing_site,
    social_missing_title,
    social_relative_url,
}
