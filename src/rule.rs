//! What a rule is: its descriptor (id, severity, layer, the one-line
//! summary, the help line and the documentation `sdx rules ID` prints and
//! docs/rules.md is generated from). Every rule file holds one such const
//! beside its check; [`crate::validate::registry`] lists them all.
//!
//! This module imports nothing but the severity, and sits at the crate's
//! top so that both the export side ([`crate::jsonld`]) and the validator's
//! rules, walkers and profiles can name a rule without importing the
//! registry that lists them.

use std::borrow::Cow;

use crate::diagnostic::{Diagnostic, Severity};

/// Which layer of the validation a rule belongs to, in the order they run.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Layer {
    /// The bytes are not a JSON document sdx can read.
    Syntax,
    /// The JSON is not JSON-LD sdx can interpret as schema.org.
    JsonLd,
    /// A node does not match the generated JSON Schema of its `@type`.
    Schema,
    /// A value breaks a rule of meaning JSON Schema cannot say well.
    Semantic,
    /// A term or value does not agree with the schema.org vocabulary.
    Vocabulary,
    /// `@id`s across the files validated together.
    Reference,
    /// The formats of one page against each other.
    Page,
    /// What `sdx export` checks of a dataset besides every rule above: a
    /// graph it can write whole.
    Dataset,
    /// Rules that run only when `--profile` names their profile: a
    /// consumer's requirements (data in [`crate::profile`]) or a rule set of
    /// sdx's own (`social`).
    Profile,
}

impl Layer {
    /// The lowercase name printed by `sdx rules`.
    pub fn as_str(self) -> &'static str {
        match self {
            Layer::Syntax => "syntax",
            Layer::JsonLd => "json-ld",
            Layer::Schema => "schema",
            Layer::Semantic => "semantic",
            Layer::Vocabulary => "vocabulary",
            Layer::Profile => "profile",
            Layer::Reference => "reference",
            Layer::Page => "page",
            Layer::Dataset => "dataset",
        }
    }
}

/// One check, with a stable kebab-case id.
#[derive(Debug, PartialEq, Eq)]
pub struct Rule {
    /// The stable id users select, ignore and re-grade the rule by.
    pub id: &'static str,
    /// The severity when configuration does not change it.
    pub severity: Severity,
    /// The layer the rule belongs to.
    pub layer: Layer,
    /// One line: what the rule checks.
    pub summary: &'static str,
    /// What to do when the rule fires; the default help line of its findings.
    pub help: &'static str,
    /// Why it matters: what a consumer does with such data. With the
    /// examples, what `sdx rules ID` and docs/rules.md print.
    pub why: &'static str,
    /// Data the rule fires on.
    pub wrong: &'static str,
    /// The same data, right.
    pub right: &'static str,
}

impl Rule {
    /// The finding of this rule at `pointer`: the [`Diagnostic`] every
    /// report holds, at the rule's default severity and with its help
    /// line, its file and position left for the stages after the rule (see
    /// [`crate::diagnostic`]). Called only when the rule fires.
    pub fn finding(&self, pointer: impl Into<String>, message: impl Into<String>) -> Diagnostic {
        Diagnostic {
            file: String::new(),
            line: None,
            column: None,
            pointer: pointer.into(),
            rule: self.id,
            severity: self.severity,
            message: message.into(),
            help: Some(Cow::Borrowed(self.help)),
        }
    }
}
