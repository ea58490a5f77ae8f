//! `attest policies` and `attest explain`

use super::{OK, PolicyArgs, TROUBLE, load_policies, output};
use std::fmt::Write as _;
use std::path::Path;

pub fn list(args: &PolicyArgs, root: &Path) -> u8 {
    let policies = match load_policies(args, root) {
        Ok(p) => p,
        Err(code) => return code,
    };
    let width = policies.iter().map(|p| p.meta.id.len()).max().unwrap_or(2).max(2);
    let cw = policies.iter().map(|p| p.meta.criteria.join(",").len()).max().unwrap_or(8).max(8);
    let mut out = format!("{:width$}  {:8}  {:cw$}  {}\n", "ID", "SEVERITY", "CRITERIA", "TITLE");
    for p in &policies {
        let m = &p.meta;
        let _ = writeln!(out, "{:width$}  {:8}  {:cw$}  {}", m.id, m.severity().name(), m.criteria.join(","), m.title);
    }
    let _ = writeln!(out, "{}", crate::diag::plural(policies.len(), "policy"));
    if output::write_out(None, &out).is_err() {
        return TROUBLE;
    }
    OK
}

pub fn explain(id: &str, args: &PolicyArgs, root: &Path) -> u8 {
    let policies = match load_policies(args, root) {
        Ok(p) => p,
        Err(code) => return code,
    };
    // The built-in policies about the input (`parse-error`, ...) too: their
    // ids are in findings like any other.
    let metas: Vec<&std::sync::Arc<crate::policy::Meta>> = policies.iter().map(|p| &p.meta).chain(crate::finding::built_ins()).collect();
    let Some(m) = metas.iter().find(|m| m.id == id) else {
        let hint = crate::diag::did_you_mean(id, metas.iter().map(|m| &*m.id)).map(|h| format!("; {h}")).unwrap_or_default();
        output::error(format!("no policy `{id}`{hint} (see `attest policies`)"));
        return TROUBLE;
    };
    let mut out = String::new();
    let _ = writeln!(out, "{}: {}\n", m.id, m.title);
    let _ = writeln!(out, "severity:  {}", m.severity().name());
    let criteria: Vec<String> = m
        .criteria
        .iter()
        .map(|c| {
            let title = crate::criteria::CRITERIA.iter().find(|(id, _)| id == c).map_or("", |(_, t)| t);
            format!("{c} ({title})")
        })
        .collect();
    let _ = writeln!(out, "criteria:  {}", if criteria.is_empty() { "none".to_string() } else { criteria.join("; ") });
    let _ = writeln!(out, "platforms: {}", m.platforms.join(", "));
    if !m.formerly.is_empty() {
        let _ = writeln!(out, "formerly:  {}", m.formerly.join(", "));
    }
    let _ = writeln!(out, "source:    {}\n", m.source);
    for (heading, body) in [
        ("What it flags", &m.texts().description),
        ("Why it matters for SOC 2", &m.texts().rationale),
        ("Remediation", &m.texts().remediation),
    ] {
        let _ = writeln!(out, "{heading}\n{}\n", indent(body));
    }
    if !m.params.is_empty() {
        let _ = writeln!(out, "Parameters (set them in attest.toml under [params])");
        for p in &m.params {
            let _ = writeln!(out, "  {} = {}\n{}", p.name, p.default.to_text(), indent(&indent(&p.description)));
        }
        out.push('\n');
    }
    if !m.texts().references.is_empty() {
        let _ = writeln!(out, "References");
        for r in &m.texts().references {
            let _ = writeln!(out, "  {r}");
        }
    }
    if output::write_out(None, &out).is_err() {
        return TROUBLE;
    }
    OK
}

fn indent(s: &str) -> String {
    s.lines().map(|l| if l.is_empty() { String::new() } else { format!("  {l}") }).collect::<Vec<_>>().join("\n")
}
