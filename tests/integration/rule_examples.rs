//! Every profile rule's documented examples, run through `sdx validate`:
//! its `wrong` example fires it and its `right` example does not. A rule
//! whose `wrong` example fires it here needs no fixture of its own (see
//! `every_rule_has_a_fixture_that_triggers_it`), so a new Google feature is
//! its table and nothing else.

use std::collections::{BTreeMap, BTreeSet};
use std::sync::OnceLock;

use serde_json::Value;

use crate::support::sdx;

/// What `sdx validate` made of one rule's two examples.
#[derive(Debug)]
pub(crate) struct Outcome {
    pub id: String,
    /// The `wrong` example is JSON, and validated with the rule's profile
    /// it fires the rule.
    pub wrong_fires: bool,
    /// Whether the `right` example fires the rule; `None` when it is not
    /// JSON even with its `…` read as placeholders.
    pub right_fires: Option<bool>,
}

/// The outcome of every rule that belongs to a profile, run once for all
/// the tests that ask.
pub(crate) fn outcomes() -> &'static [Outcome] {
    static OUTCOMES: OnceLock<Vec<Outcome>> = OnceLock::new();
    OUTCOMES.get_or_init(run_all)
}

/// The profile rules whose documented `wrong` example fires them.
pub(crate) fn fired_by_their_example() -> impl Iterator<Item = String> {
    outcomes()
        .iter()
        .filter(|outcome| outcome.wrong_fires)
        .map(|outcome| outcome.id.clone())
}

/// Profile name → (id, wrong, right) of its rules, from `sdx rules`.
fn profile_rules() -> BTreeMap<String, Vec<(String, String, String)>> {
    let mut profiles: BTreeMap<String, Vec<(String, String, String)>> = BTreeMap::new();
    for rule in crate::support::listed_rules() {
        if let Some(profile) = rule["profile"].as_str() {
            let text = |key: &str| rule[key].as_str().unwrap_or_default().to_owned();
            profiles.entry(profile.to_owned()).or_default().push((
                text("id"),
                text("wrong"),
                text("right"),
            ));
        }
    }
    profiles
}

/// An example as one compact NDJSON line, or `None` when it is not JSON.
fn line(example: &str) -> Option<String> {
    serde_json::from_str::<Value>(example)
        .ok()
        .map(|value| value.to_string())
}

/// A `right` example as one NDJSON line.
///
/// The generated `right` examples write `…` for "any value" (`"name": …`)
/// and for "the node's other properties" (`{"@type": "Place", …}`). Read
/// literally they are not JSON, and skipping them would leave almost every
/// `right` example unchecked; so a bare `…` stands for a string value, and
/// a trailing `, …` for nothing. Text that is JSON as written is kept as is.
/// (A `wrong` example is read as written: one that is not JSON keeps
/// needing a fixture.)
fn right_line(example: &str) -> Option<String> {
    line(example).or_else(|| line(&example.replace(", …}", "}").replace(": …", ": \"…\"")))
}

fn run_all() -> Vec<Outcome> {
    let mut outcomes = Vec::new();
    for (profile, rules) in profile_rules() {
        // Two lines per rule, wrong then right; a line that is not JSON is
        // `{}` (nothing in it can fire a profile rule), and not judged.
        let examples: Vec<(Option<String>, Option<String>)> = rules
            .iter()
            .map(|(_, wrong, right)| (line(wrong), right_line(right)))
            .collect();
        let mut feed = String::new();
        for (wrong, right) in &examples {
            for example in [wrong, right] {
                feed.push_str(example.as_deref().unwrap_or("{}"));
                feed.push('\n');
            }
        }
        let output = sdx()
            .args(["validate", "--no-config", "--format", "json"])
            .args(["--max-diagnostics", "0", "--input-format", "ndjson"])
            .args(["--profile", &profile, "-"])
            .write_stdin(feed)
            .output()
            .unwrap();
        let report: Value = serde_json::from_slice(&output.stdout)
            .unwrap_or_else(|e| panic!("{profile}: not JSON ({e}): {output:?}"));
        let fired: BTreeSet<(u64, &str)> = report["diagnostics"]
            .as_array()
            .unwrap()
            .iter()
            .map(|d| (d["line"].as_u64().unwrap(), d["rule"].as_str().unwrap()))
            .collect();
        for (index, ((id, ..), (wrong, right))) in rules.iter().zip(&examples).enumerate() {
            let wrong_line = 2 * index as u64 + 1;
            let fires_on = |line: u64| fired.contains(&(line, id.as_str()));
            outcomes.push(Outcome {
                id: id.clone(),
                wrong_fires: wrong.is_some() && fires_on(wrong_line),
                right_fires: right.as_ref().map(|_| fires_on(wrong_line + 1)),
            });
        }
    }
    outcomes
}

#[test]
fn every_profile_rule_fires_on_its_wrong_example() {
    let outcomes = outcomes();
    assert!(outcomes.len() >= 100, "{} profile rules", outcomes.len());
    let silent: Vec<&str> = outcomes
        .iter()
        .filter(|outcome| !outcome.wrong_fires)
        .map(|outcome| outcome.id.as_str())
        .collect();
    assert_eq!(
        silent,
        Vec::<&str>::new(),
        "wrong examples that fire nothing"
    );
}

#[test]
fn no_profile_rule_fires_on_its_right_example() {
    let outcomes = outcomes();
    let firing: Vec<&str> = outcomes
        .iter()
        .filter(|outcome| outcome.right_fires == Some(true))
        .map(|outcome| outcome.id.as_str())
        .collect();
    assert_eq!(firing, Vec::<&str>::new(), "right examples that fire");
    let checked = outcomes.iter().filter(|o| o.right_fires.is_some()).count();
    let skipped = outcomes.len() - checked;
    assert!(
        checked * 10 >= outcomes.len() * 9,
        "only {checked} right examples checked, {skipped} not JSON"
    );
}

#[test]
fn placeholders_read_as_any_value_and_other_properties() {
    assert_eq!(
        right_line(r#"{"@type": "Event", "location": {"@type": "Place", …}}"#).as_deref(),
        Some(r#"{"@type":"Event","location":{"@type":"Place"}}"#)
    );
    assert_eq!(
        right_line(r#"{"@type": "Event", "name": …}"#).as_deref(),
        Some(r#"{"@type":"Event","name":"…"}"#)
    );
    assert_eq!(
        right_line(r#"{"name": "…"}"#).as_deref(),
        Some(r#"{"name":"…"}"#)
    );
    assert_eq!(right_line("{\"@type\": …, …"), None);
    // A wrong example is read as written.
    assert_eq!(line(r#"{"@type": "Event", "name": …}"#), None);
}
