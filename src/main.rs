/// `mi_option_purge_delay` in mimalloc's `mi_option_t`, 2 and 3 alike;
/// libmimalloc-sys names only the options of mimalloc 1.
const PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

/// `mi_option_destroy_on_exit`, likewise: above 1, mimalloc does not run
/// its own clean-up when the process exits.
const DESTROY_ON_EXIT: libmimalloc_sys::mi_option_t = 22;

// attest allocates many small values (documents, syntax trees, findings)
// from several threads; mimalloc does that markedly faster than glibc's
// allocator (see benches/).
#[global_allocator]
static ALLOCATOR: Mimalloc = Mimalloc;

/// mimalloc, asked for plain `mi_malloc` when the alignment is one it gives
/// every block of the size anyway (as std's `System` does with `malloc`):
/// the `mimalloc` crate always calls `mi_malloc_aligned`, a slower path.
struct Mimalloc;

/// The alignment `mi_malloc` gives every block at least as large.
const MI_MAX_ALIGN: usize = 16;

fn plain(layout: std::alloc::Layout) -> bool {
    layout.align() <= MI_MAX_ALIGN && layout.align() <= layout.size()
}

// SAFETY: every block comes from mimalloc and goes back to it (`mi_free`
// takes blocks of both `mi_malloc` and `mi_malloc_aligned`); a plain block
// is given only for an alignment `mi_malloc` guarantees.
unsafe impl std::alloc::GlobalAlloc for Mimalloc {
    unsafe fn alloc(&self, layout: std::alloc::Layout) -> *mut u8 {
        use libmimalloc_sys as mi;
        // SAFETY: see the impl.
        unsafe {
            if plain(layout) { mi::mi_malloc(layout.size()).cast() } else { mi::mi_malloc_aligned(layout.size(), layout.align()).cast() }
        }
    }

    unsafe fn alloc_zeroed(&self, layout: std::alloc::Layout) -> *mut u8 {
        use libmimalloc_sys as mi;
        // SAFETY: see the impl.
        unsafe {
            if plain(layout) { mi::mi_zalloc(layout.size()).cast() } else { mi::mi_zalloc_aligned(layout.size(), layout.align()).cast() }
        }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, _layout: std::alloc::Layout) {
        // SAFETY: see the impl.
        unsafe { libmimalloc_sys::mi_free(ptr.cast()) }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: std::alloc::Layout, new_size: usize) -> *mut u8 {
        use libmimalloc_sys as mi;
        // SAFETY: see the impl; the new size keeps the alignment rule.
        unsafe {
            if plain(std::alloc::Layout::from_size_align_unchecked(new_size, layout.align())) {
                mi::mi_realloc(ptr.cast(), new_size).cast()
            } else {
                mi::mi_realloc_aligned(ptr.cast(), new_size, layout.align()).cast()
            }
        }
    }
}

fn main() -> std::process::ExitCode {
    return_freed_memory_sooner();
    skip_clean_up_at_exit();
    attest::cli::main()
}

/// A statically linked mimalloc collects every page of the main thread's
/// heap when the process exits (for a library that is loaded and unloaded):
/// work the system does anyway, and a tenth of a millisecond of each
/// pre-commit call. attest drops nothing at exit either (see `cli::check`).
/// Kept when mimalloc is asked for its statistics, which it prints then.
fn skip_clean_up_at_exit() {
    if std::env::var_os("MIMALLOC_SHOW_STATS").is_none() && std::env::var_os("MIMALLOC_VERBOSE").is_none() {
        // SAFETY: sets one integer option, read once, at exit.
        unsafe { libmimalloc_sys::mi_option_set(DESTROY_ON_EXIT, 2) };
    }
}

/// mimalloc 3 keeps freed pages for a second before it returns them to the
/// system, and so a run that parses unit after unit holds the high-water mark
/// of every thread's working set (about a third of the peak on 30k files).
/// Ten milliseconds, mimalloc 2's default, returns them between units at no
/// measurable cost (benches/corpus.rs). `MIMALLOC_PURGE_DELAY` in the
/// environment still wins. Transparent huge pages are left off (the `no_thp`
/// feature): they round every page mimalloc touches up to 2 MiB.
fn return_freed_memory_sooner() {
    if std::env::var_os("MIMALLOC_PURGE_DELAY").is_none() {
        // SAFETY: sets one integer option; mimalloc reads it at its next purge.
        unsafe { libmimalloc_sys::mi_option_set(PURGE_DELAY, 10) };
    }
}

#[cfg(test)]
mod tests {
    /// Option 15 is the purge delay: 1000 ms by default in mimalloc 3. An
    /// upgrade that renumbers the options fails here rather than setting
    /// another option in silence.
    #[test]
    fn option_fifteen_is_the_purge_delay() {
        if std::env::var_os("MIMALLOC_PURGE_DELAY").is_none() {
            // SAFETY: reads one integer option.
            assert_eq!(unsafe { libmimalloc_sys::mi_option_get(super::PURGE_DELAY) }, 1000);
        }
    }

    /// Option 22 is `destroy_on_exit` (off by default), between the
    /// deprecated reclaim percentage (10) and the arena reservation (1 GiB,
    /// in KiB): an upgrade that renumbers them fails here.
    #[test]
    fn option_twenty_two_is_destroy_on_exit() {
        use libmimalloc_sys::mi_option_get;
        if std::env::var_os("MIMALLOC_DESTROY_ON_EXIT").is_none() && std::env::var_os("MIMALLOC_ARENA_RESERVE").is_none() {
            // SAFETY: reads integer options.
            let around = unsafe { [mi_option_get(21), mi_option_get(super::DESTROY_ON_EXIT), mi_option_get(23)] };
            assert_eq!(around, [10, 0, 1024 * 1024]);
        }
    }

    /// Blocks have the alignment asked for, plain or not, and keep their
    /// bytes and alignment when they grow or shrink across the plain limit.
    #[test]
    fn blocks_are_aligned_as_asked() {
        use std::alloc::{GlobalAlloc, Layout};
        let a = super::Mimalloc;
        for align in [1, 2, 8, 16, 32, 64, 4096] {
            for size in [1, 3, 8, 15, 16, 17, 100, 5000, 70_000] {
                let Ok(layout) = Layout::from_size_align(size, align) else { continue };
                for new_size in [size / 2 + 1, size * 3] {
                    // SAFETY: non-zero sizes; each block is freed once, with its layout.
                    unsafe {
                        let p = if size.is_multiple_of(2) { a.alloc_zeroed(layout) } else { a.alloc(layout) };
                        assert!(!p.is_null() && (p as usize).is_multiple_of(align), "{size} bytes aligned to {align}");
                        p.write_bytes(7, size);
                        let q = a.realloc(p, layout, new_size);
                        assert!(!q.is_null() && (q as usize).is_multiple_of(align), "{size} → {new_size} bytes aligned to {align}");
                        assert!((0..size.min(new_size)).all(|i| *q.add(i) == 7));
                        a.dealloc(q, Layout::from_size_align_unchecked(new_size, align));
                    }
                }
            }
        }
    }
}
