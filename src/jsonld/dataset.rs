//! Loading a hand-written dataset: bytes → UTF-8 → the typed model → checks
//! of the graph as a whole. Whatever is wrong comes back as diagnostics
//! naming the file, line, column and property.

use std::fmt;
use std::path::Path;

use super::graph_checks::check_graph;
use super::rules::{INVALID_JSON, INVALID_VALUE, UNREADABLE_FILE, UNSUPPORTED_CONTEXT};
use super::source::Source;
use super::unmodeled::unmodeled_in_document;
use super::GraphDocument;
use crate::diagnostic::{push_pointer_token, Diagnostic, Severity};
use crate::position::LineIndex;

/// A dataset that loaded: every value read, every reference resolved to a
/// node of a type its property accepts, no `@id` defined twice.
#[derive(Debug, Clone, PartialEq)]
pub struct Dataset {
    file: String,
    document: GraphDocument,
    base: Option<url::Url>,
}

/// Why a dataset did not load: one or more diagnostics, all errors.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub struct LoadError {
    /// What is wrong, in document order within each stage.
    pub diagnostics: Vec<Diagnostic>,
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        for (index, diagnostic) in self.diagnostics.iter().enumerate() {
            if index > 0 {
                writeln!(f)?;
            }
            write!(f, "{diagnostic}")?;
        }
        Ok(())
    }
}

impl From<Diagnostic> for LoadError {
    fn from(diagnostic: Diagnostic) -> LoadError {
        LoadError {
            diagnostics: vec![diagnostic],
        }
    }
}

impl Dataset {
    /// Reads and checks the dataset at `path`. `base` overrides the `@base`
    /// of the dataset's context.
    pub fn read(path: &Path, base: Option<&url::Url>) -> Result<Dataset, LoadError> {
        let file = path.display().to_string();
        let bytes = std::fs::read(path).map_err(|error| {
            Diagnostic::new(
                UNREADABLE_FILE,
                Severity::Error,
                &file,
                "",
                format!("cannot read the dataset: {error}"),
            )
            .with_help("check the path and the file's permissions")
        })?;
        Dataset::from_slice(&file, &bytes, base)
    }

    /// Reads and checks a dataset held in memory; `file` names it in
    /// diagnostics.
    pub fn from_slice(
        file: &str,
        bytes: &[u8],
        base: Option<&url::Url>,
    ) -> Result<Dataset, LoadError> {
        let text = decode(file, bytes)?;
        let source = Source::new(text);
        let document = parse(file, &source, text)?;
        let dropped = unmodeled(file, &source, text, &document)?;
        let mut diagnostics = match Dataset::checked(file, document, base, Some(&source)) {
            Ok(dataset) if dropped.is_empty() => return Ok(dataset),
            Ok(_) => dropped,
            Err(mut error) => {
                error.diagnostics.extend(dropped);
                error.diagnostics
            }
        };
        // Every finding at once, in the order of the file.
        diagnostics.sort_by_key(|d| (d.line.unwrap_or(0), d.column.unwrap_or(0)));
        Err(LoadError { diagnostics })
    }

    /// Checks a graph built in code, as [`Dataset::from_slice`] checks a
    /// file (without positions: there is no text).
    pub fn from_document(
        file: &str,
        document: GraphDocument,
        base: Option<&url::Url>,
    ) -> Result<Dataset, LoadError> {
        Dataset::checked(file, document, base, None)
    }

    fn checked(
        file: &str,
        document: GraphDocument,
        base: Option<&url::Url>,
        source: Option<&Source<'_>>,
    ) -> Result<Dataset, LoadError> {
        let base = match base {
            Some(base) => Some(base.clone()),
            None => context_base(file, &document)?,
        };
        let locate = |pointer: &str| source.and_then(|source| source.locate(pointer));
        let diagnostics = check_graph(file, &document, base.as_ref(), &locate);
        if diagnostics.is_empty() {
            return Ok(Dataset {
                file: file.to_owned(),
                document,
                base,
            });
        }
        let diagnostics = match source {
            Some(source) => diagnostics.into_iter().map(|d| source.place(d)).collect(),
            None => diagnostics,
        };
        Err(LoadError { diagnostics })
    }

    /// The file the dataset was read from, as named.
    pub fn file(&self) -> &str {
        &self.file
    }

    /// The graph as read.
    pub fn document(&self) -> &GraphDocument {
        &self.document
    }

    /// The base IRI relative `@id`s resolve against, if any.
    pub fn base(&self) -> Option<&url::Url> {
        self.base.as_ref()
    }
}

fn context_base(file: &str, document: &GraphDocument) -> Result<Option<url::Url>, LoadError> {
    let Some(base) = &document.context.base else {
        return Ok(None);
    };
    url::Url::parse(base).map(Some).map_err(|error| {
        LoadError::from(Diagnostic::new(
            UNSUPPORTED_CONTEXT,
            Severity::Error,
            file,
            "/@context",
            format!("@base `{base}` is not an absolute IRI ({error})"),
        ))
    })
}

/// Checks the bytes are UTF-8, which JSON requires (RFC 8259 §8.1).
fn decode<'a>(file: &str, bytes: &'a [u8]) -> Result<&'a str, LoadError> {
    let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
    std::str::from_utf8(bytes).map_err(|error| {
        let valid = error.valid_up_to();
        // The prefix up to the bad byte is valid UTF-8 by definition.
        let prefix = std::str::from_utf8(&bytes[..valid]).unwrap_or_default();
        let (line, column) = LineIndex::new(prefix).position(prefix, prefix.len());
        let byte = bytes.get(valid).copied().unwrap_or_default();
        let place = match Source::new(prefix).last_key_before(prefix.len()) {
            Some(key) => format!(" in `{key}`"),
            None => String::new(),
        };
        Diagnostic::new(
            INVALID_JSON,
            Severity::Error,
            file,
            "",
            format!(
                "the file is not UTF-8: byte 0x{byte:02X}{place} cannot start or continue a character"
            ),
        )
        .with_help("save the file as UTF-8; JSON-LD is always UTF-8")
        .at(line, column)
        .into()
    })
}

/// Reads the typed model, keeping the path of the first bad value.
fn parse(file: &str, source: &Source<'_>, text: &str) -> Result<GraphDocument, LoadError> {
    let mut deserializer = serde_json::Deserializer::from_str(text);
    let document: GraphDocument = serde_path_to_error::deserialize(&mut deserializer)
        .map_err(|error| read_error(file, source, Some(error.path()), error.inner()))?;
    deserializer
        .end()
        .map_err(|error| read_error(file, source, None, &error))?;
    Ok(document)
}

fn read_error(
    file: &str,
    source: &Source<'_>,
    path: Option<&serde_path_to_error::Path>,
    error: &serde_json::Error,
) -> LoadError {
    use serde_json::error::Category;

    let mut pointer = String::new();
    let mut property = None;
    for segment in path.into_iter().flatten() {
        match segment {
            serde_path_to_error::Segment::Seq { index } => {
                pointer.push('/');
                pointer.push_str(&index.to_string());
            }
            serde_path_to_error::Segment::Map { key } => {
                push_pointer_token(&mut pointer, key);
                // `@graph` holds the nodes; it is not a property of one.
                property = (key != "@graph").then_some(key.as_str());
            }
            serde_path_to_error::Segment::Enum { .. } | serde_path_to_error::Segment::Unknown => {}
        }
    }
    let full = error.to_string();
    let suffix = format!(" at line {} column {}", error.line(), error.column());
    let message = full.strip_suffix(&suffix).unwrap_or(&full);
    let diagnostic = match error.classify() {
        Category::Syntax | Category::Eof | Category::Io => {
            let (line, column) = source.serde_position(error.line(), error.column());
            // The path ends at the node being read; the lexer knows the key.
            let offset = source.serde_offset(error.line(), error.column());
            let property = source.last_key_before(offset).or(property);
            let message = match property {
                Some(property) => format!("invalid JSON after `{property}`: {message}"),
                None => format!("invalid JSON: {message}"),
            };
            let help = if message.contains("recursion limit") {
                "sdx reads documents nested up to 128 levels; refer to deep nodes by {\"@id\"} instead of embedding them"
            } else {
                "fix the JSON syntax at this position"
            };
            Diagnostic::new(INVALID_JSON, Severity::Error, file, pointer, message)
                .with_help(help)
                .at(line, column)
        }
        Category::Data => {
            // `@type` is read before the node's other keys and replayed, so
            // the path stops at the node; the messages say it is `@type`.
            if message.starts_with("@type") || message.starts_with("expected @type") {
                push_pointer_token(&mut pointer, "@type");
            }
            let in_context = pointer == "/@context" || pointer.starts_with("/@context/");
            let rule = if in_context {
                UNSUPPORTED_CONTEXT
            } else {
                INVALID_VALUE
            };
            let help = if in_context {
                "write \"@context\": \"https://schema.org\", or [\"https://schema.org\", {\"@base\": \"https://example.com/page\"}]"
            } else {
                "correct the value; sdx reads it as schema.org defines the property"
            };
            let message = match property {
                Some(property) if !in_context => format!("`{property}`: {message}"),
                _ => message.to_owned(),
            };
            let (line, column) = source
                .locate(&pointer)
                .unwrap_or_else(|| source.serde_position(error.line(), error.column()));
            Diagnostic::new(rule, Severity::Error, file, pointer, message)
                .with_help(help)
                .at(line, column)
        }
    };
    diagnostic.into()
}

/// Reports every key of the file the typed model would drop on export.
fn unmodeled(
    file: &str,
    source: &Source<'_>,
    text: &str,
    document: &GraphDocument,
) -> Result<Vec<Diagnostic>, LoadError> {
    let dropped = unmodeled_in_document(file, text, document).map_err(|error| {
        Diagnostic::new(
            INVALID_VALUE,
            Severity::Error,
            file,
            "",
            format!("the dataset cannot be compared with its typed form: {error}"),
        )
    })?;
    Ok(dropped
        .into_iter()
        .map(|diagnostic| source.place(diagnostic))
        .collect())
}
