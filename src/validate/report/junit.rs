//! `--format junit`: one test suite, one test case per input file, and one
//! error test case per input that could not be read. A file fails when it
//! has errors (or warnings under `--deny-warnings`); the failure lists every
//! kept finding, document by document (a feed's failing lines, a page's
//! scripts), and the findings left out past `--max-diagnostics` are counted
//! at its end. A file with only lesser findings passes and lists them as
//! its output. No timestamps or durations, so the XML is deterministic, and
//! its size does not grow with a feed's clean lines.
//!
//! Every piece of text is made XML-safe here, before quick-junit sees it:
//! characters XML 1.0 forbids and control characters are written as
//! `\u{..}` escapes, so a value cannot make the file unreadable or hide the
//! findings after it.

use std::borrow::Cow;
use std::fmt::Write;

use quick_junit::{NonSuccessKind, Report as JunitReport, TestCase, TestCaseStatus, TestSuite};

use super::text::{escape_where, is_unsafe};
use super::{document_label, FileReport, Report};

/// `text` with every character XML 1.0 forbids (most C0 controls, U+FFFE,
/// U+FFFF) and every control character but newline written as a `\u{..}`
/// escape: the rest restyle a terminal that shows the report, and
/// quick-junit drops a tab.
pub(super) fn xml_safe(text: &str) -> Cow<'_, str> {
    escape_where(text, |c| {
        is_unsafe(c) || matches!(c, '\t' | '\u{FFFE}' | '\u{FFFF}')
    })
}

/// Renders the report as JUnit XML.
pub fn render(report: &Report) -> String {
    let mut junit = JunitReport::new("sdx validate");
    let mut suite = TestSuite::new("sdx validate");
    for file in &report.files {
        suite.add_test_case(file_case(report, file));
    }
    for problem in &report.problems {
        let mut status = TestCaseStatus::non_success(NonSuccessKind::Error);
        status.set_message(xml_safe(&problem.message).into_owned());
        status.set_type("sdx");
        let name = problem.input.as_deref().unwrap_or("sdx validate");
        let mut case = TestCase::new(xml_safe(name).into_owned(), status);
        case.set_classname("sdx");
        suite.add_test_case(case);
    }
    junit.add_test_suite(suite);
    junit
        .to_string()
        .unwrap_or_else(|error| format!("<!-- cannot write JUnit XML: {error} -->\n"))
}

/// The test case of one file: its findings, document by document.
fn file_case(report: &Report, file: &FileReport) -> TestCase {
    let mut counts = [0u64; 3];
    let mut text = String::new();
    let mut documents = 0u64;
    for document in &file.documents {
        documents += 1;
        let label = document_label(document.kind);
        for diagnostic in &document.diagnostics {
            counts[super::severity_index(diagnostic.severity)] += 1;
            if !label.is_empty() {
                let _ = write!(text, "{label}: ");
            }
            let _ = write!(text, "{}", diagnostic.severity);
            if let (Some(line), Some(column)) = (diagnostic.line, diagnostic.column) {
                let _ = write!(text, " at {line}:{column}");
            }
            let pointer = if diagnostic.pointer.is_empty() {
                "/"
            } else {
                &diagnostic.pointer
            };
            let _ = writeln!(
                text,
                " [{}] {} ({pointer})",
                diagnostic.rule, diagnostic.message
            );
        }
    }
    let omitted = &file.omitted;
    if omitted.total() > 0 {
        let _ = writeln!(
            text,
            "... {} more ({} errors, {} warnings and {} infos) not listed (--max-diagnostics {}; 0 lists all)",
            omitted.total(),
            omitted.errors,
            omitted.warnings,
            omitted.infos,
            report.max_diagnostics
        );
    }
    let [infos, warnings, errors] = [
        counts[0] + omitted.infos,
        counts[1] + omitted.warnings,
        counts[2] + omitted.errors,
    ];
    let failing = errors > 0 || (report.deny_warnings && warnings > 0);
    let status = if failing {
        let mut status = TestCaseStatus::non_success(NonSuccessKind::Failure);
        status.set_message(format!(
            "{errors} error{}, {warnings} warning{} and {infos} info{} in {} of {} document{}",
            if errors == 1 { "" } else { "s" },
            if warnings == 1 { "" } else { "s" },
            if infos == 1 { "" } else { "s" },
            documents + omitted.documents,
            file.document_count,
            if file.document_count == 1 { "" } else { "s" },
        ));
        status.set_type("sdx");
        status.set_description(xml_safe(&text).into_owned());
        status
    } else {
        TestCaseStatus::success()
    };
    let mut case = TestCase::new(xml_safe(&file.name).into_owned(), status);
    case.set_classname("sdx");
    if !failing && infos + warnings + errors > 0 {
        case.set_system_out(xml_safe(&text).into_owned());
    }
    case
}

#[cfg(test)]
mod tests {
    use super::xml_safe;

    #[test]
    fn escapes_what_xml_forbids_and_controls() {
        assert_eq!(xml_safe("plain <&> ñ text\n"), "plain <&> ñ text\n");
        assert_eq!(xml_safe("a\tb"), "a\\u{9}b");
        assert_eq!(
            xml_safe("a\u{1b}]8;;x\u{7}b\u{FFFE}\u{FFFF}\u{0}\r"),
            "a\\u{1b}]8;;x\\u{7}b\\u{fffe}\\u{ffff}\\u{0}\\u{d}"
        );
    }
}
