/// `mi_option_purge_delay` in mimalloc's `mi_option_t`, 2 and 3 alike;
/// libmimalloc-sys names only the options of mimalloc 1.
const PURGE_DELAY: libmimalloc_sys::mi_option_t = 15;

// attest allocates many small values (documents, syntax trees, findings)
// from several threads; mimalloc does that markedly faster than glibc's
// allocator (see benches/).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    return_freed_memory_sooner();
    attest::cli::main()
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
}
