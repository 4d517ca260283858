//! Reading a node whose type is one of several: find `@type`, then hand the
//! whole object, untouched, to that type's reader.

use serde::de::{self, MapAccess};
use serde_json::Value;

use super::replay::Replay;
use crate::datatypes::schema_org_term;

/// Reads keys until `@type` (or its alias `type`), picks the first of
/// `types` (a union's variants, in order) that one of its names is or is a
/// subtype of (any spelling; `@type` may be an array), and returns that
/// variant's name with a map that replays everything read so far.
///
/// Values of keys before `@type` are buffered (usually just `@id`); the
/// rest of the object is left in `map`, so errors there keep their position.
pub(crate) fn scan_for_type<'de, A: MapAccess<'de>>(
    mut map: A,
    types: &'static [&'static str],
) -> Result<(&'static str, Replay<A>), A::Error> {
    let mut before = Vec::new();
    while let Some(key) = map.next_key::<String>()? {
        if key != "@type" && key != "type" {
            let value: Value = map.next_value()?;
            before.push((key, value));
            continue;
        }
        let value: Value = map.next_value()?;
        let names: Vec<&str> = match &value {
            Value::String(name) => vec![name.as_str()],
            Value::Array(items) => items.iter().filter_map(Value::as_str).collect(),
            _ => {
                return Err(de::Error::custom(
                    "@type must be a type name or a list of type names",
                ))
            }
        };
        let vocabulary = crate::vocab::Vocabulary::get();
        let matching: Vec<&'static str> = types
            .iter()
            .copied()
            .filter(|t| {
                names.iter().any(|name| {
                    let name = schema_org_term(name);
                    name == *t || vocabulary.is_subtype(name, t)
                })
            })
            .collect();
        // The nearest: a variant no other matching variant descends from
        // (`DeliveryEvent` before `Event`); union order breaks ties between
        // unrelated ones (a `LocalBusiness` is an Organization and a Place).
        let found = matching.iter().copied().find(|t| {
            !matching
                .iter()
                .any(|u| u != t && vocabulary.is_subtype(u, t))
        });
        let Some(found) = found else {
            let near = names
                .iter()
                .find_map(|name| super::enumeration::closest(schema_org_term(name), types));
            return Err(match near {
                Some(near) => de::Error::custom(format_args!(
                    "@type `{}` is not allowed here; did you mean `{near}`?",
                    names.join("`, `"),
                )),
                None => de::Error::custom(format_args!(
                    "@type `{}` is not allowed here; expected {}",
                    names.join("`, `"),
                    expected(types)
                )),
            });
        };
        before.push((key, value));
        return Ok((found, Replay::new(before, None, map)));
    }
    Err(de::Error::custom(format_args!(
        "missing @type; expected {}",
        expected(types)
    )))
}

fn expected(types: &[&str]) -> String {
    match types {
        [one] => format!("`{one}`"),
        _ => format!("one of `{}`", types.join("`, `")),
    }
}
