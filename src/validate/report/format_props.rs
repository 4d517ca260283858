//! Every format stays well-formed and shows every finding, whatever the
//! text of the findings, file names and pointers: escape sequences, line
//! breaks, characters XML forbids, `::` that would start a workflow
//! command.

use proptest::prelude::*;

use super::*;
use crate::diagnostic::{Diagnostic, Severity};

fn hostile_text() -> impl Strategy<Value = String> {
    let hostile = prop_oneof![
        any::<char>(),
        Just('\u{1b}'),
        Just('\n'),
        Just('\r'),
        Just('\0'),
        Just('\u{FFFE}'),
        Just('\u{FFFF}'),
        Just('\u{202E}'),
        Just(':'),
        Just('<'),
        Just('&'),
        Just(']'),
        Just('%'),
    ];
    proptest::collection::vec(hostile, 0..24).prop_map(|chars| chars.into_iter().collect())
}

fn report(file: &str, findings: &[(String, String)], problem: Option<&str>) -> Report {
    let diagnostics: Vec<Diagnostic> = findings
        .iter()
        .enumerate()
        .map(|(at, (message, pointer))| {
            Diagnostic::new(
                "invalid-date",
                Severity::Error,
                file,
                pointer.clone(),
                message.clone(),
            )
            .with_help(format!("help {at}"))
            .at(1, at as u32 + 1)
        })
        .collect();
    let sources = vec![None; diagnostics.len()];
    let document = DocumentReport {
        index: 0,
        kind: DocKind::Whole,
        span: Span::default(),
        diagnostics,
        sources,
    };
    let file = FileReport {
        name: file.to_owned(),
        format: InputFormat::Json,
        document_count: 1,
        documents: vec![document],
        omitted: Omitted::default(),
        clean: Vec::new(),
        clean_unlisted: 0,
    };
    let problems = problem
        .map(|text| vec![Problem::about(text, format!("cannot read {text}"))])
        .unwrap_or_default();
    Report::new(vec![file], 1, 0, problems, false)
}

/// Every text node (entity references resolved) and attribute value of
/// `xml`; panics if it is not well-formed.
fn xml_texts(xml: &str) -> Vec<String> {
    use quick_xml::events::Event;
    use quick_xml::XmlVersion;
    let mut reader = quick_xml::Reader::from_str(xml);
    let mut texts = Vec::new();
    let mut text = String::new();
    let mut depth = 0i32;
    loop {
        let event = reader
            .read_event()
            .unwrap_or_else(|error| panic!("not well-formed ({error}): {xml}"));
        match &event {
            Event::Text(chunk) => {
                text.push_str(&chunk.xml10_content().expect("text"));
                continue;
            }
            Event::GeneralRef(reference) => {
                let resolved = match reference.resolve_char_ref().expect("character reference") {
                    Some(c) => c.to_string(),
                    None => match reference.decode().expect("reference").as_ref() {
                        "amp" => "&".to_owned(),
                        "lt" => "<".to_owned(),
                        "gt" => ">".to_owned(),
                        "quot" => "\"".to_owned(),
                        "apos" => "'".to_owned(),
                        other => panic!("undefined entity {other} in {xml}"),
                    },
                };
                text.push_str(&resolved);
                continue;
            }
            _ => texts.push(std::mem::take(&mut text)),
        }
        let opens = matches!(event, Event::Start(_));
        match event {
            Event::Eof => break,
            Event::Start(element) | Event::Empty(element) => {
                for attribute in element.attributes() {
                    let attribute = attribute.expect("well-formed attribute");
                    let value = attribute
                        .normalized_value(XmlVersion::Implicit1_0)
                        .expect("escaped value");
                    texts.push(value.into_owned());
                }
                depth += i32::from(opens);
            }
            Event::End(_) => depth -= 1,
            Event::CData(data) => texts.push(String::from_utf8_lossy(&data).into_owned()),
            _ => {}
        }
    }
    assert_eq!(depth, 0, "unbalanced: {xml}");
    for c in xml.chars() {
        let allowed = matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..);
        assert!(allowed, "{:?} is not an XML character", c);
    }
    texts
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn every_format_is_well_formed_and_shows_every_finding(
        file in hostile_text(),
        findings in proptest::collection::vec((hostile_text(), hostile_text()), 1..5),
        problem in proptest::option::of(hostile_text()),
    ) {
        let report = report(&file, &findings, problem.as_deref());
        let count = findings.len();
        let problems = usize::from(problem.is_some());

        // JSON: the messages as they were.
        let json: serde_json::Value = serde_json::from_str(&report.render(Format::Json, false)).unwrap();
        let messages: Vec<&str> = json["diagnostics"].as_array().unwrap().iter()
            .map(|d| d["message"].as_str().unwrap()).collect();
        let expected: Vec<&str> = findings.iter().map(|(m, _)| m.as_str()).collect();
        prop_assert_eq!(messages, expected);
        prop_assert_eq!(json["errors"].as_array().unwrap().len(), problems);

        // SARIF: one result a finding, its text starting with the message.
        let sarif: serde_json::Value = serde_json::from_str(&report.render(Format::Sarif, false)).unwrap();
        let results = sarif["runs"][0]["results"].as_array().unwrap();
        prop_assert_eq!(results.len(), count);
        for (result, (message, _)) in results.iter().zip(&findings) {
            prop_assert!(result["message"]["text"].as_str().unwrap().starts_with(message.as_str()));
        }

        // JUnit: well-formed, and every message there, escaped.
        let texts = xml_texts(&report.render(Format::Junit, false)).join("\n");
        for (message, _) in &findings {
            let shown = junit::xml_safe(message);
            prop_assert!(texts.contains(shown.as_ref()), "{:?} not in {:?}", shown, texts);
        }

        // GitHub: one command a finding and a problem, and nothing else
        // starts with `::`.
        let github = report.render(Format::Github, false);
        let commands = github.lines().filter(|line| line.trim_start().starts_with("::")).count();
        prop_assert_eq!(commands, count + problems);

        // Human: one header a finding; no line from the input.
        let human = report.render(Format::Human, false);
        let headers = human.lines().filter(|line| line.starts_with("error[invalid-date]")).count();
        prop_assert_eq!(headers, count);
        prop_assert!(!human.lines().any(|line| line.trim_start().starts_with("::")), "{}", human);
        for (message, _) in &findings {
            let shown = one_line(message);
            let shown = shown.trim();
            prop_assert!(shown.is_empty() || human.contains(shown) || human.contains(&shown.replace('\t', "    ")), "{:?} not in {}", shown, human);
        }
    }
}
