//! `sdx validate`: check third-party structured data against the model.

use std::io::{IsTerminal, Write};
use std::path::PathBuf;

use clap::{Args, ValueEnum};

use super::formats::{FormatArg, InputFormatArg};
use sdx::api::{one_line, redact_userinfo, CONFIG_FILE_NAME as FILE_NAME};
use sdx::{ByteSize, Config, ConfigError, Format, Input, InputFormat, Problem, Shard, Validator};

use super::Exit;

/// When `--format human` uses colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ColorChoice {
    /// On a terminal, unless NO_COLOR is set.
    Auto,
    /// Always.
    Always,
    /// Never.
    Never,
}

/// Arguments of `sdx validate`.
#[derive(Debug, Args)]
pub struct ValidateArgs {
    /// Files and directories to validate (directories are walked, honouring
    /// .gitignore); `-` reads standard input.
    #[arg(required_unless_present = "url", value_name = "PATH")]
    pub paths: Vec<PathBuf>,
    /// Fetch these pages over HTTP(S) and validate them as HTML. Only with
    /// this flag does sdx use the network (no cookies, at most 5 redirects).
    #[arg(long, value_name = "URL", num_args = 1..)]
    pub url: Vec<String>,
    /// Seconds a --url request may take in all.
    #[arg(long, value_name = "SECONDS", default_value_t = 10)]
    pub timeout: u64,
    /// The largest page --url reads, in bytes; a larger one is an error.
    #[arg(long, value_name = "BYTES", default_value_t = 5 * 1024 * 1024)]
    pub max_size: u64,
    /// Output format.
    #[arg(long, value_enum, default_value = "human")]
    pub format: FormatArg,
    /// Read standard input and the files named on the command line as this
    /// format instead of guessing from the extension (standard input
    /// defaults to json).
    #[arg(long, value_enum, value_name = "FORMAT")]
    pub input_format: Option<InputFormatArg>,
    /// Run only these rules (comma-separated or repeated); `sdx rules`
    /// lists them.
    #[arg(long, value_delimiter = ',', value_name = "RULE")]
    pub select: Option<Vec<String>>,
    /// Never run these rules (comma-separated or repeated).
    #[arg(long, value_delimiter = ',', value_name = "RULE")]
    pub ignore: Vec<String>,
    /// Also run a profile's rules (repeatable): `google` (Google's
    /// rich-results requirements), `social` (the OpenGraph and Twitter-card
    /// tags link previews are built from), `pending` (terms of schema.org's
    /// pending layer, `pending-term`); `none` switches off those of sdx.toml.
    #[arg(long, value_delimiter = ',', value_name = "NAME")]
    pub profile: Vec<String>,
    /// Warnings fail the run too (exit 1).
    #[arg(long)]
    pub deny_warnings: bool,
    /// Read settings from this file instead of the nearest sdx.toml.
    #[arg(long, value_name = "FILE", conflicts_with = "no_config")]
    pub config: Option<PathBuf>,
    /// Ignore any sdx.toml.
    #[arg(long)]
    pub no_config: bool,
    /// Write the report to this file (atomically) instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Deepest nesting of arrays and objects read in a document (1-127;
    /// default 64); a deeper document is a limit-exceeded finding.
    #[arg(long, value_name = "LEVELS")]
    pub max_depth: Option<usize>,
    /// Largest document read: a JSON file, an NDJSON line, an HTML page
    /// (bytes, or with a unit: 512K, 64M, 1G; default 64M).
    #[arg(long, value_name = "SIZE", value_parser = sdx::api::parse_size)]
    pub max_document_size: Option<u64>,
    /// Findings kept per file, in every format: the most severe first; the
    /// rest are counted in the summary and one "N more" line (default 100;
    /// 0 keeps all).
    #[arg(long, value_name = "COUNT")]
    pub max_diagnostics: Option<usize>,
    /// Colour for the human format.
    #[arg(long, value_enum, default_value = "auto")]
    pub color: ColorChoice,
    /// Threads to validate with (files in parallel, and a feed's lines in
    /// batches); the output is the same for any value. Default: the number
    /// of cores.
    #[arg(long, short = 'j', value_name = "N", value_parser = clap::value_parser!(u16).range(1..))]
    pub jobs: Option<u16>,
    /// Validate only part K of N of the inputs, for CI matrices: files are
    /// dealt out in order, a single NDJSON feed is cut into N line ranges.
    /// References into other shards are reported as dangling.
    #[arg(long, value_name = "K/N")]
    pub shard: Option<Shard>,
    /// Never show the progress bar (it is shown only on a terminal, outside
    /// CI, for inputs over 4 MB).
    #[arg(long)]
    pub no_progress: bool,
    /// Filter the files named on the command line as a directory walk
    /// filters what it finds: skip those sdx.toml excludes and `.json` files
    /// that are not JSON-LD (for pre-commit, which names every file).
    #[arg(long)]
    pub force_exclude: bool,
}

fn load_config(args: &ValidateArgs) -> Result<(Config, String), ConfigError> {
    let path = if args.no_config {
        None
    } else if let Some(path) = &args.config {
        Some(path.clone())
    } else {
        std::env::current_dir()
            .ok()
            .and_then(|dir| Config::discover(&dir))
    };
    let (mut config, origin) = match path {
        Some(path) => (Config::load(&path)?, path.display().to_string()),
        None => (Config::default(), FILE_NAME.to_owned()),
    };
    if let Some(select) = &args.select {
        config.select = Some(select.clone());
    }
    config.ignore.extend(args.ignore.iter().cloned());
    config.profile.extend(args.profile.iter().cloned());
    config.deny_warnings |= args.deny_warnings;
    config.profile.extend(args.profile.iter().cloned());
    if args.max_depth.is_some() {
        config.max_depth = args.max_depth;
    }
    if let Some(size) = args.max_document_size {
        config.max_document_size = Some(ByteSize::Bytes(size));
    }
    if args.max_diagnostics.is_some() {
        config.max_diagnostics = args.max_diagnostics;
    }
    Ok((config, origin))
}

fn use_color(choice: ColorChoice) -> bool {
    match choice {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => {
            std::io::stdout().is_terminal()
                && std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
        }
    }
}

/// A report that could not be written where it was asked for.
#[derive(Debug, thiserror::Error)]
enum OutputError {
    #[error("cannot write to standard output: {0}")]
    Stdout(std::io::Error),
    #[error("cannot write {}: {source}", path.display())]
    File {
        path: PathBuf,
        source: std::io::Error,
    },
}

fn write_output(path: Option<&PathBuf>, text: &str) -> Result<(), OutputError> {
    match path {
        None => {
            let mut stdout = std::io::stdout().lock();
            match stdout
                .write_all(text.as_bytes())
                .and_then(|()| stdout.flush())
            {
                Err(error) if error.kind() != std::io::ErrorKind::BrokenPipe => {
                    Err(OutputError::Stdout(error))
                }
                _ => Ok(()),
            }
        }
        // Written beside the target and renamed: never a half-written report.
        Some(path) => {
            sdx::api::write_atomically(path, text.as_bytes()).map_err(|source| OutputError::File {
                path: path.clone(),
                source,
            })
        }
    }
}

/// Inputs smaller than this finish before a bar would say anything useful.
const PROGRESS_MIN_BYTES: u64 = 4 << 20;

/// A progress bar on standard error, only for a person watching: stderr a
/// terminal, not in CI, and files named on the command line over a few MB.
fn progress_bar(paths: &[PathBuf]) -> Option<indicatif::ProgressBar> {
    if !std::io::stderr().is_terminal() || std::env::var_os("CI").is_some() {
        return None;
    }
    let total: u64 = paths
        .iter()
        .filter_map(|path| std::fs::metadata(path).ok())
        .filter(std::fs::Metadata::is_file)
        .map(|meta| meta.len())
        .sum();
    if total < PROGRESS_MIN_BYTES {
        return None;
    }
    let bar = indicatif::ProgressBar::with_draw_target(
        Some(total),
        indicatif::ProgressDrawTarget::stderr(),
    );
    let style = indicatif::ProgressStyle::with_template(
        "{bar:40} {bytes}/{total_bytes} {binary_bytes_per_sec} eta {eta}",
    )
    .ok()?;
    bar.set_style(style);
    Some(bar)
}

/// Runs `sdx validate`.
pub fn run(args: &ValidateArgs) -> Exit {
    let mut settings = match load_config(args).and_then(|(config, origin)| {
        let origin = if args.select.is_some() || !args.ignore.is_empty() || !args.profile.is_empty()
        {
            format!("{origin} or the command line")
        } else {
            origin
        };
        config.resolve(&origin)
    }) {
        Ok(settings) => settings,
        Err(error) => {
            // Already on one line, with the configuration's text escaped.
            eprintln!("error: {error}");
            return Exit::Failure;
        }
    };
    if Format::from(args.format) == Format::Ndjson {
        // Every finding of every record: records are written as they come,
        // so nothing accumulates to cap (see `Validator::validate_records`).
        settings.limits.max_diagnostics = 0;
    }
    let validator = Validator::new(settings);
    let bar = (!args.no_progress)
        .then(|| progress_bar(&args.paths))
        .flatten();
    let validator = validator
        .with_shard(args.shard)
        .with_force_exclude(args.force_exclude)
        .with_progress(
            bar.clone()
                .map(|bar| std::sync::Arc::new(move |bytes: u64| bar.inc(bytes)) as sdx::Progress),
        );
    let threads = args.jobs.map_or(0, usize::from);
    let pool = match rayon::ThreadPoolBuilder::new().num_threads(threads).build() {
        Ok(pool) => pool,
        Err(error) => {
            eprintln!("error: cannot start {threads} threads: {error}");
            return Exit::Failure;
        }
    };
    let mut inputs: Vec<Input> = args
        .paths
        .iter()
        .map(|path| {
            if path.as_os_str() == "-" {
                Input::Stdin
            } else {
                Input::Path(path.clone())
            }
        })
        .collect();
    let mut unfetched = Vec::new();
    for url in &args.url {
        match fetch(url, args, validator.settings().limits.max_document_size) {
            Ok(bytes) => inputs.push(Input::Page {
                url: url.clone(),
                bytes,
            }),
            Err(error) => {
                let name = redact_userinfo(url);
                let error = redact_in(&error.to_string(), url);
                unfetched.push(Problem::about(
                    name.as_str(),
                    format!("cannot fetch {name}: {error}"),
                ));
            }
        }
    }
    if Format::from(args.format) == Format::Ndjson {
        let exit = super::validate_ndjson::run(
            &pool,
            &validator,
            &inputs,
            (
                args.output.as_ref(),
                args.input_format.map(InputFormat::from),
            ),
            unfetched,
        );
        if let Some(bar) = bar {
            bar.finish_and_clear();
        }
        std::mem::forget(validator);
        return exit;
    }
    let mut report = pool.install(|| {
        validator.validate_inputs(
            &inputs,
            args.input_format.map(InputFormat::from),
            &mut std::io::stdin(),
        )
    });
    report.problems.extend(unfetched);
    if let Some(bar) = bar {
        bar.finish_and_clear();
    }
    // The process ends here: freeing the compiled schemas one by one (tens
    // of thousands of small allocations, about 10 ms) is work the exit does
    // at once.
    std::mem::forget(validator);
    for problem in &report.problems {
        eprintln!("error: {}", one_line(&problem.message));
    }
    let color = args.output.is_none()
        && Format::from(args.format) == Format::Human
        && use_color(args.color);
    let text = report.render(args.format.into(), color);
    if !report.problems.is_empty() {
        // The run is incomplete: a report file keeps what the last complete
        // run wrote (a SARIF upload of a report missing whole files would
        // close their alerts). Standard output gets the report, which says
        // what could not be read.
        if let Some(path) = &args.output {
            eprintln!(
                "error: {} was left as it was: the run could not read every input",
                one_line(&path.display().to_string())
            );
            return Exit::Failure;
        }
        let _ = write_output(None, &text);
        return Exit::Failure;
    }
    if let Err(error) = write_output(args.output.as_ref(), &text) {
        eprintln!("error: {}", one_line(&error.to_string()));
        return Exit::Failure;
    }
    if report.failed() {
        Exit::Findings
    } else {
        Exit::Success
    }
}

/// `message` with the credentials of `url`, if any, replaced by `***`:
/// an HTTP client's error may quote the address it was given.
fn redact_in(message: &str, url: &str) -> String {
    let redacted = redact_userinfo(url);
    let mut out = message.replace(url, &redacted);
    if let Some(userinfo) = url
        .split_once("://")
        .and_then(|(_, rest)| rest.split(['/', '?', '#']).next())
        .and_then(|authority| authority.rsplit_once('@'))
        .map(|(userinfo, _)| userinfo)
        .filter(|userinfo| !userinfo.is_empty())
    {
        out = out.replace(userinfo, "***");
    }
    out
}

#[cfg(feature = "fetch")]
fn fetch(
    url: &str,
    args: &ValidateArgs,
    max_document: u64,
) -> Result<Vec<u8>, sdx::api::FetchError> {
    sdx::api::fetch(
        url,
        sdx::api::FetchOptions {
            timeout: std::time::Duration::from_secs(args.timeout),
            max_bytes: args.max_size,
            max_document,
        },
    )
}

#[cfg(not(feature = "fetch"))]
fn fetch(_url: &str, _args: &ValidateArgs, _max_document: u64) -> Result<Vec<u8>, NoFetch> {
    Err(NoFetch)
}

/// `--url` in a build without the `fetch` feature.
#[cfg(not(feature = "fetch"))]
#[derive(Debug, thiserror::Error)]
#[error("this sdx was built without the `fetch` feature")]
struct NoFetch;
