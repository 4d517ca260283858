//! Documents set aside, rather than waited on, while another thread
//! compiles the validator they need.
//!
//! A type's `jsonschema` validator is compiled the first time a node of
//! that type fails its yes/no check: about ten milliseconds of one core.
//! A second thread reaching such a node meanwhile used to wait for it,
//! idle (on two cores, the larger part of the 17 ms of idle CPU time at
//! the start of a 100 000-record feed's run). A caller that can come back
//! to a document later, the feed's block of lines, checks it inside
//! [`may_set_aside`]: there, a node whose
//! validator another thread is compiling gives up the document instead,
//! and the thread goes on to the next one. The block checks the documents
//! it set aside again once its other documents are checked, by which time
//! the thread that was compiling has finished (it was checking a document
//! of the same block).
//!
//! A flag on the thread, not a parameter: the validator is reached from
//! deep inside a document's check, and only this one decision needs it.

use std::cell::Cell;

thread_local! {
    /// Whether the document checked now on this thread may be set aside.
    static MAY_SET_ASIDE: Cell<bool> = const { Cell::new(false) };
    /// Whether it was.
    static SET_ASIDE: Cell<bool> = const { Cell::new(false) };
}

/// Runs `check`, the check of one document, allowing the schema layer to
/// give it up rather than wait for a validator another thread is
/// compiling. Returns what `check` returned and whether the document was
/// given up: what it returned is then incomplete, and the document must be
/// checked again outside.
pub fn may_set_aside<T>(check: impl FnOnce() -> T) -> (T, bool) {
    let _scope = Scope::enter();
    let out = check();
    (out, SET_ASIDE.get())
}

/// Called where a validator is being compiled by another thread: true
/// (and the document marked as set aside) when the document may be.
pub(super) fn set_aside() -> bool {
    let allowed = MAY_SET_ASIDE.get();
    if allowed {
        SET_ASIDE.set(true);
        #[cfg(test)]
        SET_ASIDE_COUNT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    }
    allowed
}

/// Documents set aside so far in the process, for tests.
#[cfg(test)]
pub static SET_ASIDE_COUNT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

/// Restores the thread's flags, on return and on unwinding alike.
struct Scope {
    outer: (bool, bool),
}

impl Scope {
    fn enter() -> Scope {
        Scope {
            outer: (MAY_SET_ASIDE.replace(true), SET_ASIDE.replace(false)),
        }
    }
}

impl Drop for Scope {
    fn drop(&mut self) {
        MAY_SET_ASIDE.set(self.outer.0);
        SET_ASIDE.set(self.outer.1);
    }
}
