//! schema.org `NewsArticle`.

use super::{
    Agent, CreativeWork, DateOrDateTime, LanguageTag, Node, OneOrMany, Organization, Person, Place,
    Ref, Url, ValueOrRef,
};

schema_node! {
    /// A news article. Search engines read `headline`, `image`,
    /// `datePublished`, `dateModified` and `author` when given.
    pub struct NewsArticle: "NewsArticle" extends ["Article", "CreativeWork"] {
        /// The headline.
        headline "headline": Option<String>,
        /// A secondary headline.
        alternative_headline "alternativeHeadline": Option<String>,
        /// The language of the article, as a BCP 47 tag (`es`).
        in_language "inLanguage": Option<LanguageTag>,
        /// When the article was first published.
        date_published "datePublished": Option<DateOrDateTime>,
        /// When the article was last changed.
        date_modified "dateModified": Option<DateOrDateTime>,
        /// When the article was written.
        date_created "dateCreated": Option<DateOrDateTime>,
        /// Who wrote the article.
        author "author": Option<OneOrMany<Ref<Agent>>>,
        /// Who publishes the article.
        publisher "publisher": Option<OneOrMany<Ref<Agent>>>,
        /// Who created the article, when not the author.
        creator "creator": Option<OneOrMany<Ref<Agent>>>,
        /// Who edited the article.
        editor "editor": Option<OneOrMany<Ref<Person>>>,
        /// Who contributed to the article.
        contributor "contributor": Option<OneOrMany<Ref<Agent>>>,
        /// The organization on whose behalf the article was produced.
        source_organization "sourceOrganization": Option<Ref<Organization>>,
        /// What the article is about.
        about "about": Option<OneOrMany<Ref<Node>>>,
        /// What the article mentions without being about it.
        mentions "mentions": Option<OneOrMany<Ref<Node>>>,
        /// The place the article is about.
        content_location "contentLocation": Option<OneOrMany<Ref<Place>>>,
        /// The article's text.
        article_body "articleBody": Option<String>,
        /// The section of the publication (`Technology`).
        article_section "articleSection": Option<OneOrMany<String>>,
        /// The number of words.
        word_count "wordCount": Option<u64>,
        /// Keywords or tags.
        keywords "keywords": Option<OneOrMany<String>>,
        /// A URL of a thumbnail image.
        thumbnail_url "thumbnailUrl": Option<Url>,
        /// Where and when the story was filed (`MADRID, 14 Oct —`).
        dateline "dateline": Option<String>,
        /// Works the article cites, as nodes or text.
        citation "citation": Option<OneOrMany<ValueOrRef<String, CreativeWork>>>,
        /// The page the article is the main entity of.
        main_entity_of_page "mainEntityOfPage": Option<ValueOrRef<Url, CreativeWork>>,
        /// Whether the article is free to read.
        is_accessible_for_free "isAccessibleForFree": Option<bool>,
    }
}
