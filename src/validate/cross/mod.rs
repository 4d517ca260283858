//! Rules across nodes, run once for all the files validated together:
//! references that resolve nowhere (`dangling-reference`) and one `@id`
//! given to nodes of unrelated types (`conflicting-id`). The sites they
//! need are kept by [`SiteStore`], in flat memory.

pub mod store;

use super::rules;
use crate::diagnostic::Diagnostic;

pub use store::{DocumentSites, Located, Site, SiteStore};

/// Which types are subtypes of which. sdx's model knows only the types it
/// models; a fuller table (the schema.org vocabulary) can be plugged in.
pub trait TypeHierarchy: Send + Sync {
    /// True when `sub` is `sup` or a subtype of it.
    fn is_a(&self, sub: &str, sup: &str) -> bool;
}

/// A hierarchy that only knows that a type is itself.
#[cfg(test)]
#[derive(Debug, Clone, Copy, Default)]
pub struct SameTypeOnly;

#[cfg(test)]
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
) -> std::io::Result<Vec<(Located, Diagnostic)>> {
    store.collect_groups(|group, findings| check_group(group, hierarchy, where_is, findings))
}

/// The rules on the sites of one `@id`, in input order.
fn check_group(
    group: &[Site<'_>],
    hierarchy: &dyn TypeHierarchy,
    where_is: &dyn Fn(&Located, &str) -> String,
    findings: &mut Vec<(Located, Diagnostic)>,
) {
    let mut nodes = group.iter().filter(|site| !site.reference);
    if let Some(first) = nodes.next() {
        for site in nodes {
            if !related(first.types(), site.types(), hierarchy) {
                findings.push((
                    site.at,
                    rules::conflicting_id::RULE.finding(
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
    // A link to another page or site is not expected among the files.
    for reference in group.iter().filter(|site| site.reference && site.local) {
        findings.push((
            reference.at,
            rules::dangling_reference::RULE.finding(
                reference.pointer.to_owned(),
                format!(
                    "`{}` refers to no node defined in the validated files",
                    rules::shorten(reference.id)
                ),
            ),
        ));
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validate::ingest::{DocKind, Span};

    /// A site of a test document.
    enum Test<'a> {
        /// A described node: its id, types and pointer.
        Node(&'a str, &'a [&'a str], &'a str),
        /// A node that only names its id and types.
        Named(&'a str, &'a [&'a str], &'a str),
        /// A reference: its id and pointer.
        Ref(&'a str, &'a str),
    }
    use Test::{Named, Node, Ref};

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
                column_base: 0,
            },
        }
    }

    fn run(
        docs: &[(u64, Vec<Test<'_>>)],
        hierarchy: &dyn TypeHierarchy,
    ) -> Vec<(Located, Diagnostic)> {
        let mut store = SiteStore::default();
        for (doc, tests) in docs {
            let mut sites = DocumentSites::default();
            for site in tests {
                match *site {
                    Node(id, types, pointer) => {
                        sites.node(id, types.iter().copied(), pointer, true)
                    }
                    Named(id, types, pointer) => {
                        sites.node(id, types.iter().copied(), pointer, false)
                    }
                    Ref(id, pointer) => sites.reference(id, pointer, true),
                }
            }
            store.add(&at(*doc), sites);
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
                    Node("#org", &["Organization"], "/@graph/0"),
                    Node("#org", &["Organization", "Brand"], "/@graph/3"),
                ],
            ),
            (
                1,
                vec![
                    Ref("#org", "/a"),
                    Node("#org", &["Person"], "/@graph/1"),
                    Ref("#nobody", "/b"),
                ],
            ),
        ];
        let findings = run(&docs, &SameTypeOnly);
        assert_eq!(findings.len(), 2, "{findings:?}");
        assert_eq!(findings[0].0.doc, 1);
        assert_eq!(findings[0].1.rule, "conflicting-id");
        assert_eq!(
            findings[0].1.message,
            "`@id` `#org` is typed `Person` here but `Organization` at document 0 /@graph/0"
        );
        assert_eq!(findings[1].1.rule, "dangling-reference");
        assert_eq!(findings[1].1.pointer, "/b");
    }

    #[test]
    fn a_reference_resolves_to_a_node_defined_later() {
        let docs = vec![
            (0, vec![Ref("#later", "/a")]),
            (1, vec![Node("#later", &["Thing"], "")]),
        ];
        assert!(run(&docs, &SameTypeOnly).is_empty());
        let named_only = vec![
            (0, vec![Ref("#x", "/a")]),
            (1, vec![Named("#x", &["Thing"], "/b")]),
        ];
        assert_eq!(run(&named_only, &SameTypeOnly).len(), 1);
    }

    #[test]
    fn subtypes_may_share_an_id_under_the_vocabulary() {
        let vocabulary: &'static crate::vocab::Vocabulary = crate::vocab::Vocabulary::get();
        let related = vec![
            (0, vec![Node("#org", &["Organization"], "/@graph/0")]),
            (
                1,
                vec![Node("#org", &["NewsMediaOrganization"], "/@graph/0")],
            ),
        ];
        assert!(run(&related, &vocabulary).is_empty());
        assert_eq!(run(&related, &SameTypeOnly).len(), 1);
        let unrelated = vec![(
            0,
            vec![
                Node("#x", &["Person"], "/@graph/0"),
                Node("#x", &["Product"], "/@graph/1"),
            ],
        )];
        let findings = run(&unrelated, &vocabulary);
        assert_eq!(findings.len(), 1);
        assert_eq!(findings[0].1.rule, "conflicting-id");
    }
}
