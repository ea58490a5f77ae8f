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

#[test]
fn loader_fixtures() {
    insta::glob!("fixtures/load/*.*", |path| {
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
        for d in &loaded.duplicates {
            let at = d.span.map(|s| file.line_col(s.start as usize));
            let _ = writeln!(out, "warning at {at:?}: {}", d.message);
        }
        for doc in &loaded.docs {
            let _ = writeln!(out, "--- document {}", doc.index);
            dump(&doc.root, &file, "$", &mut out);
        }
        insta::assert_snapshot!(out);
    });
}
