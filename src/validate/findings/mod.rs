//! Where the layers put a document's findings, and the gate that decides,
//! before a finding's message (and its "did you mean") is built, whether
//! the finding can be listed at all.
//!
//! A finding is certain not to be listed when its rule is ignored, when the
//! file already holds `--max-diagnostics` findings at least as severe (the
//! `Floor` (`collect.rs`) of earlier feed blocks), or when its own
//! document already pushed that many findings at least as severe. Such a
//! finding is only counted: each value has one judge (see
//! [`check`](super::check)), so no finding can hide another, and what is
//! left out never has to be compared with what is listed. An object of a
//! million unknown keys builds a hundred messages, not a million.

use crate::diagnostic::{Diagnostic, Severity};

use super::report::severity_index;
use crate::rule::Rule;

/// Something the layers push findings into: a plain `Vec` keeps them all
/// (tests, and documents whose every finding is wanted), [`Findings`]
/// gates them.
pub trait FindingSink {
    /// Adds a finding already built.
    fn push(&mut self, finding: Diagnostic);

    /// Adds a finding of `rule` at `pointer`, calling `build` with the
    /// pointer only if the finding may be listed.
    fn push_with(
        &mut self,
        rule: &'static Rule,
        pointer: String,
        build: impl FnOnce(String) -> Diagnostic,
    );
}

impl FindingSink for Vec<Diagnostic> {
    fn push(&mut self, finding: Diagnostic) {
        Vec::push(self, finding);
    }

    fn push_with(
        &mut self,
        _: &'static Rule,
        pointer: String,
        build: impl FnOnce(String) -> Diagnostic,
    ) {
        Vec::push(self, build(pointer));
    }
}

/// What decides whether a finding may be listed.
#[derive(Clone, Copy)]
pub struct Gate<'a> {
    /// The configured severity of a rule, by id (`None`: ignored).
    pub severity: &'a (dyn Fn(&str) -> Option<Severity> + Sync),
    /// Findings this severe or less are certain to be left out (the file's
    /// floor so far; `None` while any may still be kept).
    pub floor: Option<Severity>,
    /// `--max-diagnostics` (0: no cap).
    pub cap: usize,
}

/// A document's findings: those built, in walk order, and the count of
/// those certain not to be listed.
pub struct Findings<'a> {
    built: Vec<Diagnostic>,
    /// Findings not built, certain to be left out, by severity.
    counted: super::report::Omitted,
    gate: Option<GateState<'a>>,
}

#[derive(Clone, Copy)]
struct GateState<'a> {
    severity: &'a (dyn Fn(&str) -> Option<Severity> + Sync),
    floor: Option<Severity>,
    cap: usize,
    /// Findings pushed so far, by severity (info, warning, error).
    certain: [usize; 3],
}

impl Default for Findings<'_> {
    /// Findings with no gate: every one is built.
    fn default() -> Self {
        Findings {
            built: Vec::new(),
            counted: super::report::Omitted::default(),
            gate: None,
        }
    }
}

impl<'a> Findings<'a> {
    /// Findings gated by `gate`.
    pub fn gated(gate: Gate<'a>) -> Findings<'a> {
        Findings {
            gate: Some(GateState {
                severity: gate.severity,
                floor: gate.floor,
                cap: gate.cap,
                certain: [0; 3],
            }),
            ..Findings::default()
        }
    }

    /// True when a finding of the rule `id` may be listed; false when it
    /// is certain not to be, in which case it has been counted.
    fn admit(&mut self, id: &str) -> bool {
        let Some(gate) = &mut self.gate else {
            return true;
        };
        let Some(severity) = (gate.severity)(id) else {
            return false;
        };
        let index = severity_index(severity);
        let before: usize = gate.certain[index..].iter().sum();
        gate.certain[index] += 1;
        let left_out = gate.floor.is_some_and(|floor| severity <= floor)
            || (gate.cap > 0 && before >= gate.cap);
        if left_out {
            self.counted.count(severity);
        }
        !left_out
    }

    /// Takes the document's findings apart: those built, and the count of
    /// those left out unbuilt.
    pub fn into_parts(self) -> (Vec<Diagnostic>, super::report::Omitted) {
        (self.built, self.counted)
    }

    /// Adds findings built elsewhere (the profiles' rules), through the gate.
    pub fn extend(&mut self, findings: impl IntoIterator<Item = Diagnostic>) {
        for finding in findings {
            FindingSink::push(self, finding);
        }
    }
}

impl std::fmt::Debug for Findings<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Findings")
            .field("built", &self.built)
            .field("counted", &self.counted)
            .finish()
    }
}

impl std::ops::Deref for Findings<'_> {
    type Target = [Diagnostic];
    fn deref(&self) -> &[Diagnostic] {
        &self.built
    }
}

impl FindingSink for Findings<'_> {
    fn push(&mut self, finding: Diagnostic) {
        if self.admit(finding.rule) {
            self.built.push(finding);
        }
    }

    fn push_with(
        &mut self,
        rule: &'static Rule,
        pointer: String,
        build: impl FnOnce(String) -> Diagnostic,
    ) {
        if self.admit(rule.id) {
            self.built.push(build(pointer));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validate::rules;

    #[test]
    fn builds_only_what_can_be_listed_and_counts_the_rest() {
        // Every rule at its default severity, but `missing-type` ignored.
        let severity = |id: &str| {
            let rule = rules::ALL.iter().find(|rule| rule.id == id)?;
            (id != rules::missing_type::RULE.id).then_some(rule.severity)
        };
        let mut findings = Findings::gated(Gate {
            severity: &severity,
            floor: None,
            cap: 2,
        });
        let mut built = 0;
        for index in 0..5 {
            let rule = &rules::unknown_property::RULE;
            findings.push_with(rule, format!("/k{index}"), |at| {
                built += 1;
                rule.finding(at, "unknown")
            });
        }
        // An ignored rule's finding is neither built nor counted.
        findings.push_with(&rules::missing_type::RULE, String::new(), |_| {
            unreachable!("an ignored rule's finding is not built")
        });
        let (kept, counted) = findings.into_parts();
        assert_eq!(built, 2, "two messages for a cap of two");
        assert_eq!(kept.len(), 2);
        assert_eq!((counted.errors, counted.total()), (3, 3));

        // Past the file's floor, a finding is only counted.
        let mut findings = Findings::gated(Gate {
            severity: &severity,
            floor: Some(Severity::Info),
            cap: 100,
        });
        findings.push_with(&rules::pending_term::RULE, "/p".to_owned(), |_| {
            unreachable!("not built")
        });
        let (kept, counted) = findings.into_parts();
        assert_eq!((kept.len(), counted.infos), (0, 1));
    }
}
