//! The pre-commit hook, for real: the `pre-commit` tool installed with pip in a
//! throwaway virtualenv, a git repository with a violating file, a commit that is
//! refused with the diagnostic, then accepted once the finding is waived.
//!
//! pre-commit builds attest from this repository at HEAD (so it tests what is
//! committed), in release mode, into `target/pre-commit` to reuse the build.

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic, reason = "a test fails loudly on broken fixtures")]

use std::path::Path;
use std::process::{Command, Output};

fn run(cmd: &mut Command) -> Output {
    cmd.output().unwrap_or_else(|e| panic!("cannot run {cmd:?}: {e}"))
}

fn ok(cmd: &mut Command) -> String {
    let out = run(cmd);
    assert!(out.status.success(), "{cmd:?} failed:\n{}\n{}", String::from_utf8_lossy(&out.stdout), String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn pre_commit_refuses_a_violation_and_accepts_a_waiver() {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let rev = ok(Command::new("git").args(["rev-parse", "HEAD"]).current_dir(repo)).trim().to_string();
    let tmp = tempfile::tempdir().unwrap();
    let venv = tmp.path().join("venv");
    ok(Command::new("python3").args(["-m", "venv"]).arg(&venv));
    ok(Command::new(venv.join("bin/pip")).args(["install", "--quiet", "pre-commit"]));
    let pre_commit = venv.join("bin/pre-commit");

    let work = tmp.path().join("work");
    std::fs::create_dir(&work).unwrap();
    let git = |args: &[&str]| {
        let mut c = Command::new("git");
        c.args(["-c", "user.name=Test", "-c", "user.email=test@example.com", "-c", "commit.gpgsign=false"]).args(args).current_dir(&work);
        c
    };
    ok(&mut git(&["init", "-q", "-b", "main"]));
    std::fs::write(
        work.join(".pre-commit-config.yaml"),
        format!("repos:\n  - repo: {}\n    rev: {rev}\n    hooks:\n      - id: attest\n", repo.display()),
    )
    .unwrap();
    let env = |c: &mut Command| {
        c.env("PRE_COMMIT_HOME", tmp.path().join("cache"))
            .env("CARGO_TARGET_DIR", repo.join("target/pre-commit"))
            .env("NO_COLOR", "1")
            .env("PATH", format!("{}:{}", venv.join("bin").display(), std::env::var("PATH").unwrap_or_default()));
    };
    let mut install = Command::new(&pre_commit);
    install.args(["install"]).current_dir(&work);
    env(&mut install);
    ok(&mut install);

    // Hardened in every other way, so that the host network is the one finding.
    let pod = "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  hostNetwork: true\n  automountServiceAccountToken: false\n  containers:\n    - name: app\n      image: nginx:1.27\n      securityContext: {allowPrivilegeEscalation: false, runAsNonRoot: true, readOnlyRootFilesystem: true, capabilities: {drop: [ALL]}, seccompProfile: {type: RuntimeDefault}}\n      resources: {limits: {cpu: 100m, memory: 64Mi}}\n";
    std::fs::write(work.join("pod.yaml"), pod).unwrap();
    // The NetworkPolicy beside it is read for context when only pod.yaml changes.
    std::fs::write(
        work.join("netpol.yaml"),
        "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata: {name: deny}\nspec:\n  podSelector: {}\n",
    )
    .unwrap();
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
