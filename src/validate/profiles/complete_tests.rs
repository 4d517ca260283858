//! Every feature of every profile table, judged on the complete example it
//! declares: the example draws no finding of the profile, and leaving out
//! each property a requirement of the node names draws exactly the
//! findings of the requirements it then fails. The features are read from
//! the tables, so a new one is covered by its declaration alone.

use std::collections::BTreeSet;

use serde_json::{Map, Value};

use super::tables;
use crate::diagnostic::Diagnostic;
use crate::profile::{check_profile, judges, Check, Feature, Profile, Requirement};

/// One feature of a table with its complete example, read.
struct Example {
    profile: &'static Profile,
    feature: &'static Feature,
    node: Map<String, Value>,
}

impl Example {
    fn name(&self) -> String {
        format!("{}/{}", self.profile.id, self.feature.id)
    }

    /// The example's `@type`s.
    fn types(&self) -> Vec<&str> {
        match self.node.get("@type") {
            Some(Value::String(name)) => vec![name.as_str()],
            Some(Value::Array(names)) => names.iter().filter_map(Value::as_str).collect(),
            _ => Vec::new(),
        }
    }

    /// The findings of the whole profile on `node`, typed as the example.
    fn findings(&self, node: &Map<String, Value>) -> Vec<Diagnostic> {
        let mut found = Vec::new();
        check_profile(self.profile, node, &self.types(), "/@graph/0", &mut |f| {
            found.push(f);
        });
        found
    }

    /// The features of the profile that judge `node`, typed as the example.
    fn judging<'a>(
        &'a self,
        node: &'a Map<String, Value>,
    ) -> impl Iterator<Item = &'static Feature> + 'a {
        let types = self.types();
        self.profile
            .features
            .iter()
            .filter(move |f| judges(f, node, &types))
    }
}

fn examples() -> Vec<Example> {
    let mut all = Vec::new();
    for profile in tables() {
        for feature in profile.features {
            let name = format!("{}/{}", profile.id, feature.id);
            let value: Value = serde_json::from_str(feature.complete).unwrap_or_else(|error| {
                panic!("{name}: the complete example is not JSON: {error}")
            });
            let Value::Object(node) = value else {
                panic!("{name}: the complete example is not a node");
            };
            all.push(Example {
                profile,
                feature,
                node,
            });
        }
    }
    all
}

#[test]
fn every_feature_judges_its_complete_example_and_finds_nothing() {
    let all = examples();
    let features: usize = tables().map(|p| p.features.len()).sum();
    assert_eq!(all.len(), features);
    assert!(features > 0);
    for example in &all {
        let name = example.name();
        assert!(
            judges(example.feature, &example.node, &example.types()),
            "{name}: the feature does not judge its complete example"
        );
        assert_eq!(example.findings(&example.node), [], "{name}");
    }
}

/// Whether `node` has a value for every property of one of `groups`.
fn waived(requirement: &Requirement, node: &Map<String, Value>) -> bool {
    requirement
        .unless
        .iter()
        .any(|group| group.iter().all(|p| node.contains_key(*p)))
}

/// The root requirements a node without `removed` fails, from the table:
/// those naming only that property, unless their alternatives are there.
fn expected_after_removing(
    feature: &Feature,
    node: &Map<String, Value>,
    removed: &str,
) -> Vec<&'static str> {
    feature
        .scope
        .requirements
        .iter()
        .filter(|r| match r.check {
            Check::Present(p) => p == removed,
            Check::AnyOf(ps) | Check::AnyPath(ps) => ps == [removed],
            _ => false,
        })
        .filter(|r| !waived(r, node))
        .map(|r| r.rule)
        .collect()
}

/// Removing each property a root requirement names yields exactly the
/// findings for that property, each at the node's pointer.
#[test]
fn each_missing_property_gives_exactly_its_findings() {
    for example in examples() {
        let name = example.name();
        let properties: BTreeSet<&str> = example
            .judging(&example.node)
            .flat_map(|f| f.scope.requirements.iter())
            .filter_map(|r| match r.check {
                Check::Present(p) => Some(p),
                _ => None,
            })
            .collect();
        for property in properties {
            let mut incomplete = example.node.clone();
            incomplete.remove(property);
            let found = example.findings(&incomplete);
            let mut expected: Vec<&str> = example
                .judging(&incomplete)
                .flat_map(|f| expected_after_removing(f, &incomplete, property))
                .collect();
            expected.sort_unstable();
            let mut got: Vec<&str> = found.iter().map(|f| f.rule).collect();
            got.sort_unstable();
            assert_eq!(got, expected, "{name} without {property}");
            assert!(found.iter().all(|f| f.pointer == "/@graph/0"), "{found:?}");
        }
    }
}
