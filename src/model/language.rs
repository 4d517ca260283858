//! schema.org `Language`: what `inLanguage` takes besides a language tag.

schema_node! {
    /// A natural language (`{"@type": "Language", "name": "Spanish",
    /// "alternateName": "es"}`), as `inLanguage` and `availableLanguage`
    /// may give it instead of a BCP 47 tag.
    pub struct Language: "Language" extends ["Intangible"] {}
}
