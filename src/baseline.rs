//! Baselines: the findings a team has accepted for now, by fingerprint, so that
//! `check --baseline` reports only new ones while the old ones are worked off.

use crate::diag::Diag;
use crate::finding::{Finding, fingerprints, fingerprints_as};
use crate::source::{SourceFile, Span};
use serde::{Deserialize, Serialize};
use std::collections::HashSet;
use std::path::Path;
use std::sync::Arc;

pub const VERSION: u32 = 1;

#[derive(Debug, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
struct BaselineFile {
    version: u32,
    entries: Vec<Entry>,
}

/// One accepted finding. Only `fingerprint` is matched; the rest is for people.
#[derive(Debug, Clone, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    pub fingerprint: String,
    pub policy: String,
    pub path: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub address: Option<String>,
    pub line: usize,
    pub message: String,
}

#[derive(Debug)]
pub struct Baseline {
    pub entries: Vec<Entry>,
}

/// The baseline of the findings that are not waived, as JSON.
pub fn write(findings: &[Finding]) -> String {
    let entries = findings
        .iter()
        .zip(fingerprints(findings))
        .filter(|(f, _)| f.waiver.is_none())
        .map(|(f, fingerprint)| Entry {
            fingerprint,
            policy: f.policy.id.to_string(),
            path: f.file.path.clone(),
            address: f.address.clone(),
            line: f.start().line,
            message: f.message.clone(),
        })
        .collect();
    serde_json::to_string_pretty(&BaselineFile { version: VERSION, entries }).unwrap_or_default() + "\n"
}

pub fn read(path: &Path, root: &Path) -> Result<Baseline, Box<Diag>> {
    parse(&crate::diag::read_source(path, root, "the baseline")?)
}

pub fn parse(file: &Arc<SourceFile>) -> Result<Baseline, Box<Diag>> {
    let at = |line: usize, column: usize| -> Span {
        let offset = file.text.split_inclusive('\n').take(line.saturating_sub(1)).map(str::len).sum::<usize>() + column.saturating_sub(1);
        Span::new(offset, offset + 1)
    };
    // The version first, so a file from a newer attest gets a message that says so.
    if let Ok(v) = serde_json::from_str::<serde_json::Value>(&file.text)
        && let Some(version) = v.get("version").and_then(serde_json::Value::as_u64)
        && version > u64::from(VERSION)
    {
        let span = file.text.find("\"version\"").map_or(Span::default(), |i| Span::new(i, i + 9));
        return Err(Box::new(
            Diag::error(
                file,
                span,
                format!("this baseline is version {version}; this attest reads version {VERSION}"),
                "written by a newer attest",
            )
            .with_help("upgrade attest, or write the baseline again with `attest baseline write`"),
        ));
    }
    let parsed: BaselineFile = serde_json::from_str(&file.text).map_err(|e| {
        Box::new(
            Diag::error(file, at(e.line(), e.column()), format!("the baseline is not valid: {e}"), "here")
                .with_help("write it again with `attest baseline write FILE`"),
        )
    })?;
    Ok(Baseline { entries: parsed.entries })
}

/// Split findings into new ones and those in the baseline; also return the
/// baseline entries that no longer occur (fixed, so the file can shrink).
pub fn filter(findings: Vec<Finding>, baseline: &Baseline) -> (Vec<Finding>, usize, Vec<Entry>) {
    // Each finding's fingerprint under its policy's id, then under each id
    // the policy had before: a baseline written before a rename still holds.
    let renames = findings.iter().map(|f| f.policy.formerly.len()).max().unwrap_or(0);
    let mut names: Vec<Vec<String>> = vec![fingerprints(&findings)];
    names.extend((0..renames).map(|k| fingerprints_as(&findings, |f| f.policy.formerly.get(k).unwrap_or(&f.policy.id))));
    let prints: Vec<Vec<&str>> = (0..findings.len()).map(|i| names.iter().map(|n| n[i].as_str()).collect()).collect();
    let known: HashSet<&str> = baseline.entries.iter().map(|e| e.fingerprint.as_str()).collect();
    let present: HashSet<&str> = prints.iter().flatten().copied().collect();
    let gone = baseline.entries.iter().filter(|e| !present.contains(e.fingerprint.as_str())).cloned().collect();
    let mut old = 0;
    let new = findings
        .into_iter()
        .zip(&prints)
        .filter(|(_, p)| {
            let is_old = p.iter().any(|p| known.contains(p));
            old += usize::from(is_old);
            !is_old
        })
        .map(|(f, _)| f)
        .collect();
    (new, old, gone)
}
