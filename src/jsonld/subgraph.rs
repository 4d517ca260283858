//! The part of an exported graph one page needs: a root node and every
//! node it refers to, directly or through others.

use std::collections::{HashMap, HashSet, VecDeque};

use serde_json::{Map, Value};

/// The export `document` (`{"@context", "@graph"}`) cut down to the graph
/// members reachable from the member whose `@id` is `root`, in their
/// original order; `None` when no member has that `@id`.
pub fn reachable_from(document: &Value, root: &str) -> Option<Value> {
    let graph = document.get("@graph")?.as_array()?;
    let by_id: HashMap<&str, usize> = graph
        .iter()
        .enumerate()
        .filter_map(|(index, node)| Some((node.get("@id")?.as_str()?, index)))
        .collect();
    let start = *by_id.get(root)?;
    let mut keep = HashSet::from([start]);
    let mut queue = VecDeque::from([start]);
    while let Some(index) = queue.pop_front() {
        let mut ids = Vec::new();
        referenced_ids(&graph[index], &mut ids);
        for id in ids {
            if let Some(&next) = by_id.get(id) {
                if keep.insert(next) {
                    queue.push_back(next);
                }
            }
        }
    }
    let members: Vec<Value> = graph
        .iter()
        .enumerate()
        .filter(|(index, _)| keep.contains(index))
        .map(|(_, node)| node.clone())
        .collect();
    let mut out = Map::new();
    if let Some(context) = document.get("@context") {
        out.insert("@context".to_owned(), context.clone());
    }
    out.insert("@graph".to_owned(), Value::Array(members));
    Some(Value::Object(out))
}

/// Every `@id` a node mentions below its own: references and embedded
/// nodes alike.
fn referenced_ids<'a>(node: &'a Value, out: &mut Vec<&'a str>) {
    if let Value::Object(object) = node {
        for (key, member) in object {
            if key != "@id" {
                collect_ids(member, out);
            }
        }
    }
}

fn collect_ids<'a>(value: &'a Value, out: &mut Vec<&'a str>) {
    match value {
        Value::Object(object) => {
            if let Some(id) = object.get("@id").and_then(Value::as_str) {
                out.push(id);
            }
            referenced_ids(value, out);
        }
        Value::Array(items) => items.iter().for_each(|item| collect_ids(item, out)),
        _ => {}
    }
}

#[cfg(test)]
mod tests {
    use super::reachable_from;

    #[test]
    fn keeps_the_root_and_what_it_reaches() {
        let document = serde_json::json!({
            "@context": "https://schema.org",
            "@graph": [
                {"@id": "a", "knows": {"@id": "b"}},
                {"@id": "b", "worksFor": [{"@id": "c"}, {"@type": "Place", "@id": "e", "containedInPlace": {"@id": "f"}}]},
                {"@id": "c"},
                {"@id": "d", "knows": {"@id": "a"}},
                {"@id": "f"}
            ]
        });
        let sub = reachable_from(&document, "a").expect("root exists");
        let ids: Vec<&str> = sub["@graph"]
            .as_array()
            .into_iter()
            .flatten()
            .filter_map(|n| n["@id"].as_str())
            .collect();
        assert_eq!(
            ids,
            ["a", "b", "c", "f"],
            "through arrays and embedded nodes"
        );
        assert!(reachable_from(&document, "zzz").is_none());
    }
}
