//! Tests of URL reading: the absolute-URL shortcut against its first
//! form, schemes, relative references.

use super::{after_http_scheme, plainly_absolute, Url};
use proptest::prelude::*;

/// The shortcut as first written, in five passes: the one-pass
/// version must answer as it does.
fn reference(text: &str) -> bool {
    let Some(rest) = after_http_scheme(text) else {
        return false;
    };
    let authority_end = rest
        .iter()
        .position(|b| matches!(b, b'/' | b'?' | b'#'))
        .unwrap_or(rest.len());
    let (authority, tail) = rest.split_at(authority_end);
    let (host, port) = match authority.iter().position(|b| *b == b':') {
        Some(colon) => (&authority[..colon], Some(&authority[colon + 1..])),
        None => (authority, None),
    };
    if let Some(port) = port {
        let number = port.iter().try_fold(0u32, |n, b| {
            b.is_ascii_digit().then(|| n * 10 + u32::from(b - b'0'))
        });
        if port.is_empty() || port.len() > 5 || number.is_none_or(|n| n > 65_535) {
            return false;
        }
    }
    reference_host(host) && tail.iter().all(|b| (0x21..0x7f).contains(b))
}

fn reference_host(host: &[u8]) -> bool {
    if host.is_empty() || host.len() > 253 {
        return false;
    }
    let mut last = &host[..0];
    for label in host.split(|b| *b == b'.') {
        let inner_hyphens_only = label.first() != Some(&b'-') && label.last() != Some(&b'-');
        if label.is_empty()
            || label.len() > 63
            || !inner_hyphens_only
            || !label
                .iter()
                .all(|b| b.is_ascii_alphanumeric() || *b == b'-')
            || label
                .get(..4)
                .is_some_and(|p| p.eq_ignore_ascii_case(b"xn--"))
        {
            return false;
        }
        last = label;
    }
    last[0].is_ascii_alphabetic()
}

proptest! {
    #[test]
    fn one_pass_answers_as_five_passes(
        text in "(?i:https?)://[a-zX0-9.:@_-]{0,24}([/?#][ -~]{0,8})?|(?i:https?)://(xn--)?[a-z]{1,3}(-[a-z0-9]{1,2})?(\\.[a-z0-9-]{1,4}){0,3}(:[0-9]{0,7})?(/[!-~ ]{0,6})?",
    ) {
        prop_assert_eq!(plainly_absolute(&text), reference(&text), "{}", text);
    }
}

proptest! {
    // The shortcut never says yes where the full parser says no.
    #[test]
    fn shortcut_accepts_only_what_the_parser_accepts(
        text in "(?i:https?)://[a-z0-9.:-]{0,20}(/[ -~]{0,12})?",
    ) {
        if plainly_absolute(&text) {
            prop_assert!(text.parse::<Url>().is_ok(), "{}", text);
        }
    }
}

#[test]
fn shortcut_takes_common_urls_and_leaves_odd_ones_to_the_parser() {
    for plain in [
        "https://shop.example.com/p/1?x=1#a",
        "HTTP://Example.COM:8080",
        "https://a-b.example.org/%zz/\\x",
    ] {
        assert!(plainly_absolute(plain), "{plain}");
        assert!(Url::is_valid(plain));
    }
    for odd in [
        "https://1.2.3.4/",
        "https://xn--nxasmq6b.com/",
        "https://user@example.com/",
        "https://example.com:99999/",
        "https://exa mple.com/",
        "https://ex_ample.com/",
        "https://-a.com/",
    ] {
        assert!(!plainly_absolute(odd), "{odd}");
        assert_eq!(Url::is_valid(odd), odd.parse::<Url>().is_ok(), "{odd}");
    }
}

#[test]
fn reads_the_urls_schema_org_data_gives() {
    use super::UrlForm::{Absolute, Fragment, Relative};
    for (text, form) in [
        ("https://www.nvidia.com/", Absolute),
        ("http://example.com/a?b=c", Absolute),
        ("mailto:jane@example.com", Absolute),
        ("tel:+1-555-0100", Absolute),
        ("android-app://com.example/http/example.com/a", Absolute),
        ("ftp://example.com/", Absolute),
        ("/relative/path", Relative),
        ("photo.jpg", Relative),
        ("www.example.com", Relative),
        ("//cdn.example.com/a.jpg", Relative),
        ("#offer", Fragment),
    ] {
        assert_eq!(Url::check(text), Ok(form), "{text}");
        assert!(text.parse::<Url>().is_ok(), "{text}");
    }
    for text in [
        "javascript:alert(1)",
        "JavaScript:alert(1)",
        "data:image/png;base64,AAAA",
        "file:///etc/passwd",
        "http://exa mple.com",
        "a page about us",
        "http://[::1",
        "",
    ] {
        assert!(Url::check(text).is_err(), "{text}");
    }
}

#[test]
fn the_schema_pattern_refuses_what_the_parser_refuses_by_shape() {
    let pattern = regex::Regex::new(super::URL_PATTERN).unwrap();
    let refused = regex::Regex::new(super::REFUSED_SCHEME).unwrap();
    for text in ["javascript:x", "DATA:x", "file:/x"] {
        assert!(pattern.is_match(text) && refused.is_match(text), "{text}");
    }
    for text in ["a b", ""] {
        assert!(!pattern.is_match(text), "{text}");
    }
    assert!(!refused.is_match("https://example.com/data:x"));
}

#[test]
fn reads_an_id_object_as_the_same_url() {
    let url: Url = serde_json::from_str(r#"{"@id": "https://example.com/a"}"#).unwrap();
    assert_eq!(url.as_str(), "https://example.com/a");
    assert!(serde_json::from_str::<Url>(r#"{"@id": "x", "name": "y"}"#).is_err());
}
