//! The spellings of a schema.org term seen in the wild.

/// The prefixes under which schema.org terms appear: full IRIs over https
/// and http (with or without `www.`), and the conventional `schema:` CURIE.
pub const SCHEMA_ORG_PREFIXES: &[&str] = &[
    "https://schema.org/",
    "http://schema.org/",
    "https://www.schema.org/",
    "http://www.schema.org/",
    "schema:",
];

/// The canonical IRI prefix sdx writes.
pub const SCHEMA_ORG: &str = "https://schema.org/";

/// The short term of a schema.org IRI in any accepted spelling
/// (`http://schema.org/InStock` → `InStock`); other strings come back as is.
pub fn schema_org_term(text: &str) -> &str {
    // Nearly every term is a bare name (`offers`); every prefix starts
    // with `h` or `s`, so the first byte settles most of them.
    if !matches!(text.as_bytes().first(), Some(b'h' | b's')) {
        return text;
    }
    SCHEMA_ORG_PREFIXES
        .iter()
        .find_map(|prefix| text.strip_prefix(prefix))
        .unwrap_or(text)
}

#[cfg(test)]
mod tests {
    use super::schema_org_term;

    #[test]
    fn strips_every_spelling() {
        for text in [
            "InStock",
            "https://schema.org/InStock",
            "http://schema.org/InStock",
            "schema:InStock",
        ] {
            assert_eq!(schema_org_term(text), "InStock", "{text}");
        }
        assert_eq!(
            schema_org_term("https://example.com/InStock"),
            "https://example.com/InStock"
        );
    }
}
