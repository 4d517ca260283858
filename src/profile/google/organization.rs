//! Organizations: the details Google uses for knowledge panels, logos and
//! attribution. Google requires no property; it recommends many "if
//! applicable", of which those every organization has (a name, a site, a
//! way to reach it) are listed here. Identifiers only some have (DUNS,
//! LEI, NAICS…) and policies only merchants have are left out.

use super::{recommended, source, READ};
use crate::profile::Check::Present;
use crate::profile::{Feature, Scope, When};

/// An organization meeting every recommendation.
const COMPLETE: &str = r#"{
    "@type": "Corporation",
    "name": "NVIDIA",
    "url": "https://www.nvidia.com/",
    "logo": "https://www.nvidia.com/logo.png",
    "sameAs": "https://en.wikipedia.org/wiki/Nvidia",
    "description": "Maker of GPUs.",
    "address": {"@type": "PostalAddress", "addressLocality": "Santa Clara"},
    "telephone": "+1-408-486-2000",
    "email": "info@nvidia.com",
    "contactPoint": {"@type": "ContactPoint", "contactType": "customer service",
                     "telephone": "+1-408-486-2000"},
    "vatID": "US94-3177549"
}"#;

/// Organization details.
pub(super) const ORGANIZATION: Feature = Feature {
    id: "organization",
    name: "Organization",
    applies_to: &["Organization"],
    source: source!("organization"),
    read: READ,
    complete: COMPLETE,
    when: When::Always,
    scope: Scope {
        requirements: &[
            recommended(
                "google/organization-missing-name",
                Present("name"),
                "Organization has no `name`",
                "Google names the organization in its knowledge panel and in attributions",
            ),
            recommended(
                "google/organization-missing-url",
                Present("url"),
                "Organization has no `url`",
                "Google uses the website to tell this organization from others of the same name",
            ),
            recommended(
                "google/organization-missing-logo",
                Present("logo"),
                "Organization has no `logo`",
                "Google can show the logo in Search results and the knowledge panel",
            ),
            recommended(
                "google/organization-missing-same-as",
                Present("sameAs"),
                "Organization has no `sameAs`",
                "profile pages elsewhere (Wikipedia, social sites) help Google identify the organization",
            ),
            recommended(
                "google/organization-missing-description",
                Present("description"),
                "Organization has no `description`",
                "Google can show the description in the knowledge panel",
            ),
            recommended(
                "google/organization-missing-address",
                Present("address"),
                "Organization has no `address`",
                "Google can show the address in the knowledge panel",
            ),
            recommended(
                "google/organization-missing-telephone",
                Present("telephone"),
                "Organization has no `telephone`",
                "Google can show the phone number in the knowledge panel",
            ),
            recommended(
                "google/organization-missing-email",
                Present("email"),
                "Organization has no `email`",
                "Google can show how to write to the organization",
            ),
            recommended(
                "google/organization-missing-contact-point",
                Present("contactPoint"),
                "Organization has no `contactPoint`",
                "Google can show the best way to reach customer service",
            ),
            recommended(
                "google/organization-missing-vat-id",
                Present("vatID"),
                "Organization has no `vatID`",
                "Google uses the VAT number to tell this organization from others",
            ),
        ],
        nested: &[],
    },
};
