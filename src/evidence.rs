//! SOC 2 evidence for `attest report`: built once from an evaluation, rendered as
//! HTML, Markdown or JSON. The model is the JSON schema (`version` 1, documented
//! in book/src/audit.md), so a report read back for `--compare` is this same
//! structure.
//!
//! INVARIANT: everything here is sorted (criteria in TSC order, the rest by id or
//! path) and nothing reads the clock: the same inputs and timestamp give the same
//! bytes.

pub mod compare;
pub mod git;
pub mod html;
pub mod json;
pub mod markdown;

use crate::criteria::{self, Checkable};
use crate::engine::{FileRecord, PolicyTally};
use crate::finding::Waiver;
use crate::finding::{self, Finding};
use crate::policy::{Policy, Severity, strings};
use crate::source::{SourceFile, Span};
use crate::waiver;
use serde::{Deserialize, Serialize};
use sha2::{Digest, Sha256};
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

/// The version of the JSON schema; bumped on any incompatible change.
pub const VERSION: u32 = 1;
/// What the `report` field of the JSON says, to tell a report from `check -f json`.
pub const KIND: &str = "soc2-evidence";

/// INVARIANT: a field added within version 1 is `#[serde(default)]`, so that
/// `--compare` reads the reports of earlier releases.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Evidence {
    pub version: u32,
    pub report: String,
    /// When the report was made (RFC 3339, UTC), or the `--timestamp` given.
    pub generated: String,
    /// The date waiver expiry was checked against.
    pub waivers_checked_on: String,
    pub tool: Tool,
    pub scope: Scope,
    pub policy_pack: PolicyPack,
    pub config: Option<FileDigest>,
    pub summary: Summary,
    /// Every criterion of the categories in scope, in TSC order, whether or not a
    /// policy covers it.
    pub criteria: Vec<Criterion>,
    pub findings: Vec<FindingEvidence>,
    /// Every waiver read, applied or not: the exceptions.
    pub waivers: Vec<WaiverEvidence>,
    /// Every file evaluated, with its digest.
    pub files: Vec<FileEvidence>,
    /// What changed since an earlier report (`--compare`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub comparison: Option<compare::Comparison>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Tool {
    pub name: String,
    pub version: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Scope {
    /// `None` when the first path is not in a git repository.
    pub git: Option<git::Git>,
    pub paths: Vec<String>,
    /// The TSC categories in scope (`security` always among them).
    #[serde(default)]
    pub categories: Vec<String>,
    pub files: usize,
    pub documents: usize,
    /// Files per platform (a file with documents of two platforms counts for both).
    pub platforms: BTreeMap<String, usize>,
    /// Whether unknown outcomes count as failures (`--strict`).
    pub strict: bool,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PolicyPack {
    /// SHA-256 over the sorted paths and texts of every policy file that ran,
    /// imported libraries included.
    pub sha256: String,
    pub policies: Vec<PolicyEvidence>,
    /// Every parameter the policies read, with the value this run used.
    #[serde(default)]
    pub parameters: Vec<ParameterEvidence>,
}

/// A policy parameter: the value used, and whether `attest.toml` chose it.
#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct ParameterEvidence {
    pub name: String,
    pub value: serde_json::Value,
    pub default: serde_json::Value,
    pub set_in_config: bool,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct PolicyEvidence {
    pub id: String,
    pub title: String,
    pub criteria: Vec<String>,
    pub severity: Severity,
    /// The first of `platforms`, as version 1 first had it.
    pub platform: String,
    #[serde(default)]
    pub platforms: Vec<String>,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub formerly: Vec<String>,
    pub source: String,
    #[serde(flatten)]
    pub counts: Counts,
}

/// Outcomes: each assertion evaluated on a resource is one. `fail`, `unknown`
/// and `waived` are findings, so the four add up to every outcome.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Counts {
    pub resources: usize,
    pub pass: usize,
    pub fail: usize,
    pub unknown: usize,
    pub waived: usize,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct FileDigest {
    pub path: String,
    pub sha256: String,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Summary {
    /// Criteria by status.
    pub criteria: BTreeMap<Status, usize>,
    pub findings: FindingCounts,
    pub waivers: BTreeMap<waiver::State, usize>,
}

#[derive(Debug, Clone, Copy, Serialize, Deserialize)]
pub struct FindingCounts {
    pub fail: usize,
    pub unknown: usize,
    pub waived: usize,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum Status {
    /// Policies ran on resources and nothing failed (waived findings aside).
    Holds,
    /// At least one failing finding is not waived.
    Fails,
    /// Policies cover it, but nothing in the scanned files is what they check.
    NotApplicable,
    /// No policy that ran maps to it.
    NotCovered,
}

impl Status {
    pub fn name(self) -> &'static str {
        match self {
            Status::Holds => "holds",
            Status::Fails => "fails",
            Status::NotApplicable => "not applicable",
            Status::NotCovered => "not covered",
        }
    }

    /// The class and key of the status in HTML and JSON.
    pub fn key(self) -> &'static str {
        match self {
            Status::Holds => "holds",
            Status::Fails => "fails",
            Status::NotApplicable => "not-applicable",
            Status::NotCovered => "not-covered",
        }
    }
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Criterion {
    pub id: String,
    pub title: String,
    pub category: String,
    /// How far configuration can show this criterion at all.
    pub checkable: Checkable,
    pub status: Status,
    /// Ids of the policies that ran and map to it.
    pub policies: Vec<String>,
    #[serde(flatten)]
    pub counts: Counts,
    /// Fingerprints of its findings that are not waived.
    pub findings: Vec<String>,
    /// Waivers (by `at`) of its policies.
    pub exceptions: Vec<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct FindingEvidence {
    /// As in baselines, SARIF and GitLab: survives line moves.
    pub fingerprint: String,
    pub policy: String,
    pub title: String,
    pub criteria: Vec<String>,
    pub severity: Severity,
    /// `fail`, `unknown` or `waived`.
    pub status: String,
    pub message: String,
    pub path: String,
    pub line: usize,
    pub column: usize,
    pub end_line: usize,
    pub end_column: usize,
    pub address: Option<String>,
    /// The waiver (by `at`) that accepts it.
    pub waiver: Option<String>,
    /// The lines around it, unless `--no-source`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub excerpt: Option<Excerpt>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct Excerpt {
    pub first_line: usize,
    /// The 1-based lines the finding covers, within the excerpt.
    pub marked: [usize; 2],
    pub lines: Vec<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct WaiverEvidence {
    /// Where it is written, `path:line`: its identity within one report.
    pub at: String,
    pub policy: String,
    pub reason: String,
    pub owner: Option<String>,
    pub expires: Option<String>,
    /// `inline` (a comment in a checked file) or `config` (attest.toml).
    pub source: String,
    pub state: waiver::State,
    /// Findings it accepts in this run.
    pub findings: usize,
    /// The criteria of the policies it names.
    pub criteria: Vec<String>,
}

#[derive(Debug, Clone, Serialize, Deserialize)]
pub struct FileEvidence {
    pub path: String,
    /// SHA-256 of the bytes evaluated (`sha256sum` gives the same); `None` when
    /// the file could not be read.
    pub sha256: Option<String>,
    pub bytes: usize,
    pub syntax: Option<String>,
    pub platforms: Vec<String>,
    pub documents: usize,
    /// Why it was not checked, when it was not.
    pub error: Option<String>,
}

/// What `build` needs from an evaluation (the fields of `cli::check::Evaluated`)
/// and from the command line.
pub struct Inputs<'a> {
    pub policies: &'a [Arc<Policy>],
    pub findings: &'a [Finding],
    pub by_policy: &'a BTreeMap<String, PolicyTally>,
    pub waivers: &'a [Arc<Waiver>],
    pub records: &'a [FileRecord],
    pub config: Option<&'a SourceFile>,
    pub paths: Vec<String>,
    /// Command-line names of the categories in scope (`criteria::CATEGORIES`);
    /// empty for all.
    pub categories: Vec<String>,
    pub documents: usize,
    pub today: jiff::civil::Date,
    pub generated: String,
    pub git: Option<git::Git>,
    pub strict: bool,
    pub excerpts: bool,
}

impl PolicyPack {
    /// The parameters set in the configuration, as `name = value (default d)`;
    /// `None` when every parameter has its default.
    pub fn parameters_changed(&self) -> Option<Vec<String>> {
        let changed: Vec<String> = self
            .parameters
            .iter()
            .filter(|p| p.set_in_config)
            .map(|p| format!("{} = {} (default {})", p.name, p.value, p.default))
            .collect();
        (!changed.is_empty()).then_some(changed)
    }
}

/// The parameters the policies read, by name, with the values of this run.
fn parameters(policies: &[Arc<Policy>]) -> Vec<ParameterEvidence> {
    let mut out: BTreeMap<&str, ParameterEvidence> = BTreeMap::new();
    for p in policies {
        for info in &p.meta.params {
            let chosen = p.values.get(&info.name);
            let json = |v: &crate::policy::params::ParamValue| serde_json::to_value(v).unwrap_or_default();
            out.entry(&info.name).or_insert_with(|| ParameterEvidence {
                name: info.name.clone(),
                value: json(chosen.unwrap_or(&info.default)),
                default: json(&info.default),
                set_in_config: chosen.is_some(),
            });
        }
    }
    out.into_values().collect()
}

pub fn sha256_hex(bytes: &[u8]) -> String {
    hex(&Sha256::digest(bytes))
}

fn hex(digest: &[u8]) -> String {
    digest.iter().map(|b| format!("{b:02x}")).collect()
}

/// The content hash of the policies that ran: their files and every file they
/// import, by path, so the same pack gives the same hash on any machine.
pub fn pack_hash(policies: &[Arc<Policy>]) -> String {
    let mut files: BTreeMap<&str, &str> = BTreeMap::new();
    for p in policies {
        files.insert(&p.file.path, &p.file.text);
        for f in p.scope.functions.values().map(|f| &f.file).chain(p.scope.params.values().map(|d| &d.file)) {
            files.insert(&f.path, &f.text);
        }
    }
    let mut h = Sha256::new();
    for (path, text) in files {
        // Lengths first, so no two different packs hash the same bytes.
        h.update((path.len() as u64).to_le_bytes());
        h.update(path.as_bytes());
        h.update((text.len() as u64).to_le_bytes());
        h.update(text.as_bytes());
    }
    h.finalize().iter().map(|b| format!("{b:02x}")).collect()
}

fn waiver_at(w: &Waiver) -> String {
    format!("{}:{}", w.file.path, w.line())
}

/// The evidence model of one evaluation.
pub fn build(input: &Inputs<'_>) -> Evidence {
    let fingerprints = finding::fingerprints(input.findings);
    let states = waiver::states(input.findings, input.waivers, input.today);
    let counts_by_policy = policy_counts(input);
    let waivers = waiver_evidence(input, &states);
    let findings = finding_evidence(input, &fingerprints);
    let criteria = criteria(input, &counts_by_policy, &findings, &waivers);
    let summary = summary(&criteria, &findings, &waivers);
    let platforms = platform_counts(input.records);
    let files = file_evidence(input.records);
    let policies = policy_evidence(input, &counts_by_policy);

    Evidence {
        version: VERSION,
        report: KIND.to_string(),
        generated: input.generated.clone(),
        waivers_checked_on: input.today.to_string(),
        tool: Tool { name: "attest".into(), version: env!("CARGO_PKG_VERSION").into() },
        scope: Scope {
            git: input.git.clone(),
            paths: input.paths.clone(),
            categories: criteria::CATEGORIES.iter().map(|c| c.1).filter(|name| in_scope(input, name)).map(str::to_string).collect(),
            files: input.records.len(),
            documents: input.documents,
            platforms,
            strict: input.strict,
        },
        policy_pack: PolicyPack { sha256: pack_hash(input.policies), policies, parameters: parameters(input.policies) },
        config: input.config.map(|c| FileDigest { path: c.path.clone(), sha256: sha256_hex(c.text.as_bytes()) }),
        summary,
        criteria,
        findings,
        waivers,
        files,
        comparison: None,
    }
}

/// Every waiver read, with its state (`states`, in the same order), the
/// findings it accepts and the criteria of the policies it names; sorted by
/// place and policy.
fn waiver_evidence(input: &Inputs<'_>, states: &[waiver::State]) -> Vec<WaiverEvidence> {
    let mut waivers: Vec<WaiverEvidence> = input
        .waivers
        .iter()
        .zip(states)
        .map(|(w, state)| {
            let criteria: BTreeSet<&str> =
                input.policies.iter().filter(|p| waiver::names(w, &p.meta)).flat_map(|p| p.meta.criteria.iter().map(|c| &**c)).collect();
            WaiverEvidence {
                at: waiver_at(w),
                policy: w.policy.clone(),
                reason: w.reason.clone(),
                owner: w.owner.clone(),
                expires: w.expires.map(|d| d.to_string()),
                source: w.source().to_string(),
                state: *state,
                findings: input.findings.iter().filter(|f| f.waiver.as_ref().is_some_and(|fw| Arc::ptr_eq(fw, w))).count(),
                criteria: criteria_sorted(criteria.into_iter().map(String::from)),
            }
        })
        .collect();
    waivers.sort_by(|a, b| (&a.at, &a.policy).cmp(&(&b.at, &b.policy)));
    waivers
}

/// Every finding, in the engine's order, with its fingerprint (`fingerprints`,
/// in the same order) and, unless `--no-source`, its excerpt.
fn finding_evidence(input: &Inputs<'_>, fingerprints: &[String]) -> Vec<FindingEvidence> {
    input
        .findings
        .iter()
        .zip(fingerprints)
        .map(|(f, fp)| {
            let (start, end) = (f.start(), f.end());
            FindingEvidence {
                fingerprint: fp.clone(),
                policy: f.policy.id.to_string(),
                title: f.policy.title.to_string(),
                criteria: strings(&f.policy.criteria),
                severity: f.severity(),
                status: f.status_name().to_string(),
                message: f.message.clone(),
                path: f.file.path.clone(),
                line: start.line,
                column: start.column,
                end_line: end.line,
                end_column: end.column,
                address: f.address.clone(),
                waiver: f.waiver.as_deref().map(waiver_at),
                excerpt: input.excerpts.then(|| excerpt(&f.file, f.span)),
            }
        })
        .collect()
}

/// Criteria by status, findings by status and waivers by state; every status
/// and state is present, with 0 when nothing has it.
fn summary(criteria: &[Criterion], findings: &[FindingEvidence], waivers: &[WaiverEvidence]) -> Summary {
    let mut by_status: BTreeMap<Status, usize> =
        [Status::Holds, Status::Fails, Status::NotApplicable, Status::NotCovered].into_iter().map(|s| (s, 0)).collect();
    for c in criteria {
        *by_status.entry(c.status).or_default() += 1;
    }
    let mut by_state: BTreeMap<waiver::State, usize> =
        [waiver::State::Valid, waiver::State::Expired, waiver::State::Stale, waiver::State::NotWaivable]
            .into_iter()
            .map(|s| (s, 0))
            .collect();
    for w in waivers {
        *by_state.entry(w.state).or_default() += 1;
    }
    let count = |s: &str| findings.iter().filter(|f| f.status == s).count();
    Summary {
        criteria: by_status,
        findings: FindingCounts { fail: count("fail"), unknown: count("unknown"), waived: count("waived") },
        waivers: by_state,
    }
}

/// Files per platform; a file with documents of two platforms counts for both.
fn platform_counts(records: &[FileRecord]) -> BTreeMap<String, usize> {
    let mut platforms: BTreeMap<String, usize> = BTreeMap::new();
    for r in records {
        for p in &r.platforms {
            *platforms.entry(p.name().to_string()).or_default() += 1;
        }
    }
    platforms
}

/// Every file evaluated with its digest, sorted by path.
fn file_evidence(records: &[FileRecord]) -> Vec<FileEvidence> {
    let mut files: Vec<FileEvidence> = records
        .iter()
        .map(|r| FileEvidence {
            path: r.path.clone(),
            sha256: r.sha256.map(|d| hex(&d)),
            bytes: r.bytes,
            syntax: r.syntax.map(|s| s.name().to_string()),
            platforms: r.platforms.iter().map(|p| p.name().to_string()).collect(),
            documents: r.documents,
            error: r.error.clone(),
        })
        .collect();
    files.sort_by(|a, b| a.path.cmp(&b.path));
    files
}

/// Every policy that ran with its outcome counts, sorted by id.
fn policy_evidence(input: &Inputs<'_>, counts_by_policy: &BTreeMap<&str, Counts>) -> Vec<PolicyEvidence> {
    let mut policies: Vec<PolicyEvidence> = input
        .policies
        .iter()
        .map(|p| PolicyEvidence {
            id: p.meta.id.to_string(),
            title: p.meta.title.to_string(),
            criteria: strings(&p.meta.criteria),
            severity: p.meta.severity(),
            platform: p.meta.platforms.first().map(ToString::to_string).unwrap_or_default(),
            platforms: strings(&p.meta.platforms),
            formerly: strings(&p.meta.formerly),
            source: p.meta.source.to_string(),
            counts: counts_by_policy.get(&*p.meta.id).copied().unwrap_or_default(),
        })
        .collect();
    policies.sort_by(|a, b| a.id.cmp(&b.id));
    policies
}

/// Outcome counts and resources per policy id. Passes and resources come from
/// the engine's tally; failures are split by what became of their findings.
fn policy_counts<'a>(input: &'a Inputs<'_>) -> BTreeMap<&'a str, Counts> {
    let mut out = BTreeMap::new();
    for p in input.policies {
        let t = input.by_policy.get(&*p.meta.id);
        let mut c = Counts { resources: t.map_or(0, |t| t.resources.len()), pass: t.map_or(0, |t| t.pass), ..Counts::default() };
        for f in input.findings.iter().filter(|f| f.policy.id == p.meta.id) {
            match f.status_name() {
                "waived" => c.waived += 1,
                "unknown" => c.unknown += 1,
                _ => c.fail += 1,
            }
        }
        out.insert(&*p.meta.id, c);
    }
    out
}

/// Whether a category is in scope: all are when none was named, and security always is.
fn in_scope(input: &Inputs<'_>, name: &str) -> bool {
    input.categories.is_empty() || name == "security" || input.categories.iter().any(|c| c == name)
}

fn criteria(
    input: &Inputs<'_>,
    by_policy: &BTreeMap<&str, Counts>,
    findings: &[FindingEvidence],
    waivers: &[WaiverEvidence],
) -> Vec<Criterion> {
    criteria::CRITERIA
        .iter()
        .filter(|(id, _)| in_scope(input, criteria::category_name(id)))
        .map(|&(id, title)| {
            let policies: Vec<&Arc<Policy>> = input.policies.iter().filter(|p| p.meta.criteria.iter().any(|c| c == id)).collect();
            let mut ids: Vec<String> = policies.iter().map(|p| p.meta.id.to_string()).collect();
            ids.sort();
            let mut counts = Counts::default();
            let mut resources: BTreeSet<u64> = BTreeSet::new();
            for p in &policies {
                let c = by_policy.get(&*p.meta.id).copied().unwrap_or_default();
                counts.pass += c.pass;
                counts.fail += c.fail;
                counts.unknown += c.unknown;
                counts.waived += c.waived;
                if let Some(t) = input.by_policy.get(&*p.meta.id) {
                    resources.extend(&t.resources);
                }
            }
            counts.resources = resources.len();
            let mine: Vec<_> = findings.iter().filter(|f| f.status != "waived" && f.criteria.iter().any(|c| c == id)).collect();
            let open: Vec<String> = mine.iter().map(|f| f.fingerprint.clone()).collect();
            // A policy that could not be evaluated does not show the criterion holds.
            let errors = mine.iter().any(|f| f.status == "error");
            let outcomes = counts.pass + counts.fail + counts.unknown + counts.waived;
            let status = if policies.is_empty() {
                Status::NotCovered
            } else if outcomes == 0 {
                Status::NotApplicable
            } else if counts.fail > 0 || errors || (input.strict && counts.unknown > 0) {
                Status::Fails
            } else {
                Status::Holds
            };
            Criterion {
                id: id.to_string(),
                title: title.to_string(),
                category: criteria::category(id).to_string(),
                checkable: criteria::checkable(id),
                status,
                policies: ids,
                counts,
                findings: open,
                exceptions: waivers.iter().filter(|w| w.criteria.iter().any(|c| c == id)).map(|w| w.at.clone()).collect(),
            }
        })
        .collect()
}

fn criteria_sorted(ids: impl Iterator<Item = String>) -> Vec<String> {
    let mut v: Vec<String> = ids.collect();
    v.sort_by_key(|c| (criteria::order(c), c.clone()));
    v.dedup();
    v
}

/// Lines shown around a finding, and the longest line kept (in characters).
const CONTEXT: usize = crate::source::LINES_AROUND;
const MAX_MARKED: usize = 6;
const MAX_WIDTH: usize = 160;

/// The flagged lines (at most `MAX_MARKED`) with `CONTEXT` lines either side.
fn excerpt(file: &SourceFile, span: Span) -> Excerpt {
    let start = file.line_col(span.start as usize).line;
    // A span ending at the start of a line does not cover that line.
    let end_at = if span.is_empty() { span.end } else { span.end - 1 };
    let end = file.line_col(end_at as usize).line.max(start).min(start + MAX_MARKED - 1);
    let first = start.saturating_sub(CONTEXT).max(1);
    let last = (end + CONTEXT).min(file.line_count().max(end));
    let text = (first..=last)
        .map(|n| {
            let line = file.line(n);
            if line.chars().count() > MAX_WIDTH { line.chars().take(MAX_WIDTH).collect::<String>() + "…" } else { line.to_string() }
        })
        .collect();
    Excerpt { first_line: first, marked: [start, end], lines: text }
}

/// One word per status for the summaries: "3 hold, 1 fails".
pub fn status_counts(e: &Evidence) -> String {
    let n = |s: Status| e.summary.criteria.get(&s).copied().unwrap_or(0);
    let organisational = e.criteria.iter().filter(|c| c.status == Status::NotCovered && c.checkable == Checkable::No).count();
    format!(
        "{} hold, {} fail, {} not applicable, {} not covered ({organisational} of them organisational)",
        n(Status::Holds),
        n(Status::Fails),
        n(Status::NotApplicable),
        n(Status::NotCovered)
    )
}

/// The titles of the categories in scope, for headers.
pub fn category_titles(e: &Evidence) -> Vec<&'static str> {
    criteria::CATEGORIES.iter().filter(|c| e.scope.categories.iter().any(|n| n == c.1)).map(|c| c.2).collect()
}
