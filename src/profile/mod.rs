//! What a consumer of structured data requires beyond schema.org itself.
//!
//! schema.org makes every property optional; search engines do not. A
//! [`Profile`] is one consumer's documented requirements, written as data:
//! the features it offers (Google's product snippets, event listings…),
//! the schema.org types each applies to, the properties it requires (a
//! missing one is an error: the feature is withheld) and those it recommends
//! (a warning: the result is poorer), "one of" groups, and requirements on
//! nested nodes (an Event's `location`, when it is a `Place`, needs an
//! `address`). Every entry carries a stable rule id, a one-line message, a
//! help line saying what the consumer shows or withholds, and the URL of the
//! documentation it comes from.
//!
//! Conditions are data too: a feature may apply only to nodes holding a
//! certain value (merchant listings need an `Offer`), and a requirement may
//! be waived by the alternatives the documentation allows (a review without
//! a rating is fine when it has an author and a date).
//!
//! [`check_profile_on_page`] evaluates any profile against one normalized
//! node, so supporting another consumer is a new table, not new code: the
//! table, and its line in the list of profiles (`validate/profiles/sets.rs`),
//! which makes it a named rule set like any other.
//!
//! Tables: [`google::GOOGLE`].

mod evaluate;
pub mod google;

#[cfg(test)]
pub use evaluate::{check_profile, judges};
pub use evaluate::{check_profile_on_page, feature_applies, Page};

use crate::diagnostic::Severity;

/// One consumer's requirements.
#[derive(Debug)]
pub struct Profile {
    /// Short id, the prefix of every rule id (`google`).
    pub id: &'static str,
    /// The consumer, as people call it.
    pub name: &'static str,
    /// The features, each checked on the nodes of its types.
    pub features: &'static [Feature],
    /// What the profile leaves out, and why (one paragraph, Markdown).
    pub notes: &'static str,
    /// Rule ids the profile had for requirements the consumer no longer
    /// states: still accepted where rules are named (`--ignore`,
    /// `sdx.toml`), so a configuration written for them keeps working, and
    /// never reported.
    pub retired: &'static [&'static str],
}

/// One feature of a consumer (a kind of rich result).
#[derive(Debug)]
pub struct Feature {
    /// Short kebab-case id (`product-snippet`).
    pub id: &'static str,
    /// The feature's name in the consumer's documentation.
    pub name: &'static str,
    /// The schema.org types it applies to; subtypes are included.
    pub applies_to: &'static [&'static str],
    /// The documentation the requirements come from.
    pub source: &'static str,
    /// The date the documentation was read, ISO 8601.
    pub read: &'static str,
    /// A node meeting every requirement and recommendation of the feature
    /// (and of the profile's other features that judge it), as JSON text
    /// with short schema.org names. Declared with the feature so that the
    /// tests cover a new one with no other edit: the example draws no
    /// finding, and leaving out a property a requirement names draws
    /// exactly that requirement's finding.
    // Only the tests read it; a release build keeps a few hundred bytes of
    // text per feature, cheaper than a second declaration to keep in step.
    #[cfg_attr(not(test), allow(dead_code))]
    pub complete: &'static str,
    /// Which nodes of those types the feature applies to.
    pub when: When,
    /// The requirements on a node of those types.
    pub scope: Scope,
}

/// Which nodes of its types a feature applies to.
#[derive(Debug, Clone, Copy)]
pub enum When {
    /// Every node of the feature's types.
    Always,
    /// Nodes whose `property` holds an embedded node of one of `types` and
    /// none of `except`: Google applies merchant listings only to products
    /// offered for sale by an `Offer`. A reference left unresolved does not
    /// count: what it leads to is not known.
    Holds {
        /// The property holding the node.
        property: &'static str,
        /// The accepted node types (subtypes included).
        types: &'static [&'static str],
        /// Types excluded although they are subtypes of `types`.
        except: &'static [&'static str],
    },
}

/// Requirements on one node, and on the nodes nested in its properties.
#[derive(Debug)]
pub struct Scope {
    /// Checked on the node itself.
    pub requirements: &'static [Requirement],
    /// Checked on embedded values of the node's properties.
    pub nested: &'static [Nested],
}

/// Requirements on the embedded nodes of one property.
///
/// They apply to each embedded node value (each item of a list) whose
/// `@type` is one of `types` or a subtype, and none of `except`. An
/// `{"@id"}` reference is not followed: substitute the referenced node
/// before checking if its requirements matter.
#[derive(Debug)]
pub struct Nested {
    /// The property holding the nodes.
    pub property: &'static str,
    /// The node types the scope applies to; empty for every embedded node.
    pub types: &'static [&'static str],
    /// Types excluded although they are subtypes of `types`
    /// (`AggregateOffer` is an `Offer` with other requirements).
    pub except: &'static [&'static str],
    /// The requirements on those nodes.
    pub scope: Scope,
}

/// How strongly the consumer asks for something.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Level {
    /// Without it the feature is not shown: an error.
    Required,
    /// The feature is shown, but poorer: a warning.
    Recommended,
}

impl Level {
    /// The severity of a finding at this level.
    pub fn severity(self) -> Severity {
        match self {
            Level::Required => Severity::Error,
            Level::Recommended => Severity::Warning,
        }
    }
}

/// What a requirement checks on a node.
#[derive(Debug, Clone, Copy)]
pub enum Check {
    /// The property has a value (not null, not empty text, not an empty
    /// list or object).
    Present(&'static str),
    /// At least one of the properties has a value.
    AnyOf(&'static [&'static str]),
    /// Every value of the property, when present, is a node of one of the
    /// types (or a subtype); text or another type does not do.
    TypedAs {
        /// The property checked.
        property: &'static str,
        /// The accepted types.
        types: &'static [&'static str],
    },
    /// When the property has a value, at least one of its values is a node
    /// of one of the types (or a reference, which is given the benefit of
    /// the doubt); others may be anything.
    SomeTypedAs {
        /// The property checked.
        property: &'static str,
        /// The accepted types.
        types: &'static [&'static str],
    },
    /// At least one of the paths has a value; a path is properties joined
    /// by dots (`priceSpecification.price`), followed through embedded
    /// nodes, any item of a list. A reference on the way counts as a value:
    /// what it leads to is not in view.
    AnyPath(&'static [&'static str]),
    /// The node has a value for `property`, or an `Organization` says it
    /// for the whole business: the node's `seller`, or any organization in
    /// the same document, has one of `organization`.
    HereOrOrganization {
        /// The property on the node itself.
        property: &'static str,
        /// The properties of an organization that stand for it.
        organization: &'static [&'static str],
    },
    /// An Offer's active price (its `price`, else the `price` of a
    /// `priceSpecification` with neither `priceType` nor
    /// `validForMemberTier`) is a number above zero, when it is a number
    /// at all (a missing or unreadable price is another rule's finding).
    ActivePriceAboveZero,
}

/// One requirement, with everything a finding reports.
#[derive(Debug)]
pub struct Requirement {
    /// Stable rule id: `<profile>/<feature>[-<nested>]-<problem>`, kebab-case.
    pub rule: &'static str,
    /// Required or recommended.
    pub level: Level,
    /// What is checked.
    pub check: Check,
    /// Alternatives that waive the requirement: when every property of any
    /// one group has a value, the requirement is met (`[["author",
    /// "datePublished"], ["positiveNotes"]]`).
    pub unless: &'static [&'static [&'static str]],
    /// One line saying what is wrong.
    pub message: &'static str,
    /// One line saying what the consumer shows or withholds because of it.
    pub help: &'static str,
}

/// One row of a profile's rule table, for the tests of the tables (the
/// validator makes its rules in `validate/profiles/`).
#[cfg(test)]
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ProfileRule {
    /// The rule id.
    pub rule: &'static str,
    /// Its default severity.
    pub severity: Severity,
    /// The feature's id.
    pub feature: &'static str,
    /// The one-line message.
    pub message: &'static str,
    /// The help line.
    pub help: &'static str,
    /// The documentation URL.
    pub source: &'static str,
    /// When the documentation was read.
    pub read: &'static str,
}

impl Requirement {
    /// The requirement, waived when every property of one of `groups` has
    /// a value.
    pub const fn unless(mut self, groups: &'static [&'static [&'static str]]) -> Self {
        self.unless = groups;
        self
    }
}

/// One row of a feature's table of properties (for `docs/rules.md`).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PropertyRow {
    /// The node the property is on: the feature's node (empty), or the
    /// path to a nested one with its types (`offers` (Offer)).
    pub on: String,
    /// The property, with what the check asks of it.
    pub property: String,
    /// Required or recommended.
    pub level: Level,
    /// The rule reporting it.
    pub rule: &'static str,
}

impl Feature {
    /// The feature's properties as its documentation tables list them.
    pub fn properties(&self) -> Vec<PropertyRow> {
        fn walk(path: &str, on: &str, scope: &Scope, out: &mut Vec<PropertyRow>) {
            for requirement in scope.requirements {
                let each = |ps: &[&str]| format!("`{}`", ps.join("` or `"));
                let mut property = match requirement.check {
                    Check::Present(p) => format!("`{p}`"),
                    Check::AnyOf(ps) | Check::AnyPath(ps) => each(ps),
                    Check::TypedAs { property, types } => {
                        format!("`{property}` is a {}", types.join(" or "))
                    }
                    Check::SomeTypedAs { property, types } => {
                        format!("`{property}` includes a {}", types.join(" or "))
                    }
                    Check::HereOrOrganization {
                        property,
                        organization,
                    } => format!(
                        "`{property}` (or an Organization's `{}`)",
                        organization.join("` or `")
                    ),
                    Check::ActivePriceAboveZero => "active `price` above 0".to_owned(),
                };
                if !requirement.unless.is_empty() {
                    let groups: Vec<String> = requirement
                        .unless
                        .iter()
                        .map(|g| format!("`{}`", g.join("` and `")))
                        .collect();
                    property.push_str(&format!(", unless {}", groups.join(" or ")));
                }
                out.push(PropertyRow {
                    on: on.to_owned(),
                    property,
                    level: requirement.level,
                    rule: requirement.rule,
                });
            }
            for nested in scope.nested {
                let path = if path.is_empty() {
                    nested.property.to_owned()
                } else {
                    format!("{path}.{}", nested.property)
                };
                let on = if nested.types.is_empty() {
                    format!("`{path}`")
                } else {
                    format!("`{path}` ({})", nested.types.join(" or "))
                };
                walk(&path, &on, &nested.scope, out);
            }
        }
        let mut out = Vec::new();
        walk("", "", &self.scope, &mut out);
        out
    }

    /// The condition under which the feature applies, in words.
    pub fn condition(&self) -> String {
        match self.when {
            When::Always => format!("every {}", self.applies_to.join(" or ")),
            When::Holds {
                property, types, ..
            } => format!(
                "a {} whose `{property}` holds a node of type {}",
                self.applies_to.join(" or "),
                types.join(" or ")
            ),
        }
    }
}

#[cfg(test)]
impl Profile {
    /// Every rule of the profile, feature by feature, outer nodes first.
    pub fn rules(&self) -> Vec<ProfileRule> {
        fn walk(feature: &Feature, scope: &Scope, out: &mut Vec<ProfileRule>) {
            for requirement in scope.requirements {
                out.push(ProfileRule {
                    rule: requirement.rule,
                    severity: requirement.level.severity(),
                    feature: feature.id,
                    message: requirement.message,
                    help: requirement.help,
                    source: feature.source,
                    read: feature.read,
                });
            }
            for nested in scope.nested {
                walk(feature, &nested.scope, out);
            }
        }
        let mut rules = Vec::new();
        for feature in self.features {
            walk(feature, &feature.scope, &mut rules);
        }
        rules
    }
}

#[cfg(test)]
mod tests;
