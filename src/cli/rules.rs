//! `sdx rules`: the table of every validation rule, from the code —
//! the built-in rules, then every profile's — in 100 columns; `sdx rules
//! ID` prints one rule's full text (what, why, a wrong and a right
//! example, how to fix). `--format markdown` writes `docs/rules.md` (a test
//! fails when the committed file drifts). The text is the library's
//! ([`sdx::api::rules`]); this file reads the arguments.

use clap::{Args, ValueEnum};

use sdx::api::rules;

use super::Exit;

/// Output format of `sdx rules`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RulesFormat {
    /// An aligned table, then each rule's help and source.
    Human,
    /// A JSON array of rules.
    Json,
    /// The Markdown reference page (docs/rules.md).
    Markdown,
}

/// Arguments of `sdx rules`.
#[derive(Debug, Args)]
pub struct RulesArgs {
    /// A rule id: print that rule's full text instead of the table.
    #[arg(value_name = "RULE")]
    pub rule: Option<String>,
    /// Output format.
    #[arg(long, value_enum, default_value = "human")]
    pub format: RulesFormat,
}

/// Runs `sdx rules`.
pub fn run(args: &RulesArgs) -> Exit {
    if let Some(id) = &args.rule {
        let row = match rules::find(id) {
            Ok(row) => row,
            Err(unknown) => {
                eprintln!("error: {unknown}\n  help: `sdx rules` lists every rule");
                return Exit::Failure;
            }
        };
        let text = match args.format {
            RulesFormat::Json => {
                let mut text = serde_json::to_string_pretty(&row).unwrap_or_default();
                text.push('\n');
                text
            }
            RulesFormat::Human | RulesFormat::Markdown => rules::explain(&row),
        };
        return super::write_stdout(text.as_bytes());
    }
    let text = match args.format {
        RulesFormat::Human => rules::table(),
        RulesFormat::Markdown => rules::markdown(),
        RulesFormat::Json => {
            let mut text = serde_json::to_string_pretty(&rules::rows()).unwrap_or_default();
            text.push('\n');
            text
        }
    };
    super::write_stdout(text.as_bytes())
}
