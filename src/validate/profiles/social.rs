//! The `social` profile: what link previews (Facebook, LinkedIn, Slack,
//! X, messengers) need from a page's OpenGraph and Twitter-card tags — a
//! title, a description, an image at an absolute URL, a card type and the
//! site's name. These are not schema.org rules: they run only when
//! `--profile social` asks for them.
//!
//! Findings point at the tag at fault, or at `<head>` for a missing tag;
//! pointers are `/` and the tag's property (`/og:image`). Each rule's
//! check, message and tests are in its file (`rules/social_*.rs`); this
//! file runs them and places their findings.

use crate::markup::{social_pointer, Offsets, SocialTags};

use crate::diagnostic::Diagnostic;
use crate::validate::rules;

/// The profile's rules, each deciding in its own file, in the order their
/// findings are listed.
const CHECKS: &[fn(&SocialTags, &mut Vec<Diagnostic>)] = &[
    rules::social_missing_title::check,
    rules::social_missing_description::check,
    rules::social_missing_image::check,
    rules::social_relative_url::check,
    rules::social_card_type::check,
    rules::social_missing_site::check,
];

/// Where each tag is, by pointer; the empty pointer is `<head>`.
pub(crate) fn offsets(tags: &SocialTags) -> Offsets {
    let mut offsets = Offsets::default();
    offsets.insert(String::new(), tags.head);
    for tag in &tags.tags {
        offsets.insert(social_pointer(&tag.key), tag.offset);
    }
    offsets
}

/// Checks the tags of one page.
pub(crate) fn check(tags: &SocialTags) -> Vec<Diagnostic> {
    let mut findings = Vec::new();
    for check in CHECKS {
        check(tags, &mut findings);
    }
    findings
}
