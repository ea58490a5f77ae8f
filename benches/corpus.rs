//! Throughput of `attest check` with the built-in pack over the YAML and JSON files
//! of `../shared/corpus/`, replicated to a few thousand files, beside the time to
//! only parse the same files (the floor). Prints medians; compare the ratio.
//!
//! `cargo bench --bench corpus [-- COPIES]`

use attest::discover::{Input, discover};
use attest::engine::{evaluate, load_all};
use attest::load::Limits;
use std::path::Path;
use std::time::{Duration, Instant};

fn peak_rss_mib() -> Option<f64> {
    let status = std::fs::read_to_string("/proc/self/status").ok()?;
    let line = status.lines().find(|l| l.starts_with("VmHWM:"))?;
    let kib: f64 = line.split_whitespace().nth(1)?.parse().ok()?;
    Some(kib / 1024.0)
}

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

fn main() {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    if !corpus.is_dir() {
        println!("benchmark skipped: {} is absent (it sits beside the repository on the project's machines)", corpus.display());
        return;
    }
    let copies: usize = std::env::args().skip(1).find_map(|a| a.parse().ok()).unwrap_or(6);
    let (found, _) = discover(std::slice::from_ref(&corpus), &corpus, None);
    // YAML and JSON only: the copies are named by extension, and a Dockerfile has none.
    let originals: Vec<&Input> =
        found.iter().filter(|i| matches!(i.syntax, Some(attest::doc::Syntax::Yaml | attest::doc::Syntax::Json))).collect();

    // Replicate into a temporary folder so the run reads real files.
    let dir = std::env::temp_dir().join(format!("attest-bench-{}", std::process::id()));
    let mut bytes = 0u64;
    for copy in 0..copies {
        for (n, input) in originals.iter().enumerate() {
            let ext = input.path.extension().and_then(|e| e.to_str()).unwrap_or("yaml");
            let target = dir.join(format!("{copy}/{n}.{ext}"));
            if let Some(parent) = target.parent() {
                let _ = std::fs::create_dir_all(parent);
            }
            if let Ok(b) = std::fs::copy(&input.path, &target) {
                bytes += b;
            }
        }
    }
    let (inputs, _) = discover(std::slice::from_ref(&dir), &dir, None);
    let limits = Limits::default();
    let mut loader = attest::builtin::loader();
    let t = Instant::now();
    attest::builtin::add_to(&mut loader);
    let (policies, errors) = loader.finish();
    let pack_time = t.elapsed();
    assert!(errors.is_empty(), "the built-in pack has errors");

    let runs = 5;
    let mut parse = Vec::new();
    let mut check = Vec::new();
    let mut findings = 0;
    for _ in 0..runs {
        let t = Instant::now();
        let loaded = load_all(&inputs, &limits, &dir);
        parse.push(t.elapsed());
        drop(loaded);
    }
    let parse_rss = peak_rss_mib();
    for _ in 0..runs {
        let t = Instant::now();
        let loaded = load_all(&inputs, &limits, &dir);
        let (f, _) = evaluate(&policies, &loaded);
        check.push(t.elapsed());
        findings = f.len();
    }
    let check_rss = peak_rss_mib();
    let _ = std::fs::remove_dir_all(&dir);

    let (p, c) = (median(parse), median(check));
    let mb = bytes as f64 / 1e6;
    let files = inputs.len() as f64;
    println!(
        "corpus: {} YAML/JSON files x {copies} copies = {} files, {mb:.1} MB; {} policies parsed in {:.2} ms",
        originals.len(),
        inputs.len(),
        policies.len(),
        pack_time.as_secs_f64() * 1e3
    );
    println!("{:<12} {:>10} {:>10} {:>9} {:>14}", "", "median", "files/s", "MB/s", "peak RSS MiB");
    for (name, d, rss) in [("parse only", p, parse_rss), ("check", c, check_rss)] {
        let s = d.as_secs_f64();
        let rss = rss.map_or("?".to_string(), |r| format!("{r:.0}"));
        println!("{name:<12} {:>8.1}ms {:>10.0} {:>9.1} {:>14}", s * 1e3, files / s, mb / s, rss);
    }
    println!(
        "check / parse = {:.2} ({findings} findings, {runs} runs each, threads = {})",
        c.as_secs_f64() / p.as_secs_f64(),
        rayon::current_num_threads()
    );
}
