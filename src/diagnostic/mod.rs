//! The one finding type shared by every layer of sdx.
//!
//! Loading a dataset, validating a feed and checking generated files all
//! report [`Diagnostic`]s; renderers (human, JSON, GitHub, SARIF, JUnit) only
//! format them. A diagnostic names the rule that produced it, so users can
//! select, ignore or re-grade it by a stable id.
//!
//! A diagnostic is built once, by the rule that fires, and completed by the
//! stages after it, each filling in what only it knows:
//!
//! - the rule builds it with its id, its default severity, the pointer
//!   inside the document, the message and the help line (the rule's own
//!   line is borrowed, not copied), and an empty `file`: a rule judges a
//!   document and never knows which file holds it;
//! - the stage that read the document names the file ([`Diagnostic::in_file`])
//!   and sets the severity configuration gives the rule;
//! - the report stage finds `line` and `column` from the pointer, only for a
//!   diagnostic that is shown (`None` until then).
//!
//! Nothing is built for a value that passes: a rule makes its diagnostic
//! only when it fires.

use std::borrow::Cow;
use std::fmt;

use serde::Serialize;

pub(crate) mod text;

/// How serious a finding is. Ordered: `Info < Warning < Error`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    /// Worth knowing; never fails a run.
    Info,
    /// Likely a problem; fails a run only with `--deny-warnings`.
    Warning,
    /// The data is wrong; fails the run.
    Error,
}

impl Severity {
    /// The lowercase name used in every output format and in `sdx.toml`.
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }

    /// Parses the lowercase name used in configuration and on the command line.
    pub fn parse(text: &str) -> Option<Severity> {
        match text {
            "info" => Some(Severity::Info),
            "warning" | "warn" => Some(Severity::Warning),
            "error" => Some(Severity::Error),
            _ => None,
        }
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

/// One finding: what is wrong, where, which rule says so and what to do.
///
/// `line` and `column` are 1-based positions of the offending value in the
/// file (for NDJSON, in the whole file, not the line's document); `pointer`
/// is an RFC 6901 JSON pointer inside the document that holds it. See the
/// module documentation for which stage fills in which field.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Diagnostic {
    /// The file the finding is in, as the user named it (`-` for stdin);
    /// empty while the diagnostic has not left the rule that built it.
    pub file: String,
    /// 1-based line of the value at fault, when known.
    pub line: Option<u32>,
    /// 1-based column (in characters) of the value at fault, when known.
    pub column: Option<u32>,
    /// RFC 6901 pointer to the value at fault inside its document.
    pub pointer: String,
    /// The stable kebab-case id of the rule that produced the finding.
    pub rule: &'static str,
    /// How serious the finding is, after configuration.
    pub severity: Severity,
    /// One sentence saying what is wrong.
    pub message: String,
    /// What to do about it, when there is something to say: a rule's own
    /// help line is borrowed, a line made for this finding owned.
    pub help: Option<Cow<'static, str>>,
}

impl Diagnostic {
    /// A diagnostic without a position; the caller fills `line`/`column`
    /// once (and only if) the finding is reported.
    pub fn new(
        rule: &'static str,
        severity: Severity,
        file: impl Into<String>,
        pointer: impl Into<String>,
        message: impl Into<String>,
    ) -> Diagnostic {
        Diagnostic {
            file: file.into(),
            line: None,
            column: None,
            pointer: pointer.into(),
            rule,
            severity,
            message: message.into(),
            help: None,
        }
    }

    /// Adds (or replaces) the help line.
    pub fn with_help(mut self, help: impl Into<Cow<'static, str>>) -> Diagnostic {
        self.help = Some(help.into());
        self
    }

    /// Names the file the diagnostic is in.
    pub fn in_file(mut self, file: impl Into<String>) -> Diagnostic {
        self.file = file.into();
        self
    }

    /// Sets the 1-based line and column.
    pub fn at(mut self, line: u32, column: u32) -> Diagnostic {
        self.line = Some(line);
        self.column = Some(column);
        self
    }
}

impl fmt::Display for Diagnostic {
    /// `file:line:column: severity[rule]: message` — the one-line form used in
    /// error messages of commands that are not `validate`.
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        // Input text (a file name, a value in the message) stays on its
        // line: a line of its own could be read as a CI workflow command.
        use text::one_line;
        write!(f, "{}", one_line(&self.file))?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
            if let Some(column) = self.column {
                write!(f, ":{column}")?;
            }
        }
        write!(
            f,
            ": {}[{}]: {}",
            self.severity,
            self.rule,
            one_line(&self.message)
        )?;
        if !self.pointer.is_empty() {
            write!(f, " (at {})", one_line(&self.pointer))?;
        }
        if let Some(help) = &self.help {
            write!(f, "\n  help: {}", one_line(help))?;
        }
        Ok(())
    }
}

/// Appends one RFC 6901 reference token to `pointer`, escaping `~` and `/`.
pub fn push_pointer_token(pointer: &mut String, token: &str) {
    pointer.push('/');
    // Keys almost never need escaping: copied whole, not char by char
    // (the walk of every document builds the pointer of each nested node).
    // Keys are short: a fold with no early exit, which compiles to vector
    // compares, costs less here than `memchr`'s set-up for each call.
    let escapes = token
        .bytes()
        .fold(false, |found, b| found | (b == b'~') | (b == b'/'));
    if !escapes {
        pointer.push_str(token);
        return;
    }
    for ch in token.chars() {
        match ch {
            '~' => pointer.push_str("~0"),
            '/' => pointer.push_str("~1"),
            _ => pointer.push(ch),
        }
    }
}
