//! Every file of `../shared/corpus/` (real public repositories) loads without a
//! panic, and the counts of what each platform view finds are a snapshot, so a
//! change in detection or parsing shows up as a diff. Dockerfiles that fail to
//! parse are listed with the reason.
//!
//! The corpus sits beside the repository on the project's machines; a clone
//! without it skips this test with a note.

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic, reason = "a test fails loudly on broken fixtures")]

mod common;

use attest::doc::{Node, Syntax, Value};
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::Path;

fn unknowns(n: &Node) -> usize {
    usize::from(matches!(n.value, Value::Unknown(_)))
        + match &n.value {
            Value::List(items) => items.iter().map(unknowns).sum(),
            Value::Map(m) => m.values().map(unknowns).sum(),
            _ => 0,
        }
}

#[test]
fn corpus_loads_and_platform_counts_are_stable() {
    let Some(corpus) = common::corpus() else { return };
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let (inputs, walk_errors) = attest::discover::discover(std::slice::from_ref(&corpus), root, None);
    assert!(walk_errors.is_empty(), "{walk_errors:?}");
    let loaded = attest::engine::load_all(&inputs, &Default::default(), root);

    let mut files: BTreeMap<&str, usize> = BTreeMap::new();
    let mut errors: BTreeMap<&str, usize> = BTreeMap::new();
    let mut kinds: BTreeMap<&str, usize> = BTreeMap::new();
    let mut items: BTreeMap<&str, usize> = BTreeMap::new();
    let mut dockerfile_unknowns = 0;
    let mut terraform_values = (0, 0);
    let mut dockerfile_errors = Vec::new();
    let collections: Vec<&str> = attest::policy::surface::COLLECTIONS.iter().map(|c| c.name).filter(|c| *c != "documents").collect();
    let prefix = format!("{}/", attest::source::display_path(&corpus, root));
    for l in &loaded {
        let syntax = l.syntax.map_or("unknown", Syntax::name);
        *files.entry(syntax).or_default() += 1;
        if let Some(e) = &l.error {
            *errors.entry(syntax).or_default() += 1;
            if l.syntax == Some(Syntax::Dockerfile) {
                let at = e.span.map(|s| l.file.line_col(s.start as usize));
                let path = l.file.path.strip_prefix(&prefix).unwrap_or(&l.file.path);
                dockerfile_errors.push(format!("{path}:{}: {}", at.map_or(0, |a| a.line), e.message));
            }
            continue;
        }
        for d in &l.docs {
            *kinds.entry(attest::platform::classify(d).name()).or_default() += 1;
            if d.syntax == Syntax::Dockerfile {
                dockerfile_unknowns += unknowns(&d.root);
            }
            if d.syntax == Syntax::Hcl {
                terraform_values.0 += values(&d.root);
                terraform_values.1 += unknowns(&d.root);
            }
        }
        let unit: Vec<&attest::doc::Document> = l.docs.iter().collect();
        for c in &collections {
            *items.entry(c).or_default() += attest::platform::collect(c, None, &unit).len();
        }
    }

    let mut out = String::new();
    let _ = writeln!(out, "files by syntax (parse errors):");
    for (syntax, n) in &files {
        let _ = writeln!(out, "  {syntax}: {n} ({})", errors.get(syntax).copied().unwrap_or(0));
    }
    let _ = writeln!(out, "documents by platform:");
    for (kind, n) in &kinds {
        let _ = writeln!(out, "  {kind}: {n}");
    }
    let _ = writeln!(out, "collection items:");
    for (c, n) in &items {
        let _ = writeln!(out, "  {c}: {n}");
    }
    let _ = writeln!(out, "unknown values in Dockerfiles: {dockerfile_unknowns}");
    // After static evaluation of variables, tfvars, locals and policy documents.
    let _ = writeln!(out, "Terraform values: {}, of which unknown: {}", terraform_values.0, terraform_values.1);
    let _ = writeln!(out, "Dockerfiles that do not parse:");
    dockerfile_errors.sort();
    for e in &dockerfile_errors {
        let _ = writeln!(out, "  {e}");
    }
    insta::assert_snapshot!(out);
}

/// Leaf values under a node.
fn values(n: &attest::doc::Node) -> usize {
    match &n.value {
        attest::doc::Value::List(items) => items.iter().map(values).sum(),
        attest::doc::Value::Map(m) => m.values().map(values).sum(),
        _ => 1,
    }
}
