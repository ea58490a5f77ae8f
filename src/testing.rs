//! The policy test runner behind `attest test` and the project's own policy tests
//! (one runner, two callers).
//!
//! Convention: the fixtures of `NAME.policy` are the files in the folder `NAME/`
//! beside it. Each fixture is checked against its folder's policy, and against any
//! other policy its expectations name. A fixture with no expectation for a policy
//! asserts that the policy raises nothing there.

pub mod expect;
pub mod render;

use crate::diag::{Diag, Label, did_you_mean};
use crate::discover::{Input, Role};
use crate::doc::Document;
use crate::engine::{self, Loaded, run_policy};
use crate::eval::{self, Tri};
use crate::finding::{Finding, Status};
use crate::load::Limits;
use crate::policy::ast::Stmt;
use crate::policy::{Policy, params};
use crate::source::{SourceFile, Span, display_path};
use expect::Expectation;
use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::sync::Arc;

/// The results of one run.
#[derive(Debug, Default)]
pub struct Suite {
    pub policies: Vec<PolicyResult>,
    /// Fixtures that could not be used: unreadable, unparsable, bad expectations.
    pub problems: Vec<Diag>,
}

#[derive(Debug)]
pub struct PolicyResult {
    pub policy: Arc<Policy>,
    pub fixtures: Vec<FixtureResult>,
    pub assertions: Vec<AssertionCoverage>,
    pub branches: Vec<BranchCoverage>,
    /// The branches the fixtures took, while they run (`branches` after).
    hits: eval::branches::Hits,
}

#[derive(Debug)]
pub struct FixtureResult {
    pub path: String,
    pub expectations: usize,
    pub mismatches: Vec<Diag>,
}

/// How often one `assert` was evaluated and made to fail across all fixtures.
#[derive(Debug, Clone)]
pub struct AssertionCoverage {
    pub span: Span,
    pub line: usize,
    pub text: String,
    pub evaluated: usize,
    pub failed: usize,
}

/// A branch of a policy (in its file or a library it calls) and whether a
/// fixture took it.
#[derive(Debug, Clone)]
pub struct BranchCoverage {
    pub path: String,
    pub line: usize,
    pub text: String,
    pub kind: Branch,
    pub taken: bool,
}

/// What taking a branch means.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum Branch {
    /// An operand of `or` that held, so that the condition held through it.
    Or,
    /// An operand of `and` that did not hold, so that the condition failed through it.
    And,
    /// A `where` or `[? …]` filter that both kept and skipped an element.
    Filter,
    /// A user function that was called.
    Function,
}

impl Branch {
    /// What a fixture never did to a branch of this kind.
    pub fn gap(self) -> &'static str {
        match self {
            Branch::Or => "no fixture made this alternative of `or` hold",
            Branch::And => "no fixture made this operand of `and` fail",
            Branch::Filter => "no fixture made this filter both keep and skip an element",
            Branch::Function => "no fixture called this function",
        }
    }
}

impl PolicyResult {
    pub fn passed(&self) -> bool {
        !self.fixtures.is_empty() && self.fixtures.iter().all(|f| f.mismatches.is_empty())
    }

    pub fn mismatches(&self) -> usize {
        self.fixtures.iter().map(|f| f.mismatches.len()).sum()
    }

    /// Assertions some fixture made fail (or end unknown), over all assertions.
    pub fn covered(&self) -> (usize, usize) {
        (self.assertions.iter().filter(|a| a.failed > 0).count(), self.assertions.len())
    }

    /// Branches some fixture took, over all branches.
    pub fn branches_taken(&self) -> (usize, usize) {
        (self.branches.iter().filter(|b| b.taken).count(), self.branches.len())
    }
}

impl Suite {
    pub fn passed(&self) -> bool {
        self.problems.is_empty() && self.policies.iter().all(PolicyResult::passed)
    }

    /// Percentage of assertions, over all policies, that some fixture made fail.
    pub fn coverage(&self) -> f64 {
        percent(self.policies.iter().map(PolicyResult::covered))
    }

    /// Every branch of the policies tested, once: a branch of a library
    /// several policies call is taken when a fixture of any of them took it.
    pub fn branches(&self) -> Vec<BranchCoverage> {
        let mut out: BTreeMap<(String, usize, String, Branch), BranchCoverage> = BTreeMap::new();
        for b in self.policies.iter().flat_map(|r| &r.branches) {
            let key = (b.path.clone(), b.line, b.text.clone(), b.kind);
            out.entry(key).and_modify(|seen| seen.taken |= b.taken).or_insert_with(|| b.clone());
        }
        out.into_values().collect()
    }

    /// Percentage of branches, over all policies and the libraries they
    /// call, that some fixture took.
    pub fn branch_coverage(&self) -> f64 {
        let all = self.branches();
        percent(std::iter::once((all.iter().filter(|b| b.taken).count(), all.len())))
    }
}

fn percent(counts: impl Iterator<Item = (usize, usize)>) -> f64 {
    let (hit, all) = counts.fold((0, 0), |a, b| (a.0 + b.0, a.1 + b.1));
    if all == 0 { 100.0 } else { hit as f64 * 100.0 / all as f64 }
}

/// The folder holding a policy's fixtures, for a policy loaded from disk;
/// `root` is the folder its path is shown relative to.
pub fn fixture_dir(policy: &Policy, root: &Path) -> Option<PathBuf> {
    let path = Path::new(&*policy.meta.source);
    (path.extension()? == "policy").then(|| root.join(path.with_extension("")))
}

/// Test `policies` against their fixtures. `all` are every policy loaded, which
/// expectations may name; `root` is the folder paths are shown relative to.
pub fn run(policies: &[Arc<Policy>], all: &[Arc<Policy>], limits: &Limits, root: &Path) -> Suite {
    let mut suite = Suite::default();
    for policy in policies {
        let mut result = PolicyResult {
            policy: Arc::clone(policy),
            fixtures: Vec::new(),
            assertions: assertions(policy),
            branches: Vec::new(),
            hits: eval::branches::Hits::new(),
        };
        let fixtures = fixture_dir(policy, root).map(|d| fixture_files(&d, root)).unwrap_or_default();
        for input in fixtures {
            if let Some(f) = run_fixture(policy, all, &input, limits, root, &mut result, &mut suite.problems) {
                result.fixtures.push(f);
            }
        }
        result.branches = branches(policy, &std::mem::take(&mut result.hits));
        suite.policies.push(result);
    }
    suite
}

/// Every fixture file in a policy's fixture folder `dir` (not the sidecars),
/// sorted. A file directly in `dir` is a fixture alone. A file in a subfolder
/// is read as `attest check FILE` reads a file it is given: with the other
/// files of its unit (the Kubernetes manifests of the subfolder, the rest of
/// a Terraform module) as context, so a subfolder can test a check across
/// files, such as a Deployment in one file and its PodDisruptionBudget in
/// another.
pub fn fixture_files(dir: &Path, root: &Path) -> Vec<Input> {
    let mut out: Vec<Input> = walkdir::WalkDir::new(dir)
        .into_iter()
        .filter_map(Result::ok)
        .filter(|e| e.file_type().is_file() && !e.file_name().to_string_lossy().ends_with(".expect.toml"))
        .map(|e| {
            // A case folder is the folder checked for its files.
            let case = e.path().strip_prefix(dir).ok().and_then(|r| r.components().next()).map(|c| dir.join(c));
            match case.filter(|c| c != e.path()) {
                Some(case) => Input { role: Role::Named, ..Input::under(e.into_path(), root, &case) },
                None => Input::new(e.into_path(), root),
            }
        })
        .collect();
    out.sort();
    out
}

/// A fixture loaded with the files of its unit (see `fixture_files`).
pub struct FixtureUnit {
    pub files: Vec<Loaded>,
    index: usize,
}

impl FixtureUnit {
    /// The fixture itself.
    pub fn fixture(&self) -> &Loaded {
        &self.files[self.index]
    }

    /// The documents a policy sees: the fixture's and its context's.
    pub fn docs(&self) -> Vec<&Document> {
        self.files.iter().flat_map(|l| l.docs.iter()).collect()
    }

    /// What `run` found about the fixture itself: the findings and outcomes
    /// about context files belong to those files' own runs.
    pub fn own(&self, mut run: engine::PolicyRun) -> engine::PolicyRun {
        let path = self.fixture().file.path.clone();
        run.findings.retain(|f| f.file.path == path);
        let (outcomes, resources) = run.outcomes.into_iter().zip(run.resources).filter(|(_, r)| r.file.path == path).unzip();
        run.outcomes = outcomes;
        run.resources = resources;
        run
    }
}

/// Load a fixture (an element of `fixture_files`) with the files of its unit.
pub fn load_fixture(input: &Input, limits: &Limits, root: &Path) -> Option<FixtureUnit> {
    let files = engine::load_all(std::slice::from_ref(input), limits, root);
    let index = files.iter().position(|l| l.file.path == input.display)?;
    Some(FixtureUnit { files, index })
}

/// The branches of a policy: the operands of its `or` and `and` chains, its
/// filters and the user functions it calls, in its own file and in the
/// libraries it calls; each marked taken when `hits` says a fixture took it.
fn branches(policy: &Policy, hits: &eval::branches::Hits) -> Vec<BranchCoverage> {
    struct Walk<'h> {
        hits: &'h eval::branches::Hits,
        scope: &'h crate::policy::Scope,
        called: std::collections::HashSet<String>,
        out: Vec<BranchCoverage>,
    }
    impl Walk<'_> {
        fn point(&mut self, file: &SourceFile, span: Span, kind: Branch) {
            let seen = self.hits.get(&file.path).and_then(|h| h.get(&(span.start, span.end))).copied().unwrap_or_default();
            let taken = match kind {
                Branch::Or => seen.held,
                Branch::And => seen.failed,
                Branch::Filter => seen.held && seen.failed,
                Branch::Function => seen.held,
            };
            // The first line: a branch that goes on, or a comment after it, is cut.
            let text = file.slice(span).lines().next().unwrap_or("").trim().to_string();
            self.out.push(BranchCoverage { path: file.path.clone(), line: file.line_col(span.start as usize).line, text, kind, taken });
        }

        fn expr(&mut self, file: &Arc<SourceFile>, e: &crate::policy::ast::Expr) {
            use crate::policy::ast::ExprKind;
            match &e.kind {
                ExprKind::Or(..) | ExprKind::And(..) => {
                    let or = matches!(e.kind, ExprKind::Or(..));
                    let mut leaves = Vec::new();
                    chain(e, or, &mut leaves);
                    for leaf in leaves {
                        self.point(file, leaf.span, if or { Branch::Or } else { Branch::And });
                        self.expr(file, leaf);
                    }
                    return;
                }
                ExprKind::Filter(base, cond) => {
                    self.point(file, cond.span, Branch::Filter);
                    self.expr(file, base);
                    self.expr(file, cond);
                    return;
                }
                ExprKind::Call(name, _) => {
                    if let Some(f) = self.scope.functions.get(name.name.as_str()).cloned()
                        && self.called.insert(name.name.clone())
                    {
                        self.point(&f.file, f.def().body.span, Branch::Function);
                        self.expr(&f.file, &f.def().body);
                    }
                }
                _ => {}
            }
            for child in e.children() {
                self.expr(file, child);
            }
        }

        fn stmts(&mut self, file: &Arc<SourceFile>, stmts: &[Stmt]) {
            for s in stmts {
                if let Stmt::For { source, filter, body, .. } = s {
                    self.expr(file, source);
                    if let Some(f) = filter {
                        self.point(file, f.span, Branch::Filter);
                        self.expr(file, f);
                    }
                    self.stmts(file, body);
                } else {
                    s.exprs().into_iter().for_each(|e| self.expr(file, e));
                }
            }
        }
    }
    /// The operands of a chain of one operator, `a or b or c`.
    fn chain<'e>(e: &'e crate::policy::ast::Expr, or: bool, out: &mut Vec<&'e crate::policy::ast::Expr>) {
        use crate::policy::ast::ExprKind;
        match &e.kind {
            ExprKind::Or(a, b) if or => [a, b].into_iter().for_each(|x| chain(x, or, out)),
            ExprKind::And(a, b) if !or => [a, b].into_iter().for_each(|x| chain(x, or, out)),
            _ => out.push(e),
        }
    }
    let mut walk = Walk { hits, scope: &policy.scope, called: std::collections::HashSet::new(), out: Vec::new() };
    walk.stmts(&policy.file, policy.body.stmts());
    walk.out
}

/// The `assert` statements of a policy, in order.
fn assertions(policy: &Policy) -> Vec<AssertionCoverage> {
    fn walk(stmts: &[Stmt], file: &SourceFile, out: &mut Vec<AssertionCoverage>) {
        for s in stmts {
            match s {
                Stmt::Assert { span, cond, .. } => out.push(AssertionCoverage {
                    span: *span,
                    line: file.line_col(span.start as usize).line,
                    text: file.slice(cond.span).trim().to_string(),
                    evaluated: 0,
                    failed: 0,
                }),
                Stmt::For { body, .. } => walk(body, file, out),
                Stmt::Let { .. } => {}
            }
        }
    }
    let mut out = Vec::new();
    walk(policy.body.stmts(), &policy.file, &mut out);
    out
}

fn run_fixture(
    own: &Arc<Policy>,
    all: &[Arc<Policy>],
    input: &Input,
    limits: &Limits,
    root: &Path,
    result: &mut PolicyResult,
    problems: &mut Vec<Diag>,
) -> Option<FixtureResult> {
    // Through `load_all`, so a Terraform fixture resolves its own variables and
    // locals as a module of one file.
    let unit = load_fixture(input, limits, root)?;
    let loaded = unit.fixture();
    let file = Arc::clone(&loaded.file);
    if let Some(e) = &loaded.error {
        let span = e.span.unwrap_or_default();
        problems.push(Diag::error(&file, span, format!("fixture cannot be loaded: {}", e.message), "here"));
        return None;
    }
    let mut errors = Vec::new();
    let mut expectations = expect::inline(&file, &mut errors);
    let sidecar = read_sidecar(&input.path, root);
    if let Some(sidecar) = &sidecar {
        expectations.extend(expect::sidecar(sidecar, &file, &mut errors));
    }
    // Every policy an expectation names must exist; each runs on this fixture.
    let mut run_these: BTreeMap<String, Arc<Policy>> = BTreeMap::new();
    run_these.insert(own.meta.id.to_string(), Arc::clone(own));
    expectations.retain(|e| match all.iter().find(|p| p.meta.id == e.policy) {
        Some(p) => {
            run_these.insert(p.meta.id.to_string(), Arc::clone(p));
            true
        }
        None => {
            let help = did_you_mean(&e.policy, all.iter().map(|p| &*p.meta.id));
            let mut d = Diag::error(&e.written_in, e.written, format!("no policy `{}` is loaded", e.policy), "expected here");
            d.help = help.or_else(|| Some("see `attest policies` for the ids".into()));
            errors.push(d);
            false
        }
    });
    let run_these = with_fixture_params(&file, sidecar.as_ref(), run_these.into_values().collect(), &mut errors);
    if !errors.is_empty() {
        problems.extend(errors);
        return None;
    }
    let docs = unit.docs();
    let docs = eval::Unit::new(&docs);
    let mut mismatches = Vec::new();
    for policy in &run_these {
        let mine = policy.meta.id == own.meta.id;
        let run = if mine {
            eval::branches::recording(&mut result.hits, || run_policy(policy, &docs, &file))
        } else {
            run_policy(policy, &docs, &file)
        };
        let run = unit.own(run);
        if mine {
            for (span, outcome) in &run.outcomes {
                if let Some(a) = result.assertions.iter_mut().find(|a| a.span == *span) {
                    a.evaluated += 1;
                    a.failed += usize::from(*outcome != Tri::True);
                }
            }
        }
        let mine: Vec<&Expectation> = expectations.iter().filter(|e| e.policy == policy.meta.id).collect();
        compare(&file, &mine, &run.findings, &mut mismatches);
    }
    mismatches.sort_by_key(|d: &Diag| d.span().start);
    Some(FixtureResult { path: file.path.clone(), expectations: expectations.len(), mismatches })
}

/// The sidecar of a fixture, `NAME.expect.toml`, if there is one.
pub fn read_sidecar(fixture: &Path, root: &Path) -> Option<Arc<SourceFile>> {
    let path = PathBuf::from(format!("{}.expect.toml", fixture.display()));
    let text = std::fs::read_to_string(&path).ok()?;
    Some(SourceFile::new(display_path(&path, root), text))
}

/// `policies` with the parameter values a fixture chooses: its `# param:`
/// comments and its sidecar's `[params]` table. Errors point at the settings.
pub fn with_fixture_params(
    file: &Arc<SourceFile>,
    sidecar: Option<&Arc<SourceFile>>,
    policies: Vec<Arc<Policy>>,
    errors: &mut Vec<Diag>,
) -> Vec<Arc<Policy>> {
    let mut settings = vec![(Arc::clone(file), params::comment_settings(file, errors))];
    if let Some(table) = sidecar.and_then(|s| toml::from_str::<SidecarParams>(&s.text).ok()) {
        settings.extend(sidecar.map(|s| (Arc::clone(s), params::table_settings(&s.text, &table.params))));
    }
    let declared = params::declared(&policies);
    let mut values = params::Chosen::new();
    for (written_in, s) in settings {
        let (v, e) = params::resolve(&written_in, s, &declared);
        values.extend(v);
        errors.extend(e);
    }
    if values.is_empty() {
        return policies;
    }
    policies.iter().map(|p| Arc::new(p.with_values(&values))).collect()
}

/// The `[params]` table of a sidecar.
#[derive(serde::Deserialize)]
struct SidecarParams {
    #[serde(default)]
    params: BTreeMap<toml::Spanned<String>, toml::Spanned<toml::Value>>,
}

/// Expected versus raised, as diagnostics in the fixture. A policy that
/// could not be evaluated fails its test whatever is expected.
fn compare(file: &Arc<SourceFile>, expected: &[&Expectation], raised: &[Finding], out: &mut Vec<Diag>) {
    for f in raised.iter().filter(|f| f.status == Status::Error) {
        let mut d = Diag::new(&f.file, format!("`{}` could not be evaluated", f.policy.id));
        d.labels = vec![Label { span: f.span, text: f.message.as_str().into(), primary: true }];
        d.help = Some("an error in the policy, not a finding: fix the policy or the parameter it names".into());
        out.push(d);
    }
    let raised: Vec<&Finding> = raised.iter().filter(|f| f.status != Status::Error).collect();
    let on_line = |line: usize| -> Vec<&Finding> {
        raised.iter().copied().filter(|f| Arc::ptr_eq(&f.file, file) && f.start().line == line).collect()
    };
    let unexpected = |f: &&&Finding| !(Arc::ptr_eq(&f.file, file) && expected.iter().any(|e| e.line == f.start().line));
    for e in expected {
        let found = on_line(e.line);
        if found.is_empty() {
            let mut d = Diag::error(file, e.target, format!("expected `{}` here, not raised", e.policy), "expected a finding on this line");
            // Only a finding no expectation matched can be the one meant here.
            if let Some(f) = raised.iter().filter(unexpected).find(|f| f.policy.id == e.policy) {
                d.help = Some(format!("it was raised on line {} instead: {}", f.start().line, f.message));
            }
            out.push(d);
            continue;
        }
        if let Some(want) = e.status
            && !found.iter().any(|f| f.status == want)
        {
            out.push(Diag::error(
                file,
                found[0].span,
                format!("expected `{}` to end {}, it ended {}", e.policy, want.name(), found[0].status.name()),
                found[0].message.clone(),
            ));
        }
        if let Some(part) = &e.message
            && !found.iter().any(|f| f.message.contains(part.as_str()))
        {
            out.push(Diag::error(
                file,
                found[0].span,
                format!("expected the message of `{}` to contain \"{part}\"", e.policy),
                format!("the message is \"{}\"", found[0].message),
            ));
        }
    }
    for f in raised.iter().filter(unexpected) {
        let line = f.start().line;
        let mut d = Diag::new(&f.file, format!("`{}` raised here, not expected", f.policy.id));
        d.labels = vec![Label { span: f.span, text: f.message.as_str().into(), primary: true }];
        d.help = Some(format!("if this finding is right, add `# expect: {}` on line {line} or the line above it", f.policy.id));
        out.push(d);
    }
}
