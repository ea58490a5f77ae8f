//! Human output: miette's graphical report per finding, then a summary.

use super::{Run, Style, counts, criteria_in_order};
use crate::diag::{self, Diag, plural};
use crate::finding::{Finding, Status};
use crate::policy::Severity;
use std::fmt::Write as _;

pub fn render(run: &Run<'_>, style: &Style) -> String {
    let mut out = String::new();
    for f in run.findings.iter().filter(|f| f.waiver.is_none()) {
        out.push_str(&diag::render(&to_diag(f), style.color, style.width));
        out.push('\n');
    }
    for d in run.notices {
        out.push_str(&diag::render(d, style.color, style.width));
        out.push('\n');
    }
    let waived: Vec<&Finding> = run.findings.iter().filter(|f| f.waiver.is_some()).collect();
    if !waived.is_empty() {
        let _ = writeln!(out, "waived:");
        for f in waived {
            let w = f.waiver.as_deref().map_or(String::new(), describe_waiver);
            let _ = writeln!(out, "  {}:{} {}: {w}", f.file.path, f.start().line, f.policy.id);
        }
        out.push('\n');
    }
    if !run.fixed.is_empty() {
        let _ = writeln!(out, "fixed since the baseline (remove them from it):");
        for e in run.fixed {
            let _ = writeln!(out, "  {}:{} {}: {}", e.path, e.line, e.policy, e.message);
        }
        out.push('\n');
    }
    out.push_str(&summary(run));
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
    let status = if f.status == Status::Unknown { " · unknown" } else { "" };
    d.code = Some(format!("{} ({}{criteria}{status})", f.policy.id, f.severity().name()));
    d.labels = f.labels.clone();
    if !f.policy.remediation.is_empty() {
        d.help = Some(f.policy.remediation.clone());
    }
    d.severity = match f.status {
        Status::Fail => miette::Severity::Error,
        Status::Unknown => miette::Severity::Warning,
    };
    d
}

fn summary(run: &Run<'_>) -> String {
    let c = counts(run.findings);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "checked {} ({}) with {}",
        plural(run.files, "file"),
        plural(run.documents, "document"),
        plural(run.policies.len(), "policy")
    );
    if run.findings.is_empty() {
        let baselined = if run.baselined > 0 { format!(" ({} in the baseline not shown)", run.baselined) } else { String::new() };
        let _ = writeln!(out, "no findings: {} passed{baselined}", plural(run.tally.pass, "assertion"));
        return out;
    }
    let sev: Vec<String> = Severity::ALL.iter().filter_map(|s| c.by_severity.get(s).map(|n| format!("{n} {}", s.name()))).collect();
    let sev = if sev.is_empty() { vec!["nothing open".to_string()] } else { sev };
    let mut extra = String::new();
    if c.waived > 0 {
        extra.push_str(&format!(", {} waived", c.waived));
    }
    if run.baselined > 0 {
        extra.push_str(&format!(", {} in the baseline not shown", run.baselined));
    }
    let _ = writeln!(out, "{} failed, {} unknown{extra}: {}", c.fail, c.unknown, sev.join(", "));
    let crit: Vec<String> = criteria_in_order(&c.by_criterion).iter().map(|(k, n)| format!("{k} {n}")).collect();
    if !crit.is_empty() {
        let _ = writeln!(out, "by criterion: {}", crit.join(", "));
    }
    out
}
