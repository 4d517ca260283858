//! `sdx export`: a dataset as one schema.org JSON-LD document, or as the
//! `<script>` element for a page's head.

use std::io::Write;
use std::path::PathBuf;

use clap::{Args, ValueEnum};

use super::Exit;
use sdx::api::write_atomically;
use sdx::diagnostic::{Diagnostic, Severity};

/// Arguments of `sdx export`.
#[derive(Debug, Args)]
pub struct ExportArgs {
    /// The dataset: a JSON-LD graph file (`{"@context": …, "@graph": [...]}`).
    pub dataset: PathBuf,
    /// Base IRI that relative `@id`s resolve against; overrides the
    /// dataset's `@base`.
    #[arg(long, value_name = "IRI", value_parser = sdx::api::parse_base)]
    pub base: Option<url::Url>,
    /// What to write: the JSON-LD document, or an HTML script element.
    #[arg(long, value_enum, default_value_t = Format::Jsonld)]
    pub format: Format,
    /// Write to FILE (replaced atomically) instead of standard output.
    #[arg(short = 'o', long = "output", value_name = "FILE")]
    pub output: Option<PathBuf>,
}

/// The output formats of `sdx export`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// `{"@context": "https://schema.org", "@graph": [...]}`.
    Jsonld,
    /// `<script type="application/ld+json">…</script>`, ready for a page's head.
    Html,
}

/// Runs `sdx export`.
pub fn run(args: ExportArgs) -> Exit {
    let file = super::shown(&args.dataset);
    let bytes = match std::fs::read(&args.dataset) {
        Ok(bytes) => bytes,
        Err(error) => {
            let unreadable = Diagnostic::new(
                "unreadable-file",
                Severity::Error,
                &file,
                "",
                format!("cannot read the dataset: {error}"),
            )
            .with_help("check the path and the file's permissions");
            return failed(&file, &[unreadable]);
        }
    };
    let dataset = match sdx::api::load_dataset(&file, &bytes, args.base.as_ref()) {
        Ok((dataset, warnings)) => {
            for warning in &warnings {
                eprintln!("{warning}");
            }
            dataset
        }
        Err(errors) => return failed(&file, &errors),
    };
    let text = match args.format {
        Format::Jsonld => dataset.to_json_ld(),
        Format::Html => dataset.to_html(),
    };
    match &args.output {
        Some(path) => match write_atomically(path, text.as_bytes()) {
            Ok(()) => Exit::Success,
            Err(error) => {
                eprintln!("sdx export: cannot write {}: {error}", super::shown(path));
                eprintln!("  help: check that the directory exists and is writable");
                Exit::Failure
            }
        },
        None => {
            let mut stdout = std::io::stdout().lock();
            match stdout
                .write_all(text.as_bytes())
                .and_then(|()| stdout.flush())
            {
                Ok(()) => Exit::Success,
                // A reader that stopped early (`| head`) is not a failure.
                Err(error) if error.kind() == std::io::ErrorKind::BrokenPipe => Exit::Success,
                Err(error) => {
                    eprintln!("sdx export: cannot write to standard output: {error}");
                    Exit::Failure
                }
            }
        }
    }
}

/// Reports a dataset that did not load: every error, then a summary.
fn failed(file: &str, errors: &[Diagnostic]) -> Exit {
    for error in errors {
        eprintln!("{error}");
    }
    let count = errors.len();
    let noun = if count == 1 { "error" } else { "errors" };
    eprintln!("sdx export: {file} did not load ({count} {noun}); nothing was written");
    Exit::Failure
}
