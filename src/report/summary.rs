//! The summary that ends the formats for people: what was checked, the failed
//! findings by severity, criterion and policy, the unknown outcomes apart, and
//! what the output leaves out (waived, in the baseline, below `--min-severity`).

use super::{Run, criteria_in_order};
use crate::diag::plural;
use crate::finding::{Finding, Status};
use crate::policy::Severity;
use std::collections::BTreeMap;
use std::fmt::Write as _;

/// How many policies a summary names, most findings first; on a large
/// repository a few policies make most of the findings.
const TOP_POLICIES: usize = 10;

pub fn render(run: &Run<'_>) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "checked {} ({}) with {}",
        plural(run.files, "file"),
        plural(run.documents, "document"),
        plural(run.policies.len(), "policy")
    );
    let unrendered = run.notices.iter().filter(|d| d.labels.iter().any(|l| &*l.text == crate::engine::NOT_RENDERED)).count();
    if unrendered > 0 {
        let their = if unrendered == 1 { "its" } else { "their" };
        let _ =
            writeln!(out, "{} not rendered: {their} templates are not checked (see the notices above)", plural(unrendered, "Helm chart"));
    }
    if run.findings.is_empty() && run.below_min_severity == 0 {
        let baselined = if run.baselined > 0 { format!(" ({} in the baseline not shown)", run.baselined) } else { String::new() };
        let _ = writeln!(out, "no findings: {} passed{baselined}", plural(run.tally.pass, "assertion"));
        return out;
    }
    let of = |status: Status| -> Vec<&Finding> { run.findings.iter().filter(|f| f.waiver.is_none() && f.status == status).collect() };
    let (failed, unknown, errors) = (of(Status::Fail), of(Status::Unknown), of(Status::Error));
    let _ = writeln!(out, "{} failed{}", failed.len(), by_severity(&failed));
    if !failed.is_empty() {
        let mut by_criterion: BTreeMap<String, usize> = BTreeMap::new();
        for crit in failed.iter().flat_map(|f| &f.policy.criteria) {
            *by_criterion.entry(crit.to_string()).or_default() += 1;
        }
        let crit: Vec<String> = criteria_in_order(&by_criterion).iter().map(|(k, n)| format!("{k} {n}")).collect();
        if !crit.is_empty() {
            let _ = writeln!(out, "  by criterion: {}", crit.join(", "));
        }
        out.push_str(&by_policy(&failed));
    }
    if !unknown.is_empty() {
        let _ =
            writeln!(out, "{} unknown{} (not decidable from the files; `--strict` fails on them)", unknown.len(), by_severity(&unknown));
        out.push_str(&by_policy(&unknown));
    }
    if !errors.is_empty() {
        let _ = writeln!(
            out,
            "{} could not be evaluated{} (an error in the policy; the run fails unless `--allow-errors`)",
            plural(errors.len(), "assertion"),
            by_severity(&errors)
        );
        out.push_str(&by_policy(&errors));
    }
    let mut left_out = Vec::new();
    let waived = run.findings.iter().filter(|f| f.waiver.is_some()).count();
    if waived > 0 {
        left_out.push(format!("{waived} waived"));
    }
    if run.baselined > 0 {
        left_out.push(format!("{} in the baseline not shown", run.baselined));
    }
    if let Some(min) = run.min_severity.filter(|_| run.below_min_severity > 0) {
        left_out.push(format!(
            "{} below {} not shown (`--min-severity`; `--fail-on` still counts them)",
            plural(run.below_min_severity, "finding"),
            min.name()
        ));
    }
    if !left_out.is_empty() {
        let _ = writeln!(out, "{}", left_out.join(", "));
    }
    if run.unconfigured {
        out.push_str(&in_fixtures(run.findings));
    }
    out
}

/// How many findings lie in folders of test fixtures or vendored code
/// (`testdata/`, `fixtures/`, `vendor/`, ...), naming the first folders, with
/// how to exclude them; nothing when none does. Said on a first run only,
/// without `attest.toml`: a project with one has chosen what to check.
fn in_fixtures(findings: &[Finding]) -> String {
    let mut folders: BTreeMap<&str, usize> = BTreeMap::new();
    for f in findings.iter().filter(|f| f.waiver.is_none()) {
        if let Some(folder) = crate::config::conventional_folder(&f.file.path) {
            *folders.entry(folder).or_default() += 1;
        }
    }
    if folders.is_empty() {
        return String::new();
    }
    let named: Vec<&str> = folders.keys().copied().collect();
    format!(
        "{} in test fixtures or vendored code ({}): `attest init` writes an attest.toml that excludes them\n",
        plural(folders.values().sum(), "finding"),
        crate::config::some_folders(&named)
    )
}

/// `: 3 high, 4 medium`, most severe first; nothing for no findings.
fn by_severity(findings: &[&Finding]) -> String {
    let mut counts: BTreeMap<Severity, usize> = BTreeMap::new();
    for f in findings {
        *counts.entry(f.severity()).or_default() += 1;
    }
    let parts: Vec<String> = Severity::ALL.iter().filter_map(|s| counts.get(s).map(|n| format!("{n} {}", s.name()))).collect();
    if parts.is_empty() { String::new() } else { format!(": {}", parts.join(", ")) }
}

/// The policies with the most findings, one a line, counts aligned: most
/// findings first, then the most severe, then by id.
fn by_policy(findings: &[&Finding]) -> String {
    let mut counts: BTreeMap<&str, (usize, Severity)> = BTreeMap::new();
    for f in findings {
        counts.entry(&f.policy.id).or_insert((0, f.severity())).0 += 1;
    }
    let mut rows: Vec<(&str, usize, Severity)> = counts.into_iter().map(|(id, (n, s))| (id, n, s)).collect();
    rows.sort_by(|a, b| b.1.cmp(&a.1).then(b.2.cmp(&a.2)).then(a.0.cmp(b.0)));
    let width = rows.first().map_or(1, |r| r.1.to_string().len());
    let mut out = String::from("  by policy:\n");
    for (id, n, severity) in rows.iter().take(TOP_POLICIES) {
        let _ = writeln!(out, "    {n:>width$}  {id} ({})", severity.name());
    }
    if rows.len() > TOP_POLICIES {
        let rest = &rows[TOP_POLICIES..];
        let n: usize = rest.iter().map(|r| r.1).sum();
        let _ = writeln!(out, "    and {} with {}", plural(rest.len(), "more policy"), plural(n, "finding"));
    }
    out
}
