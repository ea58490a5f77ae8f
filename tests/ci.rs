//! What pre-commit hooks and CI gates rely on: attest.toml, waivers, baselines and
//! the CI output formats, end to end through the real binary.

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic, reason = "a test fails loudly on broken fixtures")]

use std::path::Path;

mod common;
use common::{attest_in, with_starter};

/// A temporary project with the waiver fixtures copied in.
fn project() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/waivers");
    std::fs::create_dir_all(dir.path().join("k8s")).unwrap();
    for f in ["app.yaml", "stale.yaml", "netpol.yaml"] {
        std::fs::copy(src.join(f), dir.path().join("k8s").join(f)).unwrap();
    }
    dir
}

const TODAY: &str = "2026-11-22";

#[test]
fn inline_waivers_accept_expire_and_go_stale() {
    let dir = project();
    let out = attest_in(dir.path(), &with_starter(&["check", "--today", TODAY]));
    // The expired waiver no longer accepts `privileged: true`.
    assert_eq!(out.code, 1, "{}", out.stderr);
    insta::assert_snapshot!(out.stdout);

    let json: serde_json::Value = serde_json::from_str(&attest_in(dir.path(), &["check", "--today", TODAY, "-f", "json"]).stdout).unwrap();
    let statuses: Vec<(&str, &str)> =
        json["findings"].as_array().unwrap().iter().map(|f| (f["policy"].as_str().unwrap(), f["status"].as_str().unwrap())).collect();
    assert_eq!(
        statuses,
        [("k8s-pod-host-namespace", "waived"), ("k8s-container-runs-as-root", "waived"), ("k8s-container-privileged", "fail")]
    );
    let waiver = &json["findings"][0]["waiver"];
    assert_eq!(waiver["owner"], "net-team");
    assert_eq!(waiver["expires"], "2099-12-31");
    assert_eq!(json["summary"]["findings"]["waived"], 2);
    assert_eq!(json["notices"].as_array().unwrap().len(), 2, "one expired and one stale waiver");
}

#[test]
fn a_waiver_without_a_reason_is_a_finding_and_the_run_goes_on() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("pod.yaml"),
        "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  hostNetwork: true # attest-waive k8s-pod-host-namespace expires=2099-01-01\n  containers: []\n",
    )
    .unwrap();
    let out = attest_in(dir.path(), &["check", "--only", "k8s-pod-host-namespace"]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert_eq!(out.stderr, "");
    insta::assert_snapshot!(out.stdout);
}

#[test]
fn central_waivers_and_settings_in_attest_toml() {
    let dir = project();
    std::fs::write(
        dir.path().join("attest.toml"),
        r#"paths = ["k8s"]
exclude = ["k8s/stale.yaml"]
disable = ["k8s-container-runs-as-root"]
fail-on = "critical"

[[waiver]]
policy = "k8s-container-privileged"
path = "k8s/*.yaml"
address = "Pod/tools/containers/*"
reason = "Kernel upgrade in progress (CHG-881)"
owner = "platform-team"
expires = 2099-06-30
"#,
    )
    .unwrap();
    let out = attest_in(dir.path(), &["check", "--today", TODAY, "-f", "json"]);
    assert_eq!(out.code, 0, "fail-on = critical: nothing fails; {}", out.stderr);
    let json: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(json["summary"]["files"], 2, "stale.yaml is excluded");
    let f: Vec<(&str, &str, &str)> = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| (f["policy"].as_str().unwrap(), f["status"].as_str().unwrap(), f["waiver"]["source"].as_str().unwrap_or("")))
        .collect();
    assert_eq!(f, [("k8s-pod-host-namespace", "waived", "inline"), ("k8s-container-privileged", "waived", "config")]);
    // The SARIF log carries the waivers as suppressions with their justification.
    let sarif: serde_json::Value =
        serde_json::from_str(&attest_in(dir.path(), &["check", "--today", TODAY, "-f", "sarif"]).stdout).unwrap();
    let schema: serde_json::Value = serde_json::from_str(include_str!("schemas/sarif-schema-2.1.0.json")).unwrap();
    assert!(jsonschema::validator_for(&schema).unwrap().is_valid(&sarif));
    let suppressions: Vec<&serde_json::Value> =
        sarif["runs"][0]["results"].as_array().unwrap().iter().filter_map(|r| r["suppressions"].get(0)).collect();
    assert_eq!(suppressions.len(), 2);
    assert_eq!(suppressions[1]["kind"], "external");
    assert!(suppressions[1]["justification"].as_str().unwrap().contains("CHG-881"));
}

#[test]
fn a_bad_attest_toml_is_exit_2_with_a_span() {
    let dir = project();
    std::fs::write(dir.path().join("attest.toml"), "pahts = [\"k8s\"]\n").unwrap();
    let unknown = attest_in(dir.path(), &["check"]);
    assert_eq!(unknown.code, 2);
    std::fs::write(
        dir.path().join("attest.toml"),
        "[[waiver]]\npolicy = \"x\"\npath = \"**\"\nreason = \"r\"\nowner = \"o\"\nexpires = \"2026-02-30\"\n",
    )
    .unwrap();
    let bad_date = attest_in(dir.path(), &["check"]);
    assert_eq!(bad_date.code, 2);
    insta::assert_snapshot!(format!("{}---\n{}", unknown.stderr, bad_date.stderr));
}

#[test]
fn non_waivable_policies_ignore_waivers() {
    let dir = project();
    std::fs::write(
        dir.path().join("strict.policy"),
        r#"policy pod-host-network {
  title "Pod uses the host network"
  criteria CC6.6
  severity high
  description "Flags pods on the host network."
  rationale "Host networking bypasses network policies."
  remediation "Remove hostNetwork."
  waivable false
  for p in kubernetes.pod_specs {
    assert p.hostNetwork != true else "host network"
  }
}
"#,
    )
    .unwrap();
    std::fs::write(dir.path().join("k8s/app.yaml"), "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  hostNetwork: true # attest-waive pod-host-network: please\n  containers: []\n").unwrap();
    std::fs::remove_file(dir.path().join("k8s/stale.yaml")).unwrap();
    let out = attest_in(dir.path(), &["check", "--no-builtin", "-p", "strict.policy", "-f", "json"]);
    assert_eq!(out.code, 1);
    let json: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    assert_eq!(json["findings"][0]["status"], "fail");
    assert!(json["notices"][0]["message"].as_str().unwrap().contains("cannot be waived"));
}

#[test]
fn baselines_report_only_new_findings_and_survive_line_moves() {
    let dir = project();
    let d = dir.path();
    std::fs::remove_file(d.join("k8s/stale.yaml")).unwrap();
    let write = attest_in(d, &["baseline", "write", "attest-baseline.json", "--today", TODAY]);
    assert_eq!(write.code, 0, "{}", write.stderr);
    assert_eq!(attest_in(d, &["check", "--today", TODAY, "--baseline", "attest-baseline.json"]).code, 0);

    // Lines move; a new violation arrives in a new file.
    let app = std::fs::read_to_string(d.join("k8s/app.yaml")).unwrap();
    std::fs::write(d.join("k8s/app.yaml"), format!("# moved down by a comment\n\n{app}")).unwrap();
    std::fs::write(
        d.join("k8s/new.yaml"),
        "apiVersion: v1\nkind: Pod\nmetadata: {name: n}\nspec:\n  hostPID: true\n  automountServiceAccountToken: false\n  containers: []\n",
    )
    .unwrap();
    let out = attest_in(d, &["check", "--today", TODAY, "--baseline", "attest-baseline.json", "-f", "json"]);
    assert_eq!(out.code, 1);
    let json: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    let new: Vec<&str> =
        json["findings"].as_array().unwrap().iter().filter(|f| f["status"] != "waived").map(|f| f["path"].as_str().unwrap()).collect();
    assert_eq!(new, ["k8s/new.yaml"], "only the new file's finding is new");
    assert_eq!(json["summary"]["baselined"], 1);

    // Fix the baselined violation: the entry is listed as fixed.
    std::fs::write(d.join("k8s/app.yaml"), app.replace("privileged: true", "privileged: false")).unwrap();
    let fixed = attest_in(d, &["check", "--today", TODAY, "--baseline", "attest-baseline.json"]);
    assert!(fixed.stdout.contains("fixed since the baseline"), "{}", fixed.stdout);

    std::fs::write(d.join("corrupt.json"), "{\"version\": 1, \"entries\": [}").unwrap();
    let corrupt = attest_in(d, &["check", "--baseline", "corrupt.json"]);
    assert_eq!(corrupt.code, 2);
    std::fs::write(d.join("newer.json"), "{\"version\": 9, \"entries\": []}").unwrap();
    let newer = attest_in(d, &["check", "--baseline", "newer.json"]);
    assert_eq!(newer.code, 2);
    insta::assert_snapshot!(format!("{}---\n{}", corrupt.stderr, newer.stderr));
}

#[test]
fn ci_formats() {
    let dir = project();
    let d = dir.path();
    let github = attest_in(d, &with_starter(&["check", "--today", TODAY, "-f", "github"]));
    assert_eq!(github.code, 1);
    insta::assert_snapshot!("github", github.stdout);

    let gitlab = attest_in(d, &with_starter(&["check", "--today", TODAY, "-f", "gitlab"]));
    let issues: serde_json::Value = serde_json::from_str(&gitlab.stdout).unwrap();
    for i in issues.as_array().unwrap() {
        for key in ["description", "check_name", "fingerprint", "severity"] {
            assert!(i[key].is_string(), "GitLab Code Quality needs `{key}`: {i}");
        }
        assert!(i["location"]["path"].is_string() && i["location"]["lines"]["begin"].is_u64());
    }
    insta::assert_snapshot!("gitlab", gitlab.stdout);

    let junit = attest_in(d, &with_starter(&["check", "--today", TODAY, "-f", "junit"]));
    let report = quick_junit::Report::deserialize_from_str(&junit.stdout).expect("JUnit XML");
    assert_eq!((report.failures, report.errors), (1, 0), "{}", junit.stdout);
    let skipped: usize = report.test_suites.iter().map(|s| s.skipped).sum();
    assert_eq!(skipped, 2, "waived findings are skipped cases");
    insta::assert_snapshot!("junit", junit.stdout);
}

#[test]
fn init_writes_a_starter_config_once() {
    let dir = tempfile::tempdir().unwrap();
    let first = attest_in(dir.path(), &["init"]);
    assert_eq!(first.code, 0);
    assert!(first.stdout.contains(".pre-commit-config.yaml"));
    let config = std::fs::read_to_string(dir.path().join("attest.toml")).unwrap();
    assert!(!config.contains("\nexclude"), "nothing to exclude in an empty folder:\n{config}");
    attest::config::parse(&attest::source::SourceFile::new("attest.toml", config)).expect("the starter file is valid");
    assert_eq!(attest_in(dir.path(), &["init"]).code, 2);
    // The starter file works as written: a bare `attest check` checks `.`, and
    // from a subfolder the paths are shown relative to it.
    std::fs::create_dir(dir.path().join("sub")).unwrap();
    std::fs::write(
        dir.path().join("pod.yaml"),
        "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  hostPID: true\n  containers: []\n",
    )
    .unwrap();
    let check = attest_in(dir.path(), &["check", "--only", "k8s-pod-host-namespace"]);
    assert_eq!(check.code, 1, "{}", check.stderr);
    assert!(check.stdout.contains("─[pod.yaml:"), "{}", check.stdout);
    let below = attest_in(&dir.path().join("sub"), &["check", "--only", "k8s-pod-host-namespace"]);
    assert_eq!(below.code, 1, "{}", below.stderr);
    assert!(below.stdout.contains("─[../pod.yaml:"), "{}", below.stdout);
}

/// `attest init` in a repository with test fixtures and vendored code: it
/// proposes excludes for exactly the folders there, with a comment saying why;
/// `attest check` and the command of the CI snippet it prints run as written
/// (exit 0 or 1, never 2); and the workflow it prints passes attest's own
/// GitHub Actions policies, its actions pinned to a commit with the tag beside.
#[test]
fn init_works_as_written_in_a_repository() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let pod = "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  hostPID: true\n  containers: []\n";
    for folder in ["k8s", "pkg/api/testdata", "vendor/github.com/acme/chart", "node_modules/lib/testdata"] {
        std::fs::create_dir_all(d.join(folder)).unwrap();
        std::fs::write(d.join(folder).join("pod.yaml"), pod).unwrap();
    }
    if common::on_path("git").is_some() {
        let git = std::process::Command::new("git").args(["init", "-q", "."]).current_dir(d).status().unwrap();
        assert!(git.success());
    }

    // A first run says which findings lie in fixtures and vendored code,
    // and how to leave them out.
    let hint = "in test fixtures or vendored code (`pkg/api/testdata`, `vendor`): `attest init` writes an attest.toml that excludes them";
    let first = attest_in(d, &["check", "-f", "concise"]);
    assert_eq!(first.code, 1, "{}", first.stderr);
    let line = first.stdout.lines().last().unwrap_or_default();
    assert!(line.ends_with(hint) && line.split(' ').next().is_some_and(|n| n.parse::<usize>().is_ok_and(|n| n >= 2)), "{}", first.stdout);

    let init = attest_in(d, &["init"]);
    assert_eq!(init.code, 0, "{}", init.stderr);
    let again = attest_in(d, &["check", "-f", "concise"]);
    assert!(!again.stdout.contains(hint), "not once the project has an attest.toml:\n{}", again.stdout);
    let config = std::fs::read_to_string(d.join("attest.toml")).unwrap();
    attest::config::parse(&attest::source::SourceFile::new("attest.toml", config.as_str())).expect("the starter file is valid");
    let excludes: Vec<&str> = config.lines().filter(|l| l.starts_with("  \"")).map(str::trim).collect();
    assert_eq!(excludes, ["\"**/testdata/**\",", "\"**/vendor/**\","], "only the folders that exist:\n{config}");
    assert!(config.contains("# Test fixtures: files that may break the policies on purpose (found: `pkg/api/testdata`)."), "{config}");
    assert!(config.contains("(found: `vendor`)."), "{config}");

    let check = attest_in(d, &["check", "-f", "json"]);
    assert_eq!(check.code, 1, "k8s/pod.yaml fails: {}", check.stderr);
    let json: serde_json::Value = serde_json::from_str(&check.stdout).unwrap();
    let paths: std::collections::BTreeSet<&str> =
        json["findings"].as_array().unwrap().iter().map(|f| f["path"].as_str().unwrap()).collect();
    assert_eq!(paths.into_iter().collect::<Vec<_>>(), ["k8s/pod.yaml"], "fixtures and vendored code are excluded");

    // The CI snippet's command, as printed.
    let workflow = common::printed_workflow(&init.stdout);
    let command = workflow.lines().find_map(|l| l.trim().strip_prefix("- run: attest ")).expect("the snippet runs attest check");
    assert_eq!(command, "check --format sarif --output attest.sarif");
    let ci = attest_in(d, &command.split_whitespace().collect::<Vec<_>>());
    assert!(ci.code == 0 || ci.code == 1, "exit {}: {}", ci.code, ci.stderr);
    let sarif: serde_json::Value = serde_json::from_str(&std::fs::read_to_string(d.join("attest.sarif")).unwrap()).unwrap();
    assert_eq!(sarif["version"], "2.1.0");

    // Every action is pinned to a full commit SHA, with its tag as a comment.
    let pinned = regex::Regex::new(r"^\s*- uses: [\w./-]+@[0-9a-f]{40} # v\d+\.\d+\.\d+$").unwrap();
    let uses: Vec<&str> = workflow.lines().filter(|l| l.contains("uses:")).collect();
    assert_eq!(uses.len(), 2, "{workflow}");
    for line in uses {
        assert!(pinned.is_match(line), "not pinned with its tag: {line}");
    }
    std::fs::create_dir_all(d.join(".github/workflows")).unwrap();
    std::fs::write(d.join(".github/workflows/attest.yml"), &workflow).unwrap();
    let pin = attest_in(d, &["check", ".github/workflows/attest.yml", "--only", "gha-action-not-pinned-to-sha", "-f", "json"]);
    let json: serde_json::Value = serde_json::from_str(&pin.stdout).unwrap();
    assert_eq!(json["summary"]["files"], 1);
    assert_eq!(json["findings"], serde_json::json!([]), "{}", pin.stdout);
    assert_eq!(pin.code, 0);
    let all = attest_in(d, &["check", ".github/workflows/attest.yml", "--only", "gha-*", "-f", "concise"]);
    assert_eq!(all.code, 0, "the workflow passes every GitHub Actions policy:\n{}", all.stdout);
}

#[test]
fn formats_in_attest_toml_override_detection_by_name() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::create_dir_all(d.join("deploy")).unwrap();
    std::fs::write(d.join("deploy/pod.tpl"), "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  hostPID: true\n  containers: []\n")
        .unwrap();
    let before = attest_in(d, &["check", "-f", "json"]);
    let v: serde_json::Value = serde_json::from_str(&before.stdout).unwrap();
    assert_eq!(v["summary"]["files"], 0, "a `.tpl` file is not read by default");
    std::fs::write(d.join("attest.toml"), "[formats]\n\"deploy/*.tpl\" = \"yaml\"\n").unwrap();
    let after = attest_in(d, &["check", "-f", "json", "--only", "k8s-pod-host-namespace"]);
    assert_eq!(after.code, 1, "{}", after.stderr);
    let v: serde_json::Value = serde_json::from_str(&after.stdout).unwrap();
    assert_eq!(v["findings"][0]["path"], "deploy/pod.tpl");
    std::fs::write(d.join("attest.toml"), "[formats]\n\"deploy/*.tpl\" = \"yml\"\n").unwrap();
    let bad = attest_in(d, &["check"]);
    assert_eq!(bad.code, 2);
    assert!(bad.stderr.contains("`yml` is not a format"), "{}", bad.stderr);
}

/// `[params]` in attest.toml changes the thresholds of every policy that reads
/// them; a misspelt name or a value of the wrong type stops the run with a span.
#[test]
fn params_in_attest_toml_set_thresholds() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    std::fs::write(
        d.join("logs.yaml"),
        "Resources:\n  Quarter:\n    Type: AWS::Logs::LogGroup\n    Properties:\n      RetentionInDays: 90\n",
    )
    .unwrap();
    let args = ["check", "--only", "aws-cloudwatch-log-group-retention-short", "--format", "json"];
    let default = attest_in(d, &args);
    assert_eq!(default.code, 1, "90 days is less than the default 365");
    assert!(default.stdout.contains("less than 365"), "{}", default.stdout);

    std::fs::write(d.join("attest.toml"), "[params]\nlog_retention_min_days = 90\n").unwrap();
    let chosen = attest_in(d, &args);
    assert_eq!(chosen.code, 0, "{}{}", chosen.stdout, chosen.stderr);

    std::fs::write(d.join("attest.toml"), "[params]\nlog_retention_min_day = 90\ntls_min_version = 1.3\n").unwrap();
    let bad = attest_in(d, &args);
    assert_eq!(bad.code, 2);
    insta::assert_snapshot!(bad.stderr);
}

/// A policy that replaced another lists the old id as `formerly`: a waiver, a
/// selection or a baseline that names the old id still applies, and the
/// waiver gets a notice saying which id to write.
#[test]
fn a_renamed_policy_answers_to_its_former_id() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    let policy = |id: &str, formerly: &str| {
        format!(
            "policy {id} {{\n  title \"Pod uses the host network\"\n  criteria CC6.6\n  severity high\n{formerly}  description \"d\"\n  rationale \"r\"\n  remediation \"m\"\n\n  for p in kubernetes.pod_specs {{\n    assert p.hostNetwork != true else \"pod uses the host network\"\n  }}\n}}\n"
        )
    };
    std::fs::create_dir(d.join("old")).unwrap();
    std::fs::create_dir(d.join("new")).unwrap();
    std::fs::write(d.join("old/p.policy"), policy("k8s-host-net", "")).unwrap();
    std::fs::write(d.join("new/p.policy"), policy("kubernetes-host-net", "  formerly k8s-host-net\n")).unwrap();
    let pod = |name: &str, waiver: &str| {
        format!("apiVersion: v1\nkind: Pod\nmetadata: {{name: {name}}}\nspec:\n  {waiver}hostNetwork: true\n  containers: []\n")
    };
    std::fs::create_dir(d.join("k8s")).unwrap();
    std::fs::write(d.join("k8s/a.yaml"), pod("a", "")).unwrap();
    let base = ["--no-builtin", "--today", TODAY];
    let out = attest_in(d, &[&["baseline", "write", "old.json", "k8s", "-p", "old"][..], &base].concat());
    assert_eq!(out.code, 0, "{}", out.stderr);
    std::fs::write(d.join("k8s/b.yaml"), pod("b", "# attest-waive k8s-host-net: the CNI needs it\n  ")).unwrap();
    std::fs::write(d.join("k8s/c.yaml"), pod("c", "")).unwrap();

    let out = attest_in(
        d,
        &[&["check", "k8s", "-p", "new", "--only", "k8s-host-net", "--baseline", "old.json", "-f", "json"][..], &base].concat(),
    );
    let json: serde_json::Value = serde_json::from_str(&out.stdout).unwrap();
    let findings: Vec<(&str, &str, &str)> = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| (f["policy"].as_str().unwrap(), f["path"].as_str().unwrap(), f["status"].as_str().unwrap()))
        .collect();
    // a.yaml is in the baseline written under the old id; b.yaml is waived by
    // the old id; c.yaml is new; `--only` with the old id selected the policy.
    assert_eq!(
        findings,
        [("kubernetes-host-net", "k8s/b.yaml", "waived"), ("kubernetes-host-net", "k8s/c.yaml", "fail")],
        "{}",
        out.stdout
    );
    let notices: Vec<&str> = json["notices"].as_array().unwrap().iter().map(|n| n["message"].as_str().unwrap()).collect();
    assert_eq!(notices, ["waiver names `k8s-host-net`, which is now `kubernetes-host-net`; it still applies"]);

    let sarif = attest_in(d, &[&["check", "k8s", "-p", "new", "-f", "sarif"][..], &base].concat());
    let sarif: serde_json::Value = serde_json::from_str(&sarif.stdout).unwrap();
    assert_eq!(sarif["runs"][0]["tool"]["driver"]["rules"][0]["deprecatedIds"], serde_json::json!(["k8s-host-net"]));
}
