//! `sdx man`: the roff man pages, generated from the clap definitions: sdx(1)
//! and one page per subcommand (sdx-validate(1), sdx-export(1)…), each with
//! its options and what its exit codes mean.
//!
//! sdx(1) lists the subcommands as `sdx-validate(1)` and so on, so those
//! pages are written together (`sdx man --dir DIR`); `sdx man validate`
//! prints one of them.

use std::path::PathBuf;

use clap::{Args, CommandFactory};
use clap_mangen::Man;

use super::{Cli, Exit};

/// Arguments of `sdx man`.
#[derive(Debug, Args)]
pub struct ManArgs {
    /// The subcommand whose page to print (sdx-COMMAND(1)); without it,
    /// sdx(1).
    #[arg(value_name = "COMMAND", conflicts_with = "dir")]
    pub command: Option<String>,
    /// Write every page (sdx.1, sdx-validate.1, …) into this directory
    /// instead of printing one.
    #[arg(long, value_name = "DIR")]
    pub dir: Option<PathBuf>,
}

/// What each subcommand's exit codes mean (see [`Exit`]).
fn exit_status(command: &str) -> &'static [(u8, &'static str)] {
    match command {
        "validate" => &[
            (0, "no errors (and no warnings, with --deny-warnings)"),
            (1, "errors found, or warnings with --deny-warnings"),
            (2, "could not run: bad arguments or configuration, or an input that cannot be read"),
        ],
        "schema" => &[
            (0, "the schemas were written, or --check found them up to date"),
            (1, "--check found a file that differs, is missing or is stale"),
            (2, "could not run: a directory that cannot be read or written"),
        ],
        "export" => &[
            (0, "the dataset was exported"),
            (2, "could not run: a dataset with problems (each one is printed), or an output that cannot be written"),
        ],
        "embed" => &[
            (0, "the page was written"),
            (2, "could not run: a page or dataset that cannot be read, or an output that cannot be written"),
        ],
        "sdx" => &[
            (0, "the command did its job and found nothing that fails the run"),
            (1, "findings: validation errors, or drift for schema --check"),
            (2, "could not run: bad arguments, an unreadable input, a dataset that does not load"),
        ],
        _ => &[(0, "done"), (2, "could not run: bad arguments, or an input that cannot be read")],
    }
}

/// `text` as roff prose: backslashes and hyphens escaped.
fn prose(text: &str) -> String {
    text.replace('\\', "\\e").replace('-', "\\-")
}

/// The page of `command` (`sdx` or one of its subcommands), as roff.
fn page(command: &clap::Command, name: &str) -> std::io::Result<Vec<u8>> {
    // The footer names the program and its version, not the subcommand.
    let man = Man::new(command.clone()).source(format!("sdx {}", env!("CARGO_PKG_VERSION")));
    let mut out = Vec::new();
    man.render_title(&mut out)?;
    man.render_name_section(&mut out)?;
    man.render_synopsis_section(&mut out)?;
    man.render_description_section(&mut out)?;
    if command.get_arguments().any(|arg| !arg.is_hide_set()) {
        man.render_options_section(&mut out)?;
    }
    if command.has_subcommands() {
        man.render_subcommands_section(&mut out)?;
    }
    let mut status = String::from(".SH \"EXIT STATUS\"\n");
    for (code, meaning) in exit_status(name) {
        status.push_str(&format!(".TP\n\\fB{code}\\fR\n{}\n", prose(meaning)));
    }
    if name != "sdx" {
        status.push_str(".SH \"SEE ALSO\"\nsdx(1)\n");
    }
    out.extend_from_slice(status.as_bytes());
    man.render_version_section(&mut out)?;
    Ok(out)
}

/// Every page: (file name, roff), sdx.1 first.
pub(crate) fn pages() -> std::io::Result<Vec<(String, Vec<u8>)>> {
    // No `help` subcommand: it would be listed as sdx-help(1), a page
    // that says less than `--help`.
    let mut sdx = Cli::command().disable_help_subcommand(true);
    sdx.build();
    let mut pages = vec![("sdx.1".to_owned(), page(&sdx, "sdx")?)];
    for sub in sdx.get_subcommands().filter(|sub| !sub.is_hide_set()) {
        let name = sub.get_name();
        let sub = sub
            .clone()
            .display_name(format!("sdx-{name}"))
            .bin_name(format!("sdx {name}"));
        pages.push((format!("sdx-{name}.1"), page(&sub, name)?));
    }
    Ok(pages)
}

/// Prints one page, or writes them all with `--dir`.
pub fn run(args: &ManArgs) -> Exit {
    let pages = match pages() {
        Ok(pages) => pages,
        Err(error) => {
            eprintln!("error: could not render the man pages: {error}");
            return Exit::Failure;
        }
    };
    if let Some(dir) = &args.dir {
        if let Err(error) = std::fs::create_dir_all(dir) {
            eprintln!("error: cannot create {}: {error}", super::shown(dir));
            return Exit::Failure;
        }
        for (file, text) in &pages {
            let path = dir.join(file);
            if let Err(error) = sdx::api::write_atomically(&path, text) {
                eprintln!("error: cannot write {}: {error}", super::shown(&path));
                return Exit::Failure;
            }
        }
        return Exit::Success;
    }
    let wanted = match &args.command {
        Some(command) => format!("sdx-{command}.1"),
        None => "sdx.1".to_owned(),
    };
    match pages.iter().find(|(file, _)| *file == wanted) {
        Some((_, text)) => super::write_stdout(text),
        None => {
            let known: Vec<&str> = pages
                .iter()
                .filter_map(|(file, _)| file.strip_prefix("sdx-")?.strip_suffix(".1"))
                .collect();
            eprintln!(
                "error: no man page for `{}`; the subcommands are: {}",
                args.command.as_deref().unwrap_or_default(),
                known.join(", ")
            );
            Exit::Failure
        }
    }
}
