//! `--format sarif`: SARIF 2.1.0 through serde-sarif's typed structs.

use super::Run;
use crate::finding::{Finding, Status};
use crate::policy::{Meta, Severity, strings};
use serde_sarif::sarif;
use std::collections::BTreeMap;

/// A shown path as a relative URI reference: `#`, `?`, `%`, spaces and
/// anything outside ASCII percent-encoded, `/` kept.
fn uri(path: &str) -> String {
    const PATH: &percent_encoding::AsciiSet =
        &percent_encoding::NON_ALPHANUMERIC.remove(b'/').remove(b'-').remove(b'_').remove(b'.').remove(b'~');
    percent_encoding::utf8_percent_encode(path, PATH).to_string()
}

/// GitHub code scanning's scale for `security-severity`.
fn security_severity(s: Severity) -> &'static str {
    match s {
        Severity::Critical => "9.5",
        Severity::High => "8.0",
        Severity::Medium => "5.5",
        Severity::Low => "3.0",
        Severity::Info => "0.0",
    }
}

fn text(s: &str) -> sarif::MultiformatMessageString {
    sarif::MultiformatMessageString::builder().text(s.to_string()).build()
}

fn rule(meta: &Meta) -> sarif::ReportingDescriptor {
    let mut tags = strings(&meta.criteria);
    tags.extend(strings(&meta.platforms));
    tags.push("security".into());
    let mut extra = BTreeMap::new();
    extra.insert("security-severity".to_string(), serde_json::json!(security_severity(meta.severity())));
    let properties = sarif::PropertyBag::builder().tags(tags).additional_properties(extra).build();
    let texts = meta.texts();
    let full = if texts.description.is_empty() { meta.title.to_string() } else { texts.description.clone() };
    let mut rule = sarif::ReportingDescriptor::builder()
        .id(meta.id.to_string())
        .name(meta.id.to_string())
        .short_description(text(&meta.title))
        .full_description(text(&full))
        .help(text(&texts.remediation))
        .default_configuration(sarif::ReportingConfiguration::builder().level(serde_json::json!("error")).build())
        .properties(properties)
        .build();
    // Code scanning matches alerts of a renamed rule by its former ids.
    if !meta.formerly.is_empty() {
        rule.deprecated_ids = Some(strings(&meta.formerly));
    }
    rule
}

fn result(f: &Finding, rule_index: Option<usize>, fingerprint: &str) -> sarif::Result {
    let (start, end) = (f.start(), f.end());
    let region = sarif::Region::builder()
        .start_line(start.line as i64)
        .start_column(start.column as i64)
        .end_line(end.line as i64)
        .end_column(end.column as i64)
        .byte_offset(i64::from(f.span.start))
        .byte_length(f.span.len() as i64)
        .build();
    let physical = sarif::PhysicalLocation::builder()
        .artifact_location(sarif::ArtifactLocation::builder().uri(uri(&f.file.path)).build())
        .region(region)
        .build();
    let location = sarif::Location::builder().physical_location(physical).build();
    let mut fingerprints = BTreeMap::new();
    fingerprints.insert("attest/v1".to_string(), fingerprint.to_string());
    // The contract: `error` for a failed assertion, `note` for an unknown one; the
    // severity travels in `security-severity`.
    let level = match f.status {
        Status::Fail => sarif::ResultLevel::Error,
        Status::Unknown => sarif::ResultLevel::Note,
        Status::Error => sarif::ResultLevel::Error,
    };
    let builder = sarif::Result::builder()
        .rule_id(f.policy.id.clone())
        .level(level)
        .message(sarif::Message::builder().text(f.message.clone()).build())
        .locations(vec![location])
        .partial_fingerprints(fingerprints);
    let mut result = match rule_index {
        Some(i) => builder.rule_index(i as i64).build(),
        None => builder.build(),
    };
    // A waived finding stays in the log, suppressed, with its justification.
    if let Some(w) = &f.waiver {
        let kind = if w.source() == "inline" { "inSource" } else { "external" };
        let mut justification = w.reason.clone();
        if let Some(owner) = &w.owner {
            justification.push_str(&format!(" (owner: {owner})"));
        }
        if let Some(d) = w.expires {
            justification.push_str(&format!(" (expires {d})"));
        }
        let suppression = sarif::Suppression::builder()
            .kind(serde_json::json!(kind))
            .status(serde_json::json!("accepted"))
            .justification(justification)
            .build();
        result.suppressions = Some(vec![suppression]);
    }
    result
}

/// The log: serde-sarif's typed structs for the tool and each result, the
/// results made and written one at a time (`Results`). Keys in the order
/// serde-sarif writes them.
#[derive(serde::Serialize)]
struct Log<'a> {
    #[serde(rename = "$schema")]
    schema: &'static str,
    runs: [RunOut<'a>; 1],
    version: &'static str,
}

#[derive(serde::Serialize)]
#[serde(rename_all = "camelCase")]
struct RunOut<'a> {
    column_kind: &'static str,
    results: Results<'a>,
    tool: sarif::Tool,
}

struct Results<'a> {
    findings: &'a [Finding],
    fingerprints: Vec<String>,
    rules: BTreeMap<&'a str, usize>,
}

impl serde::Serialize for Results<'_> {
    fn serialize<S: serde::Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let rule = |f: &Finding| self.rules.get(&*f.policy.id).copied();
        s.collect_seq(self.findings.iter().zip(&self.fingerprints).map(|(f, p)| result(f, rule(f), p)))
    }
}

pub fn write(run: &Run<'_>, out: &mut dyn std::io::Write) -> std::io::Result<()> {
    // The rules are the policies that ran, plus `parse-error` when it fired.
    let mut metas = run.policies.clone();
    for f in run.findings {
        if !metas.iter().any(|m| m.id == f.policy.id) {
            metas.push(f.policy.clone());
        }
    }
    metas.sort_by(|a, b| a.id.cmp(&b.id));
    let driver = sarif::ToolComponent::builder()
        .name("attest".to_string())
        .version(env!("CARGO_PKG_VERSION").to_string())
        .rules(metas.iter().map(|m| rule(m)).collect::<Vec<_>>())
        .build();
    let results = Results {
        findings: run.findings,
        fingerprints: crate::finding::fingerprints(run.findings),
        rules: metas.iter().enumerate().map(|(i, m)| (&*m.id, i)).collect(),
    };
    let log = Log {
        schema: "https://json.schemastore.org/sarif-2.1.0.json",
        runs: [RunOut { column_kind: "unicodeCodePoints", results, tool: sarif::Tool::builder().driver(driver).build() }],
        version: "2.1.0",
    };
    super::write_json(&log, out)
}

#[cfg(test)]
mod tests {
    #[test]
    fn uris_are_percent_encoded() {
        assert_eq!(super::uri("infra/a b#1?.yaml"), "infra/a%20b%231%3F.yaml");
        assert_eq!(super::uri("k8s/100%/é.yaml"), "k8s/100%25/%C3%A9.yaml");
        assert_eq!(super::uri("../x/main.tf"), "../x/main.tf");
    }
}
