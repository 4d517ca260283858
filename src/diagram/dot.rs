//! Graphviz DOT text.

use std::fmt::Write;

use super::{caption, Diagram};

/// Escapes text for a DOT double-quoted string.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' | '\r' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// The diagram as a DOT `digraph`.
pub fn to_dot(diagram: &Diagram) -> String {
    let mut out = String::from("digraph sdx {\n  rankdir=LR;\n  node [shape=box];\n");
    for node in &diagram.nodes {
        let (types, name) = caption(node);
        let style = if node.unresolved {
            ", style=dashed"
        } else {
            ""
        };
        let _ = writeln!(
            out,
            "  {} [label=\"{}\\n{}\"{}];",
            node.key,
            escape(&types),
            escape(&name),
            style
        );
    }
    for edge in &diagram.edges {
        let _ = writeln!(
            out,
            "  {} -> {} [label=\"{}\"];",
            edge.from,
            edge.to,
            escape(&edge.property)
        );
    }
    out.push_str("}\n");
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_quotes_and_backslashes() {
        assert_eq!(escape("a \"b\" \\c"), "a \\\"b\\\" \\\\c");
    }
}
