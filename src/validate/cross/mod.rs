//! Rules across nodes, run once for all the files validated together:
//! references that resolve nowhere (`dangling-reference`) and one `@id`
//! given to nodes of unrelated types (`conflicting-id`). The sites they
//! need are kept by [`SiteStore`], in flat memory, and handed out grouped
//! by `@id`; when a group holds a finding, and its message, is each
//! rule's own judgement, in its file under `rules/`.

mod record;
mod spill;
pub mod store;

use super::rules;
use crate::diagnostic::Diagnostic;

pub use record::{Located, Site};
pub use rules::conflicting_id::TypeHierarchy;
pub use store::{DocumentSites, SiteStore};

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

/// The rules on the sites of one `@id`, in input order: each node after
/// the first is judged against the first, and each reference against
/// whether any site defines the node.
fn check_group(
    group: &[Site<'_>],
    hierarchy: &dyn TypeHierarchy,
    where_is: &dyn Fn(&Located, &str) -> String,
    findings: &mut Vec<(Located, Diagnostic)>,
) {
    let mut nodes = group.iter().filter(|site| !site.reference);
    if let Some(first) = nodes.next() {
        for site in nodes {
            if let Some(finding) = rules::conflicting_id::check(
                site.id,
                site.pointer,
                site.types(),
                first.types(),
                hierarchy,
                || where_is(&first.at, first.pointer),
            ) {
                findings.push((site.at, finding));
            }
        }
    }
    let defined = group
        .iter()
        .any(|site| rules::dangling_reference::defines(site.reference, site.described));
    for reference in group.iter().filter(|site| site.reference) {
        if rules::dangling_reference::fires(reference.local, defined) {
            findings.push((
                reference.at,
                rules::dangling_reference::finding(reference.pointer, reference.id),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validate::ingest::{DocKind, Span};
    use crate::validate::rules::conflicting_id::SameTypeOnly;

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
        let store = SiteStore::default();
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
}
