//! Where the layers put a document's findings, and the gate that decides,
//! before a finding's message (and its "did you mean") is built, whether
//! the finding can be listed at all.
//!
//! A finding is certain not to be listed when its rule is ignored, when the
//! file already holds `--max-diagnostics` findings at least as severe (the
//! [`Floor`](super::collect::Floor) of earlier feed blocks), or when its own
//! document already pushed that many findings at least as severe that no
//! other finding can hide. Such a finding is kept as a stub: its rule and a
//! hash of its pointer, 24 bytes, enough for the precedence between rules at
//! one pointer ([`by_precedence`](super::document::by_precedence)) to come
//! out as if it had been built, and to be counted. An object of a million
//! unknown keys builds a hundred messages, not a million.

use std::hash::{Hash, Hasher};

use crate::diagnostic::Severity;

use super::registry::{self, Rule};
use super::rules::Finding;

/// Something the layers push findings into: a plain `Vec` keeps them all
/// (tests, and documents whose every finding is wanted), [`Findings`]
/// gates them.
pub trait FindingSink {
    /// Adds a finding already built.
    fn push(&mut self, finding: Finding);

    /// Adds a finding of `rule` at `pointer`, calling `build` with the
    /// pointer only if the finding may be listed.
    fn push_with(
        &mut self,
        rule: &'static Rule,
        pointer: String,
        build: impl FnOnce(String) -> Finding,
    );
}

impl FindingSink for Vec<Finding> {
    fn push(&mut self, finding: Finding) {
        Vec::push(self, finding);
    }

    fn push_with(
        &mut self,
        _: &'static Rule,
        pointer: String,
        build: impl FnOnce(String) -> Finding,
    ) {
        Vec::push(self, build(pointer));
    }
}

/// What decides whether a finding may be listed.
#[derive(Clone, Copy)]
pub struct Gate<'a> {
    /// The configured severity of a rule (`None`: ignored).
    pub severity: &'a (dyn Fn(&Rule) -> Option<Severity> + Sync),
    /// Findings this severe or less are certain to be left out (the file's
    /// floor so far; `None` while any may still be kept).
    pub floor: Option<Severity>,
    /// `--max-diagnostics` (0: no cap).
    pub cap: usize,
}

/// A finding that was not built: enough of it for precedence and counting.
#[derive(Debug, Clone, Copy)]
pub struct Stub {
    /// The rule that fired.
    pub rule: &'static Rule,
    /// [`pointer_hash`] of its pointer.
    pub pointer: u128,
    /// How many built findings were pushed before it.
    pub after: u32,
}

/// A document's findings: those built, in walk order, and the stubs of
/// those certain not to be listed.
pub struct Findings<'a> {
    built: Vec<Finding>,
    stubs: Vec<Stub>,
    /// Findings neither built nor stubbed (of unranked rules, so they can
    /// neither hide nor be hidden), certain to be left out, by severity.
    counted: super::report::Omitted,
    gate: Option<GateState<'a>>,
}

#[derive(Clone, Copy)]
struct GateState<'a> {
    severity: &'a (dyn Fn(&Rule) -> Option<Severity> + Sync),
    floor: Option<Severity>,
    cap: usize,
    /// Findings pushed so far that no other finding can hide, by severity
    /// (info, warning, error).
    certain: [usize; 3],
}

/// The index of a severity in per-severity counts.
pub(super) fn severity_index(severity: Severity) -> usize {
    match severity {
        Severity::Info => 0,
        Severity::Warning => 1,
        Severity::Error => 2,
    }
}

/// True when no finding of another rule at the same pointer can hide a
/// finding of `rule` (it has no rank, or the highest).
fn never_hidden(rule: &Rule) -> bool {
    const TOP: u8 = 4;
    registry::rank(rule).is_none_or(|rank| rank >= TOP)
}

/// 128 bits of a pointer, for telling pointers apart without keeping them:
/// two SipHash runs with different prefixes, so that two pointers of one
/// document collide only by a 2^-64 chance, even when chosen to.
pub fn pointer_hash(pointer: &str) -> u128 {
    let half = |salt: u8| {
        let mut hasher = std::hash::DefaultHasher::new();
        salt.hash(&mut hasher);
        pointer.hash(&mut hasher);
        hasher.finish()
    };
    (u128::from(half(0)) << 64) | u128::from(half(1))
}

impl Default for Findings<'_> {
    /// Findings with no gate: every one is built.
    fn default() -> Self {
        Findings {
            built: Vec::new(),
            stubs: Vec::new(),
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

    /// True when a finding of `rule` may be listed; false when it is
    /// certain not to be, in which case it has been stubbed or counted.
    fn admit(&mut self, rule: &'static Rule, pointer: &str) -> bool {
        let Some(gate) = &mut self.gate else {
            return true;
        };
        let severity = (gate.severity)(rule);
        // A finding of a ranked rule can hide, or be hidden by, another at
        // its pointer: it takes part in the precedence even unbuilt (and
        // even when its rule is ignored, as a built one would).
        let ranked = registry::rank(rule).is_some();
        let left_out = match severity {
            None => true,
            Some(severity) => {
                let index = severity_index(severity);
                let before: usize = gate.certain[index..].iter().sum();
                if never_hidden(rule) {
                    gate.certain[index] += 1;
                }
                gate.floor.is_some_and(|floor| severity <= floor)
                    || (gate.cap > 0 && before >= gate.cap)
            }
        };
        if !left_out {
            return true;
        }
        if ranked {
            self.stubs.push(Stub {
                rule,
                pointer: pointer_hash(pointer),
                after: u32::try_from(self.built.len()).unwrap_or(u32::MAX),
            });
        } else if let Some(severity) = severity {
            self.counted.count(severity);
        }
        false
    }

    /// The findings built, in walk order.
    pub fn built(&self) -> &[Finding] {
        &self.built
    }

    /// Takes the document's findings apart: those built, the stubs, and
    /// the count of those neither built nor stubbed.
    pub fn into_parts(self) -> (Vec<Finding>, Vec<Stub>, super::report::Omitted) {
        (self.built, self.stubs, self.counted)
    }

    /// Adds findings built elsewhere (the profiles' rules), through the gate.
    pub fn extend(&mut self, findings: impl IntoIterator<Item = Finding>) {
        for finding in findings {
            FindingSink::push(self, finding);
        }
    }
}

impl std::fmt::Debug for Findings<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Findings")
            .field("built", &self.built)
            .field("stubs", &self.stubs.len())
            .field("counted", &self.counted)
            .finish()
    }
}

impl std::ops::Deref for Findings<'_> {
    type Target = [Finding];
    fn deref(&self) -> &[Finding] {
        &self.built
    }
}

impl FindingSink for Findings<'_> {
    fn push(&mut self, finding: Finding) {
        if self.admit(finding.rule, &finding.pointer) {
            self.built.push(finding);
        }
    }

    fn push_with(
        &mut self,
        rule: &'static Rule,
        pointer: String,
        build: impl FnOnce(String) -> Finding,
    ) {
        if self.admit(rule, &pointer) {
            self.built.push(build(pointer));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::validate::rules;

    #[test]
    fn builds_only_what_can_be_listed_and_stubs_what_can_hide() {
        let severity =
            |rule: &Rule| (rule.id != rules::missing_type::RULE.id).then_some(rule.severity);
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
                Finding::new(rule, at, "unknown")
            });
        }
        // An ignored rule's finding is never built; having a rank, it is
        // kept as a stub, since it may hide another finding at its pointer.
        findings.push_with(&rules::missing_type::RULE, String::new(), |_| {
            unreachable!("an ignored rule's finding is not built")
        });
        let (kept, stubs, counted) = findings.into_parts();
        assert_eq!(built, 2, "two messages for a cap of two");
        assert_eq!(kept.len(), 2);
        assert_eq!(
            stubs.len(),
            4,
            "ranked findings hide lesser ones at their pointer"
        );
        assert_eq!(stubs[0].after, 2);
        assert_eq!(counted.total(), 0);

        // Past the file's floor, an unranked rule's finding is only counted.
        let mut findings = Findings::gated(Gate {
            severity: &severity,
            floor: Some(Severity::Info),
            cap: 100,
        });
        findings.push_with(&rules::pending_term::RULE, "/p".to_owned(), |_| {
            unreachable!("not built")
        });
        let (kept, stubs, counted) = findings.into_parts();
        assert_eq!((kept.len(), stubs.len(), counted.infos), (0, 0, 1));
    }
}
