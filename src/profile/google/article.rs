//! Articles (Article, NewsArticle, BlogPosting and their subtypes): better
//! titles, images and dates in Google Search and News. Google requires no
//! property, so every entry is a recommendation.

use super::{recommended, source, READ};
use crate::profile::Check::{AnyOf, Present, TypedAs};
use crate::profile::{Feature, Nested, Scope, When};

const AGENTS: &[&str] = &["Person", "Organization"];

/// An article meeting every recommendation.
const COMPLETE: &str = r#"{
    "@type": "NewsArticle",
    "headline": "Jensen Huang delivers DGX Spark to Elon Musk",
    "image": ["https://example.com/1x1.jpg"],
    "datePublished": "2025-10-14",
    "dateModified": "2025-10-15",
    "author": [{"@type": "Person", "name": "Jane Doe", "url": "https://example.com/jane"}]
}"#;

/// Article.
pub(super) const ARTICLE: Feature = Feature {
    id: "article",
    name: "Article",
    applies_to: &["Article"],
    source: source!("article"),
    read: READ,
    complete: COMPLETE,
    when: When::Always,
    scope: Scope {
        requirements: &[
            recommended(
                "google/article-missing-headline",
                Present("headline"),
                "Article has no `headline`",
                "Google can use the headline as the result's title",
            ),
            recommended(
                "google/article-missing-image",
                Present("image"),
                "Article has no `image`",
                "Google can show the article's image in results and in Discover",
            ),
            recommended(
                "google/article-missing-date-published",
                Present("datePublished"),
                "Article has no `datePublished`",
                "Google shows a publication date only when it can tell it",
            ),
            recommended(
                "google/article-missing-date-modified",
                Present("dateModified"),
                "Article has no `dateModified`",
                "Google can show when the article was last updated",
            ),
            recommended(
                "google/article-missing-author",
                Present("author"),
                "Article has no `author`",
                "Google can credit the article's authors",
            ),
            recommended(
                "google/article-author-type",
                TypedAs {
                    property: "author",
                    types: AGENTS,
                },
                "Article `author` is not a Person or an Organization",
                "Google understands an author only as a Person or Organization node, not as text",
            ),
        ],
        nested: &[Nested {
            property: "author",
            types: AGENTS,
            except: &[],
            scope: Scope {
                requirements: &[
                    recommended(
                        "google/article-author-missing-name",
                        Present("name"),
                        "article author has no `name`",
                        "Google credits an author only by name",
                    ),
                    // "You can use the `sameAs` property as an alternative.
                    // Google can understand both `sameAs` and `url`."
                    recommended(
                        "google/article-author-missing-url",
                        AnyOf(&["url", "sameAs"]),
                        "article author has no `url` (nor `sameAs`)",
                        "a link to the author's profile page helps Google tell authors apart",
                    ),
                ],
                nested: &[],
            },
        }],
    },
};
