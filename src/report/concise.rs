//! `--format concise`: one line per finding, `path:line:column: severity
//! policy message`, as compilers and ruff's concise format print them, so that
//! editors and `grep` can take them; then the waived findings and the summary
//! of the text format.

use super::{Run, Style, open, summary, text};
use crate::diag::visible;
use crate::finding::Status;
use std::fmt::Write as _;

pub fn render(run: &Run<'_>, style: &Style) -> String {
    let mut out = String::new();
    for f in open(run.findings, style.sort) {
        let at = f.start();
        let unknown = match f.status {
            Status::Fail => "",
            Status::Unknown => " (unknown)",
            Status::Error => " (error)",
        };
        let _ = writeln!(
            out,
            "{}:{}:{}: {} {} {}{unknown}",
            visible(&f.file.path),
            at.line,
            at.column,
            f.severity().name(),
            f.policy.id,
            one_line(&f.message)
        );
    }
    for d in run.notices {
        let at = d.file.line_col(d.span().start as usize);
        let _ = writeln!(out, "{}:{}:{}: warning {}", visible(&d.file.path), at.line, at.column, one_line(&d.message));
    }
    let set_aside = text::set_aside(run);
    // A blank line between the findings and what follows them, if anything does.
    if !out.is_empty() && (!set_aside.is_empty() || style.summary) {
        out.push('\n');
    }
    out.push_str(&set_aside);
    if style.summary {
        out.push_str(&summary::render(run));
    }
    out
}

/// A message on one line, whatever its text holds, its control characters
/// shown, not sent.
fn one_line(message: &str) -> String {
    visible(&message.replace("\r\n", " ").replace(['\r', '\n'], " "))
}
