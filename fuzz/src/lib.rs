//! What the fuzz targets share: the built-in pack loaded once, a check of the
//! spans loaders produce, the in-memory pipeline from file texts to rendered
//! findings, and the structured document generator (`generate`).
//!
//! Every function here panics on a broken invariant: a panic is what the
//! fuzzer reports as a crash.

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic, reason = "a fuzz target fails by panicking")]

pub mod generate;

use attest::doc::{Document, Node, Syntax, Value};
use attest::engine::{self, Loaded};
use attest::load::Limits;
use attest::policy::Policy;
use attest::report::{self, Format, Style};
use attest::source::SourceFile;
use std::sync::{Arc, OnceLock};

/// The built-in pack, parsed and checked once per process.
pub fn pack() -> &'static [Arc<Policy>] {
    static PACK: OnceLock<Vec<Arc<Policy>>> = OnceLock::new();
    PACK.get_or_init(|| {
        let mut loader = attest::builtin::loader();
        attest::builtin::add_to(&mut loader);
        let (policies, diags) = loader.finish();
        assert!(diags.is_empty(), "the built-in pack has errors: {:?}", diags.iter().map(|d| &d.message).collect::<Vec<_>>());
        assert!(!policies.is_empty(), "the built-in pack is empty");
        policies
    })
}

/// Smaller bounds than a run's, so that one execution stays in milliseconds
/// and a blow-up shows as a timeout or an out-of-memory report rather than
/// as slow progress. The bounds themselves are part of what is tested: a file
/// over them must be an error, never a crash.
pub fn limits() -> Limits {
    Limits { max_file_size: 1 << 20, max_depth: 64, max_nodes: 100_000 }
}

/// INVARIANT (spans are data): every span of a loaded document lies inside
/// its file's text, on character boundaries, with the start before the end,
/// so that any report can slice the text there.
pub fn check_spans(doc: &Document) {
    let text: &str = &doc.file.text;
    let check = |span: attest::source::Span, what: &str| {
        let (s, e) = (span.start as usize, span.end as usize);
        assert!(s <= e && e <= text.len(), "{what} span {s}..{e} outside the text of {} bytes", text.len());
        assert!(text.is_char_boundary(s) && text.is_char_boundary(e), "{what} span {s}..{e} splits a character");
    };
    let mut stack: Vec<&Node> = vec![&doc.root];
    while let Some(node) = stack.pop() {
        check(node.span, "value");
        if let Some(k) = node.key_span {
            check(k, "key");
        }
        match &node.value {
            Value::List(items) => stack.extend(items.iter()),
            Value::Map(entries) => stack.extend(entries.values()),
            _ => {}
        }
    }
}

/// A file of the in-memory pipeline: its path as shown (the platforms read
/// it: `.github/workflows/`, `CODEOWNERS`, the folder of a Terraform module),
/// its text and its syntax (`None`: sniffed, as for a file whose name does not
/// tell).
pub struct Input {
    pub path: String,
    pub text: String,
    pub syntax: Option<Syntax>,
}

/// What `engine::run` does after reading the files, in memory: load each
/// text, let the platforms resolve (Terraform modules, CloudFormation
/// parameters), evaluate `policies` unit by unit, apply inline waivers (as of
/// a fixed date), and render the findings as JSON (returned, for comparing
/// runs), text and SARIF (for their panics).
///
/// Called Terraform modules are not read (that needs the file system); the
/// discovery and configuration steps are not run.
pub fn check(inputs: &[Input], policies: &[Arc<Policy>]) -> String {
    let limits = limits();
    let mut loaded: Vec<Loaded> =
        inputs.iter().map(|i| engine::load_text(SourceFile::new(i.path.as_str(), i.text.as_str()), i.syntax, &limits)).collect();
    for l in &loaded {
        l.docs.iter().for_each(check_spans);
    }
    let resolved = attest::platform::resolve(loaded.iter_mut().map(|l| &mut l.docs).collect());
    for (i, docs) in resolved.modules {
        loaded[i].modules = docs;
    }
    for l in &loaded {
        // Resolution adds nodes computed from the text; they point into it too.
        l.docs.iter().chain(&l.modules).for_each(check_spans);
    }
    let (mut findings, tally) = engine::evaluate(policies, &loaded);
    let mut waiver_errors = Vec::new();
    let waivers: Vec<Arc<attest::finding::Waiver>> =
        loaded.iter().flat_map(|l| attest::waiver::inline(&l.file, &mut waiver_errors)).map(Arc::new).collect();
    findings.sort_by(|a, b| a.sort_key().cmp(&b.sort_key()));
    let today = attest::config::parse_date("2026-01-15").expect("a valid date");
    let notices = attest::waiver::apply(&mut findings, &waivers, today);
    let run = report::Run {
        findings: &findings,
        // Only the policies with findings: the rules section of SARIF (every
        // policy's documentation) would otherwise be most of an execution.
        policies: policies.iter().filter(|p| findings.iter().any(|f| f.policy.id == p.meta.id)).map(|p| Arc::clone(&p.meta)).collect(),
        files: loaded.len(),
        documents: loaded.iter().map(|l| l.docs.len()).sum(),
        tally,
        notices: &notices,
        baselined: 0,
        fixed: &[],
        min_severity: None,
        below_min_severity: 0,
        // The first-run hint reads every finding's path.
        unconfigured: true,
    };
    let style = Style { color: false, width: 100, sort: report::Sort::Severity, summary: true };
    let write = |format| {
        let mut out = Vec::new();
        report::write(format, &run, &style, &mut out).expect("a report is written to memory");
        String::from_utf8(out).expect("a report is UTF-8")
    };
    for format in [Format::Text, Format::Sarif] {
        std::hint::black_box(write(format));
    }
    write(Format::Json)
}

/// `check` twice over the same input: the output must be the same bytes.
/// With `ATTEST_FUZZ_SHOW` set, the files and the JSON report are printed
/// (what a structured input generates, what a crash found).
pub fn check_deterministic(inputs: &[Input]) {
    static SHOW: OnceLock<bool> = OnceLock::new();
    let first = check(inputs, pack());
    if *SHOW.get_or_init(|| std::env::var_os("ATTEST_FUZZ_SHOW").is_some()) {
        for i in inputs {
            eprintln!("--- {} ({:?})\n{}", i.path, i.syntax, i.text);
        }
        eprintln!("--- report\n{first}");
    }
    let second = check(inputs, pack());
    assert!(first == second, "two evaluations of the same input differ:\n--- first\n{first}\n--- second\n{second}");
}
