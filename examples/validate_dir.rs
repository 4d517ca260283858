//! A CI check written against the library instead of the CLI: validates
//! every JSON-LD, NDJSON and HTML file under a directory with sdx's default
//! rules, prints one line per finding, and fails when there are errors.
//!
//! ```text
//! cargo run --example validate_dir -- fixtures/thirdparty/valid
//! ```

use std::path::PathBuf;
use std::process::ExitCode;

use sdx::{Config, Input, Validator};

fn main() -> ExitCode {
    let dir = std::env::args_os()
        .nth(1)
        .map_or_else(|| PathBuf::from("."), PathBuf::from);

    // Same settings discovery as `sdx validate`: an sdx.toml found upward
    // from the working directory, else the defaults.
    let config = match std::env::current_dir()
        .ok()
        .and_then(|cwd| Config::discover(&cwd))
    {
        Some(path) => match Config::load(&path) {
            Ok(config) => config,
            Err(error) => {
                eprintln!("{error}");
                return ExitCode::from(2);
            }
        },
        None => Config::default(),
    };
    let settings = match config.resolve("sdx.toml") {
        Ok(settings) => settings,
        Err(error) => {
            eprintln!("{error}");
            return ExitCode::from(2);
        }
    };
    let validator = Validator::new(settings);

    let report = validator.validate_inputs(&[Input::Path(dir)], None, &mut std::io::empty());
    for problem in &report.problems {
        eprintln!("error: {problem}");
    }
    for (diagnostic, _) in report.diagnostics() {
        println!("{diagnostic}");
    }
    let summary = report.summary;
    println!(
        "{} files, {} documents, {} nodes: {} errors, {} warnings",
        summary.files, summary.documents, summary.nodes, summary.errors, summary.warnings
    );
    if !report.problems.is_empty() {
        ExitCode::from(2)
    } else if report.failed() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
