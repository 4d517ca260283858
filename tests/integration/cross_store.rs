//! The cross-node rules on a feed whose `@id`s do not fit the in-memory
//! budget: spilled to temporary files, they must give exactly the report an
//! in-memory run gives, with findings on lines that are otherwise clean
//! placed at their line and column. The feed is over two megabytes, so its
//! lines are read and checked in several blocks, each document's sites
//! kept by the thread that checked it.

use sdx::{Format, InputFormat, Settings, Validator};

/// 3 000 Products referring to one Organization; every 500th also refers
/// to a node of its own page that nobody defines, every 700th reuses the Organization's `@id`
/// for a Person, and line 2 has a finding of its own besides. Each has a
/// long description, so the feed spans several read blocks.
fn feed() -> String {
    let description = "A cordless drill for wood, metal and masonry. ".repeat(15);
    let mut feed = String::from(
        "{\"@context\":\"https://schema.org\",\"@type\":\"Organization\",\"@id\":\"https://org.example/#org\",\"name\":\"Acme\"}\n",
    );
    for i in 0..3000 {
        let mut line = format!(
            "{{\"@context\":\"https://schema.org\",\"@type\":\"Product\",\"@id\":\"https://shop.example/p/{i}\",\"name\":\"Drill {i}\",\"description\":\"{description}\",\"brand\":{{\"@id\":\"https://org.example/#org\"}}"
        );
        if i % 500 == 0 {
            line.push_str(&format!(
                ",\"isRelatedTo\":{{\"@id\":\"https://shop.example/p/{i}#missing\"}}"
            ));
        }
        if i % 700 == 0 {
            line.push_str(
                ",\"manufacturer\":{\"@type\":\"Person\",\"@id\":\"https://org.example/#org\",\"name\":\"Not an org\"}",
            );
        }
        if i == 0 {
            line.push_str(",\"url\":\"shop.example/p/0\"");
        }
        line.push_str("}\n");
        feed.push_str(&line);
    }
    feed
}

fn report(budget: Option<usize>) -> sdx::Report {
    let mut validator = Validator::new(Settings::default());
    if let Some(budget) = budget {
        validator = validator.with_site_budget(budget);
    }
    validator.validate_bytes("feed.ndjson", InputFormat::Ndjson, feed().as_bytes())
}

#[test]
fn spilled_ids_give_the_same_report_as_ids_in_memory() {
    assert!(feed().len() > 2 << 20, "the feed spans several blocks");
    let in_memory = report(None);
    let spilled = report(Some(4096));
    assert_eq!(in_memory.summary.documents, 3001);
    let rules: Vec<(&str, Option<u32>)> = in_memory
        .diagnostics()
        .map(|(d, _)| (d.rule, d.line))
        .collect();
    // Lines are 1-based and the Organization is line 1: product i is on
    // line i + 2.
    let dangling: Vec<u32> = (0..3000).step_by(500).map(|i| i + 2).collect();
    let conflicting: Vec<u32> = (0..3000).step_by(700).map(|i| i + 2).collect();
    for line in &dangling {
        assert!(
            rules.contains(&("dangling-reference", Some(*line))),
            "no dangling reference on line {line}: {rules:?}"
        );
    }
    for line in &conflicting {
        assert!(
            rules.contains(&("conflicting-id", Some(*line))),
            "no conflicting id on line {line}: {rules:?}"
        );
    }
    assert!(rules.contains(&("relative-url", Some(2))), "{rules:?}");
    // Only the lines with findings have a report of their own.
    let reported: Vec<u64> = in_memory.files[0]
        .documents
        .iter()
        .map(|d| d.index)
        .collect();
    let mut expected: Vec<u64> = dangling
        .iter()
        .chain(&conflicting)
        .map(|line| u64::from(*line) - 1)
        .collect();
    expected.sort_unstable();
    expected.dedup();
    assert_eq!(reported, expected);
    // JUnit has one test case for the feed, its failure listing the lines
    // the cross-node rules found something on.
    let junit = in_memory.render(Format::Junit, false);
    assert_eq!(junit.matches("<testcase ").count(), 1);
    for line in dangling.iter().chain(&conflicting) {
        assert!(junit.contains(&format!("\nline {line}: ")), "line {line}");
    }
    for format in [Format::Json, Format::Junit, Format::Human] {
        assert_eq!(
            in_memory.render(format, false),
            spilled.render(format, false),
            "{format:?} differs once the ids are spilled"
        );
    }
}

#[test]
fn a_conflict_names_where_the_id_was_first_used() {
    let report = report(Some(4096));
    let conflict = report
        .diagnostics()
        .find(|(d, _)| d.rule == "conflicting-id")
        .map(|(d, _)| d.message.clone())
        .unwrap_or_default();
    assert_eq!(
        conflict,
        "`@id` `https://org.example/#org` is typed `Person` here but `Organization` at feed.ndjson (line 1)"
    );
}

#[test]
fn past_the_run_limit_clean_documents_are_counted_not_listed() {
    // Every other line has a finding, so each clean line is a run of its own.
    let mut feed = String::new();
    for i in 0..9000 {
        let date = if i % 2 == 0 {
            "31/12/2024"
        } else {
            "2024-12-31"
        };
        feed.push_str(&format!(
            "{{\"@context\":\"https://schema.org\",\"@type\":\"Product\",\"name\":\"Drill {i}\",\"releaseDate\":\"{date}\"}}\n"
        ));
    }
    let report = Validator::new(Settings::default()).validate_bytes(
        "alternating.ndjson",
        InputFormat::Ndjson,
        feed.as_bytes(),
    );
    let file = &report.files[0];
    let limit = sdx::FileReport::MAX_CLEAN_RUNS;
    assert_eq!(report.summary.documents, 9000);
    assert_eq!(report.summary.errors, 4500);
    assert_eq!(file.clean.len(), limit);
    assert_eq!(file.clean_unlisted, (4500 - limit) as u64);
    // One JUnit test case for the feed, however many runs it has.
    let junit = report.render(Format::Junit, false);
    assert_eq!(junit.matches("<testcase ").count(), 1);
}
