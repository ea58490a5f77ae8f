//! The truth table in book/src/semantics.md is the specification of absent, null
//! and unknown: this test evaluates every row against every column.

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic, reason = "a test fails loudly on broken fixtures")]

use attest::doc::{Node, Syntax, Value as DocValue};
use attest::eval::{self, Tri, Value};
use attest::source::{SourceFile, Span};
use std::sync::Arc;

const PAGE: &str = include_str!("../book/src/semantics.md");

/// The document `{x: <column>}`; `absent` leaves `x` out, `unknown` makes it unknown.
fn column_value(header: &str) -> (Arc<SourceFile>, Option<attest::doc::Document>) {
    let header = header.trim().trim_matches('`');
    let file = SourceFile::new("column.json", format!("{{\"x\": {header}}}"));
    match header {
        "absent" => (file, None),
        "unknown" => {
            let mut root =
                attest::engine::load_text(SourceFile::new("column.json", "{\"x\": null}"), Some(Syntax::Json), &Default::default());
            let mut doc = root.docs.remove(0);
            if let DocValue::Map(m) = &mut doc.root.value {
                m.insert("x".into(), Node::new(Span::new(6, 10), DocValue::Unknown("var.x".into())));
            }
            (file, Some(doc))
        }
        _ => {
            let mut loaded = attest::engine::load_text(file.clone(), Some(Syntax::Json), &Default::default());
            assert!(loaded.error.is_none(), "column header `{header}` is not a JSON value");
            (file, Some(loaded.docs.remove(0)))
        }
    }
}

fn show(v: &Value<'_>) -> String {
    match v {
        Value::Num(n) => eval::format_number(*n),
        _ => Tri::of(v).name().to_string(),
    }
}

#[test]
fn every_row_of_the_book_table_holds() {
    let rows: Vec<Vec<String>> = PAGE
        .lines()
        .filter(|l| l.starts_with('|') && !l.starts_with("|--") && !l.starts_with("| --"))
        .map(|l| l.trim().trim_matches('|').split(" | ").map(|c| c.trim().to_string()).collect())
        .collect();
    let (header, body) = rows.split_first().expect("the page has a table");
    assert!(body.len() >= 20, "the table should cover the operators; it has {} rows", body.len());
    let columns: Vec<_> = header[1..].iter().map(|h| column_value(h)).collect();
    let mut failures = Vec::new();
    for row in body {
        let expr_text = row[0].trim_matches('`').replace("\\|", "|");
        let efile = SourceFile::new("row", expr_text.clone());
        let expr = attest::policy::syntax::parse_expr(&efile).unwrap_or_else(|e| panic!("row `{expr_text}` does not parse: {e}"));
        assert_eq!(row.len(), columns.len() + 1, "row `{expr_text}` has the wrong number of cells");
        for ((cell, (_, doc)), head) in row[1..].iter().zip(&columns).zip(&header[1..]) {
            let x = match doc {
                None => Value::Absent(None),
                Some(d) => attest::eval::Value::doc(d.root.get("x").expect("x"), d),
            };
            let units: Vec<&attest::doc::Document> = doc.iter().collect();
            let got = eval::eval_with(&expr, &efile, &units, vec![("x".into(), x)]).map_or_else(|_| "error".to_string(), |v| show(&v));
            if &got != cell {
                failures.push(format!("`{expr_text}` with x = {head}: the book says {cell}, attest gives {got}"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// A `where` that is unknown does not say whether the element is in scope: a
/// failure inside becomes unknown, never a pass and never a failure.
#[test]
fn unknown_where_turns_failures_into_unknowns() {
    let mut loader = attest::builtin::loader();
    loader.add_text(
        "scope.policy",
        r#"policy scoped {
  title "t"
  criteria CC6.1
  severity low
  description "d"
  rationale "r"
  remediation "m"
  for d in documents where d.kind == "Bucket" {
    assert d.encrypted == true else "unencrypted"
  }
}
"#,
    );
    let (policies, errors) = loader.finish();
    assert!(errors.is_empty());
    let results = |kind: Option<&str>| -> Vec<Tri> {
        let mut loaded = attest::engine::load_text(
            SourceFile::new("d.json", r#"{"kind": "Bucket", "encrypted": false}"#),
            Some(Syntax::Json),
            &Default::default(),
        );
        let mut doc = loaded.docs.remove(0);
        if let (DocValue::Map(m), None) = (&mut doc.root.value, kind) {
            m.insert("kind".into(), Node::new(Span::new(9, 17), DocValue::Unknown("var.kind".into())));
        }
        if let (DocValue::Map(m), Some(k)) = (&mut doc.root.value, kind) {
            m.insert("kind".into(), Node::new(Span::new(9, 17), DocValue::Str(k.into())));
        }
        eval::run(&policies[0], &eval::Unit::new(&[&doc])).expect("runs").into_iter().map(|o| o.result).collect()
    };
    assert_eq!(results(Some("Bucket")), [Tri::False]);
    assert_eq!(results(Some("Queue")), Vec::<Tri>::new());
    assert_eq!(results(None), [Tri::Unknown]);
}
