//! Microdata and RDFa under the limits JSON-LD has: nesting past
//! `--max-depth` is `limit-exceeded` at the element where reading stops, an
//! item reached under two names is read once, and relative URLs resolve
//! against the page's base when it has one.

use serde_json::Value;

use crate::support::{sdx, validate_json as validate};

/// The text of a file from 1-based `line` and `column`.
fn text_at(path: &std::path::Path, diagnostic: &Value) -> String {
    let text = std::fs::read_to_string(path).unwrap();
    let line = diagnostic["line"].as_u64().unwrap() as usize;
    let column = diagnostic["column"].as_u64().unwrap() as usize;
    text.lines().nth(line - 1).unwrap()[column - 1..].to_owned()
}

/// A page with an Event nested `depth` items deep in `markup`, a bad
/// `startDate` on the deepest.
fn nested_events(markup: &str, depth: usize) -> String {
    let (root, open, leaf) = match markup {
        "microdata" => (
            r#"<div itemscope itemtype="https://schema.org/Event">"#,
            r#"<div itemprop="subEvent" itemscope itemtype="https://schema.org/Event">"#,
            r#"<meta itemprop="startDate" content="2025-13-45">"#,
        ),
        _ => (
            r#"<div vocab="https://schema.org/" typeof="Event">"#,
            r#"<div property="subEvent" typeof="Event">"#,
            r#"<meta property="startDate" content="2025-13-45">"#,
        ),
    };
    format!(
        "<!DOCTYPE html>\n<html><body>\n{root}\n{}{leaf}\n{}</body></html>\n",
        format!("{open}\n").repeat(depth),
        "</div>\n".repeat(depth + 1)
    )
}

#[test]
fn markup_nested_past_the_depth_limit_is_limit_exceeded() {
    let dir = tempfile::tempdir().unwrap();
    for markup in ["microdata", "rdfa"] {
        let path = dir.path().join(format!("{markup}.html"));
        std::fs::write(&path, nested_events(markup, 100)).unwrap();
        let (code, found) = validate(&[path.to_str().unwrap()]);
        assert_eq!(code, 1, "{markup}: {found:#?}");
        let rules: Vec<&str> = found.iter().map(|d| d["rule"].as_str().unwrap()).collect();
        assert_eq!(rules, ["limit-exceeded"], "{markup}");
        // At the first item left out: the document holds the root at depth
        // 3 (`{"@graph": [{…}]}`), so the 62nd nested item is the first
        // past 64 levels.
        assert_eq!(found[0]["line"], 3 + 62, "{markup}");
        let at = text_at(&path, &found[0]);
        assert!(at.starts_with("<div") && at.contains("subEvent"), "{at}");

        // The same limit as JSON-LD, from the same setting.
        let (code, found) = validate(&["--max-depth", "10", path.to_str().unwrap()]);
        assert_eq!(code, 1);
        assert_eq!(found[0]["line"], 3 + 8, "{markup}: {found:#?}");

        // Under the limit, nothing is cut and the date is checked.
        std::fs::write(&path, nested_events(markup, 30)).unwrap();
        let (code, found) = validate(&[path.to_str().unwrap()]);
        assert_eq!(code, 1);
        let rules: Vec<&str> = found.iter().map(|d| d["rule"].as_str().unwrap()).collect();
        assert_eq!(rules, ["invalid-date"], "{markup}");
    }
}

#[test]
fn an_item_under_two_names_is_read_once() {
    for markup in ["microdata", "rdfa"] {
        let page = format!("fixtures/hostile/markup-two-names.{markup}.html");
        let output = sdx().args(["extract", &page]).output().unwrap();
        assert!(output.status.success(), "{markup}");
        // 20 levels, each written once: a few kilobytes. A copy per path
        // would be 2^20 items.
        assert!(
            output.stdout.len() < 16 * 1024,
            "{markup}: {} bytes",
            output.stdout.len()
        );
        let graph: Value = serde_json::from_slice(&output.stdout).unwrap();
        let mut node = &graph["@graph"][0];
        for level in 0..20 {
            let label = format!("_:b{level}");
            assert_eq!(node["subjectOf"]["@id"], label, "{markup} level {level}");
            assert_eq!(node["about"], serde_json::json!({"@id": label}));
            node = &node["subjectOf"];
        }
        assert_eq!(node["name"], "x");
    }
}

#[test]
fn relative_urls_resolve_against_the_base_when_there_is_one() {
    let dir = tempfile::tempdir().unwrap();
    let body = r#"<div itemscope itemtype="https://schema.org/Product"><a itemprop="url" href="widget">W</a><span itemprop="name">W</span></div>
<div vocab="https://schema.org/" typeof="Product"><a property="url" href="widget">W</a><span property="name">W</span></div>"#;
    let with_base = dir.path().join("base.html");
    std::fs::write(
        &with_base,
        format!(
            "<html><head><base href=\"https://shop.example/p/\"></head><body>{body}</body></html>"
        ),
    )
    .unwrap();
    let without = dir.path().join("none.html");
    std::fs::write(&without, format!("<html><body>{body}</body></html>")).unwrap();

    let urls = |path: &std::path::Path| -> Vec<String> {
        let output = sdx().arg("extract").arg(path).output().unwrap();
        let graph: Value = serde_json::from_slice(&output.stdout).unwrap();
        graph["@graph"]
            .as_array()
            .unwrap()
            .iter()
            .map(|node| node["url"].as_str().unwrap().to_owned())
            .collect()
    };
    assert_eq!(urls(&with_base), ["https://shop.example/p/widget"; 2]);
    assert_eq!(urls(&without), ["widget"; 2]);
    // Kept as written when there is no base, a relative `href` is still
    // no finding: HTML resolves it against the page's address, which every
    // consumer of the page has.
    let (code, found) = validate(&[without.to_str().unwrap()]);
    assert_eq!((code, found), (0, Vec::new()));
    let (code, found) = validate(&[with_base.to_str().unwrap()]);
    assert_eq!((code, found), (0, Vec::new()));
}

#[test]
fn blank_node_labels_are_local_to_their_page() {
    // Each page writes its item under two names with the label `_:b0`: two
    // pages, two nodes, whatever their types.
    let dir = tempfile::tempdir().unwrap();
    let pages = [
        ("a.html", "CreativeWork", "about subjectOf"),
        ("b.html", "Person", "knows colleague"),
    ];
    let mut paths = Vec::new();
    for (name, type_name, names) in pages {
        let path = dir.path().join(name);
        std::fs::write(
            &path,
            format!(
                r#"<div itemscope itemtype="https://schema.org/{type_name}"><div itemprop="{names}" itemscope itemtype="https://schema.org/{type_name}"><span itemprop="name">n</span></div></div>"#
            ),
        )
        .unwrap();
        paths.push(path.to_str().unwrap().to_owned());
    }
    let paths: Vec<&str> = paths.iter().map(String::as_str).collect();
    let (code, found) = validate(&paths);
    assert_eq!((code, found), (0, Vec::new()));
}
