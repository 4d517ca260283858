//! Prints the JSON Schema of any modeled node wrapped as a list of nodes,
//! for `scripts/bench.sh` to give other JSON Schema validators the same
//! records and the same constraints sdx's schema layer applies.
//!
//! ```text
//! cargo run --release --example print_schema > nodes.schema.json
//! ```

fn main() {
    let node = serde_json::Value::from(sdx::schema::node_schema());
    let mut list = serde_json::json!({
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "type": "array",
        "items": {"$ref": "#/$defs/Node"},
        "$defs": {}
    });
    // The node schema's own definitions move up beside it, so its `$ref`s
    // (`#/$defs/...`) still resolve from the new root.
    if let Some(serde_json::Value::Object(defs)) = node.get("$defs") {
        list["$defs"] = serde_json::Value::Object(defs.clone());
    }
    let mut root = node;
    if let Some(object) = root.as_object_mut() {
        object.remove("$defs");
        object.remove("$schema");
    }
    list["$defs"]["Node"] = root;
    println!("{list:#}");
}
