//! The `social` profile: what link previews (Facebook, LinkedIn, Slack,
//! X, messengers) need from a page's OpenGraph and Twitter-card tags — a
//! title, a description, an image at an absolute URL, a card type and the
//! site's name. These are not schema.org rules: they run only when
//! `--profile social` asks for them.
//!
//! Findings point at the tag at fault, or at `<head>` for a missing tag;
//! pointers are `/` and the tag's property (`/og:image`).

use crate::diagnostic::push_pointer_token;
use crate::markup::{Offsets, SocialTags};

use crate::validate::rules::{self, Finding};

/// The tags whose content is a URL.
const URL_TAGS: &[&str] = &[
    "og:url",
    "og:image",
    "og:image:url",
    "og:image:secure_url",
    "og:video",
    "og:video:url",
    "og:audio",
    "twitter:image",
];

/// The card types X accepts.
const CARD_TYPES: &[&str] = &["summary", "summary_large_image", "app", "player"];

/// The pointer of a tag.
pub(crate) fn pointer(key: &str) -> String {
    let mut pointer = String::new();
    push_pointer_token(&mut pointer, key);
    pointer
}

/// Where each tag is, by pointer; the empty pointer is `<head>`.
pub(crate) fn offsets(tags: &SocialTags) -> Offsets {
    let mut offsets = Offsets::default();
    offsets.insert(String::new(), tags.head);
    for tag in &tags.tags {
        offsets.insert(pointer(&tag.key), tag.offset);
    }
    offsets
}

fn is_absolute_http(url: &str) -> bool {
    url::Url::parse(url.trim())
        .is_ok_and(|url| matches!(url.scheme(), "http" | "https") && url.has_host())
}

/// Checks the tags of one page.
pub(crate) fn check(tags: &SocialTags) -> Vec<Finding> {
    let mut findings = Vec::new();
    let has = |key: &str| tags.get(key).is_some_and(|tag| !tag.content.is_empty());
    if !has("og:title") {
        findings.push(Finding::new(
            &rules::social_missing_title::RULE,
            "",
            "the page has no `og:title`",
        ));
    }
    if !has("og:description") && !has("twitter:description") {
        findings.push(Finding::new(
            &rules::social_missing_description::RULE,
            "",
            "the page has neither `og:description` nor `twitter:description`",
        ));
    }
    if !has("og:image") && !has("og:image:url") {
        let message = if has("twitter:image") {
            "the page has no `og:image` (only `twitter:image`, which other sites do not read)"
        } else {
            "the page has no `og:image`"
        };
        findings.push(Finding::new(
            &rules::social_missing_image::RULE,
            "",
            message,
        ));
    }
    for tag in &tags.tags {
        if URL_TAGS.contains(&tag.key.as_str()) && !is_absolute_http(&tag.content) {
            findings.push(Finding::new(
                &rules::social_relative_url::RULE,
                pointer(&tag.key),
                format!(
                    "`{}` is `{}`, not an absolute http(s) URL",
                    tag.key,
                    rules::shorten(&tag.content)
                ),
            ));
        }
    }
    match tags.get("twitter:card") {
        None => findings.push(Finding::new(
            &rules::social_card_type::RULE,
            "",
            "the page has no `twitter:card`",
        )),
        Some(tag) if !CARD_TYPES.contains(&tag.content.as_str()) => {
            let suggestion = crate::model::enumeration::closest(&tag.content, CARD_TYPES);
            let mut message = format!(
                "`twitter:card` is `{}`, not a card type",
                rules::shorten(&tag.content)
            );
            if let Some(suggestion) = suggestion {
                message.push_str(&format!(" (did you mean `{suggestion}`?)"));
            }
            findings.push(Finding::new(
                &rules::social_card_type::RULE,
                pointer(&tag.key),
                message,
            ));
        }
        Some(_) => {}
    }
    if !has("og:site_name") && !has("twitter:site") {
        findings.push(Finding::new(
            &rules::social_missing_site::RULE,
            "",
            "the page names no site: neither `og:site_name` nor `twitter:site`",
        ));
    }
    findings
}
