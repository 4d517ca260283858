//! "Did you mean…?" for unknown type and property names.
//!
//! Runs only when a name is not found, so it may allocate; it compares
//! case-insensitively by optimal string alignment distance (`strsim`) and
//! accepts a candidate only when at most about a third of it differs, so
//! nonsense gets no suggestion rather than a random one.
//!
//! Optimal string alignment, not Levenshtein: two swapped letters, the most
//! common typing slip, are one edit, not two. Under Levenshtein `nmae` was two
//! edits from `name`, past the one a four-letter name allows, and got no
//! suggestion at all.
//!
//! A bad feed repeats its mistake in every record (`nmae` for `name` a
//! million times), and comparing one name against every property took
//! about 200 µs, twenty times the cost of checking a clean record: each
//! thread remembers its recent answers, and candidates whose length alone
//! puts them out of reach are not compared.

use std::cell::RefCell;

use rustc_hash::FxHashMap;

use super::Vocabulary;
use crate::datatypes::schema_org_term;

/// The largest edit distance at which `candidate` is still a plausible
/// intended spelling.
fn limit(candidate: &str) -> usize {
    (candidate.chars().count().max(3) / 3).max(1)
}

/// The distance between `typed` (already lowercased, `typed_chars`
/// characters long) and `candidate`, when `candidate` is close enough and
/// is not `original` itself.
fn distance(typed: &str, typed_chars: usize, original: &str, candidate: &str) -> Option<usize> {
    if candidate == original {
        return None;
    }
    let limit = limit(candidate);
    // The distance is at least the difference in length. schema.org's
    // names are ASCII, whose lowercase has as many characters.
    if candidate.is_ascii() && candidate.len().abs_diff(typed_chars) > limit {
        return None;
    }
    let d = strsim::osa_distance(typed, &candidate.to_lowercase());
    (d <= limit).then_some(d)
}

/// Answers kept before the memory is cleared: a feed repeats a few
/// mistakes, and a document of a million different unknown names must not
/// grow it.
const REMEMBERED: usize = 2048;

thread_local! {
    /// Answers already given on this thread, by question.
    static REMEMBERED_ANSWERS: RefCell<FxHashMap<String, Option<&'static str>>> =
        RefCell::new(FxHashMap::default());
}

/// The answer remembered for the question of `kind` about `parts` (the
/// name, then the node's types for a property), else `compute`'s,
/// remembered. Each part is written with its length, so that no two
/// questions share a key.
fn remembered<'p>(
    kind: char,
    parts: impl IntoIterator<Item = &'p str>,
    compute: impl FnOnce() -> Option<&'static str>,
) -> Option<&'static str> {
    let mut key = String::from(kind);
    for part in parts {
        key.push_str(&part.len().to_string());
        key.push(':');
        key.push_str(part);
    }
    if let Some(answer) = REMEMBERED_ANSWERS.with(|r| r.borrow().get(&key).copied()) {
        return answer;
    }
    let answer = compute();
    REMEMBERED_ANSWERS.with(|r| {
        let mut remembered = r.borrow_mut();
        if remembered.len() >= REMEMBERED {
            remembered.clear();
        }
        remembered.insert(key, answer);
    });
    answer
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
        remembered('t', [original], || {
            let typed = original.to_lowercase();
            let typed_chars = typed.chars().count();
            self.types()
                .filter_map(|t| {
                    let d = distance(&typed, typed_chars, original, t.name())?;
                    Some(((d, t.superseded_by().is_some(), t.name()), t.name()))
                })
                .min_by(|a, b| a.0.cmp(&b.0))
                .map(|(_, name)| name)
        })
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
        // The answer depends on the node's types too.
        let question = std::iter::once(original).chain(for_types.iter().copied());
        remembered('p', question, || {
            let typed = original.to_lowercase();
            let typed_chars = typed.chars().count();
            let types: Vec<_> = for_types.iter().filter_map(|t| self.type_id(t)).collect();
            self.properties()
                .filter_map(|p| {
                    let d = distance(&typed, typed_chars, original, p.name())?;
                    let foreign = !types.is_empty() && !self.property_allowed_on_ids(p, &types);
                    Some((
                        (d, foreign, p.superseded_by().is_some(), p.name()),
                        p.name(),
                    ))
                })
                .min_by(|a, b| a.0.cmp(&b.0))
                .map(|(_, name)| name)
        })
    }
}

#[cfg(test)]
mod tests {
    use crate::vocab::Vocabulary;

    #[test]
    fn suggests_types() {
        let v = Vocabulary::get();
        // Asked as a property first: the two questions are remembered apart.
        assert_ne!(v.suggest_property("Orgnization", &[]), Some("Organization"));
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

    /// Every 75th property's name with one letter dropped and with two letters
    /// swapped: the answers, remembered and with the length shortcut, are
    /// those of comparing every candidate.
    #[test]
    fn shortcuts_keep_the_answers_of_a_full_comparison() {
        let v = Vocabulary::get();
        let full = |name: &str, types: &[&str]| {
            let typed = name.to_lowercase();
            let ids: Vec<_> = types.iter().filter_map(|t| v.type_id(t)).collect();
            v.properties()
                .filter(|p| p.name() != name)
                .filter_map(|p| {
                    let d = strsim::osa_distance(&typed, &p.name().to_lowercase());
                    let limit = (p.name().chars().count().max(3) / 3).max(1);
                    let foreign = !ids.is_empty() && !v.property_allowed_on_ids(p, &ids);
                    (d <= limit).then_some((
                        (d, foreign, p.superseded_by().is_some(), p.name()),
                        p.name(),
                    ))
                })
                .min_by(|a, b| a.0.cmp(&b.0))
                .map(|(_, name)| name)
        };
        let mut suggested = 0;
        for (i, p) in v.properties().enumerate().step_by(75) {
            let name = p.name();
            let dropped = format!("{}{}", &name[..name.len() / 2], &name[name.len() / 2 + 1..]);
            let mut swapped = name.as_bytes().to_vec();
            swapped.swap(0, 1);
            let swapped = String::from_utf8(swapped).unwrap_or_default();
            let types: &[&str] = if i % 2 == 0 { &["Event"] } else { &[] };
            for typo in [dropped, swapped, name.to_uppercase()] {
                if v.property(&typo).is_some() {
                    continue;
                }
                for _ in 0..2 {
                    assert_eq!(
                        v.suggest_property(&typo, types),
                        full(&typo, types),
                        "{typo}"
                    );
                }
                suggested += usize::from(full(&typo, types).is_some());
            }
        }
        assert!(suggested > 20, "{suggested}");
    }

    /// Misspellings seen in published markup: swapped letters, a letter
    /// missing or doubled, and the wrong case, each with the node's type.
    #[test]
    fn suggests_for_real_world_misspellings() {
        let v = Vocabulary::get();
        let properties = [
            // Two letters swapped.
            ("nmae", "Thing", "name"),
            ("imgae", "Product", "image"),
            ("brnad", "Product", "brand"),
            ("pirce", "Offer", "price"),
            ("lgoo", "Organization", "logo"),
            ("decsription", "Product", "description"),
            ("ratingVlaue", "AggregateRating", "ratingValue"),
            ("telephnoe", "LocalBusiness", "telephone"),
            // A letter missing or doubled.
            ("adress", "Organization", "address"),
            ("streetAdress", "PostalAddress", "streetAddress"),
            ("telphone", "Organization", "telephone"),
            ("availabilty", "Offer", "availability"),
            ("priceCurreny", "Offer", "priceCurrency"),
            ("datePublised", "NewsArticle", "datePublished"),
            ("addressLocalty", "PostalAddress", "addressLocality"),
            ("descriptionn", "Product", "description"),
            ("offerss", "Product", "offers"),
            // The wrong case.
            ("Name", "Thing", "name"),
            ("datepublished", "Article", "datePublished"),
            ("aggregaterating", "Product", "aggregateRating"),
            ("sameAS", "Person", "sameAs"),
            ("postalcode", "PostalAddress", "postalCode"),
            ("JobTitle", "Person", "jobTitle"),
            ("startdate", "Event", "startDate"),
            ("Headline", "NewsArticle", "headline"),
        ];
        for (typo, on, meant) in properties {
            assert_eq!(
                v.suggest_property(typo, &[on]),
                Some(meant),
                "{typo} on {on}"
            );
        }
        let types = [
            ("Prodcut", "Product"),
            ("Eevnt", "Event"),
            ("Artcile", "Article"),
            ("LocalBuisness", "LocalBusiness"),
            ("Organisation", "Organization"),
            ("Resturant", "Restaurant"),
            ("BreadcrumList", "BreadcrumbList"),
            ("product", "Product"),
            ("newsarticle", "NewsArticle"),
            ("FAQpage", "FAQPage"),
        ];
        for (typo, meant) in types {
            assert_eq!(v.suggest_type(typo), Some(meant), "{typo}");
        }
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
