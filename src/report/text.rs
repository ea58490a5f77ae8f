//! Human output: miette's graphical report per finding, then a summary.

use super::{Run, Style, counts, criteria_in_order};
use crate::diag::{self, Diag};
use crate::finding::{Finding, Status};
use crate::policy::Severity;
use std::fmt::Write as _;

pub fn render(run: &Run<'_>, style: &Style) -> String {
    let mut out = String::new();
    for f in run.findings {
        out.push_str(&diag::render(&to_diag(f), style.color, style.width));
        out.push('\n');
    }
    out.push_str(&summary(run));
    out
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
    let plural = |n: usize, w: &str| if n == 1 { format!("{n} {w}") } else { format!("{n} {w}s") };
    let _ = writeln!(
        out,
        "checked {} ({}) with {}",
        plural(run.files, "file"),
        plural(run.documents, "document"),
        plural(run.policies.len(), "policy").replace("policys", "policies")
    );
    if run.findings.is_empty() {
        let _ = writeln!(out, "no findings: {} passed", plural(run.tally.pass, "assertion"));
        return out;
    }
    let sev: Vec<String> = Severity::ALL.iter().filter_map(|s| c.by_severity.get(s).map(|n| format!("{n} {}", s.name()))).collect();
    let _ = writeln!(out, "{} failed, {} unknown: {}", c.fail, c.unknown, sev.join(", "));
    let crit: Vec<String> = criteria_in_order(&c.by_criterion).iter().map(|(k, n)| format!("{k} {n}")).collect();
    if !crit.is_empty() {
        let _ = writeln!(out, "by criterion: {}", crit.join(", "));
    }
    out
}
