use serde_json::json;
use url::Url;

use super::*;

fn read(page: &str, base: Option<&str>) -> Vec<serde_json::Value> {
    let dom = Dom::parse(page.as_bytes()).unwrap();
    let base = base.map(|b| Url::parse(b).unwrap());
    extract(&dom, base.as_ref(), 64).items().to_vec()
}

#[test]
fn reads_typed_items_and_properties() {
    let page = r#"<body vocab="https://schema.org/" prefix="ex: https://example.com/ns#">
<meta property="og:title" content="ignored: describes the page">
<div typeof="Event" resource="https://e.example/#e">
  <h1 property="name">Launch
  </h1>
  <time property="startDate" datetime="2025-01-02T10:00:00Z">Jan 2</time>
  <div property="location" typeof="Place"><span property="name">Hall</span></div>
  <a property="url" href="/launch">more</a>
  <span property="ex:note">x</span>
</div></body>"#;
    let dom = Dom::parse(page.as_bytes()).unwrap();
    let extracted = extract(&dom, None, 64);
    assert_eq!(
        extracted.items(),
        [json!({
            "@type": "Event",
            "@id": "https://e.example/#e",
            "name": "Launch",
            "startDate": "2025-01-02T10:00:00Z",
            "location": {"@type": "Place", "name": "Hall"},
            "url": "/launch",
            "https://example.com/ns#note": "x"
        })]
    );
    assert_eq!(
        extracted.offsets.find("/@graph/0/location/name"),
        page.find("<span property=\"name\"")
    );
}

#[test]
fn a_rel_with_a_typed_child_links_the_child() {
    let page = r#"<div vocab="https://schema.org/" typeof="TouristDestination">
  <div rel="touristType"><div typeof="Audience"><span property="audienceType">Wine</span></div></div>
  <div rel="url" resource="https://r.example/"></div>
  <div rel="includesAttraction"><div typeof="TouristAttraction">
    <span property="name">Castle</span>
    <div rel="rdf:type" resource="https://schema.org/City"></div>
  </div></div>
</div>"#;
    assert_eq!(
        read(page, None),
        [json!({
            "@type": "TouristDestination",
            "touristType": {"@type": "Audience", "audienceType": "Wine"},
            "url": "https://r.example/",
            "includesAttraction": {"@type": ["TouristAttraction", "City"], "name": "Castle"}
        })]
    );
}

#[test]
fn objects_of_property_typeof_and_rev() {
    let page = r##"<div vocab="https://schema.org/" typeof="Legislation" resource="#law">
  <a property="legislationAmends" typeof="Legislation" href="amended.html">A</a>
  <a rev="legislationCorrects" typeof="Legislation" href="fix.html">F</a>
</div>"##;
    assert_eq!(
        read(page, Some("https://law.example/x/")),
        [
            json!({
                "@type": "Legislation",
                "@id": "https://law.example/x/#law",
                "legislationAmends": {"@type": "Legislation", "@id": "https://law.example/x/amended.html"}
            }),
            json!({
                "@type": "Legislation",
                "@id": "https://law.example/x/fix.html",
                "legislationCorrects": {"@id": "https://law.example/x/#law"}
            })
        ]
    );
}

#[test]
fn the_page_itself_and_link_types() {
    // OpenGraph tags and HTML links describe the page, not schema.org data.
    let page = r#"<html vocab="https://schema.org/"><head>
<meta property="og:title" content="T"><link rel="stylesheet" href="s.css"></head>
<body><a rel="nofollow" href="/x">x</a></body></html>"#;
    assert_eq!(
        read(page, Some("https://p.example/")),
        Vec::<serde_json::Value>::new()
    );
    // A `typeof` on the body types the page.
    let page = r#"<html><body vocab="https://schema.org/" typeof="WebPage"><h1 property="name">N</h1>
<a rel="license" href="https://l.example/">cc</a></body></html>"#;
    assert_eq!(
        read(page, Some("https://p.example/")),
        [
            json!({"@type": "WebPage", "@id": "https://p.example/", "name": "N", "license": "https://l.example/"})
        ]
    );
}

#[test]
fn a_subject_reached_under_two_names_is_written_once() {
    let depth = 40;
    let page = format!(
        r#"<div vocab="https://schema.org/" typeof="Thing">{}<span property="name">x</span>{}</div>"#,
        r#"<div property="subjectOf about" typeof="Thing">"#.repeat(depth),
        "</div>".repeat(depth)
    );
    let items = read(&page, None);
    let text = serde_json::to_string(&items).unwrap();
    assert!(text.len() < 8 * 1024, "{} bytes", text.len());
    assert_eq!(items[0]["subjectOf"]["@id"], "_:b0");
    assert_eq!(items[0]["about"], json!({"@id": "_:b0"}));
}
