//! The test runner: the built-in pack tested through it (the project's own policy
//! tests), the tidy rules every built-in policy must meet, and `attest test` end
//! to end on a user's broken policy.

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic, reason = "a test fails loudly on broken fixtures")]

use std::path::Path;
use std::process::Command;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn builtin_from_disk() -> (Vec<std::sync::Arc<attest::policy::Policy>>, attest::testing::Suite) {
    let mut loader = attest::builtin::loader().relative_to(root());
    loader.add_path(&root().join("policies")).expect("policies/ loads");
    let (policies, errors) = loader.finish();
    assert!(errors.is_empty(), "{}", errors.iter().map(|e| attest::diag::render(e, false, 100)).collect::<String>());
    let suite = attest::testing::run(&policies, &policies, &Default::default(), root());
    (policies, suite)
}

/// Every built-in policy's fixtures, through the same runner as `attest test`.
#[test]
fn builtin_policies_pass_their_fixtures() {
    let (_, suite) = builtin_from_disk();
    assert!(suite.passed(), "{}", attest::testing::render::summary(&suite));
    assert!(
        suite.coverage() >= 100.0,
        "every assertion of the pack must be made to fail by a fixture:\n{}",
        attest::testing::render::summary(&suite)
    );
}

/// Every built-in policy has a failing and a passing fixture, and its docs.
#[test]
fn builtin_policies_are_tidy() {
    let (policies, suite) = builtin_from_disk();
    let mut problems = Vec::new();
    for r in &suite.policies {
        let id = &r.policy.meta.id;
        if !r.fixtures.iter().any(|f| f.expectations > 0) {
            problems.push(format!("{id}: no failing fixture (one with an `expect:` for it)"));
        }
        if !r.fixtures.iter().any(|f| f.expectations == 0) {
            problems.push(format!("{id}: no passing fixture (one with no expectation)"));
        }
    }
    for p in &policies {
        let m = &p.meta;
        for (what, text) in
            [("description", &m.texts().description), ("rationale", &m.texts().rationale), ("remediation", &m.texts().remediation)]
        {
            if text.trim().len() < 20 {
                problems.push(format!("{}: `{what}` is too short to document the policy", m.id));
            }
        }
        if m.texts().references.is_empty() {
            problems.push(format!("{}: no references", m.id));
        }
        if Path::new(&*m.source).file_stem().is_none_or(|s| s != &*m.id) {
            problems.push(format!("{}: the file is `{}`; name it after the id", m.id, m.source));
        }
    }
    // The pack on disk is the pack in the binary.
    let mut embedded = attest::builtin::loader();
    attest::builtin::add_to(&mut embedded);
    let (embedded, _) = embedded.finish();
    let ids = |ps: &[std::sync::Arc<attest::policy::Policy>]| ps.iter().map(|p| p.meta.id.clone()).collect::<Vec<_>>();
    assert_eq!(ids(&embedded), ids(&policies));
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

fn attest(args: &[&str]) -> (i32, String, String) {
    let out = Command::new(env!("CARGO_BIN_EXE_attest")).args(args).current_dir(root()).env("NO_COLOR", "1").output().expect("runs");
    (out.status.code().unwrap_or(-1), String::from_utf8_lossy(&out.stdout).into_owned(), String::from_utf8_lossy(&out.stderr).into_owned())
}

const USER: &str = "tests/fixtures/testing/my-policies";

#[test]
fn mismatches_are_shown_in_the_fixture() {
    let (code, stdout, _) = attest(&["test", USER, "--only", "bucket-*"]);
    assert_eq!(code, 1);
    insta::assert_snapshot!(stdout);
}

#[test]
fn broken_fixtures_are_exit_2_and_reported_with_spans() {
    let (code, stdout, _) = attest(&["test", USER, "--only", "broken-*"]);
    assert_eq!(code, 2);
    insta::assert_snapshot!(stdout);
}

#[test]
fn json_and_junit_results() {
    let (code, json, _) = attest(&["test", USER, "--only", "bucket-*", "-f", "json"]);
    assert_eq!(code, 1);
    insta::assert_snapshot!("test_json", json);
    let (_, xml, _) = attest(&["test", USER, "-f", "junit"]);
    let report = quick_junit::Report::deserialize_from_str(&xml).expect("JUnit XML that a JUnit consumer reads");
    let names: Vec<String> = report.test_suites.iter().map(|s| s.name.to_string()).collect();
    assert_eq!(names, ["broken-fixtures", "bucket-without-versioning", "fixtures"]);
    assert_eq!((report.failures, report.errors), (3, 3), "{xml}");
    insta::assert_snapshot!("test_junit", xml);
}

#[test]
fn min_coverage_gates() {
    assert_eq!(attest(&["test", "policies", "--min-coverage", "100"]).0, 0);
    let (code, stdout, _) = attest(&["test", USER, "--only", "bucket-*", "--min-coverage", "90"]);
    assert_eq!(code, 1, "{stdout}");
}
