//! `sdx rules`: the table of every validation rule, from the code.

use std::io::Write;

use clap::{Args, ValueEnum};
use serde::Serialize;

use crate::validate::registry::{self, Rule};

use super::Exit;

/// Output format of `sdx rules`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum RulesFormat {
    /// An aligned table, then each rule's help.
    Human,
    /// A JSON array of rules.
    Json,
}

/// Arguments of `sdx rules`.
#[derive(Debug, Args)]
pub struct RulesArgs {
    /// Output format.
    #[arg(long, value_enum, default_value = "human")]
    pub format: RulesFormat,
}

#[derive(Serialize)]
struct RuleRow {
    id: &'static str,
    severity: &'static str,
    layer: &'static str,
    summary: &'static str,
    help: &'static str,
}

impl From<&Rule> for RuleRow {
    fn from(rule: &Rule) -> RuleRow {
        RuleRow {
            id: rule.id,
            severity: rule.severity.as_str(),
            layer: rule.layer.as_str(),
            summary: rule.summary,
            help: rule.help,
        }
    }
}

/// The table as text.
pub fn table() -> String {
    let rows: Vec<RuleRow> = registry::ALL.iter().map(|r| RuleRow::from(*r)).collect();
    let id_width = rows.iter().map(|r| r.id.len()).max().unwrap_or(4).max(4);
    let mut out = format!(
        "{:<id_width$}  {:<8}  {:<9}  SUMMARY\n",
        "RULE", "SEVERITY", "LAYER"
    );
    for row in &rows {
        out.push_str(&format!(
            "{:<id_width$}  {:<8}  {:<9}  {}\n",
            row.id, row.severity, row.layer, row.summary
        ));
    }
    out.push('\n');
    for row in &rows {
        out.push_str(&format!("{}: {}\n", row.id, row.help));
    }
    out
}

/// Runs `sdx rules`.
pub fn run(args: &RulesArgs) -> Exit {
    let text = match args.format {
        RulesFormat::Human => table(),
        RulesFormat::Json => {
            let rows: Vec<RuleRow> = registry::ALL.iter().map(|r| RuleRow::from(*r)).collect();
            let mut text = serde_json::to_string_pretty(&rows).unwrap_or_default();
            text.push('\n');
            text
        }
    };
    let mut stdout = std::io::stdout().lock();
    match stdout
        .write_all(text.as_bytes())
        .and_then(|()| stdout.flush())
    {
        Err(error) if error.kind() != std::io::ErrorKind::BrokenPipe => {
            eprintln!("error: cannot write to standard output: {error}");
            Exit::Failure
        }
        _ => Exit::Success,
    }
}
