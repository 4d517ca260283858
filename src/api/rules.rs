//! The rule catalogue `sdx rules` prints, from the code: every validation
//! rule (the built-in rules, then every profile's) as a row, the table of
//! them in 100 columns, one rule's full text (what, why, a wrong and a
//! right example, how to fix) and the Markdown page `docs/rules.md` (a
//! test fails when the committed file drifts).

use serde::Serialize;

use crate::profile::Level;
use crate::validate::profiles;
use crate::validate::registry::{self, Rule};

/// One rule as `sdx rules` shows it.
#[derive(Debug, Clone, Serialize)]
pub struct RuleRow {
    id: &'static str,
    severity: &'static str,
    layer: &'static str,
    /// The profile that runs the rule (`null`: every run).
    profile: Option<&'static str>,
    summary: &'static str,
    help: &'static str,
    why: &'static str,
    wrong: &'static str,
    right: &'static str,
    source: &'static str,
}

impl From<&Rule> for RuleRow {
    fn from(rule: &Rule) -> RuleRow {
        let profile = profiles::profile_of(rule.id).map(|p| p.id);
        RuleRow {
            id: rule.id,
            severity: rule.severity.as_str(),
            // Profile rules show their profile in the layer column.
            layer: profile.unwrap_or(rule.layer.as_str()),
            profile,
            summary: rule.summary,
            help: rule.help,
            why: rule.why,
            wrong: rule.wrong,
            right: rule.right,
            source: registry::source(rule),
        }
    }
}

/// Every rule, in the registry's order.
pub fn rows() -> Vec<RuleRow> {
    registry::all().iter().map(|r| RuleRow::from(*r)).collect()
}

/// No rule has the id asked for.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("no rule `{id}`{}", .suggestion.map(|near| format!("; did you mean `{near}`?")).unwrap_or_default())]
pub struct UnknownRule {
    /// The id asked for.
    pub id: String,
    /// The rule whose id is closest to it, if one is close.
    pub suggestion: Option<&'static str>,
}

/// The rule `id`.
pub fn find(id: &str) -> Result<RuleRow, UnknownRule> {
    match registry::find(id) {
        Some(rule) => Ok(RuleRow::from(rule)),
        None => Err(UnknownRule {
            id: id.to_owned(),
            suggestion: registry::suggest(id),
        }),
    }
}

/// The width `sdx rules` fits in: a terminal of 100 columns.
const WIDTH: usize = 100;

/// The widest id column; a longer id (a profile rule's) takes a line of its
/// own, so that the summaries of the others keep their room.
const ID_WIDTH: usize = 28;

/// `text` cut to `width` characters, with `…` where it was cut.
fn fit(text: &str, width: usize) -> String {
    if text.chars().count() <= width {
        return text.to_owned();
    }
    let mut cut: String = text.chars().take(width.saturating_sub(1)).collect();
    cut.push('…');
    cut
}

/// `text` broken at spaces into lines of at most `width` characters (a
/// word longer than that keeps its own line), each after `indent`. A
/// greedy wrap of plain prose is a few lines; no crate needed for it.
fn wrap(text: &str, indent: &str, width: usize) -> String {
    let room = width.saturating_sub(indent.chars().count()).max(20);
    let mut out = String::new();
    let mut line = String::new();
    for word in text.split_whitespace() {
        if !line.is_empty() && line.chars().count() + 1 + word.chars().count() > room {
            out.push_str(&format!("{indent}{line}\n"));
            line.clear();
        }
        if !line.is_empty() {
            line.push(' ');
        }
        line.push_str(word);
    }
    if !line.is_empty() {
        out.push_str(&format!("{indent}{line}\n"));
    }
    out
}

/// The table as text, every line at most 100 characters.
pub fn table() -> String {
    let rows = rows();
    let head = format!(
        "{:<ID_WIDTH$}  {:<8}  {:<10}  ",
        "RULE", "SEVERITY", "LAYER"
    );
    let room = WIDTH - head.chars().count();
    let mut out = format!("{head}SUMMARY\n");
    for row in &rows {
        let id = if row.id.len() > ID_WIDTH {
            out.push_str(&format!("{}\n", row.id));
            ""
        } else {
            row.id
        };
        out.push_str(&format!(
            "{:<ID_WIDTH$}  {:<8}  {:<10}  {}\n",
            id,
            row.severity,
            row.layer,
            fit(row.summary, room)
        ));
    }
    for profile in profiles::tables() {
        out.push_str(&format!("\nProfile {} ({}):\n", profile.id, profile.name));
        for feature in profile.features {
            out.push_str(&format!(
                "  {} (read {})\n    {}\n",
                feature.id, feature.read, feature.source
            ));
            out.push_str(&wrap(&format!("on {}", feature.condition()), "    ", WIDTH));
        }
    }
    out.push_str("\nRun `sdx rules RULE` for a rule's full text: why it matters, an example, how to fix it.\n");
    out
}

/// One rule's full text, like `ruff rule`, wrapped at 100 characters.
/// The full text of one rule, as `sdx rules ID` prints it.
pub fn explain(row: &RuleRow) -> String {
    let mut out = format!("{} ({}, {})\n\n", row.id, row.severity, row.layer);
    out.push_str(&wrap(row.summary, "", WIDTH));
    out.push_str("\nWhy\n");
    out.push_str(&wrap(row.why, "  ", WIDTH));
    out.push_str("\nExample\n  Wrong:\n");
    out.push_str(&wrap(row.wrong, "    ", WIDTH));
    out.push_str("  Right:\n");
    out.push_str(&wrap(row.right, "    ", WIDTH));
    out.push_str("\nHow to fix\n");
    out.push_str(&wrap(row.help, "  ", WIDTH));
    out.push_str(&format!("\nSource: {}\n", row.source));
    out
}

/// Escapes the characters that would end a Markdown table cell.
fn cell(text: &str) -> String {
    text.replace('|', "\\|")
}

/// The Markdown reference page.
pub fn markdown() -> String {
    let rows = rows();
    let mut out = String::from(
        "# Validation rules\n\n\
         <!-- Generated by `sdx rules --format markdown > docs/rules.md`; do not edit. \
         tests/integration/rules_doc.rs fails when this file drifts from the code. -->\n\n\
         Every check of `sdx validate` is a rule with a stable id. Select, ignore or re-grade \
         rules with `--select`, `--ignore` and `sdx.toml` (`[validate.severity]`). \
         Profile rules run only with `--profile NAME` (or `profile = [\"NAME\"]` in `sdx.toml`): \
         required properties are errors, recommended ones warnings.\n",
    );
    let mut section = |title: &str, filter: &dyn Fn(&RuleRow) -> bool| {
        out.push_str(&format!(
            "\n## {title}\n\n| Rule | Severity | Layer | Summary | Help | Source |\n|---|---|---|---|---|---|\n"
        ));
        for row in rows.iter().filter(|r| filter(r)) {
            let source = if row.source.starts_with("https://") {
                format!("<{}>", row.source)
            } else {
                cell(row.source)
            };
            out.push_str(&format!(
                "| `{}` | {} | {} | {} | {} | {} |\n",
                row.id,
                row.severity,
                row.layer,
                cell(row.summary),
                cell(row.help),
                source
            ));
        }
    };
    section("Built-in rules", &|r| r.profile.is_none());
    for profile in profiles::tables() {
        section(
            &format!("Profile `{}`: {}", profile.id, profile.name),
            &|r| r.profile == Some(profile.id),
        );
    }
    for profile in profiles::tables() {
        out.push_str(&format!(
            "\n## Profile `{}`: features\n\n{}\n",
            profile.id, profile.notes
        ));
        for feature in profile.features {
            out.push_str(&format!(
                "\n### {}\n\nApplies to {}. Source: <{}> (read {}).\n\n\
                 | On | Property | Level | Rule |\n|---|---|---|---|\n",
                feature.name,
                feature.condition(),
                feature.source,
                feature.read
            ));
            for row in feature.properties() {
                let level = match row.level {
                    Level::Required => "required",
                    Level::Recommended => "recommended",
                };
                let on = if row.on.is_empty() {
                    feature.applies_to.join(" or ")
                } else {
                    row.on.clone()
                };
                out.push_str(&format!(
                    "| {} | {} | {level} | `{}` |\n",
                    cell(&on),
                    cell(&row.property),
                    row.rule
                ));
            }
        }
    }
    out.push_str("\n## Every rule in full\n\nWhat `sdx rules RULE` prints.\n");
    for row in &rows {
        out.push_str(&format!(
            "\n### {}\n\n`{}`: {}, {}. {}\n\n**Why.** {}\n\nWrong:\n\n```\n{}\n```\n\nRight:\n\n```\n{}\n```\n\n**How to fix.** {}\n",
            registry::anchor(row.id),
            row.id,
            row.severity,
            row.layer,
            row.summary,
            row.why,
            row.wrong,
            row.right,
            row.help
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_rule_is_in_the_markdown_once() {
        let text = markdown();
        for rule in registry::all() {
            let needle = format!("| `{}` | {} |", rule.id, rule.severity.as_str());
            assert_eq!(text.matches(&needle).count(), 1, "{}", rule.id);
        }
        // And each profile rule once more, in its feature's table.
        for rule in profiles::rules() {
            let needle = format!("| `{}` |\n", rule.id);
            assert_eq!(text.matches(&needle).count(), 1, "{}", rule.id);
        }
        assert!(text.contains(
            "| `offers` (Offer) | `price` or `priceSpecification.price` | required | `google/merchant-listing-offer-missing-price` |"
        ));
        assert!(text.contains("| `google/event-missing-start-date` | error | google |"));
        assert!(text.contains(
            "<https://developers.google.com/search/docs/appearance/structured-data/event>"
        ));
    }
}
