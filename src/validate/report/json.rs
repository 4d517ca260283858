//! `--format json`: exactly one JSON object, a summary, every diagnostic in
//! output order, and the inputs that could not be read (`errors`; a run
//! with any exits 2).

use serde::Serialize;

use crate::diagnostic::Diagnostic;

use super::{Problem, Report, Summary};

#[derive(Serialize)]
struct Output<'a> {
    summary: &'a Summary,
    diagnostics: Vec<&'a Diagnostic>,
    errors: &'a [Problem],
}

/// Renders the report as pretty-printed JSON with a trailing newline.
pub fn render(report: &Report) -> String {
    let output = Output {
        summary: &report.summary,
        diagnostics: report.diagnostics().map(|(d, _)| d).collect(),
        errors: &report.problems,
    };
    let mut text = serde_json::to_string_pretty(&output)
        .unwrap_or_else(|error| format!("{{\"error\": \"{error}\"}}"));
    text.push('\n');
    text
}
