//! Human output: miette's graphical report per finding, the most severe first
//! unless `--sort path`, then a summary.

use super::{Run, Style, open, summary};
use crate::diag::{self, Diag, visible};
use crate::finding::{Finding, Status};
use std::fmt::Write as _;

/// Written one finding at a time, so that a run with many findings does not
/// hold all their renderings at once.
pub fn write(run: &Run<'_>, style: &Style, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    // Rendering is most of this format's time (a tenth of a run at 30k
    // files): a batch of findings is rendered on every thread, then written
    // in order, so that memory holds one batch of text, not the report.
    for batch in open(run.findings, style.sort).chunks(512) {
        use rayon::prelude::*;
        let rendered: Vec<String> = batch.par_iter().map(|f| diag::render(&to_diag(f), style.color, style.width)).collect();
        for text in rendered {
            writeln!(out, "{text}")?;
        }
    }
    for d in run.notices {
        writeln!(out, "{}", diag::render(d, style.color, style.width))?;
    }
    out.write_all(set_aside(run).as_bytes())?;
    if style.summary {
        out.write_all(summary::render(run).as_bytes())?;
    }
    Ok(())
}

/// The waived findings and the baseline entries fixed since, one line each, in
/// path order: what the text and concise formats show after the findings.
pub(super) fn set_aside(run: &Run<'_>) -> String {
    let mut out = String::new();
    let waived: Vec<&Finding> = run.findings.iter().filter(|f| f.waiver.is_some()).collect();
    if !waived.is_empty() {
        let _ = writeln!(out, "waived:");
        for f in waived {
            let w = f.waiver.as_deref().map_or(String::new(), describe_waiver);
            let _ = writeln!(out, "  {}:{} {}: {}", visible(&f.file.path), f.start().line, f.policy.id, visible(&w));
        }
        out.push('\n');
    }
    if !run.fixed.is_empty() {
        let _ = writeln!(out, "fixed since the baseline (remove them from it):");
        for e in run.fixed {
            let _ = writeln!(out, "  {}:{} {}: {}", visible(&e.path), e.line, e.policy, visible(&e.message));
        }
        out.push('\n');
    }
    out
}

/// `reason (owner, expires DATE; inline at path:line)`
pub fn describe_waiver(w: &crate::finding::Waiver) -> String {
    let mut parts = Vec::new();
    if let Some(o) = &w.owner {
        parts.push(format!("owner {o}"));
    }
    if let Some(d) = w.expires {
        parts.push(format!("expires {d}"));
    }
    parts.push(format!("{} at {}:{}", w.source(), w.file.path, w.line()));
    format!("{} ({})", w.reason, parts.join(", "))
}

pub fn to_diag(f: &Finding) -> Diag {
    let mut d = Diag::new(&f.file, f.message.clone());
    let criteria = if f.policy.criteria.is_empty() { String::new() } else { format!(" · {}", f.policy.criteria.join(", ")) };
    let status = match f.status {
        Status::Fail => "",
        Status::Unknown => " · unknown",
        Status::Error => " · error",
    };
    d.code = Some(format!("{} ({}{criteria}{status})", f.policy.id, f.severity().name()));
    d.labels = f.labels.clone();
    let remediation = &f.policy.texts().remediation;
    if !remediation.is_empty() {
        d.help = Some(remediation.clone());
    }
    d.severity = match f.status {
        Status::Fail | Status::Error => miette::Severity::Error,
        Status::Unknown => miette::Severity::Warning,
    };
    d
}
