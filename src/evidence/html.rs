//! `attest report --format html`: one self-contained page (inline CSS, a few
//! lines of inline JS, nothing fetched: the Content-Security-Policy forbids it),
//! readable on screen and on paper.

use super::{Criterion, Evidence, FindingEvidence, Status, WaiverEvidence, compare::Comparison};
use crate::criteria::Checkable;
use std::fmt::Write;

const STYLE: &str = include_str!("report.css");

/// Open every collapsed section before printing, so paper shows everything, and
/// the criterion a link leads to; then mark the page as ready (the browser test
/// looks for the mark, which a script error would prevent).
const SCRIPT: &str = "addEventListener('beforeprint',function(){document.querySelectorAll('details').forEach(function(d){d.open=true})});\
function openTarget(){var t=document.getElementById(decodeURIComponent(location.hash.slice(1)));if(t&&t.tagName==='DETAILS'){t.open=true}}\
addEventListener('hashchange',openTarget);openTarget();\
document.documentElement.setAttribute('data-ready','1');";

/// A failing criterion opens by default unless its list would bury the page.
const OPEN_UP_TO: usize = 25;

fn esc(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            c => out.push(c),
        }
    }
    out
}

/// A message with its `backticked` parts as code (messages quote values that way).
fn message(s: &str) -> String {
    if !s.matches('`').count().is_multiple_of(2) {
        return esc(s);
    }
    s.split('`').enumerate().map(|(i, part)| if i % 2 == 1 { format!("<code>{}</code>", esc(part)) } else { esc(part) }).collect()
}

/// An element id from a fingerprint (`0a1b…:2` → `f-0a1b…-2`).
fn finding_id(fingerprint: &str) -> String {
    format!("f-{}", fingerprint.replace(':', "-"))
}

fn waiver_id(at: &str) -> String {
    let safe: String = at.chars().map(|c| if c.is_ascii_alphanumeric() { c } else { '-' }).collect();
    format!("w-{safe}")
}

fn badge(s: Status) -> String {
    format!("<span class=\"badge {}\">{}</span>", s.key(), s.name())
}

/// The status of a criterion; an organisational one that no policy covers says so.
fn criterion_badge(c: &Criterion) -> String {
    if c.status == Status::NotCovered && c.checkable == Checkable::No {
        "<span class=\"badge not-covered org\">not covered: organisational</span>".to_string()
    } else {
        badge(c.status)
    }
}

pub fn render(e: &Evidence) -> String {
    let mut out = String::new();
    let title = match &e.scope.git {
        Some(g) => format!("SOC 2 evidence: {}", g.repository),
        None => "SOC 2 evidence".to_string(),
    };
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n\
         <meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n\
         <meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'\">\n\
         <meta name=\"generator\" content=\"attest {}\">\n<title>{}</title>\n<style>\n{STYLE}</style>\n</head>\n<body>\n",
        esc(&e.tool.version),
        esc(&title)
    );
    header(&mut out, e, &title);
    let _ = writeln!(
        out,
        "<nav>{}<a href=\"#matrix\">Coverage matrix</a><a href=\"#criteria\">Criteria</a><a href=\"#not-covered\">Not covered</a>\
         <a href=\"#findings\">Findings</a><a href=\"#exceptions\">Exceptions</a><a href=\"#files\">Files</a></nav>\n<main>",
        if e.comparison.is_some() { "<a href=\"#changes\">Changes</a>" } else { "" }
    );
    summary(&mut out, e);
    if let Some(c) = &e.comparison {
        changes(&mut out, e, c);
    }
    matrix(&mut out, e);
    details(&mut out, e);
    not_covered(&mut out, e);
    findings(&mut out, e);
    exceptions(&mut out, e);
    files(&mut out, e);
    let _ = write!(out, "</main>\n<script>{SCRIPT}</script>\n</body>\n</html>\n");
    out
}

fn header(out: &mut String, e: &Evidence, title: &str) {
    let _ = writeln!(out, "<header>\n<h1>{}</h1>\n<dl class=\"meta\">", esc(title));
    let mut row = |k: &str, v: String| {
        let _ = writeln!(out, "<dt>{k}</dt><dd>{v}</dd>");
    };
    row("Generated", format!("{} by {} {}", esc(&e.generated), esc(&e.tool.name), esc(&e.tool.version)));
    match &e.scope.git {
        Some(g) => {
            row("Repository", format!("<code>{}</code>", esc(&g.repository)));
            row(
                "Commit",
                format!(
                    "<code>{}</code> on {}{}",
                    esc(if g.commit.is_empty() { "(none)" } else { &g.commit }),
                    g.branch.as_deref().map_or("a detached HEAD".to_string(), |b| format!("<code>{}</code>", esc(b))),
                    if g.dirty {
                        " <strong class=\"warn\">with uncommitted changes</strong> (the file digests say what was evaluated)"
                    } else {
                        ""
                    }
                ),
            );
        }
        None => row("Repository", "not a git repository".into()),
    }
    let paths: Vec<String> = e.scope.paths.iter().map(|p| format!("<code>{}</code>", esc(p))).collect();
    row("Paths", paths.join(", "));
    row("Categories", esc(&super::category_titles(e).join(", ")));
    let platforms: Vec<String> = e.scope.platforms.iter().map(|(p, n)| format!("{} {n}", esc(p))).collect();
    row(
        "Files",
        format!(
            "{} files, {} documents{}",
            e.scope.files,
            e.scope.documents,
            if platforms.is_empty() { String::new() } else { format!(" ({})", platforms.join(", ")) }
        ),
    );
    row(
        "Policy pack",
        format!("{} policies, SHA-256 <code class=\"hash\">{}</code>", e.policy_pack.policies.len(), esc(&e.policy_pack.sha256)),
    );
    row(
        "Configuration",
        e.config.as_ref().map_or("none".to_string(), |c| {
            format!("<code>{}</code>, SHA-256 <code class=\"hash\">{}</code>", esc(&c.path), esc(&c.sha256))
        }),
    );
    if let Some(changed) = e.policy_pack.parameters_changed() {
        row("Parameters", changed.iter().map(|c| format!("<code>{}</code>", esc(c))).collect::<Vec<_>>().join(", "));
    }
    row("Waivers checked on", esc(&e.waivers_checked_on));
    if e.scope.strict {
        row("Mode", "strict: unknown outcomes count as failures".into());
    }
    let _ = writeln!(out, "</dl>\n</header>");
}

fn summary(out: &mut String, e: &Evidence) {
    let n = |s: Status| e.summary.criteria.get(&s).copied().unwrap_or(0);
    let f = &e.summary.findings;
    let _ = writeln!(out, "<section id=\"summary\">\n<div class=\"cards\">");
    for s in [Status::Holds, Status::Fails, Status::NotApplicable, Status::NotCovered] {
        let label = match s {
            Status::Holds => "hold",
            Status::Fails => "fail",
            other => other.name(),
        };
        let _ = writeln!(out, "<div class=\"card {}\"><b>{}</b>criteria {label}</div>", s.key(), n(s));
    }
    let _ = writeln!(
        out,
        "<div class=\"card findings\"><b>{}</b>open findings ({} unknown)</div><div class=\"card waived\"><b>{}</b>waived findings</div>",
        f.fail + f.unknown,
        f.unknown,
        f.waived
    );
    let _ = writeln!(out, "</div>");
    let unchecked: Vec<String> = e.files.iter().filter(|f| f.error.is_some()).map(|f| format!("<code>{}</code>", esc(&f.path))).collect();
    if !unchecked.is_empty() {
        let _ = writeln!(
            out,
            "<p class=\"warning\"><b>{} could not be checked</b>, so no policy saw them: {} (see <a href=\"#files\">Evaluated files</a>).</p>",
            crate::diag::plural(unchecked.len(), "file"),
            unchecked.join(", ")
        );
    }
    let _ = writeln!(out, "<div class=\"heat\" aria-label=\"criteria by status\">");
    for c in &e.criteria {
        let _ = writeln!(
            out,
            "<a class=\"tile {}{}\" href=\"#{}\" title=\"{} {}: {}\">{}</a>",
            c.status.key(),
            if c.checkable == Checkable::No { " org" } else { "" },
            target(c),
            esc(&c.id),
            esc(&c.title),
            c.status.name(),
            esc(&c.id)
        );
    }
    let _ = writeln!(out, "</div>\n</section>");
}

/// Where a criterion's row and tile link: its details when it has policies.
fn target(c: &Criterion) -> String {
    if c.policies.is_empty() { "not-covered".into() } else { format!("c-{}", c.id) }
}

fn matrix(out: &mut String, e: &Evidence) {
    let _ = writeln!(
        out,
        "<section id=\"matrix\">\n<h2>Control coverage matrix</h2>\n<p class=\"note\">Every criterion of the Trust Services Criteria. \
         Outcomes count each assertion evaluated on a resource; a waived outcome is a failure accepted by a waiver. \
         <span class=\"legend\">{} {} {} {} <span class=\"badge not-covered org\">not covered: organisational</span></span></p>\n\
         <table class=\"matrix\">\n<thead><tr><th>Criterion</th><th>Title</th><th>Status</th><th class=\"num\">Policies</th>\
         <th class=\"num\">Resources</th><th class=\"num\">Pass</th><th class=\"num\">Fail</th><th class=\"num\">Unknown</th>\
         <th class=\"num\">Waived</th></tr></thead>\n<tbody>",
        badge(Status::Holds),
        badge(Status::Fails),
        badge(Status::NotApplicable),
        badge(Status::NotCovered)
    );
    let mut category = "";
    for c in &e.criteria {
        if c.category != category {
            category = &c.category;
            let _ = writeln!(out, "<tr class=\"category\"><th colspan=\"9\">{}</th></tr>", esc(category));
        }
        let n = &c.counts;
        let covered = c.status != Status::NotCovered;
        let num = |v: usize, class: &str| match v {
            _ if !covered => "<td class=\"num zero\">—</td>".to_string(),
            0 => "<td class=\"num zero\">0</td>".to_string(),
            v => format!("<td class=\"num {class}\">{v}</td>"),
        };
        let _ = writeln!(
            out,
            "<tr class=\"criterion {}{}\" data-criterion=\"{}\" data-status=\"{}\"><td><a href=\"#{}\">{}</a></td><td>{}</td><td>{}</td>\
             {}{}{}{}{}{}</tr>",
            c.status.key(),
            if c.checkable == Checkable::No { " org" } else { "" },
            esc(&c.id),
            c.status.key(),
            target(c),
            esc(&c.id),
            esc(&c.title),
            criterion_badge(c),
            num(c.policies.len(), ""),
            num(n.resources, ""),
            num(n.pass, "pass"),
            num(n.fail, "fail"),
            num(n.unknown, "unknown"),
            num(n.waived, "waived"),
        );
    }
    let _ = writeln!(out, "</tbody>\n</table>\n</section>");
}

fn location(f: &FindingEvidence) -> String {
    format!("{}:{}:{}", f.path, f.line, f.column)
}

/// One finding in a list: severity, policy, a link to its source, message.
fn finding_item(f: &FindingEvidence) -> String {
    let address = f.address.as_deref().map_or(String::new(), |a| format!(" <code class=\"addr\">{}</code>", esc(a)));
    format!(
        "<li><span class=\"sev {}\">{}</span> <code>{}</code> <a href=\"#{}\">{}</a>{address}: {}</li>",
        f.severity.name(),
        f.severity.name(),
        esc(&f.policy),
        finding_id(&f.fingerprint),
        esc(&location(f)),
        message(&f.message)
    )
}

fn waiver_item(w: &WaiverEvidence) -> String {
    format!(
        "<li><a href=\"#{}\"><code>{}</code></a> waives <code>{}</code>: {} <span class=\"state {}\">{}</span></li>",
        waiver_id(&w.at),
        esc(&w.at),
        esc(&w.policy),
        esc(&w.reason),
        w.state.name(),
        w.state.name()
    )
}

fn changes(out: &mut String, e: &Evidence, c: &Comparison) {
    let since = match &c.previous.commit {
        Some(commit) if !commit.is_empty() => format!("{} (commit <code>{}</code>)", esc(&c.previous.generated), esc(commit)),
        _ => esc(&c.previous.generated),
    };
    let _ = writeln!(out, "<section id=\"changes\">\n<h2>Changes since {since}</h2>");
    if c.is_empty() {
        let _ = writeln!(out, "<p>Nothing changed.</p>\n</section>");
        return;
    }
    let list = |out: &mut String, title: &str, items: Vec<String>| {
        if !items.is_empty() {
            let _ = writeln!(out, "<h3>{title}</h3>\n<ul>\n{}\n</ul>", items.join("\n"));
        }
    };
    let crit = |f: fn(&super::compare::CriterionChange) -> bool| -> Vec<String> {
        c.criteria
            .iter()
            .filter(|x| f(x))
            .map(|x| format!("<li><b>{}</b> {}: {} → {}</li>", esc(&x.id), esc(&x.title), badge(x.before), badge(x.after)))
            .collect()
    };
    list(out, "Started holding", crit(|x| x.started_holding()));
    list(out, "Stopped holding", crit(|x| x.stopped_holding()));
    list(out, "Other status changes", crit(|x| !x.started_holding() && !x.stopped_holding()));
    let by_print = |prints: &[String]| -> Vec<String> {
        prints.iter().filter_map(|p| e.findings.iter().find(|f| &f.fingerprint == p)).map(finding_item).collect()
    };
    list(out, "New findings", by_print(&c.new_findings));
    let resolved = c
        .resolved_findings
        .iter()
        .map(|f| {
            format!(
                "<li><span class=\"sev {}\">{}</span> <code>{}</code> {}: {}</li>",
                f.severity.name(),
                f.severity.name(),
                esc(&f.policy),
                esc(&location(f)),
                message(&f.message)
            )
        })
        .collect();
    list(out, "Resolved findings", resolved);
    list(out, "Waived since", by_print(&c.newly_waived));
    list(out, "No longer waived", by_print(&c.no_longer_waived));
    let by_at =
        |ats: &[String]| -> Vec<String> { ats.iter().filter_map(|a| e.waivers.iter().find(|w| &w.at == a)).map(waiver_item).collect() };
    list(out, "Waivers added", by_at(&c.waivers_added));
    list(out, "Waivers expired", by_at(&c.waivers_expired));
    let removed = c
        .waivers_removed
        .iter()
        .map(|w| format!("<li><code>{}</code> waived <code>{}</code>: {}</li>", esc(&w.at), esc(&w.policy), esc(&w.reason)))
        .collect();
    list(out, "Waivers removed", removed);
    let _ = writeln!(out, "</section>");
}

fn details(out: &mut String, e: &Evidence) {
    let _ = writeln!(out, "<section id=\"criteria\">\n<h2>Criteria in detail</h2>");
    for c in e.criteria.iter().filter(|c| !c.policies.is_empty()) {
        criterion(out, e, c);
    }
    let _ = writeln!(out, "</section>");
}

fn criterion(out: &mut String, e: &Evidence, c: &Criterion) {
    let n = &c.counts;
    let _ = writeln!(
        out,
        "<details id=\"c-{}\" class=\"criterion {}\"{}>\n<summary><b>{}</b> {} {} <span class=\"counts\">{} · {} pass · {} fail · {} unknown · {} waived</span></summary>",
        esc(&c.id),
        c.status.key(),
        if c.status == Status::Fails && c.findings.len() <= OPEN_UP_TO { " open" } else { "" },
        esc(&c.id),
        esc(&c.title),
        badge(c.status),
        crate::diag::plural(n.resources, "resource"),
        n.pass,
        n.fail,
        n.unknown,
        n.waived
    );
    let _ = writeln!(
        out,
        "<table class=\"policies\"><thead><tr><th>Policy</th><th>Severity</th><th class=\"num\">Resources</th><th class=\"num\">Pass</th>\
         <th class=\"num\">Fail</th><th class=\"num\">Unknown</th><th class=\"num\">Waived</th></tr></thead><tbody>"
    );
    for p in c.policies.iter().filter_map(|id| e.policy_pack.policies.iter().find(|p| &p.id == id)) {
        let k = &p.counts;
        let _ = writeln!(
            out,
            "<tr><td><code>{}</code><br><small>{}</small></td><td><span class=\"sev {}\">{}</span></td><td class=\"num\">{}</td>\
             <td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td><td class=\"num\">{}</td></tr>",
            esc(&p.id),
            esc(&p.title),
            p.severity.name(),
            p.severity.name(),
            k.resources,
            k.pass,
            k.fail,
            k.unknown,
            k.waived
        );
    }
    let _ = writeln!(out, "</tbody></table>");
    let open: Vec<String> = c.findings.iter().filter_map(|p| e.findings.iter().find(|f| &f.fingerprint == p)).map(finding_item).collect();
    if !open.is_empty() {
        let _ = writeln!(out, "<h4>Findings</h4>\n<ul class=\"findings\">\n{}\n</ul>", open.join("\n"));
    }
    let exceptions: Vec<String> = c.exceptions.iter().filter_map(|a| e.waivers.iter().find(|w| &w.at == a)).map(waiver_item).collect();
    if !exceptions.is_empty() {
        let _ = writeln!(out, "<h4>Exceptions</h4>\n<ul class=\"exceptions\">\n{}\n</ul>", exceptions.join("\n"));
    }
    let _ = writeln!(out, "</details>");
}

fn not_covered(out: &mut String, e: &Evidence) {
    let _ = writeln!(out, "<section id=\"not-covered\">\n<h2>Not covered by any policy</h2>");
    let list = |out: &mut String, checkable: &[Checkable]| {
        let items: Vec<String> = e
            .criteria
            .iter()
            .filter(|c| c.status == Status::NotCovered && checkable.contains(&c.checkable))
            .map(|c| format!("<li><b>{}</b> {}</li>", esc(&c.id), esc(&c.title)))
            .collect();
        let _ =
            writeln!(out, "<ul class=\"columns\">\n{}\n</ul>", if items.is_empty() { "<li>none</li>".into() } else { items.join("\n") });
    };
    let _ =
        writeln!(out, "<p>Criteria configuration can show, at least in part, with no policy in this run: a gap a policy could close.</p>");
    list(out, &[Checkable::Yes, Checkable::Partly]);
    let _ = writeln!(
        out,
        "<p>Organisational criteria, which no configuration file can show (governance, people, documents, physical security): \
         their evidence comes from elsewhere.</p>"
    );
    list(out, &[Checkable::No]);
    let _ = writeln!(out, "</section>");
}

fn findings(out: &mut String, e: &Evidence) {
    let _ = writeln!(out, "<section id=\"findings\">\n<h2>Findings</h2>");
    if e.findings.is_empty() {
        let _ = writeln!(out, "<p>None.</p>");
    }
    for f in &e.findings {
        let _ = writeln!(
            out,
            "<article id=\"{}\" class=\"finding {}\">\n<h3><span class=\"status {}\">{}</span> <span class=\"sev {}\">{}</span> <code>{}</code> {}</h3>",
            finding_id(&f.fingerprint),
            esc(&f.status),
            esc(&f.status),
            esc(&f.status),
            f.severity.name(),
            f.severity.name(),
            esc(&f.policy),
            esc(&f.title)
        );
        let criteria: Vec<String> = f.criteria.iter().map(|c| format!("<a href=\"#c-{0}\">{0}</a>", esc(c))).collect();
        let _ = writeln!(
            out,
            "<p class=\"message\">{}</p>\n<p class=\"where\"><code>{}</code>{}{}{}</p>",
            message(&f.message),
            esc(&location(f)),
            f.address.as_deref().map_or(String::new(), |a| format!(" · resource <code>{}</code>", esc(a))),
            if criteria.is_empty() { String::new() } else { format!(" · {}", criteria.join(", ")) },
            f.waiver.as_deref().map_or(String::new(), |w| format!(
                " · waived by <a href=\"#{}\"><code>{}</code></a>",
                waiver_id(w),
                esc(w)
            ))
        );
        if let Some(x) = &f.excerpt {
            let _ = write!(out, "<pre class=\"excerpt\">");
            for (i, line) in x.lines.iter().enumerate() {
                let n = x.first_line + i;
                let hit = (x.marked[0]..=x.marked[1]).contains(&n);
                let _ =
                    write!(out, "<span class=\"line{}\"><span class=\"ln\">{n}</span>{}</span>", if hit { " hit" } else { "" }, esc(line));
            }
            let _ = writeln!(out, "</pre>");
        }
        let _ = writeln!(out, "</article>");
    }
    let _ = writeln!(out, "</section>");
}

fn exceptions(out: &mut String, e: &Evidence) {
    let _ = writeln!(out, "<section id=\"exceptions\">\n<h2>Exceptions (waivers)</h2>");
    if e.waivers.is_empty() {
        let _ = writeln!(out, "<p>None.</p>\n</section>");
        return;
    }
    let _ = writeln!(
        out,
        "<table class=\"waivers\"><thead><tr><th>Waiver</th><th>Policy</th><th>Criteria</th><th>Reason</th><th>Owner</th><th>Expires</th>\
         <th>State</th><th class=\"num\">Findings</th></tr></thead><tbody>"
    );
    for w in &e.waivers {
        let _ = writeln!(
            out,
            "<tr id=\"{}\"><td><code>{}</code><br><small>{}</small></td><td><code>{}</code></td><td>{}</td><td>{}</td><td>{}</td><td>{}</td>\
             <td><span class=\"state {}\">{}</span></td><td class=\"num\">{}</td></tr>",
            waiver_id(&w.at),
            esc(&w.at),
            esc(&w.source),
            esc(&w.policy),
            esc(&w.criteria.join(", ")),
            esc(&w.reason),
            w.owner.as_deref().map_or("—".to_string(), esc),
            esc(w.expires.as_deref().unwrap_or("never")),
            w.state.name(),
            w.state.name(),
            w.findings
        );
    }
    let _ = writeln!(out, "</tbody></table>\n</section>");
}

fn files(out: &mut String, e: &Evidence) {
    let _ = writeln!(
        out,
        "<section id=\"files\">\n<h2>Evaluated files</h2>\n<p class=\"note\">SHA-256 of each file as evaluated; \
         <code>sha256sum</code> gives the same digests.</p>\n<table class=\"files\"><thead><tr><th>Path</th><th>Platforms</th>\
         <th class=\"num\">Bytes</th><th>SHA-256</th></tr></thead><tbody>"
    );
    for f in &e.files {
        let digest = match (&f.sha256, &f.error) {
            (Some(d), _) => format!("<code class=\"hash\">{}</code>", esc(d)),
            (None, Some(err)) => format!("not read: {}", esc(err)),
            (None, None) => "not read".to_string(),
        };
        let platforms = if f.platforms.is_empty() { "—".to_string() } else { esc(&f.platforms.join(", ")) };
        let _ = writeln!(
            out,
            "<tr{}><td><code>{}</code></td><td>{platforms}</td><td class=\"num\">{}</td><td>{digest}</td></tr>",
            if f.error.is_some() { " class=\"error\"" } else { "" },
            esc(&f.path),
            f.bytes
        );
    }
    let _ = writeln!(out, "</tbody></table>\n</section>");
}
