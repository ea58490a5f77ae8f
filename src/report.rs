//! Output formats, all fed from the same findings. One file per format, and
//! the summary the two formats for people (`text`, `concise`) end with.

mod concise;
mod github;
mod gitlab;
mod json;
mod junit;
mod sarif;
mod summary;
mod text;
pub use text::to_diag as text_diag;

use crate::engine::Tally;
use crate::finding::{Finding, Status};
use crate::policy::{Meta, Severity};
use std::collections::BTreeMap;
use std::sync::Arc;

#[derive(Debug, Clone, Copy, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    Text,
    /// One line per finding, then the summary.
    Concise,
    Json,
    Sarif,
    Junit,
    Github,
    Gitlab,
}

/// Everything a report needs to know about one run.
pub struct Run<'r> {
    pub findings: &'r [Finding],
    /// Every policy that ran, sorted by id (SARIF rules, JSON tool section).
    pub policies: Vec<Arc<Meta>>,
    pub files: usize,
    pub documents: usize,
    pub tally: Tally,
    /// Waivers that expired, match nothing, or cannot apply.
    pub notices: &'r [crate::diag::Diag],
    /// Findings left out because the baseline holds them.
    pub baselined: usize,
    /// Baseline entries that no longer occur.
    pub fixed: &'r [crate::baseline::Entry],
    /// `--min-severity`, and how many findings it left out.
    pub min_severity: Option<Severity>,
    pub below_min_severity: usize,
    /// No `attest.toml` was read: the summary then says which findings lie
    /// in the test fixtures and vendored code `attest init` would exclude.
    pub unconfigured: bool,
}

/// The order of findings in the formats for people. The machine formats keep
/// one order, by path (`Finding::sort_key`), whatever is asked.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default, clap::ValueEnum)]
pub enum Sort {
    /// The most severe first; by path, line and policy within a severity.
    #[default]
    Severity,
    /// By path, line and policy.
    Path,
}

/// How the formats for people are shown.
pub struct Style {
    pub color: bool,
    pub width: usize,
    pub sort: Sort,
    /// Whether the summary ends the output (not under `--quiet`).
    pub summary: bool,
}

/// Write the report of `run` to `out`. JSON, SARIF, text and concise are
/// written as they are made, one finding at a time, so that a run with many
/// findings does not hold its whole report in memory as well; JUnit, GitHub
/// and GitLab (CI annotations, read whole by their consumers) are made whole
/// first.
pub fn write(format: Format, run: &Run<'_>, style: &Style, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    let text = match format {
        Format::Json => return json::write(run, out),
        Format::Sarif => return sarif::write(run, out),
        Format::Text => return text::write(run, style, out),
        Format::Concise => return concise::write(run, style, out),
        Format::Junit => junit::render(run),
        Format::Github => github::render(run),
        Format::Gitlab => gitlab::render(run),
    };
    out.write_all(text.as_bytes())
}

/// Write `value` as pretty JSON and a final line end.
fn write_json(value: &impl serde::Serialize, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, value)?;
    out.write_all(b"\n")
}

/// The counts of the JSON summary: by severity and by criterion, the findings
/// not waived, failed and unknown together (the text summary, `summary`,
/// counts them apart).
#[derive(Debug, Default, serde::Serialize)]
pub struct Counts {
    pub fail: usize,
    pub unknown: usize,
    /// Policies that could not be evaluated (`Status::Error`).
    pub error: usize,
    pub waived: usize,
    pub by_severity: BTreeMap<Severity, usize>,
    pub by_criterion: BTreeMap<String, usize>,
}

pub fn counts(findings: &[Finding]) -> Counts {
    let mut c = Counts::default();
    for f in findings {
        if f.waiver.is_some() {
            c.waived += 1;
            continue;
        }
        match f.status {
            Status::Fail => c.fail += 1,
            Status::Unknown => c.unknown += 1,
            Status::Error => c.error += 1,
        }
        *c.by_severity.entry(f.severity()).or_default() += 1;
        for crit in &f.policy.criteria {
            *c.by_criterion.entry(crit.to_string()).or_default() += 1;
        }
    }
    c
}

/// Criteria in TSC order rather than string order (CC6.10 after CC6.9).
pub fn criteria_in_order(by: &BTreeMap<String, usize>) -> Vec<(&str, usize)> {
    let mut v: Vec<(&str, usize)> = by.iter().map(|(k, n)| (k.as_str(), *n)).collect();
    v.sort_by_key(|(k, _)| (crate::criteria::order(k), k.to_string()));
    v
}

/// The findings not waived, in the order `sort` asks for.
fn open(findings: &[Finding], sort: Sort) -> Vec<&Finding> {
    let mut open: Vec<&Finding> = findings.iter().filter(|f| f.waiver.is_none()).collect();
    if sort == Sort::Severity {
        // Stable: within a severity, the findings keep their order by path,
        // position, policy and message.
        open.sort_by_key(|f| std::cmp::Reverse(f.severity()));
    }
    open
}
