//! Rules across nodes, run once for all the files validated together:
//! references that resolve nowhere (`dangling-reference`) and one `@id`
//! given to nodes of unrelated types (`conflicting-id`). The sites they
//! need are kept by [`SiteStore`], in flat memory.

pub mod store;

use super::rules::{self, Finding};

pub use store::{Located, NewSite, Site, SiteStore};

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

fn related<'a>(
    a: impl Iterator<Item = &'a str> + Clone,
    b: impl Iterator<Item = &'a str> + Clone,
    hierarchy: &dyn TypeHierarchy,
) -> bool {
    a.clone().next().is_none()
        || b.clone().next().is_none()
        || a.clone().any(|x| {
            b.clone()
                .any(|y| hierarchy.is_a(x, y) || hierarchy.is_a(y, x))
        })
}

fn type_list<'a>(types: impl Iterator<Item = &'a str>) -> String {
    types
        .map(|t| format!("`{t}`"))
        .collect::<Vec<_>>()
        .join(" and ")
}

/// Runs the cross-node rules over every site of `store`. `where_is` names
/// a document and pointer for messages. Findings come back with the
/// document they belong to, in no particular order. Fails when the store
/// could not keep every site (a temporary file could not be written).
pub fn check(
    store: SiteStore,
    hierarchy: &dyn TypeHierarchy,
    where_is: &(dyn Fn(&Located, &str) -> String + Sync),
) -> std::io::Result<Vec<(Located, Finding)>> {
    store.collect_groups(|group, findings| check_group(group, hierarchy, where_is, findings))
}

/// The rules on the sites of one `@id`, in input order.
fn check_group(
    group: &[Site<'_>],
    hierarchy: &dyn TypeHierarchy,
    where_is: &dyn Fn(&Located, &str) -> String,
    findings: &mut Vec<(Located, Finding)>,
) {
    let mut nodes = group.iter().filter(|site| !site.reference);
    if let Some(first) = nodes.next() {
        for site in nodes {
            if !related(first.types(), site.types(), hierarchy) {
                findings.push((
                    site.at,
                    Finding::new(
                        &rules::conflicting_id::RULE,
                        site.pointer.to_owned(),
                        format!(
                            "`@id` `{}` is typed {} here but {} at {}",
                            rules::shorten(site.id),
                            type_list(site.types()),
                            type_list(first.types()),
                            where_is(&first.at, first.pointer)
                        ),
                    ),
                ));
            }
        }
    }
    if group.iter().any(|site| !site.reference && site.described) {
        return;
    }
    for reference in group.iter().filter(|site| site.reference) {
        findings.push((
            reference.at,
            Finding::new(
                &rules::dangling_reference::RULE,
                reference.pointer.to_owned(),
                format!(
                    "`{}` refers to no node defined in the validated files",
                    rules::shorten(reference.id)
                ),
            ),
        ));
    }
}

/// Adds a document's sites to `store`.
pub fn add_sites(store: &mut SiteStore, at: &Located, ids: &[IdSite], refs: &[RefSite]) {
    for (order, site) in ids.iter().enumerate() {
        store.add(
            at,
            NewSite {
                order: order as u32,
                reference: false,
                described: site.described,
                id: &site.id,
                types: site.types.iter().map(AsRef::as_ref),
                pointer: &site.pointer,
            },
        );
    }
    for (order, site) in refs.iter().enumerate() {
        store.add(
            at,
            NewSite {
                order: (ids.len() + order) as u32,
                reference: true,
                described: false,
                id: &site.id,
                types: std::iter::empty(),
                pointer: &site.pointer,
            },
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validate::ingest::{DocKind, Span};

    fn site(id: &str, types: &[&str], pointer: &str) -> IdSite {
        IdSite::new(id, types.iter().copied(), pointer, true)
    }

    fn at(doc: u64) -> Located {
        Located {
            file: 0,
            doc,
            kind: DocKind::Whole,
            span: Span {
                container_offset: 0,
                container_len: 0,
                start: 0,
                len: 0,
                line_base: 0,
            },
        }
    }

    fn run(
        docs: &[(u64, Vec<IdSite>, Vec<RefSite>)],
        hierarchy: &dyn TypeHierarchy,
    ) -> Vec<(Located, Finding)> {
        let mut store = SiteStore::default();
        for (doc, ids, refs) in docs {
            add_sites(&mut store, &at(*doc), ids, refs);
        }
        let where_is = |at: &Located, pointer: &str| format!("document {} {pointer}", at.doc);
        let mut findings = check(store, hierarchy, &where_is).unwrap();
        findings.sort_by(|a, b| (a.0.doc, &a.1.pointer).cmp(&(b.0.doc, &b.1.pointer)));
        findings
    }

    #[test]
    fn finds_dangling_and_conflicting_ids() {
        let docs = vec![
            (
                0,
                vec![
                    site("#org", &["Organization"], "/@graph/0"),
                    site("#org", &["Organization", "Brand"], "/@graph/3"),
                ],
                vec![],
            ),
            (
                1,
                vec![site("#org", &["Person"], "/@graph/1")],
                vec![RefSite::new("#org", "/a"), RefSite::new("#nobody", "/b")],
            ),
        ];
        let findings = run(&docs, &SameTypeOnly);
        assert_eq!(findings.len(), 2, "{findings:?}");
        assert_eq!(findings[0].0.doc, 1);
        assert_eq!(findings[0].1.rule.id, "conflicting-id");
        assert_eq!(
            findings[0].1.message,
            "`@id` `#org` is typed `Person` here but `Organization` at document 0 /@graph/0"
        );
        assert_eq!(findings[1].1.rule.id, "dangling-reference");
        assert_eq!(findings[1].1.pointer, "/b");
    }

    #[test]
    fn a_reference_resolves_to_a_node_defined_later() {
        let docs = vec![
            (0, vec![], vec![RefSite::new("#later", "/a")]),
            (1, vec![site("#later", &["Thing"], "")], vec![]),
        ];
        assert!(run(&docs, &SameTypeOnly).is_empty());
        let named_only = vec![
            (0, vec![], vec![RefSite::new("#x", "/a")]),
            (
                1,
                vec![IdSite::new("#x", ["Thing"].into_iter(), "/b", false)],
                vec![],
            ),
        ];
        assert_eq!(run(&named_only, &SameTypeOnly).len(), 1);
    }

    #[test]
    fn subtypes_may_share_an_id_under_the_vocabulary() {
        let vocabulary: &'static crate::vocab::Vocabulary = crate::vocab::Vocabulary::get();
        let related = vec![
            (
                0,
                vec![site("#org", &["Organization"], "/@graph/0")],
                vec![],
            ),
            (
                1,
                vec![site("#org", &["NewsMediaOrganization"], "/@graph/0")],
                vec![],
            ),
        ];
        assert!(run(&related, &vocabulary).is_empty());
        assert_eq!(run(&related, &SameTypeOnly).len(), 1);
        let unrelated = vec![(
            0,
            vec![
                site("#x", &["Person"], "/@graph/0"),
                site("#x", &["Product"], "/@graph/1"),
            ],
            vec![],
        )];
        let findings = run(&unrelated, &vocabulary);
        assert_eq!(findings.len(), 1);
        assert_eq!(findings[0].1.rule.id, "conflicting-id");
    }
}
