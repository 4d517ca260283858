//! `sdx schema`: writes the JSON Schemas generated from the model (the ones
//! the binary carries, see [`sdx::schema`]), or checks that a directory
//! holds exactly them.

use std::path::PathBuf;

use clap::Args;

use super::Exit;
use sdx::schema::{check_dir, files, write_dir, Drift};

/// Arguments of `sdx schema`.
#[derive(Debug, Args)]
pub struct SchemaArgs {
    /// The directory the schemas go to. Default: `schemas`, in a directory
    /// that has one or a Cargo.toml; anywhere else it must be given, so
    /// that a run in the wrong directory writes nothing.
    #[arg(long, value_name = "DIR")]
    pub out: Option<PathBuf>,
    /// Write nothing; exit 1 naming each file that differs from what the
    /// model generates.
    #[arg(long)]
    pub check: bool,
}

/// Runs `sdx schema`.
pub fn run(args: SchemaArgs) -> Exit {
    let dir = &match args.out {
        Some(dir) => dir,
        None => match default_dir() {
            Some(dir) => dir,
            None => {
                eprintln!(
                    "sdx schema: no schemas/ directory or Cargo.toml here\n  help: pass --out DIR to say where the schemas go"
                );
                return Exit::Failure;
            }
        },
    };
    if args.check {
        return match check_dir(dir, &files()) {
            Ok(drift) if drift.is_empty() => Exit::Success,
            Ok(drift) => {
                for item in &drift {
                    eprintln!("{}: {item}", super::shown(&dir.join(name(item))));
                }
                eprintln!(
                    "sdx schema: {} of {} is out of date\n  help: run `sdx schema --out {}` and commit the result",
                    count(drift.len(), "file"),
                    super::shown(dir),
                    super::shown(dir)
                );
                Exit::Findings
            }
            Err(error) => {
                eprintln!("sdx schema: cannot read {}: {error}", super::shown(dir));
                Exit::Failure
            }
        };
    }
    let files = files();
    match write_dir(dir, &files) {
        Ok(drift) => {
            let written = drift
                .iter()
                .filter(|d| !matches!(d, Drift::Stale(_)))
                .count();
            for item in drift.iter().filter(|d| matches!(d, Drift::Stale(_))) {
                eprintln!(
                    "{}: {item}; remove it if nothing else uses it",
                    super::shown(&dir.join(name(item)))
                );
            }
            eprintln!(
                "sdx schema: {} in {} ({} changed)",
                count(files.len(), "schema"),
                super::shown(dir),
                written
            );
            Exit::Success
        }
        Err(error) => {
            eprintln!("sdx schema: cannot write {}: {error}", super::shown(dir));
            Exit::Failure
        }
    }
}

/// `schemas`, when the working directory is a project's: it has a
/// `schemas/` directory or a `Cargo.toml`.
fn default_dir() -> Option<PathBuf> {
    let dir = PathBuf::from("schemas");
    (dir.is_dir() || std::path::Path::new("Cargo.toml").is_file()).then_some(dir)
}

fn name(drift: &Drift) -> &str {
    match drift {
        Drift::Differs(name) | Drift::Missing(name) | Drift::Stale(name) => name,
    }
}

fn count(n: usize, noun: &str) -> String {
    if n == 1 {
        format!("1 {noun}")
    } else {
        format!("{n} {noun}s")
    }
}
