//! `attest query EXPR PATH...`: evaluate an expression of the policy language over
//! files and print each value with its location, to see what a path selects before
//! writing an assertion.

use super::{Color, FOUND, OK, TROUBLE, ViewArgs, output, use_color};
use crate::eval::{self, Value};
use crate::source::SourceFile;
use std::fmt::Write as _;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};

#[derive(clap::Args, Debug)]
pub struct QueryArgs {
    /// An expression, e.g. `kubernetes.containers[*].image`.
    pub expr: String,
    /// Files or folders to evaluate it over.
    #[arg(default_value = ".")]
    pub paths: Vec<PathBuf>,
    #[command(flatten)]
    pub view: ViewArgs,
    /// A policy or library file, or a folder of them, whose functions and parameters (at their defaults) the expression may use (repeatable).
    #[arg(short, long = "policy", value_name = "PATH")]
    pub policies: Vec<PathBuf>,
    /// When to use colour in error messages.
    #[arg(long, value_enum, default_value_t = Color::Auto)]
    pub color: Color,
}

/// The functions and parameters of the files given with `-p`, or the errors
/// that make them unusable, shown.
fn scope(args: &QueryArgs, root: &Path, color: bool) -> Option<crate::policy::Scope> {
    let mut loader = crate::builtin::loader().relative_to(root);
    for path in &args.policies {
        if let Err(e) = loader.add_path(&root.join(path)) {
            output::err(&format!("error: {e}\n"));
            return None;
        }
    }
    let (scope, errors) = loader.finish_scope();
    for e in &errors {
        output::err(&crate::diag::render(e, color, 100));
    }
    errors.is_empty().then_some(scope)
}

pub fn run(args: &QueryArgs, root: &Path) -> u8 {
    let color = use_color(args.color, std::io::stderr().is_terminal());
    let file = SourceFile::new("query", args.expr.clone());
    let expr = match crate::policy::syntax::parse_expr(&file) {
        Ok(e) => e,
        Err(d) => {
            output::err(&crate::diag::render(&d, color, 100));
            return TROUBLE;
        }
    };
    let Some(scope) = scope(args, root, color) else { return TROUBLE };
    let errors = crate::policy::check_expr(&file, &expr, &scope);
    if !errors.is_empty() {
        for e in &errors {
            output::err(&crate::diag::render(e, color, 100));
        }
        return TROUBLE;
    }
    let Some(loaded) = super::load_paths(&args.paths, root) else { return TROUBLE };
    let mut out = String::new();
    let mut count = 0;
    // Files read only as context of a named file are not queried.
    for l in loaded.iter().filter(|l| l.role != crate::discover::Role::Context) {
        if let Some(e) = &l.error {
            output::err(&format!("warning: {}: {}\n", l.file.path, e.message));
            continue;
        }
        let unit: Vec<_> = l.docs.iter().collect();
        let value = match eval::eval_in(&expr, &file, &unit, Vec::new(), &scope) {
            Ok(v) => v,
            Err(e) => {
                output::err(&format!("warning: {}: {e}\n", l.file.path));
                continue;
            }
        };
        let values = match &value {
            Value::List(items, _) => items.as_ref().clone(),
            Value::Absent(None) => Vec::new(),
            other => vec![other.clone()],
        };
        for v in values {
            count += 1;
            let _ = writeln!(out, "{}", line(&v, &l.file.path, args));
        }
    }
    if output::write_out(None, &out).is_err() {
        return TROUBLE;
    }
    if count == 0 {
        output::err(&format!("`{}` selects nothing in the files given\n", args.expr));
    }
    if count > 0 { OK } else { FOUND }
}

/// `path:line:col: value`, or a JSON object with the same facts.
fn line(v: &Value<'_>, unit_path: &str, args: &QueryArgs) -> String {
    let (path, at, note) = match v {
        Value::Doc(d) => {
            (d.doc.file.path.as_str(), Some(d.doc.file.line_col(d.node.span.start as usize)), d.address.as_deref().map(str::to_string))
        }
        Value::Absent(Some(m)) => {
            let at = m.doc.file.line_col(m.node.anchor(&m.doc.file).start as usize);
            (m.doc.file.path.as_str(), Some(at), Some(missing_note(m)))
        }
        Value::Unknown(_, Some(d)) => (d.doc.file.path.as_str(), Some(d.doc.file.line_col(d.node.span.start as usize)), None),
        _ => (unit_path, None, Some("computed".to_string())),
    };
    if args.view.json() {
        let obj = serde_json::json!({
            "path": path,
            "line": at.map(|a| a.line),
            "column": at.map(|a| a.column),
            "value": v.to_json(),
            "note": note,
        });
        return obj.to_string();
    }
    let place = at.map_or(path.to_string(), |a| format!("{path}:{}:{}", a.line, a.column));
    let text = args.view.shorten(v.literal_full());
    match note {
        Some(n) => format!("{place}: {text} ({n})"),
        None => format!("{place}: {text}"),
    }
}

/// What is missing where, and the key that was probably meant when the first
/// missing key is a near miss of one that is there.
fn missing_note(m: &crate::eval::Missing<'_>) -> String {
    let first = m.path.split(['.', '[']).next().unwrap_or_default();
    let keys = m.node.as_map().map(|map| map.keys().map(String::as_str).collect::<Vec<_>>()).unwrap_or_default();
    match crate::diag::did_you_mean(first, keys) {
        Some(hint) => format!("`{}` is missing here; {hint}", m.path),
        None => format!("`{}` is missing here", m.path),
    }
}
