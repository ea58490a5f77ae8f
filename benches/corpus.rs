//! What issue-level performance claims rest on, re-measured with one command:
//! `cargo bench --bench corpus [-- SIZE...]` (default 1000 10000 30000 files).
//!
//! It first measures the start-up (one small Terraform file, with and
//! without the built-in pack) and the pre-commit case (ten files named on the
//! command line), medians of 21 runs. Then, for each size, the files of
//! `../shared/corpus/` are copied (folders kept, whole repositories first)
//! into a temporary folder until there are SIZE files, and it reports, as
//! medians of three runs:
//! - `attest check` with the built-in pack, as a separate process (the
//!   release binary): wall time, files/s, and its peak resident memory;
//!   and with one job (`-j 1`): its wall time, and the speed-up of the
//!   default jobs (one per core) over it;
//! - the parse floor: attest's own loading of the files (parse and static
//!   resolution), in process, without evaluating any policy.
//!
//! The processes run before this one loads anything: a child's peak memory
//! counts what it shares with its parent when it is spawned. Machines are
//! shared and noisy: compare ratios within one run.

use attest::discover::{Input, discover};
use attest::engine::load_all;
use attest::load::Limits;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

/// Run `attest` with `args`; its wall time and peak resident memory (MiB).
fn attest(args: &[&std::ffi::OsStr]) -> (Duration, f64) {
    let t = Instant::now();
    let child = Command::new(env!("CARGO_BIN_EXE_attest")).args(args).stdout(Stdio::null()).stderr(Stdio::null()).spawn();
    let Ok(child) = child else { return (t.elapsed(), f64::NAN) };
    let mut status = 0;
    // SAFETY: an all-zero rusage is a valid value for wait4 to fill in.
    let mut usage: libc::rusage = unsafe { std::mem::zeroed() };
    // SAFETY: waits for our own child, with pointers to live locals.
    unsafe { libc::wait4(child.id() as libc::pid_t, &mut status, 0, &mut usage) };
    (t.elapsed(), usage.ru_maxrss as f64 / 1024.0)
}

/// Copies of the corpus's files under `dir`, `size` files in all.
fn replicate(corpus: &Path, files: &[Input], dir: &Path, size: usize) -> usize {
    let mut bytes = 0;
    for n in 0..size {
        let Some(input) = files.get(n % files.len()) else { break };
        let rel = input.path.strip_prefix(corpus).unwrap_or(&input.path);
        let target = dir.join(format!("copy{}", n / files.len())).join(rel);
        if let Some(parent) = target.parent() {
            let _ = std::fs::create_dir_all(parent);
        }
        bytes += std::fs::copy(&input.path, &target).unwrap_or(0) as usize;
    }
    bytes
}

fn main() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    if !corpus.is_dir() {
        println!("benchmark skipped: {} is absent (it sits beside the repository on the project's machines)", corpus.display());
        return;
    }
    let mut sizes: Vec<usize> = std::env::args().skip(1).filter_map(|a| a.parse().ok()).collect();
    if sizes.is_empty() {
        sizes = vec![1_000, 10_000, 30_000];
    }
    let (found, _) = discover(std::slice::from_ref(&corpus), &corpus, None);
    let limits = Limits::default();
    println!(
        "corpus: {} files of {}; threads: {}",
        found.len(),
        corpus.display(),
        std::thread::available_parallelism().map_or(1, |n| n.get())
    );
    // Start-up and the processes first: a child's peak memory and start
    // count what it shares with this process when it is spawned, so they run
    // before this process loads anything itself.
    startup(&found);
    let mut measured = Vec::new();
    for size in sizes {
        let dir = std::env::temp_dir().join(format!("attest-bench-{}-{size}", std::process::id()));
        let bytes = replicate(&corpus, &found, &dir, size);
        let runs: Vec<(Duration, f64)> =
            (0..3).map(|_| attest(&["check".as_ref(), dir.as_os_str(), "-f".as_ref(), "json".as_ref()])).collect();
        let check = median(runs.iter().map(|r| r.0).collect());
        let peak = runs.iter().map(|r| r.1).fold(0.0, f64::max);
        let one_job = ["check".as_ref(), dir.as_os_str(), "-f".as_ref(), "json".as_ref(), "-j".as_ref(), "1".as_ref()];
        let one = median((0..3).map(|_| attest(&one_job).0).collect());
        measured.push((size, dir, bytes, check, peak, one));
    }
    println!(
        "{:>7} {:>7} | {:>11} {:>9} | {:>11} {:>9} {:>9} | {:>11} | {:>11} {:>8}",
        "files", "MB", "parse floor", "files/s", "check", "files/s", "peak MiB", "check/floor", "one job", "speed-up"
    );
    for (size, dir, bytes, check, peak, one) in measured {
        let (inputs, _) = discover(std::slice::from_ref(&dir), &dir, None);
        let floor = median(
            (0..3)
                .map(|_| {
                    let t = Instant::now();
                    drop(load_all(&inputs, &limits, &dir));
                    t.elapsed()
                })
                .collect(),
        );
        let per_s = |d: Duration| size as f64 / d.as_secs_f64();
        println!(
            "{size:>7} {:>7.1} | {:>9.0}ms {:>9.0} | {:>9.0}ms {:>9.0} {:>9.0} | {:>11.2} | {:>9.0}ms {:>8.2}",
            bytes as f64 / 1e6,
            floor.as_secs_f64() * 1e3,
            per_s(floor),
            check.as_secs_f64() * 1e3,
            per_s(check),
            peak,
            check.as_secs_f64() / floor.as_secs_f64(),
            one.as_secs_f64() * 1e3,
            one.as_secs_f64() / check.as_secs_f64()
        );
        let _ = std::fs::remove_dir_all(&dir);
    }
}

/// Start-up and the pre-commit case, medians of 21 runs.
fn startup(found: &[Input]) {
    let dir = std::env::temp_dir().join(format!("attest-bench-{}-startup", std::process::id()));
    let _ = std::fs::create_dir_all(&dir);
    let tiny = dir.join("main.tf");
    let _ = std::fs::write(&tiny, "resource \"aws_s3_bucket\" \"b\" {\n  bucket = \"b\"\n}\n");
    let ten: Vec<PathBuf> = found.iter().filter(|i| i.syntax.is_some()).take(10).map(|i| i.path.clone()).collect();
    let time = |args: Vec<&std::ffi::OsStr>| median((0..21).map(|_| attest(&args).0).collect());
    let with = time(vec!["check".as_ref(), tiny.as_os_str()]);
    let without = time(vec!["check".as_ref(), "--no-builtin".as_ref(), tiny.as_os_str()]);
    let mut args: Vec<&std::ffi::OsStr> = vec!["check".as_ref()];
    args.extend(ten.iter().map(|p| p.as_os_str()));
    let pre_commit = time(args);
    println!("start-up (one small .tf): {:.1} ms with the built-in pack, {:.1} ms without", ms(with), ms(without));
    println!("pre-commit ({} files named): {:.1} ms", ten.len(), ms(pre_commit));
    let _ = std::fs::remove_dir_all(&dir);
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}
