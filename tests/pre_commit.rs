//! The pre-commit hook, for real: the `pre-commit` tool, a git repository with
//! a violating file, a commit that is refused with the diagnostic, then
//! accepted once the finding is waived.
//!
//! The hook is the one `.pre-commit-hooks.yaml` declares (its name, file types
//! and arguments), run as a local hook with the attest binary this test run
//! built, so nothing is built twice and nothing is fetched. `pre-commit` must
//! be on `PATH` (`.ci/run` installs it); without it the test says it skipped.

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic, reason = "a test fails loudly on broken fixtures")]

use std::path::Path;
use std::process::{Command, Output};

mod common;

fn run(cmd: &mut Command) -> Output {
    cmd.output().unwrap_or_else(|e| panic!("cannot run {cmd:?}: {e}"))
}

fn ok(cmd: &mut Command) -> String {
    let out = run(cmd);
    assert!(out.status.success(), "{cmd:?} failed:\n{}\n{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

/// The hook of `.pre-commit-hooks.yaml` as a local hook of a repository's
/// `.pre-commit-config.yaml`: the same name, entry arguments and file types,
/// with the built binary as the program.
fn local_hook_config() -> String {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(repo.join(".pre-commit-hooks.yaml")).expect("the hook definition");
    let file = attest::source::SourceFile::new(".pre-commit-hooks.yaml", text);
    let parsed = attest::load::parse(&file, attest::doc::Syntax::Yaml, &Default::default()).expect("the hook definition is YAML");
    let hook = parsed.docs[0].root.as_list().and_then(|l| l.first()).expect("one hook");
    let field = |k: &str| hook.get(k).and_then(attest::doc::Node::as_str).unwrap_or_else(|| panic!("the hook has `{k}`")).to_string();
    let entry = field("entry");
    let args = entry.strip_prefix("attest").expect("the entry runs attest");
    let types: Vec<&str> =
        hook.get("types_or").and_then(attest::doc::Node::as_list).expect("types_or").iter().filter_map(attest::doc::Node::as_str).collect();
    format!(
        "repos:\n  - repo: local\n    hooks:\n      - id: {}\n        name: {}\n        entry: {}{args}\n        language: system\n        types_or: [{}]\n        require_serial: true\n",
        field("id"),
        field("name"),
        env!("CARGO_BIN_EXE_attest"),
        types.join(", ")
    )
}

#[test]
fn pre_commit_refuses_a_violation_and_accepts_a_waiver() {
    let Some(pre_commit) = common::on_path("pre-commit") else {
        common::skipped("pre_commit_refuses_a_violation_and_accepts_a_waiver", "needs `pre-commit` on PATH (pip install pre-commit)");
        return;
    };
    let tmp = tempfile::tempdir().unwrap();
    let work = tmp.path().join("work");
    std::fs::create_dir(&work).unwrap();
    let git = |args: &[&str]| {
        let mut c = Command::new("git");
        c.args(["-c", "user.name=Test", "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false"]).args(args).current_dir(&work);
        c
    };
    ok(&mut git(&["init", "-q", "-b", "main"]));
    std::fs::write(work.join(".pre-commit-config.yaml"), local_hook_config()).unwrap();
    let env = |c: &mut Command| {
        c.env("PRE_COMMIT_HOME", tmp.path().join("cache")).env("NO_COLOR", "1");
    };
    let mut install = Command::new(&pre_commit);
    install.args(["install"]).current_dir(&work);
    env(&mut install);
    ok(&mut install);

    // Hardened in every other way, so that the host network is the one finding.
    let pod = "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  hostNetwork: true\n  automountServiceAccountToken: false\n  containers:\n    - name: app\n      image: nginx:1.27\n      securityContext: {allowPrivilegeEscalation: false, runAsNonRoot: true, readOnlyRootFilesystem: true, capabilities: {drop: [ALL]}, seccompProfile: {type: RuntimeDefault}}\n      resources: {limits: {cpu: 100m, memory: 64Mi}}\n";
    // The NetworkPolicy is committed first; when only pod.yaml changes, it is
    // read for context, so the pod is not reported as unprotected.
    std::fs::write(
        work.join("netpol.yaml"),
        "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: deny}\nspec:\n  podSelector: {}\n",
    )
    .unwrap();
    ok(&mut git(&["add", "."]));
    let mut commit = git(&["commit", "-q", "-m", "a default-deny policy"]);
    env(&mut commit);
    ok(&mut commit);
    std::fs::write(work.join("pod.yaml"), pod).unwrap();
    ok(&mut git(&["add", "."]));
    let mut commit = git(&["commit", "-q", "-m", "add a pod"]);
    env(&mut commit);
    let refused = run(&mut commit);
    let said = format!("{}{}", String::from_utf8_lossy(&refused.stdout), String::from_utf8_lossy(&refused.stderr));
    assert!(!refused.status.success(), "the commit should be refused:\n{said}");
    assert!(said.contains("k8s-pod-host-namespace") && said.contains("pod.yaml:5"), "the diagnostic is shown:\n{said}");

    // A reasoned waiver lets the commit through.
    std::fs::write(
        work.join("pod.yaml"),
        pod.replace("hostNetwork: true", "hostNetwork: true # attest-waive k8s-pod-host-namespace owner=net: CNI agent (SEC-1)"),
    )
    .unwrap();
    ok(&mut git(&["add", "."]));
    let mut commit = git(&["commit", "-q", "-m", "add a pod, waived"]);
    env(&mut commit);
    ok(&mut commit);
}
