//! `sdx man`: the roff man page, generated from the clap definitions.

use clap::{Args, CommandFactory};

use super::{Cli, Exit};

/// Arguments of `sdx man`.
#[derive(Debug, Args)]
pub struct ManArgs {}

/// Writes the man page (roff) to stdout.
pub fn run(_: &ManArgs) -> Exit {
    let mut out = Vec::new();
    if let Err(error) = clap_mangen::Man::new(Cli::command()).render(&mut out) {
        eprintln!("error: could not render the man page: {error}");
        return Exit::Failure;
    }
    super::write_stdout(&out)
}
