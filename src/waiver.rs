//! Waivers: accepted exceptions, each with a reason, and an owner and expiry
//! where the SOC 2 audit trail needs them. Inline as a comment in the checked
//! file, or central in `attest.toml`.
//!
//! ```text
//! # attest-waive POLICY-ID [expires=YYYY-MM-DD] [owner=NAME]: REASON
//! ```

use crate::comments;
use crate::diag::Diag;
use crate::finding::Finding;
use crate::source::{SourceFile, Span};
use jiff::civil::Date;
use std::path::{Path, PathBuf};
use std::sync::Arc;

#[derive(Debug)]
pub struct Waiver {
    /// A policy id; central waivers may use a glob.
    pub policy: String,
    /// `policy` compiled once (a waiver is matched against every finding).
    policy_glob: Option<globset::GlobMatcher>,
    pub reason: String,
    pub owner: Option<String>,
    pub expires: Option<Date>,
    /// Where the waiver is written (a comment, or a `[[waiver]]` table).
    pub file: Arc<SourceFile>,
    pub span: Span,
    pub scope: Scope,
}

#[derive(Debug)]
pub enum Scope {
    /// Findings in this file starting on these 1-based lines.
    Lines { first: usize, last: usize },
    /// Findings whose path (relative to `base`) matches `path` and, when given,
    /// whose resource address matches `address`.
    Config { base: PathBuf, path: globset::GlobMatcher, address: Option<globset::GlobMatcher> },
}

impl Waiver {
    pub fn source(&self) -> &'static str {
        match self.scope {
            Scope::Lines { .. } => "inline",
            Scope::Config { .. } => "config",
        }
    }

    pub fn line(&self) -> usize {
        self.file.line_col(self.span.start as usize).line
    }

    fn policy_matches(&self, id: &str) -> bool {
        self.policy_glob.as_ref().map_or(self.policy == id, |g| g.is_match(id))
    }

    fn covers(&self, f: &Finding, cwd: &Path) -> bool {
        if !self.policy_matches(&f.policy.id) {
            return false;
        }
        match &self.scope {
            Scope::Lines { first, last } => {
                (Arc::ptr_eq(&self.file, &f.file) || self.file.path == f.file.path) && (*first..=*last).contains(&f.start().line)
            }
            Scope::Config { base, path, address } => {
                let abs = cwd.join(&f.file.path);
                let rel = abs.strip_prefix(base).unwrap_or(&abs);
                path.is_match(rel) && address.as_ref().is_none_or(|a| f.address.as_deref().is_some_and(|addr| a.is_match(addr)))
            }
        }
    }
}

fn compile(policy: &str) -> Option<globset::GlobMatcher> {
    globset::Glob::new(policy).ok().map(|g| g.compile_matcher())
}

pub fn parse_date(s: &str) -> Result<Date, String> {
    s.trim().parse::<Date>().map_err(|e| e.to_string())
}

/// Inline waivers of one checked file. A waiver alone on its line covers the
/// block that follows (the next line and the lines indented under it); after
/// content, it covers its own line.
pub fn inline(file: &Arc<SourceFile>, errors: &mut Vec<Diag>) -> Vec<Waiver> {
    let lines = comments::lines(&file.text);
    let mut out = Vec::new();
    for (i, &(offset, line)) in lines.iter().enumerate() {
        let Some((marker_at, body_at)) = comments::find(line, "attest-waive") else { continue };
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

/// Central waivers from `attest.toml`.
pub fn central(config: &crate::config::Config) -> Vec<Waiver> {
    let base = std::fs::canonicalize(&config.base).unwrap_or_else(|_| config.base.clone());
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
                scope: Scope::Config { base: base.clone(), path: glob(w.path.get_ref())?, address: w.address.as_deref().and_then(glob) },
            })
        })
        .collect()
}

/// Apply waivers to findings (in place) and return notices about waivers that
/// expired, match nothing, or name a policy that cannot be waived.
pub fn apply(findings: &mut [Finding], waivers: &[Arc<Waiver>], today: Date) -> Vec<Diag> {
    let cwd = std::env::current_dir().unwrap_or_default();
    let mut used = vec![false; waivers.len()];
    let mut notices = Vec::new();
    for f in findings.iter_mut() {
        for (i, w) in waivers.iter().enumerate() {
            if !w.covers(f, &cwd) {
                continue;
            }
            used[i] = true;
            if w.expires.is_some_and(|d| d < today) {
                continue;
            }
            if f.policy.waivable {
                f.waiver = Some(Arc::clone(w));
                break;
            }
        }
    }
    for (w, used) in waivers.iter().zip(used) {
        let notice = |message: String, label: &str| {
            let mut d = Diag::error(&w.file, w.span, message, label);
            d.severity = miette::Severity::Warning;
            d
        };
        if let Some(d) = w.expires.filter(|d| *d < today) {
            notices.push(notice(format!("waiver of `{}` expired on {d}; its findings are reported again", w.policy), "expired"));
        } else if !used {
            notices.push(notice(format!("waiver of `{}` matches no finding; remove it", w.policy), "stale"));
        } else if findings.iter().any(|f| !f.policy.waivable && w.covers(f, &cwd)) {
            notices.push(notice(format!("`{}` cannot be waived; fix the finding instead", w.policy), "not waivable"));
        }
    }
    notices
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

/// The state of each waiver after `apply`, in the order given; the same rules as
/// the notices `apply` returns.
pub fn states(findings: &[Finding], waivers: &[Arc<Waiver>], today: Date) -> Vec<State> {
    let cwd = std::env::current_dir().unwrap_or_default();
    waivers
        .iter()
        .map(|w| {
            if w.expires.is_some_and(|d| d < today) {
                return State::Expired;
            }
            let covered: Vec<&Finding> = findings.iter().filter(|f| w.covers(f, &cwd)).collect();
            if covered.is_empty() {
                State::Stale
            } else if covered.iter().all(|f| !f.policy.waivable) {
                State::NotWaivable
            } else {
                State::Valid
            }
        })
        .collect()
}

/// Whether a waiver names this policy (its `policy` may be a glob).
pub fn names(w: &Waiver, policy_id: &str) -> bool {
    w.policy_matches(policy_id)
}
