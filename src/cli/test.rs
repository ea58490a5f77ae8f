//! `attest test`: run policies against their fixtures.

use super::{Color, FOUND, OK, TROUBLE, output, use_color};
use crate::diag;
use crate::policy::Policy;
use crate::testing::{self, Suite};
use std::fmt::Write as _;
use std::io::IsTerminal;
use std::path::{Path, PathBuf};

#[derive(clap::ValueEnum, Debug, Clone, Copy, PartialEq, Eq)]
pub enum TestFormat {
    Text,
    Json,
    Junit,
}

#[derive(clap::Args, Debug)]
pub struct TestArgs {
    /// Policy files or folders; each `NAME.policy` is tested with the fixtures in `NAME/`.
    #[arg(default_value = ".")]
    pub paths: Vec<PathBuf>,
    /// Test only the policies whose id matches (globs; repeatable).
    #[arg(long, value_name = "ID")]
    pub only: Vec<String>,
    /// Output format.
    #[arg(short, long, value_enum, default_value_t = TestFormat::Text)]
    pub format: TestFormat,
    /// Write the results to a file instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Fail unless at least this percentage of assertions is made to fail by some fixture.
    #[arg(long, value_name = "PCT")]
    pub min_coverage: Option<f64>,
    /// When to use colour in text output.
    #[arg(long, value_enum, default_value_t = Color::Auto)]
    pub color: Color,
}

pub fn run(args: &TestArgs, root: &Path) -> u8 {
    let color = use_color(args.color, std::io::stderr().is_terminal());
    let source = crate::engine::PolicySource { paths: args.paths.clone(), builtin: false };
    let all = match crate::engine::load_policies(&source, root) {
        Ok(all) => all,
        Err(e) => return super::fail(&e, color, "tested"),
    };
    let selector = match crate::select::Selector::new(&args.only, &[]) {
        Ok(s) => s,
        Err(e) => {
            output::error(e);
            return TROUBLE;
        }
    };
    let selected: Vec<_> = all.iter().filter(|p| selector.selects(&p.meta)).cloned().collect();
    if selected.is_empty() {
        output::error(format!(
            "no policy to test (looked in {})",
            args.paths.iter().map(|p| format!("`{}`", p.display())).collect::<Vec<_>>().join(", ")
        ));
        return TROUBLE;
    }
    let suite = testing::run(&selected, &all, &Default::default(), root);
    let stdout_color = args.output.is_none() && use_color(args.color, std::io::stdout().is_terminal());
    let out = match args.format {
        TestFormat::Text => text(&suite, stdout_color),
        TestFormat::Json => json(&suite),
        TestFormat::Junit => junit(&suite),
    };
    if output::write_out(args.output.as_deref(), &out).is_err() {
        return TROUBLE;
    }
    if !suite.problems.is_empty() {
        return TROUBLE;
    }
    let covered = args.min_coverage.is_none_or(|min| suite.coverage() + 1e-9 >= min);
    if suite.passed() && covered { OK } else { FOUND }
}

fn id(p: &Policy) -> &str {
    &p.meta.id
}

fn text(suite: &Suite, color: bool) -> String {
    let mut out = String::new();
    for d in &suite.problems {
        out.push_str(&diag::render(d, color, 100));
        out.push('\n');
    }
    for r in &suite.policies {
        let fixtures = crate::diag::plural(r.fixtures.len(), "fixture");
        let expectations: usize = r.fixtures.iter().map(|f| f.expectations).sum();
        let (hit, all) = r.covered();
        let verdict = if r.passed() { "PASS" } else { "FAIL" };
        let detail = if r.fixtures.is_empty() {
            "no fixture ran: nothing tests this policy".to_string()
        } else {
            format!("{fixtures}, {}, {} made to fail", crate::diag::plural(expectations, "expectation"), plural_of(hit, all, "assertion"))
        };
        let _ = writeln!(out, "{verdict} {} ({detail})", id(&r.policy));
        for f in &r.fixtures {
            for d in &f.mismatches {
                out.push_str(&diag::render(d, color, 100));
                out.push('\n');
            }
        }
    }
    let gaps: Vec<String> = suite
        .policies
        .iter()
        .flat_map(|r| {
            r.assertions.iter().filter(|a| a.failed == 0).map(move |a| {
                let why = if a.evaluated == 0 { "never evaluated" } else { "never made to fail" };
                format!("  {}:{} `{}`: {why}", r.policy.file.path, a.line, a.text)
            })
        })
        .collect();
    if !gaps.is_empty() {
        let _ = writeln!(out, "\nassertions no fixture made fail:");
        for g in gaps {
            let _ = writeln!(out, "{g}");
        }
    }
    let passed = suite.policies.iter().filter(|r| r.passed()).count();
    let _ = writeln!(
        out,
        "\n{} passed, {} failed, {} with broken fixtures; coverage {:.0}% of assertions",
        passed,
        suite.policies.len() - passed,
        suite.problems.len(),
        suite.coverage()
    );
    out
}

fn plural_of(n: usize, of: usize, word: &str) -> String {
    format!("{n} of {}", crate::diag::plural(of, word))
}

#[derive(serde::Serialize)]
struct JsonSuite<'a> {
    version: u32,
    passed: bool,
    coverage: f64,
    policies: Vec<JsonPolicy<'a>>,
    problems: Vec<JsonDiag>,
}

#[derive(serde::Serialize)]
struct JsonPolicy<'a> {
    id: &'a str,
    passed: bool,
    fixtures: Vec<JsonFixture<'a>>,
    assertions: Vec<JsonAssertion<'a>>,
}

#[derive(serde::Serialize)]
struct JsonFixture<'a> {
    path: &'a str,
    expectations: usize,
    mismatches: Vec<JsonDiag>,
}

#[derive(serde::Serialize)]
struct JsonAssertion<'a> {
    line: usize,
    text: &'a str,
    evaluated: usize,
    failed: usize,
}

#[derive(serde::Serialize)]
struct JsonDiag {
    path: String,
    line: usize,
    column: usize,
    message: String,
    label: String,
}

fn json_diag(d: &diag::Diag) -> JsonDiag {
    let at = d.file.line_col(d.span().start as usize);
    let label = d.labels.first().map(|l| l.text.clone()).unwrap_or_default();
    JsonDiag { path: d.file.path.clone(), line: at.line, column: at.column, message: d.message.clone(), label }
}

fn json(suite: &Suite) -> String {
    let out = JsonSuite {
        version: 1,
        passed: suite.passed(),
        coverage: (suite.coverage() * 10.0).round() / 10.0,
        policies: suite
            .policies
            .iter()
            .map(|r| JsonPolicy {
                id: id(&r.policy),
                passed: r.passed(),
                fixtures: r
                    .fixtures
                    .iter()
                    .map(|f| JsonFixture {
                        path: &f.path,
                        expectations: f.expectations,
                        mismatches: f.mismatches.iter().map(json_diag).collect(),
                    })
                    .collect(),
                assertions: r
                    .assertions
                    .iter()
                    .map(|a| JsonAssertion { line: a.line, text: &a.text, evaluated: a.evaluated, failed: a.failed })
                    .collect(),
            })
            .collect(),
        problems: suite.problems.iter().map(json_diag).collect(),
    };
    serde_json::to_string_pretty(&out).unwrap_or_default() + "\n"
}

/// A test suite per policy, a test case per fixture.
fn junit(suite: &Suite) -> String {
    use quick_junit::{NonSuccessKind, Report, TestCase, TestCaseStatus, TestSuite};
    let mut report = Report::new("attest test");
    for r in &suite.policies {
        let mut ts = TestSuite::new(id(&r.policy).to_string());
        if r.fixtures.is_empty() {
            let mut status = TestCaseStatus::non_success(NonSuccessKind::Failure);
            status.set_message("no fixture ran: nothing tests this policy");
            ts.add_test_case(TestCase::new("fixtures", status));
        }
        for f in &r.fixtures {
            let status = if f.mismatches.is_empty() {
                TestCaseStatus::success()
            } else {
                let mut s = TestCaseStatus::non_success(NonSuccessKind::Failure);
                s.set_message(f.mismatches[0].message.clone());
                s.set_type("mismatch");
                let body: Vec<String> = f.mismatches.iter().map(|d| diag::render(d, false, 100)).collect();
                s.set_description(body.join("\n"));
                s
            };
            let mut tc = TestCase::new(f.path.clone(), status);
            tc.set_classname(id(&r.policy).to_string());
            tc.set_assertions(f.expectations);
            ts.add_test_case(tc);
        }
        report.add_test_suite(ts);
    }
    if !suite.problems.is_empty() {
        let mut ts = TestSuite::new("fixtures");
        for d in &suite.problems {
            let mut s = TestCaseStatus::non_success(NonSuccessKind::Error);
            s.set_message(d.message.clone());
            s.set_description(diag::render(d, false, 100));
            ts.add_test_case(TestCase::new(d.file.path.clone(), s));
        }
        report.add_test_suite(ts);
    }
    report.to_string().unwrap_or_default() + "\n"
}

/// The text report without colour, for the project's own policy tests.
pub fn summary(suite: &Suite) -> String {
    text(suite, false)
}
