//! The reports of the policy test runner: text for people, JSON and JUnit for
//! CI. Rendering only: the results come from `testing::run`.

use super::Suite;
use crate::diag;
use crate::policy::Policy;
use std::fmt::Write as _;

fn id(p: &Policy) -> &str {
    &p.meta.id
}

/// The text report: problems, a line per policy with its mismatches, the
/// assertions no fixture made fail, the branches no fixture took (listed
/// when `list_branches`, else counted), and the totals.
pub fn text(suite: &Suite, color: bool, list_branches: bool) -> String {
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
    let untaken: Vec<String> =
        suite.branches().iter().filter(|b| !b.taken).map(|b| format!("  {}:{} `{}`: {}", b.path, b.line, b.text, b.kind.gap())).collect();
    if list_branches && !untaken.is_empty() {
        let _ = writeln!(out, "\nbranches no fixture took:");
        for b in &untaken {
            let _ = writeln!(out, "{b}");
        }
    } else if !untaken.is_empty() {
        let _ = writeln!(out, "\n{} no fixture took (`--min-branch-coverage` lists them)", crate::diag::plural(untaken.len(), "branch"));
    }
    let passed = suite.policies.iter().filter(|r| r.passed()).count();
    let _ = writeln!(
        out,
        "\n{} passed, {} failed, {} with broken fixtures; coverage {:.0}% of assertions, {:.0}% of branches",
        passed,
        suite.policies.len() - passed,
        suite.problems.len(),
        suite.coverage(),
        suite.branch_coverage()
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
    branch_coverage: f64,
    policies: Vec<JsonPolicy<'a>>,
    problems: Vec<JsonDiag>,
}

#[derive(serde::Serialize)]
struct JsonPolicy<'a> {
    id: &'a str,
    passed: bool,
    fixtures: Vec<JsonFixture<'a>>,
    assertions: Vec<JsonAssertion<'a>>,
    branches: Vec<JsonBranch<'a>>,
}

#[derive(serde::Serialize)]
struct JsonBranch<'a> {
    path: &'a str,
    line: usize,
    text: &'a str,
    kind: crate::testing::Branch,
    taken: bool,
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
    let label = d.labels.first().map(|l| l.text.to_string()).unwrap_or_default();
    JsonDiag { path: d.file.path.clone(), line: at.line, column: at.column, message: d.message.clone(), label }
}

/// The JSON report (`attest test --format json`).
pub fn json(suite: &Suite) -> String {
    let out = JsonSuite {
        version: 1,
        passed: suite.passed(),
        coverage: (suite.coverage() * 10.0).round() / 10.0,
        branch_coverage: (suite.branch_coverage() * 10.0).round() / 10.0,
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
                branches: r
                    .branches
                    .iter()
                    .map(|b| JsonBranch { path: &b.path, line: b.line, text: &b.text, kind: b.kind, taken: b.taken })
                    .collect(),
            })
            .collect(),
        problems: suite.problems.iter().map(json_diag).collect(),
    };
    serde_json::to_string_pretty(&out).unwrap_or_default() + "\n"
}

/// The JUnit report: a test suite per policy, a test case per fixture.
pub fn junit(suite: &Suite) -> String {
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
    text(suite, false, false)
}
