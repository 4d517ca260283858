//! The command-line interface: clap definitions and dispatch.
//!
//! Each subcommand lives in its own file with its arguments and its `run`
//! function; this file only wires them together. Commands return an
//! [`Exit`] so the exit codes are decided in one place.

use std::io::Write;
use std::process::ExitCode;

use clap::{Parser, Subcommand};

mod completions;
mod embed;
mod export;
mod extract;
mod formats;
mod graph;
mod input;
mod man;
mod rules;
mod schema;
mod validate;
mod validate_ndjson;

/// How a run ended, and the documented exit code for it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Exit {
    /// 0: the job was done and found nothing that fails the run.
    Success,
    /// 1: the job was done and found errors (or drift, for `--check`).
    Findings,
    /// 2: the job could not be done (bad arguments, unreadable input, a
    /// dataset that does not load).
    Failure,
}

impl From<Exit> for ExitCode {
    fn from(exit: Exit) -> ExitCode {
        match exit {
            Exit::Success => ExitCode::SUCCESS,
            Exit::Findings => ExitCode::from(1),
            Exit::Failure => ExitCode::from(2),
        }
    }
}

/// sdx: schema.org structured data from one typed model — export JSON-LD,
/// generate JSON Schema, validate third-party data offline.
#[derive(Debug, Parser)]
#[command(name = "sdx", version, about, long_about = None)]
#[command(propagate_version = true, arg_required_else_help = true)]
pub struct Cli {
    /// What to do.
    #[command(subcommand)]
    pub command: Command,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Export a dataset as schema.org JSON-LD (a document, or an HTML script element).
    Export(export::ExportArgs),
    /// Write the JSON Schemas generated from the model, or check them with --check.
    Schema(schema::SchemaArgs),
    /// Validate JSON-LD files, NDJSON feeds and HTML pages against the model, offline.
    Validate(validate::ValidateArgs),
    /// Print every node of a page (JSON-LD, microdata, RDFa), a JSON-LD file or a feed as one JSON-LD document.
    Extract(extract::ExtractArgs),
    /// List the validation rules: id, severity, layer, summary and help.
    Rules(rules::RulesArgs),
    /// Put a dataset's JSON-LD into an HTML page's <head> (or refresh it there).
    Embed(embed::EmbedArgs),
    /// Draw the nodes and @id links of a JSON-LD file, feed or page (Mermaid or DOT).
    Graph(graph::GraphArgs),
    /// Print a shell completion script (bash, zsh, fish, elvish, powershell).
    Completions(completions::CompletionsArgs),
    /// Print a man page (roff): sdx(1), or sdx-COMMAND(1); --dir writes them all.
    Man(man::ManArgs),
}

/// Parses the process arguments and runs the command.
pub fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(error) => {
            // clap prints help and version to stdout with exit 0; real usage
            // errors go to stderr with sdx's "could not run" code.
            let code = if error.use_stderr() {
                Exit::Failure
            } else {
                Exit::Success
            };
            let _ = error.print();
            return code.into();
        }
    };
    run(cli).into()
}

/// Runs a parsed command line.
pub fn run(cli: Cli) -> Exit {
    match cli.command {
        Command::Export(args) => export::run(args),
        Command::Schema(args) => schema::run(args),
        Command::Validate(args) => validate::run(&args),
        Command::Extract(args) => extract::run(&args),
        Command::Rules(args) => rules::run(&args),
        Command::Embed(args) => embed::run(&args),
        Command::Graph(args) => graph::run(&args),
        Command::Completions(args) => completions::run(&args),
        Command::Man(args) => man::run(&args),
    }
}

/// A path as messages on standard error show it: on one line, control
/// characters escaped, so that a file name cannot start a line of its own
/// (where a CI runner would read a workflow command).
pub(crate) fn shown(path: &std::path::Path) -> String {
    sdx::api::one_line(&path.display().to_string()).into_owned()
}

/// Writes `bytes` to stdout. A reader that went away (`sdx … | head`) is
/// not an error; any other write failure is reported.
pub(crate) fn write_stdout(bytes: &[u8]) -> Exit {
    let mut stdout = std::io::stdout().lock();
    match stdout.write_all(bytes).and_then(|()| stdout.flush()) {
        Ok(()) => Exit::Success,
        Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => Exit::Success,
        Err(error) => {
            eprintln!("error: could not write to standard output: {error}");
            Exit::Failure
        }
    }
}
