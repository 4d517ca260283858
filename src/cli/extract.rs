//! `sdx extract`: every node a page holds, from any format, as one
//! JSON-LD document — the view a search engine has of the page.

use std::path::PathBuf;

use clap::{Args, ValueEnum};

use super::Exit;

/// Output formats of `sdx extract`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ExtractFormat {
    /// `{"@context": "https://schema.org", "@graph": [...]}`, keys sorted.
    Jsonld,
}

/// Arguments of `sdx extract`.
#[derive(Debug, Args)]
pub struct ExtractArgs {
    /// The HTML page.
    #[arg(value_name = "PAGE")]
    pub page: PathBuf,
    /// Output format.
    #[arg(long, value_enum, default_value = "jsonld")]
    pub format: ExtractFormat,
}

/// Runs `sdx extract`.
pub fn run(args: &ExtractArgs) -> Exit {
    let page = match std::fs::read(&args.page) {
        Ok(page) => page,
        Err(error) => {
            eprintln!("error: cannot read {}: {error}", super::shown(&args.page));
            return Exit::Failure;
        }
    };
    let (graph, skipped) = crate::page::page_graph(&page, None);
    for problem in skipped {
        eprintln!("warning: {}: {problem}", super::shown(&args.page));
    }
    let mut text = match args.format {
        ExtractFormat::Jsonld => serde_json::to_string_pretty(&graph).unwrap_or_default(),
    };
    text.push('\n');
    super::write_stdout(text.as_bytes())
}
