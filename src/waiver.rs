//! Waivers: accepted exceptions, each with a reason, and an owner and expiry
//! where the SOC 2 audit trail needs them. Inline as a comment in the checked
//! file, or central in `attest.toml`.
//!
//! ```text
//! # attest-waive POLICY-ID [expires=YYYY-MM-DD] [owner=NAME]: REASON
//! ```

use crate::comments;
use crate::config::parse_date;
use crate::diag::Diag;
use crate::finding::{Finding, Scope, Waiver};
use crate::policy::Meta;
use crate::source::{SourceFile, Span};
use jiff::civil::Date;
use std::sync::Arc;

/// Whether a waiver applies to a finding (expired or not).
fn covers(w: &Waiver, f: &Finding) -> bool {
    if !w.policy_matches(&f.policy) {
        return false;
    }
    match &w.scope {
        Scope::Lines { first, last } => {
            (Arc::ptr_eq(&w.file, &f.file) || w.file.path == f.file.path) && (*first..=*last).contains(&f.start().line)
        }
        Scope::Config { base, root, path, address } => {
            let abs = root.join(&f.file.path);
            let rel = abs.strip_prefix(base).unwrap_or(&abs);
            path.is_match(rel) && address.as_ref().is_none_or(|a| f.address.as_deref().is_some_and(|addr| a.is_match(addr)))
        }
    }
}

fn compile(policy: &str) -> Option<globset::GlobMatcher> {
    globset::Glob::new(policy).ok().map(|g| g.compile_matcher())
}

/// What starts an inline waiver's comment.
const KEYWORD: &str = "attest-waive";

/// Inline waivers of one checked file. A waiver alone on its line covers the
/// block that follows (the next line and the lines indented under it); after
/// content, it covers its own line.
pub fn inline(file: &Arc<SourceFile>, errors: &mut Vec<Diag>) -> Vec<Waiver> {
    // Almost no file has one: one search of the text rather than of each line.
    if !file.text.contains(KEYWORD) {
        return Vec::new();
    }
    let lines = comments::lines(&file.text);
    let mut out = Vec::new();
    for (i, &(offset, line)) in lines.iter().enumerate() {
        let Some((marker_at, body_at)) = comments::find(line, KEYWORD) else { continue };
        let span = Span::new(offset + marker_at, offset + line.trim_end().len());
        let Some(target) = comments::target(&lines, i, marker_at) else {
            errors.push(Diag::error(file, span, "this waiver has nothing after it to apply to", "waiver"));
            continue;
        };
        let last = if target == i { i } else { comments::block_end(&lines, target) };
        match parse_inline(&line[body_at..]) {
            Ok((policy, owner, expires, reason)) => out.push(Waiver {
                policy_glob: compile(&policy),
                policy,
                reason,
                owner,
                expires,
                file: Arc::clone(file),
                span,
                scope: Scope::Lines { first: target + 1, last: last + 1 },
            }),
            Err((message, help)) => errors.push(Diag::error(file, span, message, "this waiver").with_help(help)),
        }
    }
    out
}

type Parsed = (String, Option<String>, Option<Date>, String);

fn parse_inline(body: &str) -> Result<Parsed, (String, String)> {
    const FORM: &str = "write `attest-waive POLICY-ID [expires=YYYY-MM-DD] [owner=NAME]: REASON`";
    let Some((head, reason)) = body.split_once(':') else {
        return Err(("a waiver needs a reason".into(), FORM.into()));
    };
    let reason = reason.trim();
    if reason.is_empty() {
        return Err(("a waiver needs a reason".into(), FORM.into()));
    }
    let mut words = head.split_whitespace();
    let Some(policy) = words.next() else {
        return Err(("a waiver names the policy it waives".into(), FORM.into()));
    };
    let (mut owner, mut expires) = (None, None);
    for w in words {
        match w.split_once('=') {
            Some(("owner", v)) if !v.is_empty() => owner = Some(v.to_string()),
            Some(("expires", v)) => expires = Some(parse_date(v).map_err(|e| (format!("`{v}` is not a date: {e}"), FORM.to_string()))?),
            _ => return Err((format!("unexpected `{w}` in a waiver"), FORM.into())),
        }
    }
    Ok((policy.to_string(), owner, expires, reason.to_string()))
}

/// Central waivers from `attest.toml`; `root` is the folder finding paths are
/// shown relative to.
pub fn central(config: &crate::config::Config, root: &std::path::Path) -> Vec<Waiver> {
    let base = std::fs::canonicalize(&config.base).unwrap_or_else(|_| config.base.clone());
    let root = std::fs::canonicalize(root).unwrap_or_else(|_| root.to_path_buf());
    config
        .settings
        .waivers
        .iter()
        .filter_map(|spanned| {
            let w = spanned.get_ref();
            let r = spanned.span();
            let glob = |s: &str| globset::Glob::new(s).ok().map(|g| g.compile_matcher());
            Some(Waiver {
                policy: w.policy.clone(),
                policy_glob: compile(&w.policy),
                reason: w.reason.get_ref().clone(),
                owner: Some(w.owner.clone()),
                expires: parse_date(&crate::config::date_text(&w.expires)).ok(),
                file: Arc::clone(&config.file),
                span: config.file.first_line(Span::new(r.start, r.end)),
                scope: Scope::Config {
                    base: base.clone(),
                    root: root.clone(),
                    path: glob(w.path.get_ref())?,
                    address: w.address.as_deref().and_then(glob),
                },
            })
        })
        .collect()
}

/// Today's date where attest runs (its time zone).
pub fn local_today() -> Date {
    jiff::Zoned::now().date()
}

/// Apply waivers to findings (in place): each finding takes the first waiver
/// in force that covers it. Returns a notice for every waiver that expired,
/// matches nothing, or names only findings that cannot be waived.
pub fn apply(findings: &mut [Finding], waivers: &[Arc<Waiver>], today: Date) -> Vec<Diag> {
    let states = states(findings, waivers, today);
    for f in findings.iter_mut().filter(|f| f.policy.waivable) {
        let in_force = waivers.iter().zip(&states).find(|(w, s)| **s != State::Expired && covers(w, f));
        f.waiver = in_force.map(|(w, _)| Arc::clone(w));
    }
    let mut notices: Vec<Diag> = waivers.iter().zip(states).filter_map(|(w, state)| notice(w, state)).collect();
    notices.extend(renamed(findings, waivers));
    notices
}

/// The notice a waiver's state calls for, if any.
fn notice(w: &Waiver, state: State) -> Option<Diag> {
    let (message, label) = match (state, w.expires) {
        (State::Valid, _) => return None,
        (State::Expired, Some(d)) => (format!("waiver of `{}` expired on {d}; its findings are reported again", w.policy), "expired"),
        (State::Expired, None) => (format!("waiver of `{}` expired; its findings are reported again", w.policy), "expired"),
        (State::Stale, _) => (format!("waiver of `{}` matches no finding; remove it", w.policy), "stale"),
        (State::NotWaivable, _) => (format!("`{}` cannot be waived; fix the finding instead", w.policy), "not waivable"),
    };
    let mut d = Diag::error(&w.file, w.span, message, label);
    d.severity = miette::Severity::Warning;
    Some(d)
}

/// What became of a waiver in one run, for the audit trail.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, serde::Serialize, serde::Deserialize)]
#[serde(rename_all = "kebab-case")]
pub enum State {
    /// In force: not expired, and it matches findings (or another waiver took them first).
    Valid,
    /// Past its expiry date: its findings are reported again.
    Expired,
    /// Matches no finding.
    Stale,
    /// Matches only findings of policies that cannot be waived.
    NotWaivable,
}

impl State {
    pub fn name(self) -> &'static str {
        match self {
            State::Valid => "valid",
            State::Expired => "expired",
            State::Stale => "stale",
            State::NotWaivable => "not-waivable",
        }
    }
}

/// The state of each waiver, in the order given: the one rule behind both the
/// notices of `apply` and the audit trail of `attest report`.
pub fn states(findings: &[Finding], waivers: &[Arc<Waiver>], today: Date) -> Vec<State> {
    waivers
        .iter()
        .map(|w| {
            if w.expires.is_some_and(|d| d < today) {
                return State::Expired;
            }
            let mut covered = findings.iter().filter(|f| covers(w, f)).peekable();
            if covered.peek().is_none() {
                State::Stale
            } else if covered.all(|f| !f.policy.waivable) {
                State::NotWaivable
            } else {
                State::Valid
            }
        })
        .collect()
}

/// Whether a waiver names this policy (its `policy` may be a glob, or an id
/// the policy had before).
pub fn names(w: &Waiver, policy: &Meta) -> bool {
    w.policy_matches(policy)
}

/// A notice for each waiver that names a policy by an id it had before: it
/// still applies, and should be renamed.
fn renamed(findings: &[Finding], waivers: &[Arc<Waiver>]) -> Vec<Diag> {
    waivers
        .iter()
        .filter_map(|w| {
            let f = findings.iter().find(|f| f.policy.formerly.iter().any(|id| *id == w.policy) && covers(w, f))?;
            let message = format!("waiver names `{}`, which is now `{}`; it still applies", w.policy, f.policy.id);
            let mut d = Diag::error(&w.file, w.span, message, "old policy id").with_help(format!("write `{}`", f.policy.id));
            d.severity = miette::Severity::Warning;
            Some(d)
        })
        .collect()
}
