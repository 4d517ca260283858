//! The store's tests: grouping the same sites however they were added
//! (threads, budgets, spilled or not), and failing rather than losing sites.

use super::*;
use crate::validate::ingest::{DocKind, Span};

fn located(file: u32, doc: u64) -> Located {
    Located {
        file,
        doc,
        kind: DocKind::Line {
            number: doc as u32 + 1,
        },
        span: Span {
            container_offset: doc * 100,
            container_len: 99,
            start: 0,
            len: 99,
            line_base: doc as u32,
            column_base: 0,
        },
    }
}

/// Adds sites for 2 000 documents, each defining `#n` and referring to
/// `#n+1` and `#n/2`, from `threads` threads at once, and collects the
/// groups as comparable text.
fn run(budget: usize, threads: usize) -> (bool, Vec<String>) {
    let pool = rayon::ThreadPoolBuilder::new()
        .num_threads(threads)
        .build()
        .unwrap();
    pool.install(|| run_in_pool(budget))
}

fn run_in_pool(budget: usize) -> (bool, Vec<String>) {
    let store = SiteStore::new(budget);
    (0..2000u64).into_par_iter().for_each(|doc| {
        let mut sites = DocumentSites::default();
        sites.node(
            &format!("#{doc}"),
            ["Product", "Thing"].into_iter(),
            "",
            true,
        );
        for target in [doc + 1, doc / 2] {
            sites.reference(&format!("#{target}"), "/isRelatedTo", true);
        }
        store.add(&located(1, doc), sites);
    });
    let spilled = store.spilled();
    let mut seen = store
        .collect_groups(|group, seen| {
            let text: Vec<String> = group
                .iter()
                .map(|s| {
                    let types: Vec<&str> = s.types().collect();
                    format!(
                        "{}@{}/{}/{}:{}:{}:{}:{:?}:{:?}",
                        s.id,
                        s.at.file,
                        s.at.doc,
                        s.order,
                        s.reference,
                        s.described,
                        s.pointer,
                        types,
                        s.at
                    )
                })
                .collect();
            seen.push(text.join(" | "));
        })
        .unwrap();
    seen.sort();
    (spilled, seen)
}

#[test]
fn spilled_and_in_memory_runs_group_the_same_sites() {
    let (spilled_small, in_memory) = run(usize::MAX, 1);
    assert!(!spilled_small);
    assert_eq!(in_memory.len(), 2001, "one group per id, #0 to #2000");
    // Every thread's shard, spilled or not, ends in the same groups: a
    // budget the first documents pass, one past half of them (some
    // shards still in memory when the store spills), and none.
    for threads in [1, 2, 4] {
        for budget in [4096, 150_000, usize::MAX] {
            let (spilled, seen) = run(budget, threads);
            assert_eq!(spilled, budget < usize::MAX, "{threads} {budget}");
            assert_eq!(in_memory, seen, "{threads} threads, budget {budget}");
        }
    }
    // Groups are in input order: the definition of #10 (document 10)
    // comes after the references from documents 9, 20 and 21.
    let ten = in_memory.iter().find(|g| g.starts_with("#10@")).unwrap();
    let docs: Vec<&str> = ten
        .split(" | ")
        .map(|site| site.split('/').nth(1).unwrap())
        .collect();
    assert_eq!(docs, ["9", "10", "20", "21"]);
    assert!(ten.contains(r#"["Product", "Thing"]"#), "{ten}");
}

#[test]
fn a_store_that_cannot_spill_fails_rather_than_lose_sites() {
    let store = SiteStore::new(4096).in_dir(std::path::Path::new("/nonexistent/sdx-test"));
    for doc in 0..100u64 {
        let mut sites = DocumentSites::default();
        sites.node(&format!("#{doc}"), ["Thing"].into_iter(), "", true);
        store.add(&located(0, doc), sites);
    }
    let outcome = store.collect_groups(|_, out: &mut Vec<()>| out.push(()));
    assert!(outcome.is_err(), "{outcome:?}");
}

#[test]
fn a_damaged_record_is_an_error_not_a_panic() {
    let mut bytes = DocumentSites::default();
    bytes.reference("#a", "/a", true);
    let mut bytes = bytes.bytes;
    bytes.truncate(bytes.len() - 1);
    assert!(groups(&[&bytes], &mut |_| {}).is_err());
    bytes[0] = 0xff;
    assert!(groups(&[&bytes], &mut |_| {}).is_err());
}
