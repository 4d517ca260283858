//! The one evaluator every profile table runs on.
//!
//! Clean nodes are the common case, so the walk allocates nothing: the
//! pointer of a nested node is a chain of stack frames, rendered into a
//! `String` only when a finding is reported.

use std::cmp::Ordering;

use serde_json::{Map, Value};

use super::{Check, Feature, Profile, Requirement, Scope, When};
use crate::diagnostic::push_pointer_token;
use crate::diagnostic::Diagnostic;
use crate::tree::Node;
use crate::vocab::{type_names, TypeId, Vocabulary};

/// What a check may need from the rest of the document a node is in.
///
/// Google asks for shipping and return policies once, on the business's
/// `Organization`, rather than on every offer; whether an organization of
/// the document has them is asked only when an offer lacks them, so the
/// caller can compute it lazily.
pub struct Page<'a> {
    organization_has: &'a dyn Fn(&str) -> bool,
}

#[cfg(test)]
fn nothing(_: &str) -> bool {
    false
}

impl<'a> Page<'a> {
    /// A document that says nothing beyond the node checked.
    #[cfg(test)]
    pub const NONE: Page<'static> = Page {
        organization_has: &nothing,
    };

    /// A document where `organization_has(property)` tells whether some
    /// `Organization` in it has a value for `property`.
    pub fn new(organization_has: &'a dyn Fn(&str) -> bool) -> Self {
        Page { organization_has }
    }
}

/// Checks `node` against every feature of `profile` that applies to its
/// `types`, calling `out` once per unmet requirement.
///
/// `node` is a normalized node: short schema.org property names, `@type`
/// with short names (`types` are those names, passed separately so the
/// caller's normalization decides them). `pointer` is the node's RFC 6901
/// pointer in its document; findings point at it, or below it for nested
/// nodes and mistyped values.
#[cfg(test)]
pub fn check_profile(
    profile: &Profile,
    node: &Map<String, Value>,
    types: &[&str],
    pointer: &str,
    out: &mut impl FnMut(Diagnostic),
) {
    check_profile_on_page(profile, node, types, pointer, &Page::NONE, out);
}

/// [`check_profile`], with what the rest of the document says.
pub fn check_profile_on_page(
    profile: &Profile,
    node: &Map<String, Value>,
    types: &[&str],
    pointer: &str,
    page: &Page<'_>,
    out: &mut impl FnMut(Diagnostic),
) {
    let vocabulary = Vocabulary::get();
    for feature in profile.features {
        if feature_applies(feature, types) && condition_holds(vocabulary, feature.when, node) {
            let path = Path::Root(pointer);
            let context = Context {
                vocabulary,
                feature,
                page,
            };
            check_scope(&context, &feature.scope, node, &path, out);
        }
    }
}

/// Whether a feature's condition holds for `node`.
fn condition_holds(vocabulary: &Vocabulary, when: When, node: &Map<String, Value>) -> bool {
    match when {
        When::Always => true,
        When::Holds {
            property,
            types,
            except,
        } => values(node.get(property)).any(|(_, value)| {
            !is_reference(value)
                && value
                    .as_object()
                    .is_some_and(|n| node_is_one_of(vocabulary, n, types, except))
        }),
    }
}

/// Whether `feature` judges `node`, typed `types`: it applies to one of the
/// types and its condition holds.
#[cfg(test)]
pub fn judges(feature: &Feature, node: &Map<String, Value>, types: &[&str]) -> bool {
    feature_applies(feature, types) && condition_holds(Vocabulary::get(), feature.when, node)
}

struct Context<'a> {
    vocabulary: &'a Vocabulary,
    feature: &'a Feature,
    page: &'a Page<'a>,
}

/// Whether `feature` applies to a node typed `types`: one of them is one
/// of the feature's types or a subtype.
pub fn feature_applies(feature: &Feature, types: &[&str]) -> bool {
    let vocabulary = Vocabulary::get();
    types
        .iter()
        .filter_map(|t| vocabulary.type_id(t))
        .any(|t| is_one_of(vocabulary, t, feature.applies_to))
}

fn is_one_of(vocabulary: &Vocabulary, t: TypeId, names: &[&str]) -> bool {
    names
        .iter()
        .filter_map(|name| vocabulary.type_id(name))
        .any(|ancestor| vocabulary.is_subtype_id(t, ancestor))
}

/// The pointer to a node, as a chain back to the node the check started on.
enum Path<'a> {
    Root(&'a str),
    Child {
        parent: &'a Path<'a>,
        property: &'a str,
        index: Option<usize>,
    },
}

impl Path<'_> {
    fn render(&self) -> String {
        let mut pointer = String::new();
        self.render_into(&mut pointer);
        pointer
    }

    fn render_into(&self, pointer: &mut String) {
        match self {
            Path::Root(base) => pointer.push_str(base),
            Path::Child {
                parent,
                property,
                index,
            } => {
                parent.render_into(pointer);
                push_pointer_token(pointer, property);
                if let Some(index) = index {
                    push_pointer_token(pointer, &index.to_string());
                }
            }
        }
    }
}

fn check_scope(
    context: &Context<'_>,
    scope: &Scope,
    node: &Map<String, Value>,
    path: &Path<'_>,
    out: &mut impl FnMut(Diagnostic),
) {
    let Context {
        vocabulary,
        feature,
        page,
    } = context;
    for requirement in scope.requirements {
        let waived = requirement
            .unless
            .iter()
            .any(|group| group.iter().all(|p| has_value(node.get(*p))));
        if waived {
            continue;
        }
        match requirement.check {
            Check::Present(property) => {
                if !has_value(node.get(property)) {
                    out(finding(feature, requirement, path.render()));
                }
            }
            Check::AnyOf(properties) => {
                if !properties.iter().any(|p| has_value(node.get(*p))) {
                    out(finding(feature, requirement, path.render()));
                }
            }
            Check::AnyPath(paths) => {
                if !paths.iter().any(|p| path_has_value(node, p)) {
                    out(finding(feature, requirement, path.render()));
                }
            }
            Check::HereOrOrganization {
                property,
                organization,
            } => {
                let met = has_value(node.get(property))
                    || values(node.get("seller")).any(|(_, seller)| {
                        seller
                            .as_object()
                            .is_some_and(|s| organization.iter().any(|p| has_value(s.get(*p))))
                    })
                    || organization.iter().any(|p| (page.organization_has)(p));
                if !met {
                    out(finding(feature, requirement, path.render()));
                }
            }
            Check::ActivePriceAboveZero => {
                // NaN is not above zero either.
                let above_zero = |price: f64| price.partial_cmp(&0.0) == Some(Ordering::Greater);
                if active_price(node).is_some_and(|price| !above_zero(price)) {
                    out(finding(feature, requirement, path.render()));
                }
            }
            Check::TypedAs { property, types } => {
                for (index, value) in values(node.get(property)) {
                    if is_reference(value) || !has_value(Some(value)) {
                        continue;
                    }
                    let typed = value
                        .as_object()
                        .is_some_and(|n| node_is_one_of(vocabulary, n, types, &[]));
                    if !typed {
                        let at = Path::Child {
                            parent: path,
                            property,
                            index,
                        };
                        out(finding(feature, requirement, at.render()));
                    }
                }
            }
            Check::SomeTypedAs { property, types } => {
                let value = node.get(property);
                let met = !has_value(value)
                    || values(value).any(|(_, v)| {
                        is_reference(v)
                            || v.as_object()
                                .is_some_and(|n| node_is_one_of(vocabulary, n, types, &[]))
                    });
                if !met {
                    let at = Path::Child {
                        parent: path,
                        property,
                        index: None,
                    };
                    out(finding(feature, requirement, at.render()));
                }
            }
        }
    }
    for nested in scope.nested {
        for (index, value) in values(node.get(nested.property)) {
            let Some(child) = value.as_object() else {
                continue;
            };
            if is_reference(value) {
                continue;
            }
            let applies = nested.types.is_empty()
                || node_is_one_of(vocabulary, child, nested.types, nested.except);
            if applies {
                let at = Path::Child {
                    parent: path,
                    property: nested.property,
                    index,
                };
                check_scope(context, &nested.scope, child, &at, out);
            }
        }
    }
}

/// Whether a dotted path (`priceSpecification.price`) has a value below
/// `node`, through any item of a list; a reference on the way counts.
fn path_has_value(node: &Map<String, Value>, path: &str) -> bool {
    match path.split_once('.') {
        None => has_value(node.get(path)),
        Some((head, rest)) => values(node.get(head)).any(|(_, value)| {
            is_reference(value)
                || value
                    .as_object()
                    .is_some_and(|child| path_has_value(child, rest))
        }),
    }
}

/// An offer's active price as a number: its `price`, else the `price` of
/// its first price specification that is neither a strikethrough price
/// (`priceType`) nor a member price (`validForMemberTier`), as Google
/// reads them. `None` when there is none or it is not a number.
fn active_price(offer: &Map<String, Value>) -> Option<f64> {
    if has_value(offer.get("price")) {
        return offer.get("price").and_then(number);
    }
    values(offer.get("priceSpecification"))
        .filter_map(|(_, spec)| spec.as_object())
        .find(|spec| {
            has_value(spec.get("price"))
                && !has_value(spec.get("priceType"))
                && !has_value(spec.get("validForMemberTier"))
        })
        .and_then(|spec| spec.get("price"))
        .and_then(number)
}

/// A number written as a JSON number, as text, or as a value object; the
/// first item of a list.
fn number(value: &Value) -> Option<f64> {
    match value {
        Value::Number(n) => n.as_f64(),
        Value::String(text) => text.trim().parse().ok(),
        Value::Object(map) => map.get("@value").and_then(number),
        Value::Array(items) => items.first().and_then(number),
        _ => None,
    }
}

/// An unmet requirement as the one finding type: no file yet (the caller
/// knows it), the pointer relative to the node checked, and a help line
/// that ends with the documentation the requirement comes from.
fn finding(feature: &Feature, requirement: &Requirement, pointer: String) -> Diagnostic {
    Diagnostic::new(
        requirement.rule,
        requirement.level.severity(),
        String::new(),
        pointer,
        requirement.message,
    )
    .with_help(format!("{}; see {}", requirement.help, feature.source))
}

/// The values of a property with their list index (none for a single value).
fn values(value: Option<&Value>) -> impl Iterator<Item = (Option<usize>, &Value)> {
    let (one, many) = match value {
        Some(Value::Array(items)) => (None, Some(items.iter().enumerate())),
        Some(single) => (Some((None, single)), None),
        None => (None, None),
    };
    one.into_iter()
        .chain(many.into_iter().flatten().map(|(i, v)| (Some(i), v)))
}

/// A value counts when it says something: not null, not blank text, not an
/// empty list or object (a list counts when any item does).
fn has_value(value: Option<&Value>) -> bool {
    match value {
        None | Some(Value::Null) => false,
        Some(Value::String(text)) => !text.trim().is_empty(),
        Some(Value::Array(items)) => items.iter().any(|item| has_value(Some(item))),
        Some(Value::Object(map)) => match map.get("@value") {
            Some(inner) => has_value(Some(inner)),
            None => !map.is_empty(),
        },
        Some(_) => true,
    }
}

/// `{"@id": …}` and nothing else: a reference to a node elsewhere.
fn is_reference(value: &Value) -> bool {
    value
        .as_object()
        .is_some_and(|map| map.len() == 1 && map.contains_key("@id"))
}

/// Whether `node`'s `@type` has one of `types` (or a subtype) and none of
/// `except` (or a subtype).
fn node_is_one_of(
    vocabulary: &Vocabulary,
    node: &Map<String, Value>,
    types: &[&str],
    except: &[&str],
) -> bool {
    let mut matched = false;
    let declared = node.get("@type").map(Node::from);
    for t in type_names(declared.as_ref()).filter_map(|name| vocabulary.type_id(name)) {
        if is_one_of(vocabulary, t, except) {
            return false;
        }
        matched |= is_one_of(vocabulary, t, types);
    }
    matched
}
