//! The table of equivalents, `policies/equivalents.toml`: every check of
//! checkov for the platforms attest reads, and every row of the SOC 2
//! catalogue of checks, each with the attest policies that check the same
//! thing, the reason attest has none, or the policy still to be written. This
//! module reads it, checks that it is whole and true to the pack, and renders
//! the book's page for users coming from checkov.

use attest::policy::Policy;
use serde::Deserialize;
use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write as _;
use std::sync::Arc;

pub const PATH: &str = "policies/equivalents.toml";

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Table {
    #[serde(default)]
    pub checkov: Vec<Entry>,
    #[serde(default)]
    pub catalogue: Vec<Entry>,
}

/// One peer check (`id`) or catalogue row (`row`), and how attest answers it.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Entry {
    #[serde(default)]
    pub id: String,
    #[serde(default)]
    pub row: String,
    #[serde(default)]
    pub title: String,
    #[serde(default)]
    pub check: String,
    #[serde(default)]
    pub languages: Vec<String>,
    #[serde(default)]
    pub criteria: Vec<String>,
    #[serde(default)]
    pub policies: Vec<String>,
    pub reason: Option<String>,
    pub gap: Option<String>,
    pub partial: Option<String>,
}

impl Entry {
    fn name(&self) -> &str {
        if self.id.is_empty() { &self.row } else { &self.id }
    }

    /// What the check checks, and in which languages checkov has it.
    fn what(&self) -> String {
        let what = if self.title.is_empty() { &self.check } else { &self.title };
        if self.languages.is_empty() { what.clone() } else { format!("{what} ({})", self.languages.join(", ")) }
    }
}

pub fn read() -> Table {
    let text = std::fs::read_to_string(super::root().join(PATH)).unwrap_or_else(|e| panic!("{PATH}: {e}"));
    toml::from_str(&text).unwrap_or_else(|e| panic!("{PATH}: {e}"))
}

/// Everything wrong with the table, one line each: an entry with no answer
/// or two, a policy that is not in the pack, a criterion that is not one, an
/// id given twice.
pub fn problems(table: &Table, policies: &[Arc<Policy>]) -> Vec<String> {
    let ids: BTreeSet<&str> = policies.iter().map(|p| &*p.meta.id).collect();
    let mut out = Vec::new();
    // By platform in the order of `GROUPS`; within one, `CKV_` before `CKV2_`, then by number.
    let order = |e: &Entry| (group(&e.id), e.id.starts_with("CKV2"), e.id.rsplit('_').next().and_then(|n| n.parse::<u32>().ok()));
    if let Some(w) = table.checkov.windows(2).find(|w| order(&w[0]) >= order(&w[1])) {
        out.push(format!("[[checkov]] `{}` comes after `{}`: keep the tables in checkov's order", w[1].id, w[0].id));
    }
    // The check list's sections in order, each numbered from 01 without gaps.
    let mut previous = (0, 0);
    for e in &table.catalogue {
        let row = row_number(&e.row);
        if row != (previous.0, previous.1 + 1) && !(previous.1 > 0 && row == (previous.0 + 1, 1)) {
            out.push(format!(
                "[[catalogue]] `{}` is out of place: keep the check list's sections in order and number each from 01 without gaps",
                e.row
            ));
        }
        previous = row;
    }
    let mut seen = BTreeSet::new();
    for (list, entries) in [("checkov", &table.checkov), ("catalogue", &table.catalogue)] {
        for e in entries {
            let name = e.name();
            if name.is_empty() || !seen.insert((list, name)) {
                out.push(format!("[[{list}]] `{name}` has no id or is given twice"));
            }
            let answers = usize::from(!e.policies.is_empty()) + usize::from(e.reason.is_some()) + usize::from(e.gap.is_some());
            if answers != 1 {
                out.push(format!("[[{list}]] `{name}` needs exactly one of `policies`, `reason` and `gap`"));
            }
            if e.partial.is_some() && e.policies.is_empty() {
                out.push(format!("[[{list}]] `{name}` says what is `partial` but names no policy"));
            }
            for p in e.policies.iter().filter(|p| !ids.contains(p.as_str())) {
                out.push(format!("[[{list}]] `{name}` names `{p}`, which is not a built-in policy"));
            }
            if let Some(g) = e.gap.as_deref().filter(|g| ids.contains(g)) {
                out.push(format!("[[{list}]] `{name}` calls `{g}` a gap, but the pack has it: list it in `policies`"));
            }
            for c in e.criteria.iter().filter(|c| !attest::criteria::is_criterion(c)) {
                out.push(format!("[[{list}]] `{name}` has `{c}`, which is not a criterion"));
            }
            if !e.criteria.is_empty() && e.reason.as_deref().is_some_and(str::is_empty) {
                out.push(format!("[[{list}]] `{name}` gives an empty reason"));
            }
        }
    }
    out
}

/// checkov's platforms, by the part of the id after `CKV_`/`CKV2_`, with the
/// heading of their part of the page.
const GROUPS: &[(&str, &str)] = &[
    ("AWS", "AWS"),
    ("GCP", "Google Cloud"),
    ("AZURE", "Azure"),
    ("K8S", "Kubernetes"),
    ("DOCKER", "Dockerfile"),
    ("GHA", "GitHub Actions"),
    ("GIT", "GitHub (Terraform provider)"),
];

/// The sections of the SOC 2 check list (§2.1 to §2.8), by the prefix of
/// their rows, with the heading of their part of the page.
const SECTIONS: &[(&str, &str)] = &[
    ("AWS", "AWS (Terraform and CloudFormation)"),
    ("GCP", "Google Cloud (Terraform)"),
    ("AZ", "Azure (Terraform)"),
    ("K8S", "Kubernetes"),
    ("DKR", "Dockerfile"),
    ("DC", "Docker Compose"),
    ("GHA", "GitHub Actions"),
    ("SCM", "Source control as code (GitHub in Terraform, CODEOWNERS)"),
];

/// A catalogue row's section (its index in `SECTIONS`, past the end when
/// unknown) and number: `GCP-07` is `(1, 7)`.
fn row_number(row: &str) -> (usize, u32) {
    let (prefix, number) = row.rsplit_once('-').unwrap_or_default();
    (index_of(SECTIONS, prefix), number.parse().unwrap_or_default())
}

/// The index in `GROUPS` of a checkov id's platform; past the end when unknown.
fn group(id: &str) -> usize {
    index_of(GROUPS, id.split('_').nth(1).unwrap_or_default())
}

/// The index of `key` in a list of (key, heading); past the end when unknown.
fn index_of(headings: &[(&str, &str)], key: &str) -> usize {
    headings.iter().position(|(k, _)| *k == key).unwrap_or(headings.len())
}

/// One part of the page per heading (at `level`, `##` or `###`) with the
/// entries whose index (`index_of` the heading) `part` gives, in a table
/// whose first column is `first`; headings without entries are left out.
fn parts(out: &mut String, level: &str, headings: &[(&str, &str)], entries: &[Entry], part: impl Fn(&Entry) -> usize, first: &str) {
    for (i, (_, heading)) in headings.iter().enumerate() {
        let entries: Vec<&Entry> = entries.iter().filter(|e| part(e) == i).collect();
        if !entries.is_empty() {
            let _ = writeln!(out, "{level} {heading}\n");
            table_rows(out, &entries, first);
            let _ = writeln!(out);
        }
    }
}

/// The peers' ids that check what each policy checks, for the policy pages.
pub fn peers(table: &Table) -> BTreeMap<&str, Vec<&str>> {
    let mut out: BTreeMap<&str, Vec<&str>> = BTreeMap::new();
    for e in &table.checkov {
        for p in &e.policies {
            out.entry(p.as_str()).or_default().push(&e.id);
        }
    }
    out
}

#[derive(Default)]
struct Tally {
    covered: usize,
    partial: usize,
    reason: usize,
    gap: usize,
}

fn tally<'e>(entries: impl Iterator<Item = &'e Entry>) -> Tally {
    let mut t = Tally::default();
    for e in entries {
        match (&e.reason, &e.gap, &e.partial) {
            (Some(_), _, _) => t.reason += 1,
            (_, Some(_), _) => t.gap += 1,
            (_, _, Some(_)) => t.partial += 1,
            _ => t.covered += 1,
        }
    }
    t
}

fn answer(e: &Entry) -> String {
    let links = |ps: &[String]| ps.iter().map(|p| format!("[`{p}`](policies/{p}.md)")).collect::<Vec<_>>().join(", ");
    match (&e.reason, &e.gap, &e.partial) {
        (Some(r), _, _) => format!("none: {r}"),
        (_, Some(g), _) => format!("not yet (`{g}`)"),
        (_, _, Some(p)) => format!("{} (partly: {p})", links(&e.policies)),
        _ => links(&e.policies),
    }
}

fn cell(s: &str) -> String {
    s.replace('|', "\\|").replace('\n', " ")
}

fn table_rows(out: &mut String, entries: &[&Entry], first: &str) {
    let _ = writeln!(out, "| {first} | Checks | Criteria | attest |\n|---|---|---|---|");
    for e in entries {
        let criteria = if e.criteria.is_empty() { "none".to_string() } else { e.criteria.join(", ") };
        let _ = writeln!(out, "| `{}` | {} | {} | {} |", e.name(), cell(&e.what()), criteria, cell(&answer(e)));
    }
}

/// `book/src/equivalents.md`.
pub fn page(table: &Table) -> String {
    let mut out = String::new();
    let relevant = || table.checkov.iter().filter(|e| !e.criteria.is_empty());
    let t = tally(relevant());
    let c = tally(table.catalogue.iter());
    let _ = writeln!(
        out,
        "# Coming from checkov

Each check of checkov for the platforms attest reads (AWS, Google Cloud and
Azure in Terraform and CloudFormation, Kubernetes, Dockerfile, GitHub
Actions, and GitHub in Terraform) is listed below with the attest policies
that check the same thing, or the reason attest has no policy for it: the
service already does it by default, the check is about cost or capacity
rather than a control, or it fails correct configurations. Use it to find
the attest policy behind a checkov id you know, and to carry over your skip
list: `--skip` and waivers take attest ids.

Of the {total} checks, {relevant} support a SOC 2 criterion. Of those,
attest covers {covered} with a policy, {partial} in part (the policy covers
less: one language, fewer resource types), gives a reason for {reason}, and
has {gap} still to write.

The table is `policies/equivalents.toml`; `tests/catalogue.rs` checks that
every policy it names exists and generates this page from it.
",
        total = table.checkov.len(),
        relevant = relevant().count(),
        covered = t.covered,
        partial = t.partial,
        reason = t.reason,
        gap = t.gap,
    );
    parts(&mut out, "##", GROUPS, &table.checkov, |e| group(&e.id), "checkov");
    let _ = writeln!(
        out,
        "## The SOC 2 catalogue of checks

The checks a SOC 2 audit of infrastructure expects of its configuration
files, row by row: of the {} rows, attest covers {} with a policy, {} in
part, gives a reason for {}, and has {} still to write.
",
        table.catalogue.len(),
        c.covered,
        c.partial,
        c.reason,
        c.gap
    );
    parts(&mut out, "###", SECTIONS, &table.catalogue, |e| row_number(&e.row).0, "Row");
    out
}
