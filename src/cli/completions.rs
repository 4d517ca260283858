//! `sdx completions SHELL`: shell completion scripts, generated from the
//! same clap definitions that parse the command line.

use clap::{Args, CommandFactory};
use clap_complete::Shell;

use super::{Cli, Exit};

/// Arguments of `sdx completions`.
#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to generate completions for.
    #[arg(value_enum)]
    pub shell: Shell,
}

/// Writes the completion script for `args.shell` to stdout.
pub fn run(args: &CompletionsArgs) -> Exit {
    let mut command = Cli::command();
    let mut out = Vec::new();
    clap_complete::generate(args.shell, &mut command, "sdx", &mut out);
    super::write_stdout(&out)
}
