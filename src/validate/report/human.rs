//! `--format human`: diagnostics as rustc and ruff print them, with the
//! source line and a caret under the value, rendered by annotate-snippets;
//! then a summary line. Colour is the caller's decision (only on a
//! terminal).

use annotate_snippets::renderer::DecorStyle;
use annotate_snippets::{AnnotationKind, Group, Level, Origin, Renderer, Snippet};

use crate::diagnostic::{Diagnostic, Severity};

use super::locate::SourceLine;
use super::text::{one_line, picture_controls};
use super::{Report, Shown};

fn level(severity: Severity) -> Level<'static> {
    match severity {
        Severity::Error => Level::ERROR,
        Severity::Warning => Level::WARNING,
        Severity::Info => Level::INFO,
    }
}

/// The byte range in `text` of the JSON token starting at the 1-based
/// character `column`: a whole string literal, or a scalar up to the next
/// delimiter; one character for `{` and `[`.
fn token_range(text: &str, column: u32) -> std::ops::Range<usize> {
    let start = text
        .char_indices()
        .nth(column.saturating_sub(1) as usize)
        .map_or(text.len(), |(i, _)| i);
    let rest = &text[start..];
    let len = match rest.as_bytes().first() {
        None => 0,
        Some(b'"') => {
            let mut escaped = false;
            rest.char_indices()
                .skip(1)
                .find(|(_, c)| {
                    let end = !escaped && *c == '"';
                    escaped = !escaped && *c == '\\';
                    end
                })
                .map_or(rest.len(), |(i, _)| i + 1)
        }
        Some(b'{' | b'[') => 1,
        Some(_) => rest
            .find([',', '}', ']', ' ', '\t'])
            .unwrap_or(rest.len())
            .max(rest.chars().next().map_or(0, char::len_utf8)),
    };
    start..start + len
}

fn render_one(renderer: &Renderer, diagnostic: &Diagnostic, source: Option<&SourceLine>) -> String {
    // Everything that comes from the input is made terminal-safe first.
    // None of it may start a line of its own: a CI runner reads a line
    // starting with `::` as a workflow command.
    let message = one_line(&diagnostic.message);
    let file = one_line(&diagnostic.file);
    let pointer = one_line(&diagnostic.pointer);
    let help = diagnostic.help.as_deref().map(one_line);
    let source_text = source.map(|source| picture_controls(&source.text));
    let title = level(diagnostic.severity)
        .primary_title(message.as_ref())
        .id(diagnostic.rule);
    let label = (!pointer.is_empty()).then_some(pointer.as_ref());
    let mut group = match (source, &source_text) {
        (Some(source), Some(text)) => title.element(
            Snippet::source(text.as_ref())
                .line_start(source.line as usize)
                .path(file.as_ref())
                .annotation(
                    AnnotationKind::Primary
                        .span(token_range(text, source.column))
                        .label(label),
                ),
        ),
        _ => {
            let mut origin = Origin::path(file.as_ref());
            if let Some(line) = diagnostic.line {
                origin = origin.line(line as usize);
                if let Some(column) = diagnostic.column {
                    origin = origin.char_column(column as usize);
                }
            }
            let group = title.element(origin);
            match label {
                Some(pointer) => group.element(Level::NOTE.message(format!("at {pointer}"))),
                None => group,
            }
        }
    };
    if let Some(help) = &help {
        group = group.element(Level::HELP.message(help.as_ref()));
    }
    let report: [Group<'_>; 1] = [group];
    let rendered = renderer.render(&report);
    match (source, diagnostic.column) {
        (Some(source), Some(column)) if column != source.column => {
            file_column(rendered, source.line, source.column, column)
        }
        _ => rendered,
    }
}

/// `rendered` with the `-->` line's column made the file's: on a long line
/// only a window around the value is shown, and the renderer counts the
/// column inside that window.
fn file_column(rendered: String, line: u32, shown: u32, column: u32) -> String {
    let Some(arrow) = rendered.find("-->") else {
        return rendered;
    };
    let end = rendered[arrow..]
        .find('\n')
        .map_or(rendered.len(), |i| arrow + i);
    let position = format!(":{line}:{shown}");
    match rendered[arrow..end].rfind(&position) {
        Some(at) => {
            let at = arrow + at;
            format!(
                "{}:{line}:{column}{}",
                &rendered[..at],
                &rendered[at + position.len()..]
            )
        }
        None => rendered,
    }
}

/// Renders every diagnostic and the summary line.
pub fn render(report: &Report, color: bool) -> String {
    let renderer = if color {
        Renderer::styled()
    } else {
        Renderer::plain()
    }
    .decor_style(DecorStyle::Ascii);
    let mut out = String::new();
    for item in report.shown() {
        match item {
            Shown::Diagnostic(diagnostic, source) => {
                out.push_str(&render_one(&renderer, diagnostic, source));
            }
            Shown::More { file, count } => out.push_str(&more_line(file, count, report)),
        }
        out.push_str("\n\n");
    }
    out.push_str(&summary_line(report));
    out.push('\n');
    out
}

/// The line standing for the findings of `file` past the cap.
pub(super) fn more_line(file: &str, count: u64, report: &Report) -> String {
    format!(
        "... {count} more {} in {} not listed (--max-diagnostics {}; 0 lists all)",
        if count == 1 { "finding" } else { "findings" },
        one_line(file),
        report.max_diagnostics
    )
}

fn plural(n: u64, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

/// One line saying what was checked and what was found, and how many
/// `.json` files a directory walk skipped as not JSON-LD.
pub fn summary_line(report: &Report) -> String {
    let line = checked_line(report);
    match report.summary.skipped {
        0 => line,
        n => format!(
            "{}; skipped {} that {} not JSON-LD.",
            line.trim_end_matches('.'),
            plural(n, "JSON file", "JSON files"),
            if n == 1 { "is" } else { "are" }
        ),
    }
}

fn checked_line(report: &Report) -> String {
    let s = &report.summary;
    let mut checked = format!(
        "{}, {}, {}",
        plural(s.files, "file", "files"),
        plural(s.documents, "document", "documents"),
        plural(s.nodes, "node", "nodes")
    );
    if s.unmodeled > 0 {
        checked.push_str(&format!(" ({} of types sdx does not model)", s.unmodeled));
    }
    if !report.problems.is_empty() {
        // Never "No problems found" for a run that could not read an input.
        let count = report.problems.len() as u64;
        return format!(
            "{} not checked (see the errors above); found {}, {} and {} in {checked}.",
            plural(count, "input", "inputs"),
            plural(s.errors, "error", "errors"),
            plural(s.warnings, "warning", "warnings"),
            plural(s.infos, "info", "infos")
        );
    }
    if s.errors + s.warnings + s.infos == 0 {
        format!("No problems found in {checked}.")
    } else {
        let omitted = report.omitted();
        let hidden = if omitted > 0 {
            format!(" ({omitted} not listed)")
        } else {
            String::new()
        };
        format!(
            "Found {}, {} and {} in {checked}{hidden}.",
            plural(s.errors, "error", "errors"),
            plural(s.warnings, "warning", "warnings"),
            plural(s.infos, "info", "infos")
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn underlines_whole_tokens() {
        let line = r#"  "price": "1.299,00", "x": 12, "y": {"#;
        assert_eq!(&line[token_range(line, 12)], "\"1.299,00\"");
        assert_eq!(&line[token_range(line, 29)], "12");
        assert_eq!(&line[token_range(line, 38)], "{");
        let escaped = r#""a\"b" x"#;
        assert_eq!(&escaped[token_range(escaped, 1)], r#""a\"b""#);
    }
}
