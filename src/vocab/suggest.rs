//! "Did you mean…?" for unknown type and property names.
//!
//! Runs only when a name is not found, so it may allocate; it compares
//! case-insensitively by Levenshtein distance (`strsim`) and accepts a
//! candidate only when at most about a third of it differs, so nonsense gets
//! no suggestion rather than a random one.

use super::Vocabulary;
use crate::model::schema_org_term;

/// The largest edit distance at which `candidate` is still a plausible
/// intended spelling.
fn limit(candidate: &str) -> usize {
    (candidate.chars().count().max(3) / 3).max(1)
}

/// The distance between `typed` (already lowercased) and `candidate`, when
/// `candidate` is close enough and is not `original` itself.
fn distance(typed: &str, original: &str, candidate: &str) -> Option<usize> {
    if candidate == original {
        return None;
    }
    let d = strsim::levenshtein(typed, &candidate.to_lowercase());
    (d <= limit(candidate)).then_some(d)
}

impl Vocabulary {
    /// The type `name` most likely meant (`Orgnization` → `Organization`,
    /// `organization` → `Organization`), if one is close. Current types are
    /// preferred over retired ones at the same distance. `None` for a name
    /// that is a type already.
    pub fn suggest_type(&self, name: &str) -> Option<&'static str> {
        let original = schema_org_term(name);
        if self.type_id(original).is_some() {
            return None;
        }
        let typed = original.to_lowercase();
        self.types()
            .filter_map(|t| {
                let d = distance(&typed, original, t.name())?;
                Some(((d, t.superseded_by().is_some(), t.name()), t.name()))
            })
            .min_by(|a, b| a.0.cmp(&b.0))
            .map(|(_, name)| name)
    }

    /// The property `name` most likely meant on a node typed `for_types`
    /// (`strtDate` → `startDate`), if one is close. At the same distance, a
    /// property allowed on those types wins over one that is not, and a
    /// current one over a retired one. `None` for a name that is a property
    /// already.
    pub fn suggest_property(&self, name: &str, for_types: &[&str]) -> Option<&'static str> {
        let original = schema_org_term(name);
        if self.property(original).is_some() {
            return None;
        }
        let typed = original.to_lowercase();
        let types: Vec<_> = for_types.iter().filter_map(|t| self.type_id(t)).collect();
        self.properties()
            .filter_map(|p| {
                let d = distance(&typed, original, p.name())?;
                let foreign = !types.is_empty() && !self.property_allowed_on_ids(p, &types);
                Some((
                    (d, foreign, p.superseded_by().is_some(), p.name()),
                    p.name(),
                ))
            })
            .min_by(|a, b| a.0.cmp(&b.0))
            .map(|(_, name)| name)
    }
}

#[cfg(test)]
mod tests {
    use crate::vocab::Vocabulary;

    #[test]
    fn suggests_types() {
        let v = Vocabulary::get();
        assert_eq!(v.suggest_type("Orgnization"), Some("Organization"));
        assert_eq!(v.suggest_type("organization"), Some("Organization"));
        assert_eq!(v.suggest_type("Organisation"), Some("Organization"));
        assert_eq!(v.suggest_type("NewsArtcle"), Some("NewsArticle"));
        assert_eq!(v.suggest_type("https://schema.org/Persn"), Some("Person"));
        assert_eq!(v.suggest_type("Xylophone"), None);
        assert_eq!(v.suggest_type("Organization"), None);
    }

    #[test]
    fn suggests_properties_preferring_those_allowed_on_the_node() {
        let v = Vocabulary::get();
        assert_eq!(
            v.suggest_property("strtDate", &["Event"]),
            Some("startDate")
        );
        assert_eq!(v.suggest_property("strtDate", &[]), Some("startDate"));
        assert_eq!(
            v.suggest_property("priceCurency", &["Offer"]),
            Some("priceCurrency")
        );
        assert_eq!(
            v.suggest_property("foundingdate", &["Corporation"]),
            Some("foundingDate")
        );
        // `gtin`, `gtin12`, `gtin13` and `gtin14` are all one edit from
        // `gtin1` and all allowed on Product: the tie breaks by name.
        assert_eq!(v.suggest_property("gtin1", &["Product"]), Some("gtin"));
        assert_eq!(v.suggest_property("startDate", &["Event"]), None);
        // `member` and `members` are both one edit from `membr`; `members`
        // is retired (superseded by `member`), so `member` wins.
        assert_eq!(
            v.suggest_property("membr", &["Organization"]),
            Some("member")
        );
        assert_eq!(v.suggest_property("qwertyuiop", &["Thing"]), None);
    }

    #[test]
    fn allowed_properties_win_ties() {
        let v = Vocabulary::get();
        // `autor` is one edit from both `actor` (Event, Clip…) and `author`
        // (CreativeWork, Rating): the node's type decides.
        assert_eq!(
            v.suggest_property("autor", &["NewsArticle"]),
            Some("author")
        );
        assert_eq!(v.suggest_property("autor", &["MusicEvent"]), Some("actor"));
        // Without types, the tie breaks by name.
        assert_eq!(v.suggest_property("autor", &[]), Some("actor"));
        assert_eq!(
            v.suggest_property("accessode", &["Book"]),
            Some("accessMode")
        );
        assert_eq!(
            v.suggest_property("accessode", &["DeliveryEvent"]),
            Some("accessCode")
        );
    }
}
