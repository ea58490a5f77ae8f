//! `attest report --format md`: the evidence as GitHub-flavoured Markdown, for a
//! wiki page or a pull request comment. Same sections as the HTML.

use super::{Criterion, Evidence, FindingEvidence, Status, WaiverEvidence, compare::Comparison};
use crate::criteria::Checkable;
use std::fmt::Write;

fn badge(s: Status) -> &'static str {
    match s {
        Status::Holds => "✅ holds",
        Status::Fails => "❌ fails",
        Status::NotApplicable => "➖ not applicable",
        Status::NotCovered => "⬜ not covered",
    }
}

/// Text for a table cell: no line breaks, no column separators, no HTML.
fn cell(s: &str) -> String {
    s.replace('\\', "\\\\").replace('|', "\\|").replace('<', "&lt;").replace('>', "&gt;").replace(['\n', '\r'], " ")
}

/// Inline code that survives backticks in the text.
fn code(s: &str) -> String {
    let s = s.replace(['\n', '\r'], " ").replace('|', "\\|");
    if s.contains('`') { format!("`` {s} ``") } else { format!("`{s}`") }
}

fn location(f: &FindingEvidence) -> String {
    format!("{}:{}:{}", f.path, f.line, f.column)
}

pub fn render(e: &Evidence) -> String {
    let mut out = String::new();
    header(&mut out, e);
    if let Some(c) = &e.comparison {
        changes(&mut out, e, c);
    }
    matrix(&mut out, e);
    details(&mut out, e);
    not_covered(&mut out, e);
    findings(&mut out, e);
    exceptions(&mut out, e);
    files(&mut out, e);
    out
}

fn header(out: &mut String, e: &Evidence) {
    let _ = writeln!(out, "# SOC 2 evidence report\n");
    let _ = writeln!(
        out,
        "Generated {} by {} {}; waivers checked against {}.\n",
        e.generated, e.tool.name, e.tool.version, e.waivers_checked_on
    );
    let _ = writeln!(out, "| | |\n|---|---|");
    let repo = match &e.scope.git {
        Some(g) => format!(
            "{}, commit {} on {}{}",
            code(&g.repository),
            code(if g.commit.is_empty() { "(none)" } else { &g.commit }),
            g.branch.as_deref().map_or("a detached HEAD".to_string(), code),
            if g.dirty { " (**with uncommitted changes**: the digests below say what was evaluated)" } else { "" }
        ),
        None => "not a git repository".to_string(),
    };
    let _ = writeln!(out, "| Repository | {repo} |");
    let paths: Vec<String> = e.scope.paths.iter().map(|p| code(p)).collect();
    let _ = writeln!(out, "| Paths | {} |", paths.join(", "));
    let _ = writeln!(out, "| Categories | {} |", super::category_titles(e).join(", "));
    let platforms: Vec<String> = e.scope.platforms.iter().map(|(p, n)| format!("{p} {n}")).collect();
    let _ = writeln!(
        out,
        "| Files | {} files, {} documents{} |",
        e.scope.files,
        e.scope.documents,
        if platforms.is_empty() { String::new() } else { format!(" ({})", platforms.join(", ")) }
    );
    let _ = writeln!(out, "| Policies | {} policies, pack SHA-256 {} |", e.policy_pack.policies.len(), code(&e.policy_pack.sha256));
    let config = e.config.as_ref().map_or("none".to_string(), |c| format!("{}, SHA-256 {}", code(&c.path), code(&c.sha256)));
    let _ = writeln!(out, "| Configuration | {config} |");
    if let Some(changed) = e.policy_pack.parameters_changed() {
        let _ = writeln!(out, "| Parameters | {} |", changed.iter().map(|c| code(c)).collect::<Vec<_>>().join(", "));
    }
    if e.scope.strict {
        let _ = writeln!(out, "| Mode | strict: unknown outcomes count as failures |");
    }
    let f = &e.summary.findings;
    let _ = writeln!(out, "\n**Criteria:** {}.  ", super::status_counts(e));
    let _ = writeln!(out, "**Findings:** {} failing, {} unknown, {} waived.\n", f.fail, f.unknown, f.waived);
    let unchecked: Vec<String> = e.files.iter().filter(|f| f.error.is_some()).map(|f| code(&f.path)).collect();
    if !unchecked.is_empty() {
        let _ = writeln!(
            out,
            "**Warning:** {} could not be checked, so no policy saw them: {}.\n",
            crate::diag::plural(unchecked.len(), "file"),
            unchecked.join(", ")
        );
    }
}

fn changes(out: &mut String, e: &Evidence, c: &Comparison) {
    let since = match &c.previous.commit {
        Some(commit) if !commit.is_empty() => format!("{} (commit {})", c.previous.generated, code(commit)),
        _ => c.previous.generated.clone(),
    };
    let _ = writeln!(out, "## Changes since {since}\n");
    if c.is_empty() {
        let _ = writeln!(out, "Nothing changed.\n");
        return;
    }
    let list = |out: &mut String, title: &str, items: Vec<String>| {
        if !items.is_empty() {
            let _ = writeln!(out, "**{title}:**\n");
            for i in items {
                let _ = writeln!(out, "- {i}");
            }
            let _ = writeln!(out);
        }
    };
    let crit = |f: fn(&super::compare::CriterionChange) -> bool| -> Vec<String> {
        c.criteria
            .iter()
            .filter(|x| f(x))
            .map(|x| format!("{} {}: {} → {}", x.id, cell(&x.title), x.before.name(), x.after.name()))
            .collect()
    };
    list(out, "Started holding", crit(|x| x.started_holding()));
    list(out, "Stopped holding", crit(|x| x.stopped_holding()));
    list(out, "Other status changes", crit(|x| !x.started_holding() && !x.stopped_holding()));
    let by_print = |prints: &[String]| -> Vec<String> {
        prints.iter().filter_map(|p| e.findings.iter().find(|f| &f.fingerprint == p)).map(finding_line).collect()
    };
    list(out, "New findings", by_print(&c.new_findings));
    list(out, "Resolved findings", c.resolved_findings.iter().map(finding_line).collect());
    list(out, "Waived since", by_print(&c.newly_waived));
    list(out, "No longer waived", by_print(&c.no_longer_waived));
    let by_at =
        |ats: &[String]| -> Vec<String> { ats.iter().filter_map(|a| e.waivers.iter().find(|w| &w.at == a)).map(waiver_line).collect() };
    list(out, "Waivers added", by_at(&c.waivers_added));
    list(out, "Waivers expired", by_at(&c.waivers_expired));
    list(out, "Waivers removed", c.waivers_removed.iter().map(waiver_line).collect());
}

fn finding_line(f: &FindingEvidence) -> String {
    let address = f.address.as_deref().map_or(String::new(), |a| format!(" ({})", code(a)));
    format!("**{}** {} at {}{address}: {}", f.severity.name(), code(&f.policy), code(&location(f)), cell(&f.message))
}

fn waiver_line(w: &WaiverEvidence) -> String {
    format!("{} at {}: {}", code(&w.policy), code(&w.at), cell(&w.reason))
}

fn matrix(out: &mut String, e: &Evidence) {
    let _ = writeln!(out, "## Control coverage matrix\n");
    let _ = writeln!(out, "Outcomes count each assertion evaluated on a resource; a waived outcome is a failure accepted by a waiver.\n");
    let _ = writeln!(out, "| Criterion | Title | Status | Policies | Resources | Pass | Fail | Unknown | Waived |");
    let _ = writeln!(out, "|---|---|---|--:|--:|--:|--:|--:|--:|");
    for c in &e.criteria {
        let n = &c.counts;
        let numbers = if c.status == Status::NotCovered {
            vec!["—".to_string(); 6]
        } else {
            [c.policies.len(), n.resources, n.pass, n.fail, n.unknown, n.waived].iter().map(ToString::to_string).collect()
        };
        let status = if c.status == Status::NotCovered && c.checkable == Checkable::No {
            "⬜ not covered: organisational"
        } else {
            badge(c.status)
        };
        let _ = writeln!(out, "| {} | {} | {status} | {} |", c.id, cell(&c.title), numbers.join(" | "));
    }
    let _ = writeln!(out);
}

fn details(out: &mut String, e: &Evidence) {
    let _ = writeln!(out, "## Criteria in detail\n");
    for c in e.criteria.iter().filter(|c| !c.policies.is_empty()) {
        criterion(out, e, c);
    }
}

fn criterion(out: &mut String, e: &Evidence, c: &Criterion) {
    let _ = writeln!(out, "### {} {}: {}\n", c.id, cell(&c.title), badge(c.status));
    let _ = writeln!(out, "Policies:\n");
    for id in &c.policies {
        if let Some(p) = e.policy_pack.policies.iter().find(|p| &p.id == id) {
            let n = &p.counts;
            let _ = writeln!(
                out,
                "- {} ({}): {}; {}, {} pass, {} fail, {} unknown, {} waived",
                code(&p.id),
                p.severity.name(),
                cell(&p.title),
                crate::diag::plural(n.resources, "resource"),
                n.pass,
                n.fail,
                n.unknown,
                n.waived
            );
        }
    }
    let _ = writeln!(out);
    if !c.findings.is_empty() {
        let _ = writeln!(out, "Findings:\n");
        for f in c.findings.iter().filter_map(|p| e.findings.iter().find(|f| &f.fingerprint == p)) {
            let _ = writeln!(out, "- {}", finding_line(f));
        }
        let _ = writeln!(out);
    }
    if !c.exceptions.is_empty() {
        let _ = writeln!(out, "Exceptions:\n");
        for w in c.exceptions.iter().filter_map(|a| e.waivers.iter().find(|w| &w.at == a)) {
            let _ = writeln!(out, "- {} ({})", waiver_line(w), w.state.name());
        }
        let _ = writeln!(out);
    }
}

fn not_covered(out: &mut String, e: &Evidence) {
    let _ = writeln!(out, "## Not covered by any policy\n");
    let list = |out: &mut String, checkable: &[Checkable]| {
        for c in e.criteria.iter().filter(|c| c.status == Status::NotCovered && checkable.contains(&c.checkable)) {
            let _ = writeln!(out, "- {} {}", c.id, cell(&c.title));
        }
        let _ = writeln!(out);
    };
    let _ = writeln!(out, "Criteria configuration can show, at least in part, with no policy in this run (a gap a policy could close):\n");
    list(out, &[Checkable::Yes, Checkable::Partly]);
    let _ = writeln!(
        out,
        "Organisational criteria, which no configuration file can show (governance, people, documents, physical security): \
         their evidence comes from elsewhere.\n"
    );
    list(out, &[Checkable::No]);
}

fn findings(out: &mut String, e: &Evidence) {
    let _ = writeln!(out, "## Findings\n");
    if e.findings.is_empty() {
        let _ = writeln!(out, "None.\n");
        return;
    }
    for f in &e.findings {
        let _ = writeln!(out, "- {}: {}", f.status, finding_line(f));
        if let Some(x) = &f.excerpt {
            let _ = writeln!(out, "\n  <details><summary>{}</summary>\n", cell(&location(f)));
            let width = (x.first_line + x.lines.len()).to_string().len();
            let fence = if x.lines.iter().any(|l| l.contains("```")) { "~~~~" } else { "```" };
            let _ = writeln!(out, "  {fence}text");
            for (i, line) in x.lines.iter().enumerate() {
                let n = x.first_line + i;
                let mark = if (x.marked[0]..=x.marked[1]).contains(&n) { '>' } else { ' ' };
                let _ = writeln!(out, "  {mark}{n:>width$} | {line}");
            }
            let _ = writeln!(out, "  {fence}\n\n  </details>\n");
        }
    }
    let _ = writeln!(out);
}

fn exceptions(out: &mut String, e: &Evidence) {
    let _ = writeln!(out, "## Exceptions (waivers)\n");
    if e.waivers.is_empty() {
        let _ = writeln!(out, "None.\n");
        return;
    }
    let _ = writeln!(out, "| Waiver | Policy | Criteria | Reason | Owner | Expires | State | Findings |");
    let _ = writeln!(out, "|---|---|---|---|---|---|---|--:|");
    for w in &e.waivers {
        let _ = writeln!(
            out,
            "| {} | {} | {} | {} | {} | {} | {} | {} |",
            code(&w.at),
            code(&w.policy),
            w.criteria.join(", "),
            cell(&w.reason),
            w.owner.as_deref().map_or("—".to_string(), cell),
            w.expires.as_deref().unwrap_or("never"),
            w.state.name(),
            w.findings
        );
    }
    let _ = writeln!(out);
}

fn files(out: &mut String, e: &Evidence) {
    let _ = writeln!(out, "## Evaluated files\n");
    let _ = writeln!(out, "| Path | Platforms | Bytes | SHA-256 |");
    let _ = writeln!(out, "|---|---|--:|---|");
    for f in &e.files {
        let platforms = if f.platforms.is_empty() { "—".to_string() } else { f.platforms.join(", ") };
        let digest = match (&f.sha256, &f.error) {
            (Some(d), _) => code(d),
            (None, Some(err)) => format!("not read: {}", cell(err)),
            (None, None) => "not read".to_string(),
        };
        let _ = writeln!(out, "| {} | {platforms} | {} | {digest} |", code(&f.path), f.bytes);
    }
}
