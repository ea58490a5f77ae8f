//! The built-in pack on real code: every repository of `../shared/corpus/`
//! checked with the built-in policies, and the findings counted per
//! repository and policy as a snapshot, so that a change in a policy's
//! precision or recall on real code shows up as a diff to review. The
//! deliberately vulnerable repositories must light up across the criteria.
//!
//! The corpus sits beside the repository on the project's machines; a clone
//! without it skips this test with a note.

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic, reason = "a test fails loudly on broken fixtures")]

mod common;

use attest::finding::Status;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::path::Path;

#[derive(Default)]
struct Counts {
    fail: usize,
    unknown: usize,
    files: BTreeSet<String>,
}

#[test]
fn corpus_findings_per_repository_and_policy() {
    let Some(corpus) = common::corpus() else { return };
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut loader = attest::builtin::loader();
    attest::builtin::add_to(&mut loader);
    let (policies, errors) = loader.finish();
    assert!(errors.is_empty());
    let (inputs, walk_errors) = attest::discover::discover(std::slice::from_ref(&corpus), root, None);
    assert!(walk_errors.is_empty(), "{walk_errors:?}");
    let loaded = attest::engine::load_all(&inputs, &Default::default(), root);
    let evaluation = attest::engine::evaluate_all(&policies, &loaded);

    let prefix = format!("{}/", attest::source::display_path(&corpus, root));
    let repository = |path: &str| path.strip_prefix(&prefix).unwrap_or(path).split('/').next().unwrap_or("").to_string();
    let mut files: BTreeMap<String, usize> = BTreeMap::new();
    for l in &loaded {
        *files.entry(repository(&l.file.path)).or_default() += 1;
    }
    let mut by_repo: BTreeMap<String, BTreeMap<String, Counts>> = BTreeMap::new();
    let mut criteria: BTreeMap<String, BTreeSet<String>> = BTreeMap::new();
    for f in &evaluation.findings {
        let repo = repository(&f.file.path);
        let c = by_repo.entry(repo.clone()).or_default().entry(f.policy.id.to_string()).or_default();
        match f.status {
            Status::Fail => {
                c.fail += 1;
                criteria.entry(repo).or_default().extend(f.policy.criteria.iter().map(ToString::to_string));
            }
            Status::Unknown => c.unknown += 1,
            // The pack has no errors: an assertion it cannot evaluate is a bug in it.
            Status::Error => panic!("`{}` could not be evaluated on {}: {}", f.policy.id, f.file.path, f.message),
        }
        c.files.insert(f.file.path.clone());
    }

    let mut out = String::new();
    let _ = writeln!(out, "{} policies over {} files", policies.len(), loaded.len());
    for (repo, n) in &files {
        let policies = by_repo.get(repo).map(BTreeMap::len).unwrap_or(0);
        let (fail, unknown) = by_repo.get(repo).map(|m| m.values().fold((0, 0), |(f, u), c| (f + c.fail, u + c.unknown))).unwrap_or((0, 0));
        let mut lit: Vec<&String> = criteria.get(repo).map(|s| s.iter().collect()).unwrap_or_default();
        lit.sort_by_key(|c| attest::criteria::order(c));
        let _ = writeln!(out, "\n{repo}: {n} files; {fail} failed, {unknown} unknown, from {policies} policies");
        let _ =
            writeln!(out, "  criteria with failures ({}): {}", lit.len(), lit.iter().map(|c| c.as_str()).collect::<Vec<_>>().join(", "));
        for (policy, c) in by_repo.get(repo).into_iter().flatten() {
            let unknown = if c.unknown > 0 { format!(", {} unknown", c.unknown) } else { String::new() };
            let _ = writeln!(out, "  {policy}: {} failed{unknown} in {} file(s)", c.fail, c.files.len());
        }
    }

    // The deliberately vulnerable repositories light up across the criteria.
    let goat = criteria.get("kubernetes-goat").cloned().unwrap_or_default();
    let missing: Vec<&str> = ["CC6.1", "CC6.3", "CC6.6", "CC6.8", "CC8.1", "A1.1"].into_iter().filter(|c| !goat.contains(*c)).collect();
    assert!(missing.is_empty(), "kubernetes-goat should have failures under {missing:?}; it has {goat:?}");
    insta::assert_snapshot!(out);
}
