//! Which modeled type a node of a type sdx does not model is checked as:
//! its nearest modeled ancestors in the vocabulary.

use rustc_hash::FxHashSet as HashSet;

/// The modeled ancestors of `start` nearest to it: a breadth-first walk up
/// the vocabulary's hierarchy that stops at the first level holding a
/// modeled type, and keeps every modeled type of that level.
pub(super) fn nearest_modeled(
    vocabulary: &crate::vocab::Vocabulary,
    start: crate::vocab::TypeId,
    modeled: &dyn Fn(&str) -> Option<&'static str>,
) -> Vec<&'static str> {
    let mut level = vec![start];
    let mut seen = HashSet::default();
    while !level.is_empty() {
        let found: Vec<&'static str> = level
            .iter()
            .filter_map(|t| modeled(vocabulary.type_by_id(*t).name()))
            .collect();
        if !found.is_empty() {
            let mut found = found;
            found.sort_unstable();
            found.dedup();
            return found;
        }
        level = level
            .iter()
            .flat_map(|t| vocabulary.type_by_id(*t).supertypes().iter().copied())
            .filter(|t| seen.insert(*t))
            .collect();
    }
    Vec::new()
}
