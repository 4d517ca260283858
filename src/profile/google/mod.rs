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
//! - `google/<feature>-<property>-<problem>`: a value Google does not
//!   accept (`google/merchant-listing-offer-price-not-positive`).
//!
//! Required entries are errors (Google withholds the feature), recommended
//! ones warnings (the result is shown, with less in it). Conditions are
//! those the pages state: merchant listings apply only to a product sold
//! through an `Offer`; a review may go without a rating when it has an
//! author and a date, or pros and cons; an organization's shipping and
//! return policies stand for every offer's. Google's optional extras for
//! particular cases (apparel sizes, subscriptions, rescheduled events…) are
//! left out rather than warned about everywhere.
//!
//! Features Google has retired (How-to, FAQ for most sites, Sitelinks
//! search box…) are not listed; `docs/rules.md` says which.

mod article;
mod event;
mod merchant_listing;
mod organization;
mod product_snippet;
mod profile_page;
mod review;
mod review_snippet;

use super::{Check, Level, Profile, Requirement};

/// Google Search rich results.
pub static GOOGLE: Profile = Profile {
    id: "google",
    name: "Google Search rich results",
    features: &[
        product_snippet::SNIPPET,
        merchant_listing::MERCHANT_LISTING,
        event::EVENT,
        organization::ORGANIZATION,
        article::ARTICLE,
        profile_page::PROFILE_PAGE,
        review_snippet::REVIEW_SNIPPET,
        review_snippet::AGGREGATE_RATING_SNIPPET,
    ],
    notes: "Features Google has retired are not checked: How-to rich results (retired in 2023), \
            FAQ rich results outside well-known government and health sites (limited in 2023) and \
            the sitelinks search box (retired in 2024). Not yet covered: local business, breadcrumb, \
            video and software app; their nodes get no `google/*` finding of their own. \
            Rules retired when Google's pages changed are still accepted by `--select`, \
            `--ignore` and `sdx.toml`, and never fire: `google/merchant-listing-missing-offers` \
            (merchant listings apply only where an Offer is), \
            `google/event-missing-event-attendance-mode` and \
            `google/event-virtual-location-missing-url` (Google lists only events at a place).",
    retired: &[
        "google/merchant-listing-missing-offers",
        "google/event-missing-event-attendance-mode",
        "google/event-virtual-location-missing-url",
    ],
};

/// When every feature page was last read and the tables checked against
/// it.
pub(crate) const READ: &str = "2026-12-03";

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
        unless: &[],
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
        unless: &[],
        message,
        help,
    }
}

#[cfg(test)]
mod tests;
