//! Google Search's documented requirements for rich results, as data.
//!
//! One file per feature page of Google Search Central's structured-data
//! documentation; each requirement names that page as its source. Rule ids
//! follow one scheme:
//!
//! - `google/<feature>-missing-<property>`: a required or recommended
//!   property is absent from the node (`google/event-missing-start-date`);
//! - `google/<feature>-missing-<a>-<b>-or-<c>`: none of a "one of" group;
//! - `google/<feature>-<nested>-missing-<property>`: the same on a nested
//!   node (`google/merchant-listing-offer-missing-price`);
//! - `google/<feature>-<property>-type`: a value is not of the node type
//!   Google expects there (`google/event-location-type`).
//!
//! Required entries are errors (Google withholds the feature), recommended
//! ones warnings (the result is shown, with less in it). Only properties
//! that apply to every page of a feature are listed: Google's optional
//! extras for particular cases (apparel sizes, subscriptions, rescheduled
//! events…) are left out rather than warned about everywhere.

mod article;
mod event;
mod organization;
mod product;
mod profile_page;

use super::{Check, Level, Profile, Requirement};

/// Google Search rich results.
pub static GOOGLE: Profile = Profile {
    id: "google",
    name: "Google Search rich results",
    features: &[
        product::SNIPPET,
        product::MERCHANT_LISTING,
        event::EVENT,
        organization::ORGANIZATION,
        article::ARTICLE,
        profile_page::PROFILE_PAGE,
    ],
};

/// The Search Central page of a feature.
macro_rules! source {
    ($page:literal) => {
        concat!(
            "https://developers.google.com/search/docs/appearance/structured-data/",
            $page
        )
    };
}
pub(crate) use source;

const fn required(
    rule: &'static str,
    check: Check,
    message: &'static str,
    help: &'static str,
) -> Requirement {
    Requirement {
        rule,
        level: Level::Required,
        check,
        message,
        help,
    }
}

const fn recommended(
    rule: &'static str,
    check: Check,
    message: &'static str,
    help: &'static str,
) -> Requirement {
    Requirement {
        rule,
        level: Level::Recommended,
        check,
        message,
        help,
    }
}

#[cfg(test)]
mod tests;
