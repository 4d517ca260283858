//! `sdx graph FILE --format mermaid|dot`: a picture of a JSON-LD graph.

use std::path::PathBuf;

use clap::{Args, ValueEnum};

use super::Exit;
use crate::diagram::{to_dot, to_mermaid, Diagram};

/// Arguments of `sdx graph`.
#[derive(Debug, Args)]
pub struct GraphArgs {
    /// A JSON-LD file: a dataset, an export, or any page's JSON-LD.
    pub file: PathBuf,
    /// The diagram language.
    #[arg(long, value_enum, default_value_t = DiagramFormat::Mermaid)]
    pub format: DiagramFormat,
}

/// Diagram languages.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum DiagramFormat {
    /// A Mermaid flowchart (renders in Markdown on code hosts).
    Mermaid,
    /// A Graphviz digraph (`dot -Tsvg`).
    Dot,
}

/// Reads the file and prints its diagram.
pub fn run(args: &GraphArgs) -> Exit {
    let name = args.file.display();
    let bytes = match std::fs::read(&args.file) {
        Ok(bytes) => bytes,
        Err(error) => {
            eprintln!("error: cannot read {name}: {error}");
            return Exit::Failure;
        }
    };
    let document: serde_json::Value = match serde_json::from_slice(&bytes) {
        Ok(document) => document,
        Err(error) => {
            eprintln!(
                "error: {name}:{}:{}: not valid JSON: {error}\n  help: run `sdx validate {name}` for every problem in the file",
                error.line(),
                error.column()
            );
            return Exit::Failure;
        }
    };
    let diagram = Diagram::from_jsonld(&document);
    let text = match args.format {
        DiagramFormat::Mermaid => to_mermaid(&diagram),
        DiagramFormat::Dot => to_dot(&diagram),
    };
    super::write_stdout(text.as_bytes())
}
