//! `--format github`: GitHub Actions workflow commands, which GitHub shows as
//! annotations on the pull request's lines.

use super::Run;
use crate::finding::Status;
use std::fmt::Write as _;

/// Workflow command properties escape `%`, CR, LF, `:` and `,`; messages escape
/// `%`, CR and LF.
fn property(s: &str) -> String {
    message(s).replace(':', "%3A").replace(',', "%2C")
}

fn message(s: &str) -> String {
    s.replace('%', "%25").replace('\r', "%0D").replace('\n', "%0A")
}

pub fn render(run: &Run<'_>) -> String {
    let mut out = String::new();
    for f in run.findings.iter().filter(|f| f.waiver.is_none()) {
        let (start, end) = (f.start(), f.end());
        let command = match f.status {
            Status::Fail => "error",
            Status::Unknown => "notice",
            Status::Error => "error",
        };
        let title = format!("{} ({})", f.policy.id, f.policy.criteria.join(", "));
        let _ = writeln!(
            out,
            "::{command} file={},line={},endLine={},col={},endColumn={},title={}::{}",
            property(&f.file.path),
            start.line,
            end.line,
            start.column,
            end.column,
            property(&title),
            message(&format!("{}. {}", f.message, f.policy.texts().remediation))
        );
    }
    for d in run.notices {
        let line = d.file.line_col(d.span().start as usize).line;
        let _ = writeln!(out, "::warning file={},line={line},title=attest waiver::{}", property(&d.file.path), message(&d.message));
    }
    out
}
