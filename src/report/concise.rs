//! `--format concise`: one line per finding, `path:line:column: severity
//! policy message`, as compilers and ruff's concise format print them, so that
//! editors and `grep` can take them; then the waived findings and the summary
//! of the text format.

use super::{Run, Style, open, summary, text};
use crate::diag::visible;
use crate::finding::Status;

/// Written one line at a time (see `text::write`).
pub fn write(run: &Run<'_>, style: &Style, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    let mut any = false;
    for f in open(run.findings, style.sort) {
        let at = f.start();
        let unknown = match f.status {
            Status::Fail => "",
            Status::Unknown => " (unknown)",
            Status::Error => " (error)",
        };
        writeln!(
            out,
            "{}:{}:{}: {} {} {}{unknown}",
            visible(&f.file.path),
            at.line,
            at.column,
            f.severity().name(),
            f.policy.id,
            one_line(&f.message)
        )?;
        any = true;
    }
    for d in run.notices {
        let at = d.file.line_col(d.span().start as usize);
        writeln!(out, "{}:{}:{}: warning {}", visible(&d.file.path), at.line, at.column, one_line(&d.message))?;
        any = true;
    }
    let set_aside = text::set_aside(run);
    // A blank line between the findings and what follows them, if anything does.
    if any && (!set_aside.is_empty() || style.summary) {
        writeln!(out)?;
    }
    out.write_all(set_aside.as_bytes())?;
    if style.summary {
        out.write_all(summary::render(run).as_bytes())?;
    }
    Ok(())
}

/// A message on one line, whatever its text holds, its control characters
/// shown, not sent.
fn one_line(message: &str) -> String {
    visible(&message.replace("\r\n", " ").replace(['\r', '\n'], " "))
}
