//! Which schema failures a rule's error already explains: a failure at,
//! inside or around the pointer of an error is not reported again (see
//! [`DocumentCheck::finish`](super::DocumentCheck)).
//!
//! A document can hold as many of each as it has values (a list of 200,000
//! Offers with a bad price has 200,000 `invalid-price` errors and 200,000
//! schema failures at the same pointers), so each failure is looked up in
//! the sorted pointers of the errors, in time logarithmic in their number
//! and linear in the failure's depth, instead of compared with every error.

/// The pointers of the errors that explain schema failures, sorted.
pub(super) struct Explaining {
    sorted: Vec<String>,
}

impl Explaining {
    /// The errors' pointers, in any order.
    pub(super) fn new(mut pointers: Vec<String>) -> Explaining {
        pointers.sort_unstable();
        pointers.dedup();
        Explaining { sorted: pointers }
    }

    fn has(&self, pointer: &str) -> bool {
        self.sorted
            .binary_search_by(|p| p.as_str().cmp(pointer))
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
            .partition_point(|p| p.as_str() < inside.as_str());
        self.sorted
            .get(first)
            .is_some_and(|p| p.starts_with(inside.as_str()))
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
            let explaining = Explaining::new(errors.iter().map(|e| e.to_string()).collect());
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
