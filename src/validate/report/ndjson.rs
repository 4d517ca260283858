//! `--format ndjson`: one line per document as it is judged (a
//! [`Record`](crate::validate::Record), written by the caller as records
//! come), then this module's last line: the run's summary and the inputs
//! that could not be read, under the same keys as `--format json`.

use serde::Serialize;

use super::{Problem, Report, Summary};

#[derive(Serialize)]
struct Last<'a> {
    summary: &'a Summary,
    errors: &'a [Problem],
}

/// The summary line, with its newline.
pub fn render(report: &Report) -> String {
    let last = Last {
        summary: &report.summary,
        errors: &report.problems,
    };
    let mut text =
        serde_json::to_string(&last).unwrap_or_else(|error| format!("{{\"error\": \"{error}\"}}"));
    text.push('\n');
    text
}
