//! Every loader fixture is loaded and dumped with the source text under each span,
//! so a wrong span shows up as wrong text in the snapshot.

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic, reason = "a test fails loudly on broken fixtures")]

use attest::doc::{Node, Value};
use attest::source::SourceFile;
use std::fmt::Write as _;

fn dump(node: &Node, file: &SourceFile, path: &str, out: &mut String) {
    let at = file.line_col(node.span.start as usize);
    let key = node.key_span.map(|k| format!(" key {:?}", file.slice(k))).unwrap_or_default();
    let text: String = file.slice(node.span).chars().take(40).collect::<String>().replace('\n', "⏎");
    let kind = match &node.value {
        Value::Null => "null".to_string(),
        Value::Bool(b) => format!("bool {b}"),
        Value::Int(i) => format!("int {i}"),
        Value::Float(f) => format!("float {f}"),
        Value::Str(s) => format!("str {s:?}"),
        Value::List(l) => format!("list of {}", l.len()),
        Value::Map(m) => format!("map of {}", m.len()),
        Value::Unknown(t) => format!("unknown {t}"),
    };
    let _ = writeln!(out, "{path} @{}:{}{key} = {kind}  [{text}]", at.line, at.column);
    match &node.value {
        Value::List(items) => items.iter().enumerate().for_each(|(i, n)| dump(n, file, &format!("{path}[{i}]"), out)),
        Value::Map(m) => m.iter().for_each(|(k, n)| dump(n, file, &format!("{path}.{k}"), out)),
        _ => {}
    }
}

/// A fixture loaded, then dumped: its load error, its problems, its documents.
fn load_and_dump(path: &std::path::Path) -> String {
    let text = std::fs::read_to_string(path).expect("fixture reads");
    let name = path.file_name().and_then(|n| n.to_str()).unwrap_or("fixture");
    let file = SourceFile::new(name, text);
    let syntax = attest::load::syntax_of(path);
    let loaded = attest::engine::load_text(file.clone(), syntax, &Default::default());
    let mut out = String::new();
    if let Some(e) = &loaded.error {
        let at = e.span.map(|s| file.line_col(s.start as usize));
        let _ = writeln!(out, "error at {at:?}: {}", e.message);
    }
    for p in &loaded.problems {
        let at = p.error.span.map(|s| file.line_col(s.start as usize));
        let text = p.error.span.map(|s| file.slice(s).to_string()).unwrap_or_default();
        let _ = writeln!(out, "warning at {at:?} [{text}]: {}", p.error.message);
    }
    for doc in &loaded.docs {
        let _ = writeln!(out, "--- document {}", doc.index);
        dump(&doc.root, &file, "$", &mut out);
    }
    out
}

#[test]
fn loader_fixtures() {
    insta::glob!("fixtures/load/*.*", |path| insta::assert_snapshot!(load_and_dump(path)));
}

/// CODEOWNERS files are known by their name alone, so each fixture is a
/// `CODEOWNERS` in a folder named for its case.
#[test]
fn codeowners_fixtures() {
    insta::glob!("fixtures/load/codeowners/*/CODEOWNERS", |path| insta::assert_snapshot!(load_and_dump(path)));
}

fn every_span(n: &Node, ok: &dyn Fn(attest::source::Span) -> bool, text: &str) {
    assert!(ok(n.span) && n.key_span.is_none_or(ok), "span out of bounds in {text:?}");
    match &n.value {
        Value::List(items) => items.iter().for_each(|c| every_span(c, ok, text)),
        Value::Map(m) => m.values().for_each(|c| every_span(c, ok, text)),
        _ => {}
    }
}

/// Whatever the bytes, the CODEOWNERS loader returns, and every span it gives
/// lies inside the text on character boundaries.
#[test]
fn codeowners_loader_never_panics_and_keeps_spans_in_bounds() {
    let pieces = ["*", "/", "\\", "\\ ", " ", "\t", "#", "@", "@org/", "a@b.c", "é", "日本", "[", "!", "**", "\r", "\n", "x"];
    let mut seed: u64 = 0x2545_f491_4f6c_dd1d;
    for _ in 0..2000 {
        let mut text = String::new();
        for _ in 0..(seed % 24) {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            text.push_str(pieces[(seed % pieces.len() as u64) as usize]);
        }
        let file = SourceFile::new("CODEOWNERS", text.clone());
        let loaded = attest::engine::load_text(file, Some(attest::doc::Syntax::CodeOwners), &Default::default());
        let in_bounds = |s: attest::source::Span| {
            (s.end as usize) <= text.len() && text.is_char_boundary(s.start as usize) && text.is_char_boundary(s.end as usize)
        };
        for p in &loaded.problems {
            assert!(p.error.span.is_none_or(in_bounds), "problem span out of bounds in {text:?}");
        }
        for doc in &loaded.docs {
            every_span(&doc.root, &in_bounds, &text);
        }
    }
}
