//! The HTML form of an export: a `<script type="application/ld+json">`
//! element that no string in the data can break out of.

/// Wraps JSON text in a `<script type="application/ld+json">` element.
///
/// `<`, `>` and `&` become `\u003c`, `\u003e` and `\u0026`, so no string
/// can close the element (`</script>`) or open a comment (`<!--`) that
/// changes how the HTML parser reads the rest of the page; U+2028 and U+2029
/// become `\u2028` and `\u2029` for JavaScript engines that predate JSON
/// superset support. These characters only occur inside JSON strings, where
/// the escapes mean the same characters, so the content stays the same
/// JSON.
pub fn script_element(json: &str) -> String {
    let mut html = String::with_capacity(json.len() + 64);
    html.push_str("<script type=\"application/ld+json\">\n");
    html.push_str(&escape_for_script(json));
    if !json.ends_with('\n') {
        html.push('\n');
    }
    html.push_str("</script>\n");
    html
}

/// The escaping [`script_element`] applies, for callers that write the
/// element themselves (`sdx embed` marks its element as its own).
pub fn escape_for_script(json: &str) -> String {
    let mut text = String::with_capacity(json.len() + 16);
    for ch in json.chars() {
        match ch {
            '<' => text.push_str("\\u003c"),
            '>' => text.push_str("\\u003e"),
            '&' => text.push_str("\\u0026"),
            '\u{2028}' => text.push_str("\\u2028"),
            '\u{2029}' => text.push_str("\\u2029"),
            ch => text.push(ch),
        }
    }
    text
}

#[cfg(test)]
mod tests {
    use super::script_element;

    #[test]
    fn nothing_in_a_string_closes_the_element() {
        let value = serde_json::json!({"name": "</script><script>alert(1)</script><!-- & \u{2028}\u{2029}"});
        let json = serde_json::to_string(&value).unwrap();
        let html = script_element(&json);
        let body = html
            .strip_prefix("<script type=\"application/ld+json\">\n")
            .and_then(|rest| rest.strip_suffix("\n</script>\n"))
            .unwrap();
        assert!(!body.contains('<') && !body.contains('>') && !body.contains('&'));
        assert!(!body.contains('\u{2028}') && !body.contains('\u{2029}'));
        let read: serde_json::Value = serde_json::from_str(body).unwrap();
        assert_eq!(read, value, "the escaped text is the same JSON");
    }
}
