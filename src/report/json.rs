//! `--format json`: a versioned, documented schema (book/src/cli.md).

use super::{Run, counts};
use crate::finding::Finding;
use crate::policy::Severity;
use crate::source::LineCol;
use serde::Serialize;

#[derive(Serialize)]
struct Output<'a> {
    version: u32,
    tool: Tool,
    summary: Summary,
    findings: Findings<'a>,
    /// Waivers that expired, match nothing, or cannot apply.
    notices: Vec<Notice>,
    /// Baseline entries that no longer occur.
    fixed_since_baseline: &'a [crate::baseline::Entry],
}

#[derive(Serialize)]
struct Notice {
    message: String,
    path: String,
    line: usize,
}

#[derive(Serialize)]
struct WaiverOut<'a> {
    reason: &'a str,
    owner: Option<&'a str>,
    expires: Option<String>,
    source: &'static str,
    path: &'a str,
    line: usize,
}

#[derive(Serialize)]
struct Tool {
    name: &'static str,
    version: &'static str,
}

#[derive(Serialize)]
struct Summary {
    files: usize,
    documents: usize,
    policies: usize,
    assertions: Assertions,
    findings: super::Counts,
    baselined: usize,
    /// Findings left out by `--min-severity`.
    below_min_severity: usize,
}

#[derive(Serialize)]
struct Assertions {
    pass: usize,
    fail: usize,
    unknown: usize,
}

/// The findings, serialized one at a time.
struct Findings<'a>(&'a [Finding]);

impl Serialize for Findings<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.0.iter().map(FindingOut::from))
    }
}

#[derive(Serialize)]
struct FindingOut<'a> {
    policy: &'a str,
    title: &'a str,
    criteria: &'a [crate::policy::Text],
    severity: Severity,
    status: &'static str,
    message: &'a str,
    path: &'a str,
    start: LineCol,
    end: LineCol,
    byte_range: [u32; 2],
    address: Option<&'a str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    waiver: Option<WaiverOut<'a>>,
}

impl<'a> From<&'a Finding> for FindingOut<'a> {
    fn from(f: &'a Finding) -> Self {
        FindingOut {
            policy: &f.policy.id,
            title: &f.policy.title,
            criteria: &f.policy.criteria,
            severity: f.severity(),
            status: f.status_name(),
            message: &f.message,
            path: &f.file.path,
            start: f.start(),
            end: f.end(),
            byte_range: [f.span.start, f.span.end],
            address: f.address.as_deref(),
            waiver: f.waiver.as_deref().map(|w| WaiverOut {
                reason: &w.reason,
                owner: w.owner.as_deref(),
                expires: w.expires.map(|d| d.to_string()),
                source: w.source(),
                path: &w.file.path,
                line: w.line(),
            }),
        }
    }
}

pub fn write(run: &Run<'_>, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    let output = Output {
        version: 1,
        tool: Tool { name: "attest", version: env!("CARGO_PKG_VERSION") },
        summary: Summary {
            files: run.files,
            documents: run.documents,
            policies: run.policies.len(),
            assertions: Assertions { pass: run.tally.pass, fail: run.tally.fail, unknown: run.tally.unknown },
            findings: counts(run.findings),
            baselined: run.baselined,
            below_min_severity: run.below_min_severity,
        },
        findings: Findings(run.findings),
        notices: run
            .notices
            .iter()
            .map(|d| Notice { message: d.message.clone(), path: d.file.path.clone(), line: d.file.line_col(d.span().start as usize).line })
            .collect(),
        fixed_since_baseline: run.fixed,
    };
    super::write_json(&output, out)
}
