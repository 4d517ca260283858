//! `--format junit`: one test suite per file, one test case per document (a
//! page's script, a feed's line), in document order. A document fails when
//! it has errors (or warnings under `--deny-warnings`); its findings are the
//! failure's text. Findings left out past `--max-diagnostics` are one more
//! test case. No timestamps or durations, so the XML is deterministic.
//!
//! Unlike the other formats, its size grows with the number of documents
//! (clean ones are kept as runs and expanded only here): for feeds of
//! millions of lines, `--format json` or `sarif` stay small. A file with
//! more than [`MAX_CLEAN_RUNS`](super::MAX_CLEAN_RUNS) runs of clean
//! documents (thousands of findings between them) lists the rest as one
//! counted test case.

use std::fmt::Write;

use quick_junit::{NonSuccessKind, Report as JunitReport, TestCase, TestCaseStatus, TestSuite};

use crate::diagnostic::Severity;
use crate::validate::ingest::DocKind;

use super::{document_label, CleanRun, DocumentReport, Report};

/// Renders the report as JUnit XML.
pub fn render(report: &Report) -> String {
    let mut junit = JunitReport::new("sdx validate");
    for file in &report.files {
        let mut suite = TestSuite::new(file.name.as_str());
        let mut runs = file.clean.iter().peekable();
        for document in &file.documents {
            while let Some(run) = runs.next_if(|run| run.index < document.index) {
                add_clean(&mut suite, file.name.as_str(), run);
            }
            suite.add_test_case(document_case(report, file.name.as_str(), document));
        }
        for run in runs {
            add_clean(&mut suite, file.name.as_str(), run);
        }
        if file.clean_unlisted > 0 {
            let name = format!(
                "{} more document{} without findings",
                file.clean_unlisted,
                if file.clean_unlisted == 1 { "" } else { "s" }
            );
            let mut case = TestCase::new(name, TestCaseStatus::success());
            case.set_classname(file.name.as_str());
            suite.add_test_case(case);
        }
        if file.omitted.total() > 0 {
            let omitted = &file.omitted;
            let failing = omitted.errors > 0 || (report.deny_warnings && omitted.warnings > 0);
            let name = format!(
                "{} more finding{} not listed",
                omitted.total(),
                if omitted.total() == 1 { "" } else { "s" }
            );
            let text = format!(
                "{} errors, {} warnings and {} infos past --max-diagnostics {} (0 lists all)",
                omitted.errors, omitted.warnings, omitted.infos, report.max_diagnostics
            );
            let status = if failing {
                let mut status = TestCaseStatus::non_success(NonSuccessKind::Failure);
                status.set_message(text.as_str());
                status.set_type("sdx");
                status
            } else {
                TestCaseStatus::success()
            };
            let mut case = TestCase::new(name, status);
            case.set_classname(file.name.as_str());
            if !failing {
                case.set_system_out(text);
            }
            suite.add_test_case(case);
        }
        junit.add_test_suite(suite);
    }
    junit
        .to_string()
        .unwrap_or_else(|error| format!("<!-- cannot write JUnit XML: {error} -->\n"))
}

/// The test case of a document with findings.
fn document_case(report: &Report, file_name: &str, document: &DocumentReport) -> TestCase {
    let name = case_name(document.kind);
    let failing = match document.worst() {
        Some(Severity::Error) => true,
        Some(Severity::Warning) => report.deny_warnings,
        _ => false,
    };
    let mut findings = String::new();
    for diagnostic in &document.diagnostics {
        let _ = write!(findings, "{}", diagnostic.severity);
        if let (Some(line), Some(column)) = (diagnostic.line, diagnostic.column) {
            let _ = write!(findings, " at {line}:{column}");
        }
        let _ = writeln!(
            findings,
            " [{}] {} ({})",
            diagnostic.rule,
            diagnostic.message,
            if diagnostic.pointer.is_empty() {
                "/"
            } else {
                &diagnostic.pointer
            }
        );
    }
    let status = if failing {
        let mut status = TestCaseStatus::non_success(NonSuccessKind::Failure);
        let count = document.diagnostics.len();
        status.set_message(format!(
            "{count} finding{}: {}",
            if count == 1 { "" } else { "s" },
            document
                .diagnostics
                .first()
                .map_or("", |d| d.message.as_str())
        ));
        status.set_type("sdx");
        status.set_description(findings.as_str());
        status
    } else {
        TestCaseStatus::success()
    };
    let mut case = TestCase::new(name, status);
    case.set_classname(file_name);
    if !failing && !document.diagnostics.is_empty() {
        case.set_system_out(findings);
    }
    case
}

/// One passing test case per document of a clean run.
fn add_clean(suite: &mut TestSuite, file_name: &str, run: &CleanRun) {
    for (_, kind) in run.documents() {
        let mut case = TestCase::new(case_name(kind), TestCaseStatus::success());
        case.set_classname(file_name);
        suite.add_test_case(case);
    }
}

fn case_name(kind: DocKind) -> String {
    let label = document_label(kind);
    if label.is_empty() {
        "document".to_owned()
    } else {
        label
    }
}
