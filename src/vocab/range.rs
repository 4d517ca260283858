//! Does a JSON-LD value fit a property's range?
//!
//! schema.org ranges are unions (`startDate`: `Date` or `DateTime`), so a
//! value fits when it fits any of them. Literal ranges (`Text`, `URL`,
//! `Number`, `Integer`, `Boolean`, `Date`, `DateTime`, `Time`, `Duration`…)
//! check the lexical form; enumeration ranges take a member, written as an
//! IRI (`https://schema.org/InStock`, `schema:InStock`) or its bare name;
//! entity ranges take a node whose `@type` is the range or a subtype, or an
//! `{"@id"}` reference. schema.org also allows plain text where an entity is
//! expected, which is worth a note but is not wrong: [`Fit::TextForEntity`].
//!
//! The clean path allocates only where parsing must (URL and date-time
//! parsing); nothing is built for a value that fits.

use crate::tree::{Node, Object};

use super::terms::{Literal, TypeId, TypeInfo, TypeKind};
use super::Vocabulary;
use crate::datatypes::{Date, DateTime, SCHEMA_ORG_PREFIXES};
use crate::lookup::Lookup;

/// How well a value fits a range. Ordered from worst to best, so the fit of
/// a union is the `max` over its members and that of a list the `min` over
/// its items.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Fit {
    /// The value has a form none of the ranges accepts.
    No,
    /// Text where an entity or enumeration is expected: allowed by
    /// schema.org, but consumers understand a node better (info level).
    TextForEntity,
    /// The value fits one of the ranges.
    Yes,
}

impl Vocabulary {
    /// How `value` fits the union `ranges` (a property's
    /// [`ranges`](super::PropertyInfo::ranges)). A list fits as well as its
    /// worst item; a value object (`{"@value": …}`) as its value. An empty
    /// range list accepts anything. A node whose types are all unknown to
    /// the vocabulary fits (report unknown types on their own).
    pub fn value_fits_range(&self, value: &Node, ranges: &[TypeId]) -> Fit {
        if ranges.is_empty() {
            return Fit::Yes;
        }
        match value {
            Node::Array(items) => items
                .iter()
                .map(|item| self.value_fits_range(item, ranges))
                .min()
                .unwrap_or(Fit::Yes),
            Node::Object(node) => self.node_fits(node, ranges),
            scalar => best(ranges, |range| self.scalar_fits(scalar, range)),
        }
    }

    /// [`value_fits_range`](Self::value_fits_range) for the values of
    /// property `prop`; `Fit::Yes` for an unknown property.
    pub fn value_fits_property(&self, prop: &str, value: &Node) -> Fit {
        match self.property(prop) {
            Some(property) => self.value_fits_range(value, property.ranges()),
            None => Fit::Yes,
        }
    }

    fn node_fits(&self, node: &Object, ranges: &[TypeId]) -> Fit {
        if let Some(value) = node.field("@value") {
            return self.value_fits_range(value, ranges);
        }
        if let Some(items) = node.field("@list").or_else(|| node.field("@set")) {
            return self.value_fits_range(items, ranges);
        }
        let mut declared = false;
        let mut known = false;
        let mut fit = Fit::No;
        for name in node_types(node) {
            declared = true;
            let Some(t) = self.type_id(name) else {
                continue;
            };
            known = true;
            let role = self
                .well_known()
                .role
                .is_some_and(|role| self.is_subtype_id(t, role));
            for &range in ranges {
                let kind = self.type_by_id(range).kind();
                if self.is_subtype_id(t, range) || (role && kind != TypeKind::DataType) {
                    return Fit::Yes;
                }
            }
            fit = Fit::No;
        }
        if declared {
            // Only unknown types: nothing to judge here.
            return if known { fit } else { Fit::Yes };
        }
        let reference = node.field("@id").and_then(Node::as_str);
        let only_id = reference.is_some() && node.len() == 1;
        best(ranges, |range| match self.type_by_id(range).kind() {
            TypeKind::Entity => Fit::Yes,
            TypeKind::Enumeration => match reference {
                Some(iri) => self.enumeration_text_fits(iri, range),
                None => Fit::Yes,
            },
            TypeKind::DataType => {
                let url = self.well_known().url;
                if only_id && url.is_some_and(|url| self.is_subtype_id(url, range)) {
                    Fit::Yes
                } else {
                    Fit::No
                }
            }
        })
    }

    fn scalar_fits(&self, value: &Node, range: TypeId) -> Fit {
        let info = self.type_by_id(range);
        match info.kind() {
            TypeKind::DataType => self.literal_fits(value, info),
            TypeKind::Enumeration => match value {
                Node::String(text) => self.enumeration_text_fits(text, range),
                _ => Fit::No,
            },
            TypeKind::Entity => match value {
                Node::String(_) => Fit::TextForEntity,
                _ => Fit::No,
            },
        }
    }

    /// A member of `enumeration` (or of a sub-enumeration) fits; another
    /// schema.org term does not; other text is allowed text.
    fn enumeration_text_fits(&self, text: &str, enumeration: TypeId) -> Fit {
        if let Some(member) = self.member(text) {
            if self.member_of_id(member, enumeration) {
                return Fit::Yes;
            }
            return Fit::No;
        }
        if SCHEMA_ORG_PREFIXES.iter().any(|p| text.starts_with(p)) {
            return Fit::No;
        }
        Fit::TextForEntity
    }

    /// A literal against a `DataType` range, by the form it checks.
    fn literal_fits(&self, value: &Node, range: &TypeInfo) -> Fit {
        let fits = match range.literal {
            Literal::Url => value.as_str().is_some_and(is_url),
            Literal::Text => value.is_string() || value.is_number(),
            Literal::Integer => match value {
                Node::Number(n) => {
                    n.is_i64() || n.is_u64() || n.as_f64().is_some_and(|f| f.fract() == 0.0)
                }
                Node::String(s) => s.trim().parse::<i64>().is_ok(),
                _ => false,
            },
            Literal::Number => match value {
                Node::Number(_) => true,
                Node::String(s) => s.trim().parse::<f64>().is_ok_and(f64::is_finite),
                _ => false,
            },
            Literal::Boolean => match value {
                Node::Bool(_) => true,
                Node::String(s) => {
                    s == "true"
                        || s == "false"
                        || self.enumeration_text_fits(s, range.id()) == Fit::Yes
                }
                _ => false,
            },
            // ISO 8601 at any precision (`1998`, `2006-10`, a date-time):
            // which precision a range asks for is a semantic rule's remark.
            Literal::DateTime => value.as_str().is_some_and(|s| DateTime::check(s).is_ok()),
            Literal::Date => value.as_str().is_some_and(|s| Date::check(s).is_ok()),
            Literal::Time => value.as_str().is_some_and(is_time),
            Literal::Duration => value.as_str().is_some_and(is_duration),
            // Distance, Energy, Mass: a number with its unit, as text.
            Literal::Quantity => value.as_str().is_some_and(|s| !s.trim().is_empty()),
            Literal::Other => value.is_string(),
        };
        if fits {
            Fit::Yes
        } else {
            Fit::No
        }
    }
}

/// The best fit over `ranges`, stopping at the first `Yes`.
fn best(ranges: &[TypeId], mut fit: impl FnMut(TypeId) -> Fit) -> Fit {
    let mut best = Fit::No;
    for &range in ranges {
        best = best.max(fit(range));
        if best == Fit::Yes {
            break;
        }
    }
    best
}

/// A node's types: its `@type` (or the context's alias `type`), and the
/// schema.org types its `additionalType` names. Microdata gives a node of
/// two types that way (`<link itemprop="additionalType"
/// href="https://schema.org/ItemList">`), and schema.org defines
/// `additionalType` as an additional type for the item.
fn node_types<'a>(node: &'a Object<'a>) -> impl Iterator<Item = &'a str> {
    let declared = node.field("@type").or_else(|| node.field("type"));
    type_names(declared).chain(additional_types(node))
}

/// The schema.org types a node's `additionalType` names: the tail of
/// [`node_types`], for a caller that has read `@type` already (skipping
/// `@type`'s names through `node_types` cost a walk of them a node).
pub(crate) fn additional_types<'a>(node: &'a Object<'a>) -> impl Iterator<Item = &'a str> {
    type_names(node.field("additionalType"))
        .filter(|name| SCHEMA_ORG_PREFIXES.iter().any(|p| name.starts_with(p)))
}

/// The names in an `@type` value: one string or a list of strings.
pub(crate) fn type_names<'a>(value: Option<&'a Node<'a>>) -> impl Iterator<Item = &'a str> {
    let (one, many) = match value {
        Some(Node::String(name)) => (Some(name.as_str()), None),
        Some(Node::Array(items)) => (None, Some(items.iter().filter_map(Node::as_str))),
        _ => (None, None),
    };
    one.into_iter().chain(many.into_iter().flatten())
}

/// An absolute URL, or a relative reference that is unmistakably one
/// (`/path`, `//host/path`, `./x`, `../x`, `#fragment`): JSON-LD resolves
/// those against the page, and bare words are more likely text than paths.
fn is_url(text: &str) -> bool {
    // Most URLs in feeds are plain `http(s)://host/path` (no whitespace):
    // accepted first, without the full parser, which allocates the URL it
    // builds (12 k instructions a record on the benchmark feed).
    if crate::datatypes::plainly_absolute(text) {
        return true;
    }
    if text.is_empty() || text.chars().any(char::is_whitespace) {
        return false;
    }
    if text.starts_with(['/', '#']) || text.starts_with("./") || text.starts_with("../") {
        return true;
    }
    url::Url::parse(text).is_ok()
}

/// An ISO 8601 time: `hh:mm[:ss[.fff]]` with an optional `Z` or `±hh[:]mm`.
fn is_time(text: &str) -> bool {
    let clock = match text.strip_suffix('Z') {
        Some(clock) => clock,
        None => match text.rfind(['+', '-']) {
            Some(at) => {
                let zone = text.as_bytes()[at + 1..].iter().filter(|b| **b != b':');
                if zone.clone().count() != 4 || !zone.clone().all(u8::is_ascii_digit) {
                    return false;
                }
                &text[..at]
            }
            None => text,
        },
    };
    let format = if clock.len() == 5 {
        "%H:%M"
    } else {
        "%H:%M:%S%.f"
    };
    chrono::NaiveTime::parse_from_str(clock, format).is_ok()
}

/// An ISO 8601 duration: `P[nY][nM][nW][nD][T[nH][nM][nS]]` with at least
/// one component (the last may have a decimal fraction).
fn is_duration(text: &str) -> bool {
    let Some(rest) = text.strip_prefix('P') else {
        return false;
    };
    let (date, time) = match rest.split_once('T') {
        Some((date, time)) => (date, Some(time)),
        None => (rest, None),
    };
    let date_parts = components(date, "YMWD");
    let time_parts = match time {
        Some(time) => match components(time, "HMS") {
            Some(0) | None => return false,
            Some(n) => n,
        },
        None => 0,
    };
    date_parts.is_some_and(|n| n + time_parts > 0)
}

/// Counts `<number><unit>` pairs in `part`, units in the order of `units`;
/// `None` when `part` is not such a sequence.
fn components(part: &str, units: &str) -> Option<usize> {
    let mut count = 0;
    let mut allowed = units;
    let mut rest = part;
    while !rest.is_empty() {
        let digits = rest
            .find(|c: char| !(c.is_ascii_digit() || c == '.' || c == ','))
            .unwrap_or(rest.len());
        if digits == 0 || !rest.as_bytes()[0].is_ascii_digit() {
            return None;
        }
        let unit = rest[digits..].chars().next()?;
        let at = allowed.find(unit)?;
        allowed = &allowed[at + 1..];
        rest = &rest[digits + 1..];
        count += 1;
    }
    Some(count)
}

#[cfg(test)]
mod tests;
