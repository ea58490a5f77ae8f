// attest allocates many small values (documents, syntax trees, findings)
// from several threads; mimalloc does that markedly faster than glibc's
// allocator (see benches/).
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> std::process::ExitCode {
    attest::cli::main()
}
