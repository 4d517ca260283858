//! `sdx extract`: every node an input holds, from any format, as one
//! JSON-LD document — for a page, the view a search engine has of it.

use std::path::PathBuf;

use clap::{Args, ValueEnum};

use super::formats::InputFormatArg;
use super::Exit;
use sdx::InputFormat;

/// Output formats of `sdx extract`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExtractFormat {
    /// `{"@context": "https://schema.org", "@graph": [...]}`, keys sorted.
    Jsonld,
}

/// Arguments of `sdx extract`.
#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// An HTML page, a JSON-LD file or an NDJSON feed; `-` reads standard
    /// input.
    #[arg(value_name = "FILE")]
    pub page: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value = "jsonld")]
    pub format: ExtractFormat,
    /// Read the input as this format instead of guessing from its
    /// extension (standard input: json).
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub input_format: Option<InputFormatArg>,
}

/// Runs `sdx extract`.
pub fn run(args: &ExtractArgs) -> Exit {
    let graph = match super::input::load(&args.page, args.input_format.map(InputFormat::from)) {
        Ok(loaded) => loaded.graph(),
        Err(exit) => return exit,
    };
    let mut text = match args.format {
        ExtractFormat::Jsonld => serde_json::to_string_pretty(&graph).unwrap_or_default(),
    };
    text.push('\n');
    super::write_stdout(text.as_bytes())
}
