//! Mermaid flowchart text, which code hosts render in Markdown.

use std::fmt::Write;

use super::{caption, Diagram};

/// Escapes text for a Mermaid quoted label: quotes and the characters
/// Mermaid treats as markup become its `#…;` entity codes.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for ch in text.chars() {
        match ch {
            '"' => out.push_str("#quot;"),
            '<' => out.push_str("#lt;"),
            '>' => out.push_str("#gt;"),
            '#' => out.push_str("#35;"),
            '\n' | '\r' => out.push(' '),
            c if c.is_control() => {}
            c => out.push(c),
        }
    }
    out
}

/// The diagram as a Mermaid `flowchart LR`.
pub fn to_mermaid(diagram: &Diagram) -> String {
    let mut out = String::from("flowchart LR\n");
    for node in &diagram.nodes {
        let (types, name) = caption(node);
        let (open, close) = if node.unresolved {
            ("[/", "/]")
        } else {
            ("[", "]")
        };
        let _ = writeln!(
            out,
            "  {}{}\"{}<br/>{}\"{}",
            node.key,
            open,
            escape(&types),
            escape(&name),
            close
        );
    }
    for edge in &diagram.edges {
        let _ = writeln!(
            out,
            "  {} -- \"{}\" --> {}",
            edge.from,
            escape(&edge.property),
            edge.to
        );
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn escapes_labels() {
        assert_eq!(escape("a \"b\" <c> #d"), "a #quot;b#quot; #lt;c#gt; #35;d");
    }
}
