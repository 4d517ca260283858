//! `--format junit`: one test suite per file, one test case per document
//! with findings (a page's script, a feed's line), and one passing test
//! case that counts the file's documents without findings: a million clean
//! feed lines are one line of XML, not a million. A document fails when it
//! has errors (or warnings under `--deny-warnings`); its findings are the
//! failure's text. No timestamps or durations, so the XML is deterministic.

use std::fmt::Write;

use quick_junit::{NonSuccessKind, Report as JunitReport, TestCase, TestCaseStatus, TestSuite};

use crate::diagnostic::Severity;
use crate::validate::ingest::InputFormat;

use super::{document_label, Report};

/// Renders the report as JUnit XML.
pub fn render(report: &Report) -> String {
    let mut junit = JunitReport::new("sdx validate");
    for file in &report.files {
        let mut suite = TestSuite::new(file.name.as_str());
        for document in &file.documents {
            let label = document_label(document.kind);
            let name = if label.is_empty() {
                "document".to_owned()
            } else {
                label
            };
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
            case.set_classname(file.name.as_str());
            if !failing && !document.diagnostics.is_empty() {
                case.set_system_out(findings);
            }
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
        let clean = file
            .document_count
            .saturating_sub(file.documents.len() as u64)
            .saturating_sub(file.omitted.documents);
        if clean > 0 {
            let name = if file.document_count == 1 && file.format == InputFormat::Json {
                "document".to_owned()
            } else {
                format!(
                    "{clean} document{} without findings",
                    if clean == 1 { "" } else { "s" }
                )
            };
            let mut case = TestCase::new(name, TestCaseStatus::success());
            case.set_classname(file.name.as_str());
            suite.add_test_case(case);
        }
        junit.add_test_suite(suite);
    }
    junit
        .to_string()
        .unwrap_or_else(|error| format!("<!-- cannot write JUnit XML: {error} -->\n"))
}
