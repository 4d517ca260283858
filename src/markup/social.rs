//! Social meta tags: OpenGraph (`og:*`, `article:*`, `product:*`) and
//! Twitter cards (`twitter:*`), the data link previews are built from.
//!
//! OpenGraph is specified with `<meta property="og:…" content="…">` and
//! Twitter with `<meta name="twitter:…" content="…">`; publishers mix the
//! two attributes up and consumers accept both, so both are read for every
//! prefix.

use super::dom::Dom;

/// The prefixes read.
pub const PREFIXES: &[&str] = &["og:", "article:", "product:", "twitter:"];

/// One tag.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SocialTag {
    /// The property, lowercase (`og:image`, `twitter:card`).
    pub key: String,
    /// Its `content`.
    pub content: String,
    /// Byte offset of the `<meta>` element in the page.
    pub offset: usize,
}

/// The social tags of a page.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct SocialTags {
    /// Tags in page order.
    pub tags: Vec<SocialTag>,
    /// Byte offset of the `<head>` start tag, where findings about a
    /// missing tag point.
    pub head: usize,
}

impl SocialTags {
    /// The first tag named `key`.
    pub fn get(&self, key: &str) -> Option<&SocialTag> {
        self.tags.iter().find(|tag| tag.key == key)
    }

    /// True when the first tag named `key` says something (an empty
    /// `content` is no tag to a link preview).
    pub fn has(&self, key: &str) -> bool {
        self.get(key).is_some_and(|tag| !tag.content.is_empty())
    }

    /// Tags with these keys and contents, for the rules' tests.
    #[cfg(test)]
    pub(crate) fn of(pairs: &[(&str, &str)]) -> SocialTags {
        let tags = pairs
            .iter()
            .map(|(key, content)| SocialTag {
                key: (*key).to_owned(),
                content: (*content).to_owned(),
                offset: 0,
            })
            .collect();
        SocialTags { tags, head: 0 }
    }
}

/// The JSON pointer of a tag in findings about it (`/og:image`); the
/// empty pointer is `<head>`.
pub fn pointer(key: &str) -> String {
    let mut pointer = String::new();
    crate::diagnostic::push_pointer_token(&mut pointer, key);
    pointer
}

/// Reads the social tags of a parsed page.
pub fn extract(dom: &Dom) -> SocialTags {
    let mut out = SocialTags::default();
    for index in dom.elements() {
        let Some(element) = dom.element(index) else {
            continue;
        };
        if element.name == "head" && out.head == 0 {
            out.head = element.offset;
        }
        if element.name != "meta" {
            continue;
        }
        let key = element
            .attr("property")
            .into_iter()
            .chain(element.attr("name"))
            .map(|key| key.trim().to_ascii_lowercase())
            .find(|key| PREFIXES.iter().any(|prefix| key.starts_with(prefix)));
        if let (Some(key), Some(content)) = (key, element.attr("content")) {
            out.tags.push(SocialTag {
                key,
                content: content.trim().to_owned(),
                offset: element.offset,
            });
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_both_attribute_spellings() {
        let page = "<html><head>\n<meta property=\"og:title\" content=\" Hi \">\n<meta name=\"twitter:card\" content=\"summary\">\n<meta name=\"description\" content=\"no\">\n</head></html>";
        let tags = extract(&Dom::parse(page.as_bytes()).unwrap());
        let keys: Vec<&str> = tags.tags.iter().map(|t| t.key.as_str()).collect();
        assert_eq!(keys, ["og:title", "twitter:card"]);
        assert_eq!(tags.get("og:title").unwrap().content, "Hi");
        assert_eq!(tags.head, page.find("<head>").unwrap());
        assert_eq!(
            tags.get("twitter:card").unwrap().offset,
            page.find("<meta name=\"twitter").unwrap()
        );
    }
}
