//! Which schema failures a rule's error already explains: a failure at,
//! inside or around the pointer of an error is not reported again (see
//! [`DocumentCheck::finish`](super::DocumentCheck)).
//!
//! A document can hold as many of each as it has values (a list of 200,000
//! Offers with a bad price has 200,000 `invalid-price` errors and 200,000
//! schema failures at the same pointers), so each failure is looked up in
//! the sorted pointers of the errors, in time logarithmic in their number
//! and linear in the failure's depth, instead of compared with every error.

/// The pointers of the errors pushed so far, one after another in one
/// buffer: a million unknown keys are a million errors, whose pointers
/// took 40 MB as strings of their own, and are only read if some node
/// failed its schema.
#[derive(Default)]
pub(super) struct ErrorPointers {
    text: String,
    /// Where each pointer ends in `text`.
    ends: Vec<usize>,
}

impl ErrorPointers {
    /// How many pointers were pushed.
    pub(super) fn len(&self) -> usize {
        self.ends.len()
    }

    pub(super) fn push(&mut self, pointer: &str) {
        self.text.push_str(pointer);
        self.ends.push(self.text.len());
    }

    /// The `index`-th pointer.
    fn get(&self, index: usize) -> &str {
        let start = match index {
            0 => 0,
            _ => self.ends.get(index - 1).copied().unwrap_or(0),
        };
        let end = self.ends.get(index).copied().unwrap_or(start);
        self.text.get(start..end).unwrap_or("")
    }
}

/// The pointers of the errors that explain schema failures, sorted.
pub(super) struct Explaining<'p> {
    pointers: &'p ErrorPointers,
    /// The pointers' indexes, in the pointers' order.
    sorted: Vec<usize>,
}

impl<'p> Explaining<'p> {
    /// The errors' pointers, in any order.
    pub(super) fn new(pointers: &'p ErrorPointers) -> Explaining<'p> {
        Self::since(pointers, 0)
    }

    /// The pointers pushed from the `first`-th on: the errors found so far
    /// inside a node, which explain some of its failures before the walk
    /// is done (errors are only added, so a failure they explain is
    /// explained at the end too).
    pub(super) fn since(pointers: &'p ErrorPointers, first: usize) -> Explaining<'p> {
        let mut sorted: Vec<usize> = (first..pointers.ends.len()).collect();
        sorted.sort_unstable_by(|a, b| pointers.get(*a).cmp(pointers.get(*b)));
        sorted.dedup_by(|a, b| pointers.get(*a) == pointers.get(*b));
        Explaining { pointers, sorted }
    }

    fn has(&self, pointer: &str) -> bool {
        self.sorted
            .binary_search_by(|at| self.pointers.get(*at).cmp(pointer))
            .is_ok()
    }

    /// True when an error is at `pointer`, around it (at a pointer it
    /// leads inside) or inside it. A pointer's `/`s only ever separate its
    /// tokens (a key's own `/` is written `~1`), so its ancestors are its
    /// prefixes up to each `/`.
    pub(super) fn explains(&self, pointer: &str) -> bool {
        if self.sorted.is_empty() {
            return false;
        }
        let around = pointer
            .match_indices('/')
            .any(|(at, _)| self.has(&pointer[..at]));
        if around || self.has(pointer) {
            return true;
        }
        // The pointers inside `pointer` all start with it and a `/`, and
        // sort together from the first that is not less than that prefix.
        let mut inside = String::with_capacity(pointer.len() + 1);
        inside.push_str(pointer);
        inside.push('/');
        let first = self
            .sorted
            .partition_point(|at| self.pointers.get(*at) < inside.as_str());
        self.sorted
            .get(first)
            .is_some_and(|at| self.pointers.get(*at).starts_with(inside.as_str()))
    }
}

#[cfg(test)]
mod tests {
    use super::Explaining;

    /// The definition the lookup stands for: one pointer is the other or
    /// leads inside it.
    fn related(a: &str, b: &str) -> bool {
        let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
        long.starts_with(short)
            && (long.len() == short.len() || long.as_bytes()[short.len()] == b'/')
    }

    #[test]
    fn finds_errors_at_around_and_inside_a_failure_as_comparing_each_would() {
        let errors = [
            "/offers/1/price",
            "/name",
            "/a~1b/0",
            "/offers/10",
            "/x-y",
            "",
        ];
        let failures = [
            "",
            "/offers",
            "/offers/1",
            "/offers/1/price",
            "/offers/1/price/x",
            "/offers/11",
            "/offers/10/price",
            "/offers/2",
            "/name",
            "/names",
            "/nam",
            "/a~1b",
            "/a",
            "/x",
            "/x-y/z",
            "/x-",
            "/z",
        ];
        for errors in [&errors[..], &errors[..5], &errors[1..2], &[][..]] {
            let mut pointers = super::ErrorPointers::default();
            for error in errors {
                pointers.push(error);
            }
            let explaining = Explaining::new(&pointers);
            for failure in failures {
                assert_eq!(
                    explaining.explains(failure),
                    errors.iter().any(|e| related(e, failure)),
                    "{failure} among {errors:?}"
                );
            }
        }
    }
}
