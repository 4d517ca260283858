//! The phrases an explanation is made of: how a message names a value's
//! place, a node type, JSON types and a list of alternatives.

use jsonschema::error::TypeKind;
use jsonschema::JsonType;

pub(super) const REFERENCE: &str = "an {\"@id\"} reference";

/// "a Person node", "an Organization node".
pub(super) fn node_phrase(type_name: &str) -> String {
    let article = if type_name.starts_with(['A', 'E', 'I', 'O', 'U']) {
        "an"
    } else {
        "a"
    };
    format!("{article} {type_name} node")
}

/// How a message names the value at `pointer`: its property, or the node.
pub(super) fn subject(pointer: &str) -> String {
    let tokens: Vec<String> = crate::position::tokens(pointer).collect();
    let property = tokens.iter().rposition(|t| t.parse::<usize>().is_err());
    match property {
        None => "the node".to_owned(),
        Some(i) => {
            let mut text = format!("`{}", tokens[i]);
            for index in &tokens[i + 1..] {
                text.push('[');
                text.push_str(index);
                text.push(']');
            }
            text.push('`');
            text
        }
    }
}

fn type_word(ty: JsonType) -> Option<&'static str> {
    match ty {
        JsonType::Null => None,
        JsonType::Boolean => Some("true or false"),
        JsonType::Integer => Some("a whole number"),
        JsonType::Number => Some("a number"),
        JsonType::String => Some("text"),
        JsonType::Array => Some("a list"),
        JsonType::Object => Some("an object"),
    }
}

pub(super) fn type_list(kind: &TypeKind) -> Vec<&'static str> {
    match kind {
        TypeKind::Single(ty) => type_word(*ty).into_iter().collect(),
        TypeKind::Multiple(set) => set.iter().filter_map(type_word).collect(),
    }
}

pub(super) fn type_words(kind: &TypeKind) -> String {
    join_or(
        &type_list(kind)
            .into_iter()
            .map(str::to_owned)
            .collect::<Vec<_>>(),
    )
}

pub(super) fn join_or(items: &[String]) -> String {
    match items {
        [] => "something else".to_owned(),
        [one] => one.clone(),
        [rest @ .., last] => format!("{} or {last}", rest.join(", ")),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_the_subject() {
        assert_eq!(subject(""), "the node");
        assert_eq!(subject("/url"), "`url`");
        assert_eq!(subject("/sameAs/1"), "`sameAs[1]`");
        assert_eq!(subject("/founder/0/name"), "`name`");
    }
}
