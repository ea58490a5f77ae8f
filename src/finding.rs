//! Findings: what every output format reports.

use crate::diag::Label;
use crate::policy::{Lazy, Meta, Severity, Texts};
use crate::source::{LineCol, SourceFile, Span};
use jiff::civil::Date;
use std::path::PathBuf;
use std::sync::{Arc, LazyLock};

#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    Fail,
    Unknown,
    /// The policy could not be evaluated: an error in the policy (a bad
    /// pattern from a parameter, runaway recursion, the step budget), not a
    /// fact about the input. It fails the run unless `--allow-errors`.
    Error,
}

impl Status {
    pub fn name(self) -> &'static str {
        match self {
            Status::Fail => "fail",
            Status::Unknown => "unknown",
            Status::Error => "error",
        }
    }
}

#[derive(Debug, Clone)]
pub struct Finding {
    pub policy: Arc<Meta>,
    pub status: Status,
    pub message: String,
    pub file: Arc<SourceFile>,
    /// The primary span: the value that failed, or where a missing value belongs.
    pub span: Span,
    /// The primary label first, then the other values that took part (same file).
    pub labels: Vec<Label>,
    pub address: Option<String>,
    /// The waiver that accepts this finding, if one does.
    pub waiver: Option<Arc<Waiver>>,
}

impl Finding {
    /// Whether this finding counts against the run: not waived, and failed (or
    /// unknown under `--strict`).
    pub fn counts(&self, strict: bool) -> bool {
        self.waiver.is_none() && (self.status == Status::Fail || strict && self.status == Status::Unknown)
    }

    /// The status as reported: `waived` when a waiver accepts the finding.
    pub fn status_name(&self) -> &'static str {
        if self.waiver.is_some() { "waived" } else { self.status.name() }
    }

    pub fn start(&self) -> LineCol {
        self.file.line_col(self.span.start as usize)
    }

    pub fn end(&self) -> LineCol {
        self.file.line_col(self.span.end as usize)
    }

    pub fn severity(&self) -> Severity {
        self.policy.severity()
    }

    /// The order of every output: file, position, policy, message.
    pub fn sort_key(&self) -> (&str, u32, u32, &str, &str) {
        (&self.file.path, self.span.start, self.span.end, &self.policy.id, &self.message)
    }
}

/// Fingerprints that survive line moves and unrelated edits: policy, path,
/// resource address and the whitespace-normalised text of the flagged span, with
/// an occurrence number when several findings share them. One per finding, in
/// the order given (findings must be sorted).
pub fn fingerprints(findings: &[Finding]) -> Vec<String> {
    fingerprints_as(findings, |f| &f.policy.id)
}

/// Fingerprints computed with another name for each finding's policy (an id
/// it had before), so that a baseline written before a rename still matches.
pub fn fingerprints_as(findings: &[Finding], name: impl Fn(&Finding) -> &str) -> Vec<String> {
    use sha2::{Digest, Sha256};
    let mut seen: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
    findings
        .iter()
        .map(|f| {
            let text: Vec<&str> = f.file.slice(f.span).split_whitespace().collect();
            let mut h = Sha256::new();
            for part in [name(f), f.file.path.as_str(), f.address.as_deref().unwrap_or(""), &text.join(" ")] {
                h.update(part.as_bytes());
                h.update([0]);
            }
            let base: String = h.finalize().iter().take(12).map(|b| format!("{b:02x}")).collect();
            let n = seen.entry(base.clone()).or_default();
            *n += 1;
            format!("{base}:{n}")
        })
        .collect()
}

/// The built-in policy behind keys given twice in one mapping: parsers disagree on
/// which value wins, so a reviewer may read one value and the cluster use another.
pub static DUPLICATE_KEY: LazyLock<Arc<Meta>> = LazyLock::new(|| {
    Arc::new(Meta {
        id: "duplicate-key".into(),
        title: "Key given twice in one mapping".into(),
        criteria: Vec::new(),
        severity: Some(Severity::Medium),
        texts: Lazy::new(Texts {
            description: "A mapping sets the same key twice. attest checks the later value, as kubectl and most YAML libraries do.".into(),
            rationale: "Tools disagree on which of two values wins, so the value reviewed may not be the value deployed; a duplicate can hide a violation.".into(),
            remediation: "Keep one of the two entries.".into(),
            references: Vec::new(),
        }),
        platforms: vec!["any".into()],
        formerly: Vec::new(),
        source: "builtin".into(),
        waivable: true,
        params: Vec::new(),
    })
});

/// The built-in policy behind every file that cannot be read or parsed: such a file
/// may hide a violation, so it is a finding, not a warning.
pub static PARSE_ERROR: LazyLock<Arc<Meta>> = LazyLock::new(|| {
    Arc::new(Meta {
        id: "parse-error".into(),
        title: "File cannot be parsed".into(),
        criteria: Vec::new(),
        severity: Some(Severity::High),
        texts: Lazy::new(Texts {
            description: "The file could not be read or parsed, so no policy could check it; or a line of a CODEOWNERS file cannot be read, and is left out as GitHub leaves it out.".into(),
            rationale: "A configuration file that attest cannot read may hide any violation; the gap must be visible. A CODEOWNERS line GitHub skips leaves its paths without the owners it names.".into(),
            remediation: "Fix the syntax error, or exclude the file if it is not configuration.".into(),
            references: Vec::new(),
        }),
        platforms: vec!["any".into()],
        formerly: Vec::new(),
        source: "builtin".into(),
        waivable: true,
        params: Vec::new(),
    })
});

/// The built-in policy behind a file that cannot be parsed and is not
/// recognisably infrastructure configuration (a `tsconfig.json`, a test
/// fixture, a Helm template before rendering): no policy would check it, so it
/// is noted, at severity info, and does not fail a run.
pub static UNPARSED_FILE: LazyLock<Arc<Meta>> = LazyLock::new(|| {
    Arc::new(Meta {
        id: "unparsed-file".into(),
        title: "File that is not infrastructure configuration cannot be parsed".into(),
        criteria: Vec::new(),
        severity: Some(Severity::Info),
        texts: Lazy::new(Texts {
            description: "A file found by its extension (YAML, JSON, TOML) could not be parsed, and neither its name nor its content says it is infrastructure configuration, so no built-in policy would check it. A YAML or TOML file with `{{ }}`, `{% %}`, Terraform's `%{ }` directives or `@NAME@` or `{NAME}` placeholders is a template (Helm, say), checked once rendered.".into(),
            rationale: "Only configuration attest can read is checked; a file that is not configuration hides no violation, so it is noted without failing the run.".into(),
            remediation: "Exclude the file in attest.toml if it is not configuration; render a template (`helm template`) and check the output.".into(),
            references: Vec::new(),
        }),
        platforms: vec!["any".into()],
        formerly: Vec::new(),
        source: "builtin".into(),
        waivable: true,
        params: Vec::new(),
    })
});

/// The built-in policy behind an inline waiver that cannot be read (no reason, a
/// bad date, nothing after it): it waives nothing, and says so at its place;
/// the rest of the run goes on.
pub static INVALID_WAIVER: LazyLock<Arc<Meta>> = LazyLock::new(|| {
    Arc::new(Meta {
        id: "invalid-waiver".into(),
        title: "Waiver comment that cannot be read".into(),
        criteria: Vec::new(),
        severity: Some(Severity::Medium),
        texts: Lazy::new(Texts {
            description: "An `attest-waive` comment is not a waiver attest can apply: it has no reason, its expiry is not a date, or it has nothing after it to cover. It waives nothing, so the findings it meant to accept are reported as well.".into(),
            rationale: "A SOC 2 exception needs a reason, an owner and an end; a waiver without them is not one, and a reviewer must see that it is not in force.".into(),
            remediation: "Write `attest-waive POLICY-ID [expires=YYYY-MM-DD] [owner=NAME]: REASON`.".into(),
            references: Vec::new(),
        }),
        platforms: vec!["any".into()],
        formerly: Vec::new(),
        source: "builtin".into(),
        waivable: false,
        params: Vec::new(),
    })
});

/// The built-in policies about the input, which no policy file defines.
pub fn built_ins() -> [&'static Arc<Meta>; 4] {
    [&*PARSE_ERROR, &*UNPARSED_FILE, &*DUPLICATE_KEY, &*INVALID_WAIVER]
}

impl Finding {
    /// A failed finding of a built-in policy about the input (a file that
    /// cannot be parsed, a key given twice, a waiver that cannot be read), at
    /// its first primary label.
    pub fn about_input(policy: &Arc<Meta>, file: &Arc<SourceFile>, message: String, labels: Vec<Label>) -> Finding {
        let span = labels.iter().find(|l| l.primary).or(labels.first()).map_or(Span::default(), |l| l.span);
        Finding {
            policy: Arc::clone(policy),
            status: Status::Fail,
            message,
            file: Arc::clone(file),
            span,
            labels,
            address: None,
            waiver: None,
        }
    }
}

/// What a run keeps of each finding's source, and of what it evaluated, for
/// the outputs it will write.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Keep {
    /// For the evidence report: snippets (as `Snippets`), and the resources
    /// each policy was evaluated on (`PolicyTally::resources`), which the
    /// report counts per criterion; no other output reads them.
    Evidence,
    /// The lines a snippet shows (the text format): from the first label to
    /// the last, `LINES_AROUND` either side, and the labels.
    Snippets,
    /// The lines of the primary span only, which positions and fingerprints
    /// read (every other format); the labels are dropped.
    Positions,
}

impl Keep {
    fn snippets(self) -> bool {
        self != Keep::Positions
    }

    /// Whether the run keeps the resources each policy was evaluated on.
    pub fn resources(self) -> bool {
        self == Keep::Evidence
    }
}

/// The texts of the labels a run keeps, each once: labels say the same few
/// things (`` `resources.limits.memory` is missing ``, "in this resource") of
/// many resources; 217k labels say 600 different things at 30k files.
#[derive(Default)]
pub struct LabelTexts(std::collections::HashSet<Arc<str>>);

impl LabelTexts {
    fn get(&mut self, text: &str) -> Arc<str> {
        if let Some(t) = self.0.get(text) {
            return Arc::clone(t);
        }
        let t: Arc<str> = Arc::from(text);
        self.0.insert(Arc::clone(&t));
        t
    }
}

/// Make the files of `findings` and `waivers` excerpts (`SourceFile::excerpt`)
/// of the lines outputs show around them (`keep`), one excerpt per file, and
/// copy the findings' texts (label texts shared through `texts`): what a run
/// keeps of a group of files, allocated by the thread that calls this (see
/// `engine::check_all`).
pub fn keep_excerpts(findings: &mut [Finding], waivers: &mut [Waiver], keep: Keep, texts: &mut LabelTexts) {
    use std::collections::HashMap;
    let mut spans: HashMap<*const SourceFile, (Arc<SourceFile>, Vec<Span>)> = HashMap::new();
    let mut add = |file: &Arc<SourceFile>, span: Span| {
        spans.entry(Arc::as_ptr(file)).or_insert_with(|| (Arc::clone(file), Vec::new())).1.push(span);
    };
    for f in findings.iter() {
        if keep.snippets() {
            // A snippet shows every line from the first label to the last.
            add(&f.file, f.labels.iter().fold(f.span, |all, l| all.to(l.span)));
        } else {
            add(&f.file, f.span);
        }
    }
    for w in waivers.iter() {
        add(&w.file, w.span);
    }
    let around = if keep.snippets() { crate::source::LINES_AROUND } else { 0 };
    let excerpts: HashMap<*const SourceFile, Arc<SourceFile>> =
        spans.into_iter().map(|(at, (file, spans))| (at, file.excerpt(spans, around))).collect();
    let excerpt = |file: &mut Arc<SourceFile>| {
        if let Some(e) = excerpts.get(&Arc::as_ptr(file)) {
            *file = Arc::clone(e);
        }
    };
    for f in findings.iter_mut() {
        excerpt(&mut f.file);
        f.message = f.message.clone();
        f.labels = if keep.snippets() { f.labels.iter().map(|l| Label { text: texts.get(&l.text), ..*l }).collect() } else { Vec::new() };
        f.address = f.address.clone();
    }
    waivers.iter_mut().for_each(|w| excerpt(&mut w.file));
}

/// An accepted exception: a reason, and an owner and expiry where the SOC 2
/// audit trail needs them (`waiver.rs` reads and applies them).
#[derive(Debug)]
pub struct Waiver {
    /// A policy id; central waivers may use a glob.
    pub policy: String,
    /// `policy` compiled once (a waiver is matched against every finding).
    pub policy_glob: Option<globset::GlobMatcher>,
    pub reason: String,
    pub owner: Option<String>,
    pub expires: Option<Date>,
    /// Where the waiver is written (a comment, or a `[[waiver]]` table).
    pub file: Arc<SourceFile>,
    pub span: Span,
    pub scope: Scope,
}

#[derive(Debug)]
#[expect(clippy::large_enum_variant, reason = "a run has a handful of waivers")]
pub enum Scope {
    /// Findings in this file starting on these 1-based lines.
    Lines { first: usize, last: usize },
    /// Findings whose path (relative to `base`, the configuration's folder)
    /// matches `path` and, when given, whose resource address matches
    /// `address`. `root` is the folder finding paths are shown relative to.
    Config { base: PathBuf, root: PathBuf, path: globset::GlobMatcher, address: Option<globset::GlobMatcher> },
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

    /// Whether the waiver names this policy, by its id or an id it had before.
    pub fn policy_matches(&self, policy: &Meta) -> bool {
        policy.names().any(|id| self.policy_glob.as_ref().map_or(self.policy == id, |g| g.is_match(id)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A finding on line 10 of 60 lines, with a second label on line 4.
    fn finding() -> Finding {
        let text: String = (1..=60).map(|n| format!("line {n:02} = value\n")).collect();
        let file = SourceFile::new("main.tf", text.as_str());
        let at = |line: usize| Span::new((line - 1) * 16, (line - 1) * 16 + 7);
        let label = |line: usize, primary: bool| Label { span: at(line), text: format!("on line {line}").into(), primary };
        Finding::about_input(&DUPLICATE_KEY, &file, "a message".into(), vec![label(10, true), label(4, false)])
    }

    #[test]
    fn positions_keep_what_every_format_but_text_reads() {
        let (mut snippets, mut positions) = (vec![finding()], vec![finding()]);
        keep_excerpts(&mut snippets, &mut [], Keep::Snippets, &mut LabelTexts::default());
        keep_excerpts(&mut positions, &mut [], Keep::Positions, &mut LabelTexts::default());
        let (s, p) = (&snippets[0], &positions[0]);
        assert_eq!((p.start(), p.end()), (s.start(), s.end()));
        assert_eq!(p.start().line, 10);
        assert_eq!(fingerprints(&positions), fingerprints(&snippets));
        assert_eq!(p.file.slice(p.span), "line 10");
        assert!(p.labels.is_empty());
        assert_eq!(s.labels.len(), 2);
        // Snippets keep lines 2 to 12 (two around the labels), positions line 10 only.
        assert!(s.file.text.contains("line 02") && s.file.text.contains("line 12") && !s.file.text.contains("line 13"));
        assert!(p.file.text.contains("line 10") && !p.file.text.contains("line 09") && !p.file.text.contains("line 11"));
    }
}
