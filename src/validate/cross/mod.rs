//! Rules across nodes, run once for all the files validated together:
//! references that resolve nowhere (`dangling-reference`) and one `@id`
//! given to nodes of unrelated types (`conflicting-id`).

use std::collections::HashMap;

use super::rules::{self, Finding};

/// A node carrying an `@id`: where, and with which types.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IdSite {
    /// The `@id` as written.
    pub id: Box<str>,
    /// Its compact type names.
    pub types: Box<[Box<str>]>,
    /// Pointer to the node in its document.
    pub pointer: Box<str>,
    /// The node has properties (it defines the node, not only names it).
    pub described: bool,
}

impl IdSite {
    /// A site at `pointer`.
    pub fn new<'a>(
        id: &str,
        types: impl Iterator<Item = &'a str>,
        pointer: &str,
        described: bool,
    ) -> IdSite {
        IdSite {
            id: id.into(),
            types: types.map(Box::from).collect(),
            pointer: pointer.into(),
            described,
        }
    }
}

/// An `{"@id"}` reference (possibly with a `@type` hint).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RefSite {
    /// The `@id` referred to.
    pub id: Box<str>,
    /// Pointer to the reference in its document.
    pub pointer: Box<str>,
}

impl RefSite {
    /// A reference at `pointer`.
    pub fn new(id: &str, pointer: &str) -> RefSite {
        RefSite {
            id: id.into(),
            pointer: pointer.into(),
        }
    }
}

/// Which types are subtypes of which. sdx's model knows only the types it
/// models; a fuller table (the schema.org vocabulary) can be plugged in.
pub trait TypeHierarchy: Send + Sync {
    /// True when `sub` is `sup` or a subtype of it.
    fn is_a(&self, sub: &str, sup: &str) -> bool;
}

/// A hierarchy that only knows that a type is itself.
#[derive(Debug, Clone, Copy, Default)]
pub struct SameTypeOnly;

impl TypeHierarchy for SameTypeOnly {
    fn is_a(&self, sub: &str, sup: &str) -> bool {
        sub == sup
    }
}

/// schema.org's own hierarchy (release 30.0): an `Organization` and a
/// `NewsMediaOrganization` may share an `@id`; a `Person` and a `Product`
/// may not. Types the vocabulary does not know are related only to
/// themselves.
impl TypeHierarchy for &'static crate::vocab::Vocabulary {
    fn is_a(&self, sub: &str, sup: &str) -> bool {
        sub == sup || self.is_subtype(sub, sup)
    }
}

fn related(a: &[Box<str>], b: &[Box<str>], hierarchy: &dyn TypeHierarchy) -> bool {
    a.is_empty()
        || b.is_empty()
        || a.iter().any(|x| {
            b.iter()
                .any(|y| hierarchy.is_a(x, y) || hierarchy.is_a(y, x))
        })
}

fn type_list(types: &[Box<str>]) -> String {
    types
        .iter()
        .map(|t| format!("`{t}`"))
        .collect::<Vec<_>>()
        .join(" and ")
}

/// Runs the cross-node rules. Sites come with the index of their document;
/// `where_is` names a document and pointer for messages. Findings come
/// back with the index of the document they belong to.
pub fn check<D: Copy + Eq>(
    ids: &[(D, IdSite)],
    refs: &[(D, RefSite)],
    hierarchy: &dyn TypeHierarchy,
    where_is: &dyn Fn(D, &str) -> String,
) -> Vec<(D, Finding)> {
    let mut findings = Vec::new();
    let mut first_of: HashMap<&str, usize> = HashMap::with_capacity(ids.len());
    for (index, (doc, site)) in ids.iter().enumerate() {
        match first_of.get(site.id.as_ref()) {
            None => {
                first_of.insert(&site.id, index);
            }
            Some(&first) => {
                let (first_doc, first_site) = &ids[first];
                if !related(&first_site.types, &site.types, hierarchy) {
                    findings.push((
                        *doc,
                        Finding::new(
                            &rules::conflicting_id::RULE,
                            site.pointer.to_string(),
                            format!(
                                "`@id` `{}` is typed {} here but {} at {}",
                                rules::shorten(&site.id),
                                type_list(&site.types),
                                type_list(&first_site.types),
                                where_is(*first_doc, &first_site.pointer)
                            ),
                        ),
                    ));
                }
            }
        }
    }
    let defined: std::collections::HashSet<&str> = ids
        .iter()
        .filter(|(_, site)| site.described)
        .map(|(_, site)| site.id.as_ref())
        .collect();
    for (doc, reference) in refs {
        if !defined.contains(reference.id.as_ref()) {
            findings.push((
                *doc,
                Finding::new(
                    &rules::dangling_reference::RULE,
                    reference.pointer.to_string(),
                    format!(
                        "`{}` refers to no node defined in the validated files",
                        rules::shorten(&reference.id)
                    ),
                ),
            ));
        }
    }
    findings
}

#[cfg(test)]
mod tests {
    use super::*;

    fn site(id: &str, types: &[&str], pointer: &str) -> IdSite {
        IdSite::new(id, types.iter().copied(), pointer, true)
    }

    #[test]
    fn finds_dangling_and_conflicting_ids() {
        let ids = vec![
            (0, site("#org", &["Organization"], "/@graph/0")),
            (0, site("#org", &["Organization", "Brand"], "/@graph/3")),
            (1, site("#org", &["Person"], "/@graph/1")),
        ];
        let refs = vec![
            (1, RefSite::new("#org", "/a")),
            (1, RefSite::new("#nobody", "/b")),
        ];
        let where_is = |doc: usize, pointer: &str| format!("document {doc} {pointer}");
        let findings = check(&ids, &refs, &SameTypeOnly, &where_is);
        assert_eq!(findings.len(), 2, "{findings:?}");
        assert_eq!(findings[0].0, 1);
        assert_eq!(findings[0].1.rule.id, "conflicting-id");
        assert_eq!(
            findings[0].1.message,
            "`@id` `#org` is typed `Person` here but `Organization` at document 0 /@graph/0"
        );
        assert_eq!(findings[1].1.rule.id, "dangling-reference");
        assert_eq!(findings[1].1.pointer, "/b");
    }

    #[test]
    fn subtypes_may_share_an_id_under_the_vocabulary() {
        let vocabulary: &'static crate::vocab::Vocabulary = crate::vocab::Vocabulary::get();
        let where_is = |doc: usize, pointer: &str| format!("document {doc} {pointer}");
        let related = vec![
            (0, site("#org", &["Organization"], "/@graph/0")),
            (1, site("#org", &["NewsMediaOrganization"], "/@graph/0")),
        ];
        assert!(check(&related, &[], &vocabulary, &where_is).is_empty());
        assert_eq!(check(&related, &[], &SameTypeOnly, &where_is).len(), 1);
        let unrelated = vec![
            (0, site("#x", &["Person"], "/@graph/0")),
            (0, site("#x", &["Product"], "/@graph/1")),
        ];
        let findings = check(&unrelated, &[], &vocabulary, &where_is);
        assert_eq!(findings.len(), 1);
        assert_eq!(findings[0].1.rule.id, "conflicting-id");
    }
}
