//! `--format json`: a versioned, documented schema (book/src/cli.md).

use super::{Run, counts};
use crate::finding::Status;
use crate::policy::Severity;
use crate::source::LineCol;
use serde::Serialize;

#[derive(Serialize)]
struct Output<'a> {
    version: u32,
    tool: Tool,
    summary: Summary,
    findings: Vec<FindingOut<'a>>,
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
}

#[derive(Serialize)]
struct Assertions {
    pass: usize,
    fail: usize,
    unknown: usize,
}

#[derive(Serialize)]
struct FindingOut<'a> {
    policy: &'a str,
    title: &'a str,
    criteria: &'a [String],
    severity: Severity,
    status: Status,
    message: &'a str,
    path: &'a str,
    start: LineCol,
    end: LineCol,
    byte_range: [u32; 2],
    address: Option<&'a str>,
}

pub fn render(run: &Run<'_>) -> String {
    let out = Output {
        version: 1,
        tool: Tool { name: "attest", version: env!("CARGO_PKG_VERSION") },
        summary: Summary {
            files: run.files,
            documents: run.documents,
            policies: run.policies.len(),
            assertions: Assertions { pass: run.tally.pass, fail: run.tally.fail, unknown: run.tally.unknown },
            findings: counts(run.findings),
        },
        findings: run
            .findings
            .iter()
            .map(|f| FindingOut {
                policy: &f.policy.id,
                title: &f.policy.title,
                criteria: &f.policy.criteria,
                severity: f.severity(),
                status: f.status,
                message: &f.message,
                path: &f.file.path,
                start: f.start(),
                end: f.end(),
                byte_range: [f.span.start, f.span.end],
                address: f.address.as_deref(),
            })
            .collect(),
    };
    let mut s = serde_json::to_string_pretty(&out).unwrap_or_default();
    s.push('\n');
    s
}
