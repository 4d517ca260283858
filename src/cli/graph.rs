//! `sdx graph FILE --format mermaid|dot`: a picture of the nodes of any
//! input `sdx validate` reads.

use std::path::PathBuf;

use clap::{Args, ValueEnum};

use super::formats::InputFormatArg;
use super::Exit;
use sdx::api::{to_dot, to_mermaid, Diagram};
use sdx::InputFormat;

/// Arguments of `sdx graph`.
#[derive(Debug, Args)]
pub struct GraphArgs {
    /// A JSON-LD file (a dataset, an export), an NDJSON feed or an HTML
    /// page; `-` reads standard input.
    pub file: PathBuf,
    /// The diagram language.
    #[arg(long, value_enum, default_value_t = DiagramFormat::Mermaid)]
    pub format: DiagramFormat,
    /// Read the input as this format instead of guessing from its
    /// extension (standard input: json).
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub input_format: Option<InputFormatArg>,
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
    let document = match super::input::load(&args.file, args.input_format.map(InputFormat::from)) {
        Ok(loaded) => loaded.into_written(),
        Err(exit) => return exit,
    };
    let diagram = Diagram::from_jsonld(&document);
    let text = match args.format {
        DiagramFormat::Mermaid => to_mermaid(&diagram),
        DiagramFormat::Dot => to_dot(&diagram),
    };
    super::write_stdout(text.as_bytes())
}
