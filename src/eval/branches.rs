//! Which way the branches of a policy went, for `attest test`'s coverage:
//! each operand of `or` and `and`, each `where` and `[? …]` filter, and each
//! call of a user function. Nothing is recorded unless a test asks
//! (`recording`), so `attest check` pays one relaxed load per branch.

use super::Tri;
use crate::source::{SourceFile, Span};
use std::cell::RefCell;
use std::collections::HashMap;
use std::sync::atomic::{AtomicBool, Ordering};

/// What was seen of one branch point.
#[derive(Debug, Default, Clone, Copy)]
pub struct Seen {
    pub held: bool,
    pub failed: bool,
}

/// The branch points seen, by file path and span.
pub type Hits = HashMap<String, HashMap<(u32, u32), Seen>>;

thread_local! {
    static RECORDING: RefCell<Option<Hits>> = const { RefCell::new(None) };
}

/// Whether any thread has ever recorded: until then `record` reads nothing
/// but this flag, so a check that records nothing pays one load per branch.
static EVER: AtomicBool = AtomicBool::new(false);

/// Run `f`, recording the branches evaluations on this thread take, and add
/// them to `hits`.
pub fn recording<R>(hits: &mut Hits, f: impl FnOnce() -> R) -> R {
    EVER.store(true, Ordering::Relaxed);
    RECORDING.with(|r| *r.borrow_mut() = Some(std::mem::take(hits)));
    let result = f();
    *hits = RECORDING.with(|r| r.borrow_mut().take()).unwrap_or_default();
    result
}

/// Note that the branch `span` of `file` ended `t` (a call: `Tri::True`).
pub(super) fn record(file: &SourceFile, span: Span, t: Tri) {
    if !EVER.load(Ordering::Relaxed) {
        return;
    }
    RECORDING.with(|r| {
        let mut r = r.borrow_mut();
        let Some(hits) = r.as_mut() else { return };
        let seen = hits.entry(file.path.clone()).or_default().entry((span.start, span.end)).or_default();
        match t {
            Tri::True => seen.held = true,
            Tri::False => seen.failed = true,
            Tri::Unknown => {}
        }
    });
}
