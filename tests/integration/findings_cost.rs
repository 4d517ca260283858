//! What findings cost: each row of the findings-cost table in
//! docs/performance.md, run through the binary with a bound at ten times
//! its target (a debug build runs slower than the release build the
//! targets are for, so the time bounds are loose; memory is the same), and
//! the counts pinned, so a finding that is not listed is still counted.
//! `scripts/bench-hostile.sh` times the release binary on the same inputs.
//!
//! Time is bounded as CPU time (see `support::measured`), not wall-clock
//! time, which other builds on the machine stretch at will; where a
//! quadratic cost would still fit ten times the target at the size a debug
//! build can run, the cost of twice or four times the input is bounded
//! against the cost of the input too.

use std::time::Duration;

use serde_json::Value;

use crate::support::measured::{fixed_cost_kib, scratch, sdx_reading, validate, write, Run};

const CONTEXT: &str = r#""@context":"https://schema.org""#;

/// `n` in base 26, as `width` lowercase letters.
fn letters(mut n: usize, width: usize) -> String {
    let mut out = vec![b'a'; width];
    for slot in out.iter_mut().rev() {
        *slot = b'a' + (n % 26) as u8;
        n /= 26;
    }
    String::from_utf8(out).unwrap()
}

fn within(run: &Run, seconds: u64, mib: u64, what: &str) {
    assert!(
        run.cost() < Duration::from_secs(seconds),
        "{what}: {:?} of CPU time, more than ten times the target",
        run.cost()
    );
    if let Some(peak) = run.peak_kib {
        assert!(peak < mib * 1024, "{what}: peak {peak} KiB");
    }
}

/// A fifth of the table's million keys: on a debug build the parse and walk
/// alone take a minute at full size. Building every finding's message and
/// suggestion, as before, took minutes at this size.
#[test]
fn two_hundred_thousand_unknown_keys_build_a_hundred_messages() {
    let dir = scratch();
    let keys: Vec<String> = (0..200_000)
        .map(|i| format!("\"q{}\":1", letters(i, 6)))
        .collect();
    let text = format!("{{{CONTEXT},\"@type\":\"Product\",{}}}\n", keys.join(","));
    let path = write(dir.path(), "keys.json", text.as_bytes());
    let path = path.to_str().unwrap();
    let (code, findings, report, run) = validate(&[path]);
    assert_eq!(code, 1);
    assert_eq!(findings.len(), 100);
    assert_eq!(report["summary"]["omitted"], 199_900);
    within(&run, 30, 300, "200,000 unknown keys");
    // An ignored rule costs nothing: no finding, no message, no place.
    let (code, findings, report, ignored) = validate(&["--ignore", "unknown-property", path]);
    assert_eq!((code, findings.len()), (0, 0), "{report}");
    within(&ignored, 30, 300, "200,000 ignored unknown keys");
    // Nor does a finding that is only counted: the findings may add less
    // than 20 bytes a key to the run with the rule ignored. Placing the
    // hundred listed ones through a tree of the document's spans added
    // 80 bytes a key (16 MB here, 80 MB for the table's million keys).
    if let (Some(peak), Some(base)) = (run.peak_kib, ignored.peak_kib) {
        let allowed = 200_000 * 20 / 1024;
        assert!(
            peak < base + allowed,
            "the findings of 200,000 unknown keys held {} KiB more than none",
            peak.saturating_sub(base)
        );
    }
}

#[test]
fn distinct_misspellings_look_for_suggestions_only_for_listed_findings() {
    let dir = scratch();
    let props = ["name", "description", "image", "offers", "brand", "sku"];
    let keys: Vec<String> = (0..100_000)
        .map(|i| {
            let property = props[i % props.len()];
            format!("\"{}{}\":1", &property[1..], letters(i, 4))
        })
        .collect();
    let text = format!("{{{CONTEXT},\"@type\":\"Product\",{}}}\n", keys.join(","));
    let path = write(dir.path(), "misspelled.json", text.as_bytes());
    let (code, findings, report, run) = validate(&[path.to_str().unwrap()]);
    assert_eq!((code, findings.len()), (1, 100));
    assert_eq!(report["summary"]["omitted"], 99_900);
    within(&run, 20, 640, "100,000 misspellings");
}

/// A quarter of the table's 200,000, for the debug build's sake.
#[test]
fn fifty_thousand_findings_on_one_line() {
    let dir = scratch();
    let dates: Vec<String> = (0..50_000)
        .map(|i| format!("\"2024-13-{:02}\"", i % 28 + 1))
        .collect();
    let text = format!(
        "{{{CONTEXT},\"@type\":\"Event\",\"name\":\"E\",\"startDate\":[{}]}}\n",
        dates.join(",")
    );
    let path = write(dir.path(), "line.ndjson", text.as_bytes());
    let (code, findings, report, run) = validate(&[path.to_str().unwrap()]);
    assert_eq!((code, findings.len()), (1, 100));
    // Every bad date, and the schema layer's finding on the list.
    let errors = report["summary"]["errors"].as_u64().unwrap();
    assert!((50_000..50_010).contains(&errors), "{errors}");
    assert_eq!(report["summary"]["omitted"].as_u64(), Some(errors - 100));
    within(&run, 20, 300, "50,000 findings on one line");
}

/// A Product whose `offers` lists `n` Offers, each with a bad price.
fn invalid_offers(n: usize) -> String {
    let offers: Vec<String> = (0..n)
        .map(|i| format!("{{\"@type\":\"Offer\",\"price\":\"x{i}\"}}"))
        .collect();
    format!(
        "{{{CONTEXT},\"@type\":\"Product\",\"offers\":[{}]}}\n",
        offers.join(",")
    )
}

/// A tenth and a fifth of the table's 200,000 invalid Offers. The Product's
/// own schema fails on each of them, but each Offer is checked on its own:
/// explaining their insides again from the Product's schema took 5 GB at
/// full size (550 MB at a tenth), and setting each schema failure against
/// each rule's error was quadratic.
#[test]
fn a_list_of_invalid_nested_nodes_is_explained_once() {
    let dir = scratch();
    let mut costs = Vec::new();
    for n in [20_000, 40_000] {
        let path = write(dir.path(), "offers.json", invalid_offers(n).as_bytes());
        let (code, findings, report, run) = validate(&[path.to_str().unwrap()]);
        assert_eq!((code, findings.len()), (1, 100));
        assert!(findings.iter().all(|(rule, _)| rule == "invalid-price"));
        assert_eq!(report["summary"]["errors"], n);
        assert_eq!(report["summary"]["omitted"], n - 100);
        within(&run, 20, 300, "invalid Offers");
        costs.push(run.cost());
    }
    // Linear: twice the Offers, at most three times the cost (quadratic is
    // four, and the start-up is paid once either way).
    assert!(
        costs[1] < costs[0] * 3,
        "20,000 and 40,000 invalid Offers: {costs:?} of CPU time"
    );
}

#[test]
fn a_minified_page_of_a_hundred_thousand_scripts_is_linear() {
    let dir = scratch();
    let script = format!(
        "<script type=\"application/ld+json\">{{{CONTEXT},\"@type\":\"Thing\",\"nme\":\"x\"}}</script>"
    );
    let page = format!("<html><head>{}</head></html>\n", script.repeat(100_000));
    let path = write(dir.path(), "minified.html", page.as_bytes());
    let (code, findings, report, run) = validate(&[path.to_str().unwrap()]);
    assert_eq!((code, findings.len()), (1, 100));
    assert_eq!(report["summary"]["documents"], 100_000);
    // The last listed finding is on line 1, at its column in the page.
    let last = report["diagnostics"].as_array().unwrap().last().cloned();
    let last = last.unwrap_or(Value::Null);
    // Its value, `"x"`, in the 100th script.
    let offset = "<html><head>".len() + script.len() * 99 + script.find("\"x\"").unwrap();
    assert_eq!(
        (last["line"].as_u64(), last["column"].as_u64()),
        (Some(1), Some(offset as u64 + 1))
    );
    within(&run, 30, 640, "100,000 scripts on one line");
}

#[test]
fn a_feed_line_that_never_ends_is_skipped_as_it_streams() {
    // A sparse file of 1 GiB of zero bytes: no newline anywhere.
    let dir = scratch();
    let path = dir.path().join("zeros.ndjson");
    std::fs::File::create(&path)
        .and_then(|file| file.set_len(1 << 30))
        .unwrap();
    let (code, findings, _, run) = validate(&[
        "--max-document-size",
        "1M",
        "--input-format",
        "ndjson",
        path.to_str().unwrap(),
    ]);
    assert_eq!(
        (code, findings),
        (1, vec![("limit-exceeded".to_owned(), 1)])
    );
    within(&run, 60, 640, "1 GiB without a newline");
    let fixed = fixed_cost_kib();
    if let Some(peak) = run.peak_kib {
        assert!(peak < fixed + 16 * 1024, "peak {peak} KiB");
    }
    // At the default limit (64 MiB) the line is held up to the limit once,
    // not twice (doubling the buffer on to the limit held both halves).
    let (code, _, _, run) = validate(&["--input-format", "ndjson", path.to_str().unwrap()]);
    assert_eq!(code, 1);
    if let Some(peak) = run.peak_kib {
        assert!(peak < fixed + 100 * 1024, "peak {peak} KiB");
    }
}

#[test]
fn a_feed_on_standard_input_is_streamed() {
    // 64 MiB of lines of 64 KiB each: held whole, it would take more than
    // the file's size in memory.
    let line = format!(
        "{{{CONTEXT},\"@type\":\"Thing\",\"name\":\"{}\"}}\n",
        "n".repeat(64 << 10)
    );
    let feed = line.repeat(1024);
    let run = sdx_reading(
        &[
            "validate",
            "--no-config",
            "--format",
            "json",
            "--input-format",
            "ndjson",
            "-",
        ],
        feed.into_bytes(),
    );
    assert_eq!(run.code, 0, "{}", run.stderr);
    let report: Value = serde_json::from_str(&run.stdout).unwrap();
    assert_eq!(report["summary"]["documents"], 1024);
    if let Some(peak) = run.peak_kib {
        assert!(peak < fixed_cost_kib() + 32 * 1024, "peak {peak} KiB");
    }
}
