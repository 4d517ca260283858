//! Which RDFa subjects are top-level nodes, and which are written inside
//! the node that links to them.

use super::Reader;

impl Reader<'_> {
    /// The top-level nodes: those that say something in schema.org's
    /// vocabulary and are not nested, in the order they are first
    /// described. A node is nested when an element links to it and the node
    /// is first described inside that element (`<div property="location"
    /// typeof="Place">`, a hanging `rel` completed below it); a link to a
    /// node described elsewhere (`<link property="isPartOf" href="#vol">`,
    /// a `rev`) is a reference.
    pub(super) fn roots(&self) -> Vec<usize> {
        // The last element inside each element of the walk.
        let mut last: Vec<usize> = (0..self.parents.len()).collect();
        for element in (0..self.parents.len()).rev() {
            if let Some(parent) = self.parents[element] {
                last[parent] = last[parent].max(last[element]);
            }
        }
        let described = |node: usize| self.described_at.get(node).copied().flatten();
        let mut nested = vec![false; self.graph.nodes.len()];
        for (object, element) in &self.links {
            if let Some(at) = described(*object) {
                if (*element..=last[*element]).contains(&at) {
                    nested[*object] = true;
                }
            }
        }
        let mut roots: Vec<(usize, usize)> = (0..self.graph.nodes.len())
            .filter(|node| !nested[*node] && self.speaks_schema_org(*node))
            .filter_map(|node| described(node).map(|at| (at, node)))
            .collect();
        roots.sort_unstable();
        roots.into_iter().map(|(_, node)| node).collect()
    }

    /// Notes that the element being read describes `node`.
    pub(super) fn describes(&mut self, node: usize) {
        if self.described_at.len() <= node {
            self.described_at.resize(node + 1, None);
        }
        self.described_at[node].get_or_insert(self.current);
    }

    /// True when the node has a type or a schema.org property (other
    /// vocabularies' names are whole IRIs).
    fn speaks_schema_org(&self, node: usize) -> bool {
        let node = &self.graph.nodes[node];
        !node.types.is_empty() || node.properties.iter().any(|(name, _)| !name.contains(':'))
    }
}
