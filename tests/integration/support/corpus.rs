//! schema.org's example corpus (`tests/conformance/schemaorg/`), split into
//! its examples and their sections.

use std::sync::OnceLock;

/// One example of the corpus.
#[derive(Debug, Clone)]
pub struct Example {
    /// The example's id without its `#` (`eg-0001`).
    pub id: String,
    /// The terms the example illustrates, from its `TYPES:` line.
    pub terms: Vec<String>,
    /// The `MICRODATA:` section, when it holds markup.
    pub microdata: Option<String>,
    /// The `RDFA:` section, when it holds markup.
    pub rdfa: Option<String>,
    /// The `JSON:` section, when it holds JSON-LD.
    pub json: Option<JsonSection>,
}

/// How an example's `JSON:` section carries its JSON-LD.
#[derive(Debug, Clone)]
pub enum JsonSection {
    /// One or more `<script type="application/ld+json">` elements.
    Html(String),
    /// A bare JSON document.
    Json(String),
}

impl JsonSection {
    /// The section as a file sdx reads, with the extension that names its
    /// format.
    pub fn as_file(&self) -> (&'static str, String) {
        match self {
            JsonSection::Html(markup) => ("html", page(markup)),
            JsonSection::Json(text) => ("jsonld", text.clone()),
        }
    }
}

/// A markup section as a whole page, so that sdx reads it as a page does.
pub fn page(markup: &str) -> String {
    format!("<!DOCTYPE html>\n<html><head><title>example</title></head><body>\n{markup}\n</body></html>\n")
}

/// The corpus file's text.
pub fn text() -> &'static str {
    static TEXT: OnceLock<String> = OnceLock::new();
    TEXT.get_or_init(|| {
        let path = super::repo("tests/conformance/schemaorg/schemaorg-all-examples.txt");
        std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
    })
}

/// Every example, in corpus order.
pub fn examples() -> &'static [Example] {
    static EXAMPLES: OnceLock<Vec<Example>> = OnceLock::new();
    EXAMPLES.get_or_init(|| parse(text()))
}

/// Splits the corpus text into examples. A section header is a line holding
/// only `PRE-MARKUP:`, `MICRODATA:`, `RDFA:` or `JSON:`; an example starts at
/// a line beginning with `TYPES:`.
pub fn parse(text: &str) -> Vec<Example> {
    let mut examples = Vec::new();
    let mut current: Option<(String, Vec<String>)> = None;
    let mut sections: Vec<(&str, String)> = Vec::new();
    let mut finish = |current: Option<(String, Vec<String>)>,
                      sections: &mut Vec<(&str, String)>| {
        if let Some((id, terms)) = current {
            let mut example = Example {
                id,
                terms,
                microdata: None,
                rdfa: None,
                json: None,
            };
            for (name, body) in sections.drain(..) {
                let body = body.trim().to_owned();
                match name {
                    "MICRODATA" if holds_markup(&body, "itemscope") => {
                        example.microdata = Some(body)
                    }
                    "RDFA" if holds_markup(&body, "typeof") || holds_markup(&body, "property") => {
                        example.rdfa = Some(body)
                    }
                    "JSON" => example.json = json_section(body),
                    _ => {}
                }
            }
            examples.push(example);
        }
    };
    for line in text.lines() {
        if let Some(rest) = line.strip_prefix("TYPES:") {
            finish(current.take(), &mut sections);
            let mut words = rest.split([' ', ',']).filter(|w| !w.is_empty());
            let id = words
                .next()
                .unwrap_or_default()
                .trim_start_matches('#')
                .to_owned();
            current = Some((id, words.map(str::to_owned).collect()));
            continue;
        }
        let header = line.trim_end();
        if let Some(name) = ["PRE-MARKUP:", "MICRODATA:", "RDFA:", "JSON:"]
            .iter()
            .find(|h| header == **h)
        {
            sections.push((name.trim_end_matches(':'), String::new()));
            continue;
        }
        if let Some((_, body)) = sections.last_mut() {
            body.push_str(line);
            body.push('\n');
        }
    }
    finish(current, &mut sections);
    examples
}

fn holds_markup(body: &str, attribute: &str) -> bool {
    body.contains('<') && body.contains(attribute)
}

fn json_section(body: String) -> Option<JsonSection> {
    if body.contains("application/ld+json") {
        Some(JsonSection::Html(body))
    } else if serde_json::from_str::<serde_json::Value>(&body).is_ok() {
        Some(JsonSection::Json(body))
    } else {
        // "No JSON-LD", "This example is in microdata only." and the like.
        None
    }
}
