//! Pages as search engines read them: microdata and RDFa give the same
//! nodes and the same findings as JSON-LD, findings point at elements,
//! formats that disagree are reported, and the social profile checks link
//! preview tags.

use crate::support::{sdx, validate_json as validate};
use serde_json::Value;

const TYPES: &[&str] = &["product", "event", "organization", "newsarticle"];
const MARKUPS: &[&str] = &["microdata", "rdfa"];

fn page(name: &str) -> String {
    format!("fixtures/pages/{name}")
}

fn extract(name: &str) -> String {
    let output = sdx()
        .args(["extract", "--format", "jsonld", &page(name)])
        .output()
        .unwrap();
    assert!(output.status.success(), "{name}");
    String::from_utf8(output.stdout).unwrap()
}

/// The text of 1-based `line` of a fixture from 1-based character `column`.
fn text_at(name: &str, line: u64, column: u64) -> String {
    let text = std::fs::read_to_string(page(name)).unwrap();
    let line = text.lines().nth(line as usize - 1).unwrap();
    line.chars().skip(column as usize - 1).collect()
}

#[test]
fn microdata_and_rdfa_give_the_nodes_of_their_json_ld() {
    for kind in TYPES {
        for variant in ["valid", "invalid"] {
            let json_ld = extract(&format!("{kind}-{variant}.jsonld.html"));
            let graph: Value = serde_json::from_str(&json_ld).unwrap();
            assert_eq!(graph["@graph"].as_array().unwrap().len(), 1, "{json_ld}");
            for markup in MARKUPS {
                assert_eq!(
                    extract(&format!("{kind}-{variant}.{markup}.html")),
                    json_ld,
                    "{kind}-{variant}.{markup}"
                );
            }
        }
    }
}

#[test]
fn valid_pages_are_clean_in_every_format() {
    let mut args = Vec::new();
    for kind in TYPES {
        for markup in ["jsonld", "microdata", "rdfa"] {
            args.push(page(&format!("{kind}-valid.{markup}.html")));
        }
    }
    let args: Vec<&str> = args.iter().map(String::as_str).collect();
    let (code, diagnostics) = validate(&args);
    assert_eq!(diagnostics, Vec::<Value>::new());
    assert_eq!(code, 0);
}

#[test]
fn invalid_pages_give_the_same_findings_at_their_elements() {
    for kind in TYPES {
        let (code, json_ld) = validate(&[&page(&format!("{kind}-invalid.jsonld.html"))]);
        assert_eq!(code, 1);
        assert!(json_ld.len() >= 2, "{kind}: {json_ld:?}");
        // A relative URL is a warning in JSON-LD, which may be read away
        // from its page; in markup it is an `href`, which HTML resolves
        // against the page.
        let expected: Vec<(String, String, String)> = json_ld
            .iter()
            .filter(|d| d["rule"] != "relative-url")
            .map(|d| {
                (
                    d["rule"].as_str().unwrap().to_owned(),
                    format!("/@graph/0{}", d["pointer"].as_str().unwrap()),
                    d["message"].as_str().unwrap().to_owned(),
                )
            })
            .collect();
        for markup in MARKUPS {
            let name = format!("{kind}-invalid.{markup}.html");
            let (code, found) = validate(&[&page(&name)]);
            assert_eq!(code, 1, "{name}");
            let got: Vec<(String, String, String)> = found
                .iter()
                .map(|d| {
                    (
                        d["rule"].as_str().unwrap().to_owned(),
                        d["pointer"].as_str().unwrap().to_owned(),
                        d["message"].as_str().unwrap().to_owned(),
                    )
                })
                .collect();
            assert_eq!(got, expected, "{name}");
            let attribute = if *markup == "microdata" {
                "itemprop"
            } else {
                "property"
            };
            for diagnostic in &found {
                // The position is the start tag of the property's element.
                let at = text_at(
                    &name,
                    diagnostic["line"].as_u64().unwrap(),
                    diagnostic["column"].as_u64().unwrap(),
                );
                let property = diagnostic["pointer"]
                    .as_str()
                    .unwrap()
                    .rsplit('/')
                    .next()
                    .unwrap()
                    .to_owned();
                assert!(
                    at.starts_with('<') && at.contains(&format!("{attribute}=\"{property}\"")),
                    "{name}: {diagnostic} points at {at:?}"
                );
            }
        }
    }
}

#[test]
fn a_price_that_differs_between_formats_names_both_places() {
    let name = "inconsistent-price.html";
    let (code, found) = validate(&[&page(name)]);
    assert_eq!(code, 1);
    let inconsistent: Vec<&Value> = found
        .iter()
        .filter(|d| d["rule"] == "inconsistent-markup")
        .collect();
    assert_eq!(inconsistent.len(), 1, "{found:?}");
    // The microdata price, at its element, names the JSON-LD value's place.
    let microdata = inconsistent[0];
    assert_eq!(microdata["pointer"], "/@graph/0/offers/price");
    let at = text_at(
        name,
        microdata["line"].as_u64().unwrap(),
        microdata["column"].as_u64().unwrap(),
    );
    assert!(
        at.starts_with("<span itemprop=\"price\" content=\"24.99\""),
        "{at}"
    );
    let message = microdata["message"].as_str().unwrap();
    let (file, line, column) = named_place(message);
    assert_eq!(file, page(name));
    assert!(
        message.contains("`24.99`") && message.contains("`19.99`"),
        "{message}"
    );
    assert!(
        text_at(name, line, column).starts_with("\"19.99\""),
        "{message}"
    );
    // The OpenGraph price (21.00) is a link preview's, not schema.org data:
    // not compared.
    assert!(!found
        .iter()
        .any(|d| d["message"].as_str().unwrap().contains("21.00")));
}

/// The place a finding's message names, `FILE:LINE:COLUMN` at its end.
fn named_place(message: &str) -> (String, u64, u64) {
    let place = message.rsplit(" at ").next().unwrap();
    let mut parts = place.rsplitn(3, ':');
    let column = parts.next().unwrap().parse().unwrap();
    let line = parts.next().unwrap().parse().unwrap();
    (parts.next().unwrap().to_owned(), line, column)
}

#[test]
fn link_preview_tags_and_references_are_not_compared_as_urls() {
    // og:title, og:image, product:price:amount and twitter:title all differ
    // from the JSON-LD, whose image and offer are `{"@id"}` references to
    // nodes of its graph that agree with the microdata.
    let name = "consistent-with-other-social-tags.html";
    let (code, found) = validate(&[&page(name)]);
    assert_eq!((code, found), (0, Vec::new()));

    // The offer, reached through its reference, still disagrees when the
    // microdata's price does.
    let dir = tempfile::tempdir().unwrap();
    let text = std::fs::read_to_string(page(name)).unwrap();
    let changed = text.replace(r#"content="19.99">19.99 €"#, r#"content="24.99">24.99 €"#);
    assert_ne!(changed, text);
    let path = dir.path().join(name);
    std::fs::write(&path, &changed).unwrap();
    let (code, found) = validate(&[path.to_str().unwrap()]);
    assert_eq!(code, 1);
    assert_eq!(found.len(), 1, "{found:#?}");
    assert_eq!(found[0]["rule"], "inconsistent-markup");
    assert_eq!(found[0]["pointer"], "/@graph/0/offers/price");
    let line = |needle: &str| changed.lines().position(|l| l.contains(needle)).unwrap() as u64 + 1;
    assert_eq!(found[0]["line"], line(r#"<span itemprop="price""#));
    assert_eq!(found[0]["column"], 7);
    let message = found[0]["message"].as_str().unwrap();
    assert!(
        message.contains("`24.99`") && message.contains("`19.99`"),
        "{message}"
    );
    let (file, at_line, at_column) = named_place(message);
    assert_eq!(file, path.to_str().unwrap());
    assert_eq!((at_line, at_column), (line(r#""price": "19.99""#), 18));
}

#[test]
fn agreeing_formats_are_not_inconsistent() {
    // JSON-LD and OpenGraph with the same name, price and image.
    let (code, found) = validate(&[&page("social-complete.html")]);
    assert_eq!((code, found), (0, Vec::new()));
}

#[test]
fn the_social_profile_checks_link_preview_tags() {
    let (code, found) = validate(&["--profile", "social", &page("social-complete.html")]);
    assert_eq!((code, found.len()), (0, 0), "{found:?}");

    let (code, found) = validate(&["--profile", "social", &page("social-missing-image.html")]);
    assert_eq!(code, 1);
    let rules: Vec<&str> = found.iter().map(|d| d["rule"].as_str().unwrap()).collect();
    assert_eq!(rules, ["social-missing-image"]);
    let at = text_at(
        "social-missing-image.html",
        found[0]["line"].as_u64().unwrap(),
        found[0]["column"].as_u64().unwrap(),
    );
    assert!(at.starts_with("<head>"), "{at}");

    let name = "social-relative-image.html";
    let (code, found) = validate(&["--profile", "social", &page(name)]);
    assert_eq!(code, 1);
    let rules: Vec<&str> = found.iter().map(|d| d["rule"].as_str().unwrap()).collect();
    assert_eq!(rules, ["social-relative-url"]);
    assert_eq!(found[0]["pointer"], "/og:image");
    let at = text_at(
        name,
        found[0]["line"].as_u64().unwrap(),
        found[0]["column"].as_u64().unwrap(),
    );
    assert!(at.starts_with("<meta property=\"og:image\""), "{at}");

    // Without the profile, the tags are not judged.
    let (code, found) = validate(&[&page("social-missing-image.html")]);
    assert_eq!((code, found.len()), (0, 0));
}

#[test]
fn an_unknown_profile_is_a_usage_error() {
    let output = sdx()
        .args(["validate", "--no-config", "--profile", "socail"])
        .arg(page("social-complete.html"))
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&output.stderr).contains("unknown profile `socail`"));
}

#[test]
fn absurd_nesting_is_reported_not_waited_for() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("deep.html");
    let page = format!(
        "<div itemscope itemtype=\"https://schema.org/Thing\">{}",
        "<div>".repeat(20_000)
    );
    std::fs::write(&path, page).unwrap();
    let output = sdx()
        .args(["validate", "--no-config", "--format", "json"])
        .arg(&path)
        .output()
        .unwrap();
    assert_eq!(output.status.code(), Some(1));
    let report: Value = serde_json::from_slice(&output.stdout).unwrap();
    let diagnostics = report["diagnostics"].as_array().unwrap();
    assert_eq!(diagnostics.len(), 1, "{report:#}");
    assert_eq!(diagnostics[0]["rule"], "limit-exceeded");
    assert!(diagnostics[0]["message"]
        .as_str()
        .unwrap()
        .contains("nests elements too deeply"));
}
