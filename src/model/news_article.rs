//! schema.org `NewsArticle`.

use super::*;

schema_node! {
    /// A news article. Search engines read `headline`, `image`,
    /// `datePublished`, `dateModified` and `author` when given.
    pub struct NewsArticle: "NewsArticle" extends ["Article", "CreativeWork"] {
        /// The headline.
        headline "headline": Text,
        /// A secondary headline.
        alternative_headline "alternativeHeadline": Text,
        /// The language of the article, as a BCP 47 tag (`es`).
        in_language "inLanguage": ValueOrRef<LanguageTag, Language>,
        /// When the article was first published.
        date_published "datePublished": DateOrDateTime,
        /// When the article was last changed.
        date_modified "dateModified": DateOrDateTime,
        /// When the article was written.
        date_created "dateCreated": DateOrDateTime,
        /// Who wrote the article.
        author "author": Entity<Agent>,
        /// Who publishes the article.
        publisher "publisher": Entity<Agent>,
        /// Who created the article, when not the author.
        creator "creator": Entity<Agent>,
        /// Who edited the article.
        editor "editor": Entity<Person>,
        /// Who contributed to the article.
        contributor "contributor": Entity<Agent>,
        /// The organization on whose behalf the article was produced.
        source_organization "sourceOrganization": Entity<Organization>,
        /// What the article is about.
        about "about": Entity<Node>,
        /// What the article mentions without being about it.
        mentions "mentions": Entity<Node>,
        /// The place the article is about.
        content_location "contentLocation": Entity<Place>,
        /// The article's text.
        article_body "articleBody": Text,
        /// The section of the publication (`Technology`).
        article_section "articleSection": Text,
        /// The number of words.
        word_count "wordCount": Integer,
        /// Keywords or tags.
        keywords "keywords": TextOrNode,
        /// A URL of a thumbnail image.
        thumbnail_url "thumbnailUrl": Url,
        /// Where and when the story was filed (`MADRID, 14 Oct —`).
        dateline "dateline": Text,
        /// Works the article cites, as nodes or text.
        citation "citation": Entity<CreativeWork>,
        /// The page the article is the main entity of.
        main_entity_of_page "mainEntityOfPage": ValueOrRef<Url, CreativeWork>,
        /// Whether the article is free to read.
        is_accessible_for_free "isAccessibleForFree": Boolean,
    }
}
