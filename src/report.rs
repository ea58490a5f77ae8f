//! Output formats, all fed from the same findings. One file per format.

mod github;
mod gitlab;
mod json;
mod junit;
mod sarif;
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
}

pub struct Style {
    pub color: bool,
    pub width: usize,
}

pub fn render(format: Format, run: &Run<'_>, style: &Style) -> String {
    match format {
        Format::Text => text::render(run, style),
        Format::Json => json::render(run),
        Format::Sarif => sarif::render(run),
        Format::Junit => junit::render(run),
        Format::Github => github::render(run),
        Format::Gitlab => gitlab::render(run),
    }
}

/// Counts shared by the summaries of every format.
#[derive(Debug, Default, serde::Serialize)]
pub struct Counts {
    pub fail: usize,
    pub unknown: usize,
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
        }
        *c.by_severity.entry(f.severity()).or_default() += 1;
        for crit in &f.policy.criteria {
            *c.by_criterion.entry(crit.clone()).or_default() += 1;
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
