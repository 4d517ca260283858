//! Where the values at a set of JSON pointers start, found in one pass over
//! the text, without building a tree of it.
//!
//! Placing a document's findings needs the offsets of a few pointers (at
//! most `--max-diagnostics` of them) in a document that may be large: an
//! object of a million keys is 12 MB of text. A span-aware tree of such a
//! document ([`Locator`](super::Locator)) costs over 100 bytes per key, more
//! than the document's own tree; this pass keeps only the pointers' tokens
//! and the path it is on, skipping every value off that path.
//!
//! The pointers are a tree of their tokens. The pass walks the text with an
//! explicit stack (no recursion, whatever the depth) and notes where each
//! token's value starts. As in [`Locator`](super::Locator), an object's last
//! value of a repeated key is the one a pointer leads to, and a pointer that
//! leads past the document finds the deepest value that exists on the way:
//! a key seen again forgets what was found inside its earlier value.
//!
//! The text is one serde_json has already read, so the pass checks the
//! structure it walks (brackets, keys, separators) but not the scalars it
//! skips; a text whose structure is broken finds nothing.

use rustc_hash::FxHashMap;

use super::tokens;

/// The index of the root in [`Targets::nodes`].
const ROOT: u32 = 0;

/// One token of the pointers: the value it names, once found.
#[derive(Default)]
struct Target {
    /// The tokens below this one, by their unescaped text (an object's key).
    keys: FxHashMap<String, u32>,
    /// The same tokens, by the array index they read as (`"01"` and `"1"`
    /// both name item 1, as `str::parse` reads them).
    items: FxHashMap<usize, Vec<u32>>,
    /// Where the value the token names starts, in the value its parent
    /// token names last.
    offset: Option<usize>,
}

/// The tree of the pointers' tokens.
struct Targets {
    nodes: Vec<Target>,
}

impl Targets {
    fn new<'p>(pointers: impl IntoIterator<Item = &'p str>) -> Targets {
        let mut nodes = vec![Target::default()];
        for pointer in pointers {
            let mut at = ROOT;
            for token in tokens(pointer) {
                let next = u32::try_from(nodes.len()).unwrap_or(u32::MAX);
                let parent = &mut nodes[at as usize];
                let child = match parent.keys.get(&token) {
                    Some(child) => *child,
                    None => {
                        if let Ok(index) = token.parse::<usize>() {
                            parent.items.entry(index).or_default().push(next);
                        }
                        parent.keys.insert(token, next);
                        nodes.push(Target::default());
                        next
                    }
                };
                at = child;
            }
        }
        Targets { nodes }
    }

    /// Notes that the value `node` names starts at `offset`, and forgets
    /// what was found inside an earlier value of the same token.
    fn found(&mut self, node: u32, offset: usize) {
        self.nodes[node as usize].offset = Some(offset);
        let mut below: Vec<u32> = self.nodes[node as usize].keys.values().copied().collect();
        while let Some(child) = below.pop() {
            let target = &mut self.nodes[child as usize];
            if target.offset.take().is_some() {
                below.extend(target.keys.values().copied());
            }
        }
    }

    /// Puts into `into` the tokens below `parents` that name `key`.
    fn by_key(&self, parents: &[u32], key: &str, into: &mut Vec<u32>) {
        into.clear();
        for parent in parents {
            if let Some(child) = self.nodes[*parent as usize].keys.get(key) {
                into.push(*child);
            }
        }
    }

    /// Puts into `into` the tokens below `parents` that name item `index`.
    fn by_index(&self, parents: &[u32], index: usize, into: &mut Vec<u32>) {
        into.clear();
        for parent in parents {
            if let Some(children) = self.nodes[*parent as usize].items.get(&index) {
                into.extend_from_slice(children);
            }
        }
    }

    /// Where the value at `pointer` starts, or that of the deepest value
    /// that exists on its way; `None` only when the root was not found.
    fn offset(&self, pointer: &str) -> Option<usize> {
        let mut at = ROOT;
        let mut offset = self.nodes[ROOT as usize].offset?;
        for token in tokens(pointer) {
            let Some(child) = self.nodes[at as usize].keys.get(&token) else {
                break;
            };
            match self.nodes[*child as usize].offset {
                Some(found) => {
                    offset = found;
                    at = *child;
                }
                None => break,
            }
        }
        Some(offset)
    }
}

/// An object or array the pass is inside, on the pointers' path.
struct Frame {
    /// The tokens that name this container.
    parents: Vec<u32>,
    /// The index of the current item; `None` in an object.
    index: Option<usize>,
}

/// The byte offsets where the values at `pointers` start in the JSON
/// `text`, in the pointers' order: for a pointer that leads past the
/// document, the offset of the deepest value that exists on its way;
/// `None` for every pointer when the text's structure is broken.
pub fn offsets(text: &str, pointers: &[&str]) -> Vec<Option<usize>> {
    let mut targets = Targets::new(pointers.iter().copied());
    match walk(text.as_bytes(), &mut targets) {
        Some(()) => pointers
            .iter()
            .map(|pointer| targets.offset(pointer))
            .collect(),
        None => vec![None; pointers.len()],
    }
}

/// One pass over `bytes`, noting where each target's value starts.
fn walk(bytes: &[u8], targets: &mut Targets) -> Option<()> {
    let mut stack: Vec<Frame> = Vec::new();
    // The tokens that name the value about to be read.
    let mut naming: Vec<u32> = vec![ROOT];
    let mut pos = 0;
    loop {
        pos = skip_space(bytes, pos);
        let first = *bytes.get(pos)?;
        for node in &naming {
            targets.found(*node, pos);
        }
        if naming.is_empty() {
            pos = skip_value(bytes, pos)?;
        } else {
            match first {
                b'{' | b'[' => {
                    let close = if first == b'{' { b'}' } else { b']' };
                    pos = skip_space(bytes, pos + 1);
                    if bytes.get(pos) == Some(&close) {
                        pos += 1;
                    } else {
                        let parents = std::mem::take(&mut naming);
                        let index = if first == b'{' {
                            pos = key(bytes, pos, targets, &parents, &mut naming)?;
                            None
                        } else {
                            targets.by_index(&parents, 0, &mut naming);
                            Some(0)
                        };
                        stack.push(Frame { parents, index });
                        continue;
                    }
                }
                b'"' => pos = skip_string(bytes, pos)?,
                _ => pos = skip_scalar(bytes, pos),
            }
        }
        // After a value: the next one in its container, or the container's
        // end (and then what follows the container).
        loop {
            pos = skip_space(bytes, pos);
            let Some(frame) = stack.last_mut() else {
                return Some(());
            };
            match (*bytes.get(pos)?, frame.index) {
                (b',', None) => {
                    pos = skip_space(bytes, pos + 1);
                    pos = key(bytes, pos, targets, &frame.parents, &mut naming)?;
                    break;
                }
                (b',', Some(index)) => {
                    frame.index = Some(index + 1);
                    targets.by_index(&frame.parents, index + 1, &mut naming);
                    pos += 1;
                    break;
                }
                (b'}', None) | (b']', Some(_)) => {
                    pos += 1;
                    stack.pop();
                }
                _ => return None,
            }
        }
    }
}

/// Reads the key at `pos` and the `:` after it; puts into `naming` the
/// tokens below `parents` that the key names. Returns where its value may
/// start.
fn key(
    bytes: &[u8],
    pos: usize,
    targets: &Targets,
    parents: &[u32],
    naming: &mut Vec<u32>,
) -> Option<usize> {
    if bytes.get(pos) != Some(&b'"') {
        return None;
    }
    let end = skip_string(bytes, pos)?;
    let raw = bytes.get(pos + 1..end - 1)?;
    if raw.contains(&b'\\') {
        // An escaped key (rare): serde_json unescapes it as it did when
        // the document was read.
        let quoted = std::str::from_utf8(bytes.get(pos..end)?).ok()?;
        let key: String = serde_json::from_str(quoted).ok()?;
        targets.by_key(parents, &key, naming);
    } else {
        targets.by_key(parents, std::str::from_utf8(raw).ok()?, naming);
    }
    let colon = skip_space(bytes, end);
    (bytes.get(colon) == Some(&b':')).then_some(colon + 1)
}

fn skip_space(bytes: &[u8], mut pos: usize) -> usize {
    while let Some(b' ' | b'\t' | b'\n' | b'\r') = bytes.get(pos) {
        pos += 1;
    }
    pos
}

/// The end of the string whose opening quote is at `pos` (just past its
/// closing quote).
fn skip_string(bytes: &[u8], pos: usize) -> Option<usize> {
    let mut at = pos + 1;
    loop {
        at += memchr::memchr2(b'"', b'\\', bytes.get(at..)?)?;
        if bytes[at] == b'"' {
            return Some(at + 1);
        }
        // An escape: the byte after the backslash is never the end.
        at += 2;
    }
}

/// The end of the number, `true`, `false` or `null` at `pos`.
fn skip_scalar(bytes: &[u8], mut pos: usize) -> usize {
    while let Some(byte) = bytes.get(pos) {
        if matches!(
            byte,
            b',' | b'}' | b']' | b':' | b' ' | b'\t' | b'\n' | b'\r' | b'"' | b'{' | b'['
        ) {
            break;
        }
        pos += 1;
    }
    pos
}

/// The end of the value at `pos`, which no pointer leads into.
fn skip_value(bytes: &[u8], pos: usize) -> Option<usize> {
    match bytes.get(pos)? {
        b'"' => skip_string(bytes, pos),
        b'{' | b'[' => {
            let mut depth = 0usize;
            let mut at = pos;
            loop {
                match *bytes.get(at)? {
                    b'"' => {
                        at = skip_string(bytes, at)?;
                        continue;
                    }
                    b'{' | b'[' => depth += 1,
                    b'}' | b']' => {
                        depth -= 1;
                        if depth == 0 {
                            return Some(at + 1);
                        }
                    }
                    _ => {}
                }
                at += 1;
            }
        }
        _ => Some(skip_scalar(bytes, pos)),
    }
}

#[cfg(test)]
mod tests {
    use super::offsets;
    use crate::position::Locator;
    use proptest::prelude::*;

    fn one(text: &str, pointer: &str) -> Option<usize> {
        offsets(text, &[pointer])[0]
    }

    #[test]
    fn follows_keys_items_and_escapes() {
        let text = r#" {"a": [10, {"b~/": "x", "c\"d": null}], "e": 1} "#;
        assert_eq!(one(text, ""), Some(1));
        assert_eq!(one(text, "/a"), Some(7));
        assert_eq!(one(text, "/a/1"), Some(12));
        assert_eq!(one(text, "/a/01"), Some(12), "read as str::parse reads it");
        assert_eq!(one(text, "/a/1/b~0~1"), Some(20));
        assert_eq!(one(text, "/a/1/c\"d"), Some(33));
        assert_eq!(one(text, "/e"), Some(46));
        // Past the document: the deepest value on the way.
        assert_eq!(one(text, "/a/7"), Some(7));
        assert_eq!(one(text, "/e/f"), Some(46));
        assert_eq!(one(text, "/nope/x"), Some(1));
    }

    #[test]
    fn a_repeated_key_leads_into_its_last_value() {
        let text = r#"{"k": {"x": 1}, "k": {"y": 2}}"#;
        assert_eq!(one(text, "/k"), Some(21));
        assert_eq!(one(text, "/k/x"), Some(21), "the first value is forgotten");
        assert_eq!(one(text, "/k/y"), Some(27));
    }

    #[test]
    fn a_broken_structure_finds_nothing() {
        assert_eq!(offsets(r#"{"a" 1}"#, &["/a", ""]), vec![None, None]);
        assert_eq!(one(r#"{"a": [1, 2}"#, "/a"), None);
        assert_eq!(one("", ""), None);
    }

    #[test]
    fn deep_nesting_needs_no_recursion() {
        let depth = 100_000;
        let text = format!("{}1{}", "[".repeat(depth), "]".repeat(depth));
        let pointer = "/0".repeat(depth);
        assert_eq!(one(&text, &pointer), Some(depth));
    }

    /// The text of a JSON value whose objects' keys may repeat, escape
    /// and read as indexes, spaced in several ways.
    fn json() -> impl Strategy<Value = String> {
        let leaf = prop_oneof![
            Just("null".to_owned()),
            any::<i32>().prop_map(|n| n.to_string()),
            "[a-c\"\\\\/~ é]{0,4}".prop_map(|s| serde_json::Value::from(s).to_string()),
        ];
        leaf.prop_recursive(4, 40, 5, |inner| {
            prop_oneof![
                prop::collection::vec(inner.clone(), 0..5)
                    .prop_map(|items| format!("[ {} ]", items.join(",\n"))),
                prop::collection::vec(("[ab~/\"0-1]{0,2}", inner), 0..5).prop_map(|entries| {
                    let body: Vec<String> = entries
                        .iter()
                        .map(|(k, v)| format!("{}: {v}", serde_json::Value::from(k.as_str())))
                        .collect();
                    format!("{{{}}}", body.join(", "))
                }),
            ]
        })
    }

    proptest! {
        /// The pass finds what the span tree finds, for every pointer to a
        /// value of the document and for pointers past it.
        #[test]
        fn finds_what_the_span_tree_finds(
            text in json(),
            extra in prop::collection::vec("(/[ab~/0-2]{0,2}){0,3}", 0..4),
        ) {
            let locator = Locator::new(&text);
            let mut pointers: Vec<String> = Vec::new();
            collect_pointers(&serde_json::from_str(&text).unwrap(), String::new(), &mut pointers);
            pointers.extend(extra);
            let refs: Vec<&str> = pointers.iter().map(String::as_str).collect();
            let found = offsets(&text, &refs);
            for (pointer, offset) in refs.iter().zip(found) {
                prop_assert_eq!(offset, locator.offset(pointer), "{} in {}", pointer, text);
            }
        }
    }

    /// Every pointer to a value of `value`, under `at`.
    fn collect_pointers(value: &serde_json::Value, at: String, into: &mut Vec<String>) {
        match value {
            serde_json::Value::Object(map) => {
                for (key, child) in map {
                    let token = key.replace('~', "~0").replace('/', "~1");
                    collect_pointers(child, format!("{at}/{token}"), into);
                }
            }
            serde_json::Value::Array(items) => {
                for (index, child) in items.iter().enumerate() {
                    collect_pointers(child, format!("{at}/{index}"), into);
                }
            }
            _ => {}
        }
        into.push(at);
    }
}
