//! `--format gitlab`: a GitLab Code Quality report (a JSON array of issues).

use super::Run;
use crate::finding::Status;
use crate::policy::Severity;
use serde::Serialize;

#[derive(Serialize)]
struct Issue<'a> {
    description: String,
    check_name: &'a str,
    fingerprint: String,
    severity: &'static str,
    location: Location<'a>,
}

#[derive(Serialize)]
struct Location<'a> {
    path: &'a str,
    lines: Lines,
}

#[derive(Serialize)]
struct Lines {
    begin: usize,
    end: usize,
}

fn severity(s: Severity) -> &'static str {
    match s {
        Severity::Info => "info",
        Severity::Low => "minor",
        Severity::Medium => "major",
        Severity::High => "critical",
        Severity::Critical => "blocker",
    }
}

pub fn render(run: &Run<'_>) -> String {
    let prints = crate::finding::fingerprints(run.findings);
    let issues: Vec<Issue<'_>> = run
        .findings
        .iter()
        .zip(prints)
        .filter(|(f, _)| f.waiver.is_none())
        .map(|(f, fingerprint)| Issue {
            description: format!("{}: {}", f.policy.id, f.message),
            check_name: &f.policy.id,
            fingerprint,
            // An unknown outcome is not a finding of the code: shown, never graded.
            severity: if f.status == Status::Unknown { "info" } else { severity(f.severity()) },
            location: Location { path: &f.file.path, lines: Lines { begin: f.start().line, end: f.end().line } },
        })
        .collect();
    serde_json::to_string_pretty(&issues).unwrap_or_default() + "\n"
}
