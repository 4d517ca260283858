//! Reading the input of `sdx graph` and `sdx extract`: any file `sdx
//! validate` reads (a JSON-LD document, an NDJSON feed, an HTML page) or
//! standard input, with the format taken from the extension as validate
//! takes it.

use std::io::Read;
use std::path::Path;

use serde_json::Value;

use super::Exit;
use sdx::InputFormat;

/// What an input holds.
pub enum Loaded {
    /// A JSON-LD document as written, or a feed's documents as an array.
    Documents(Vec<Value>),
    /// Every node of an HTML page, as [`sdx::api::page_graph`] gives them.
    Page(Value),
}

impl Loaded {
    /// The input as one JSON-LD value: a document as written, a feed as an
    /// array of its documents, a page as its graph.
    pub fn into_written(self) -> Value {
        match self {
            Loaded::Documents(mut documents) if documents.len() == 1 => documents.remove(0),
            Loaded::Documents(documents) => Value::Array(documents),
            Loaded::Page(graph) => graph,
        }
    }

    /// Every node, as one document (`@context`, then `@graph`).
    pub fn graph(self) -> Value {
        match self {
            Loaded::Documents(documents) => sdx::api::documents_graph(documents),
            Loaded::Page(graph) => graph,
        }
    }
}

/// Reads `path` (`-`: standard input) as `format`, else as its extension
/// says. Errors are printed with the file, line and column; the `Exit` is
/// the code to end with.
pub fn load(path: &Path, format: Option<InputFormat>) -> Result<Loaded, Exit> {
    let name = super::shown(path);
    let stdin = path.as_os_str() == "-";
    let format = match format.or_else(|| (!stdin).then(|| InputFormat::from_path(path)).flatten()) {
        Some(format) => format,
        None if stdin => InputFormat::Json,
        None => {
            eprintln!(
                "error: cannot tell the format of {name} from its extension; pass --input-format json, ndjson or html"
            );
            return Err(Exit::Failure);
        }
    };
    let mut bytes = Vec::new();
    let read = if stdin {
        std::io::stdin().lock().read_to_end(&mut bytes).map(|_| ())
    } else {
        std::fs::read(path).map(|read| bytes = read)
    };
    if let Err(error) = read {
        eprintln!("error: cannot read {name}: {error}");
        return Err(Exit::Failure);
    }
    let not_json = |line: usize, error: &serde_json::Error| {
        eprintln!(
            "error: {name}:{line}:{}: not valid JSON: {error}\n  help: run `sdx validate {name}` for every problem in the file",
            error.column()
        );
        Exit::Failure
    };
    match format {
        InputFormat::Html => {
            let (graph, skipped) = sdx::api::page_graph(&bytes, None);
            for problem in skipped {
                eprintln!("warning: {name}: {problem}");
            }
            Ok(Loaded::Page(graph))
        }
        // A byte-order mark is not JSON, but editors write one.
        InputFormat::Json => {
            serde_json::from_slice(bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes))
                .map(|document| Loaded::Documents(vec![document]))
                .map_err(|error| not_json(error.line(), &error))
        }
        InputFormat::Ndjson => {
            let mut documents = Vec::new();
            for (index, line) in bytes.split(|&b| b == b'\n').enumerate() {
                if line.iter().all(u8::is_ascii_whitespace) {
                    continue;
                }
                match serde_json::from_slice(line) {
                    Ok(document) => documents.push(document),
                    Err(error) => return Err(not_json(index + 1, &error)),
                }
            }
            Ok(Loaded::Documents(documents))
        }
    }
}
