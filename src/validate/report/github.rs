//! `--format github`: one GitHub Actions workflow command per diagnostic,
//! so findings show as annotations on the pull request, then a summary
//! line for the log.
//!
//! Escaping follows the runner's rules: in the message `%`, `\r` and `\n`
//! become `%25`, `%0D`, `%0A`; in property values `:` and `,` are escaped
//! too (`%3A`, `%2C`). Other control characters are written as `\u{..}`
//! escapes, so text from the input cannot end a command or restyle the log.

use std::fmt::Write;

use crate::diagnostic::Severity;

use super::text::escape_controls;
use super::{Report, Shown};

fn escape_data(text: &str) -> String {
    let escaped = text
        .replace('%', "%25")
        .replace('\r', "%0D")
        .replace('\n', "%0A");
    escape_controls(&escaped).into_owned()
}

fn escape_property(text: &str) -> String {
    escape_data(text).replace(':', "%3A").replace(',', "%2C")
}

/// Renders the report as workflow commands.
pub fn render(report: &Report) -> String {
    let mut out = String::new();
    for item in report.shown() {
        let diagnostic = match item {
            Shown::Diagnostic(diagnostic, _) => diagnostic,
            Shown::More { file, count } => {
                let _ = writeln!(
                    out,
                    "::warning file={},title=sdx::{}",
                    escape_property(file),
                    escape_data(&super::human::more_line(file, count, report))
                );
                continue;
            }
        };
        let command = match diagnostic.severity {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Info => "notice",
        };
        let _ = write!(
            out,
            "::{command} file={}",
            escape_property(&diagnostic.file)
        );
        if let Some(line) = diagnostic.line {
            let _ = write!(out, ",line={line}");
        }
        if let Some(column) = diagnostic.column {
            let _ = write!(out, ",col={column}");
        }
        let _ = write!(
            out,
            ",title={}",
            escape_property(&format!("sdx {}", diagnostic.rule))
        );
        let mut message = diagnostic.message.clone();
        if !diagnostic.pointer.is_empty() {
            let _ = write!(message, " (at {})", diagnostic.pointer);
        }
        if let Some(help) = &diagnostic.help {
            let _ = write!(message, "\nhelp: {help}");
        }
        let _ = writeln!(out, "::{}", escape_data(&message));
    }
    for problem in &report.problems {
        match &problem.input {
            Some(input) => {
                let _ = write!(out, "::error file={},", escape_property(input));
            }
            None => out.push_str("::error "),
        }
        let _ = writeln!(out, "title=sdx::{}", escape_data(&problem.message));
    }
    out.push_str(&super::human::summary_line(report));
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_as_the_runner_requires() {
        assert_eq!(escape_data("100% a\r\nb"), "100%25 a%0D%0Ab");
        assert_eq!(escape_property("a:b,c"), "a%3Ab%2Cc");
        assert_eq!(
            escape_data("x\n::error::forged\u{1b}[2J"),
            "x%0A::error::forged\\u{1b}[2J"
        );
    }
}
