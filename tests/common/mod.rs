//! What the end-to-end tests share: running the real binary, and the policy set
//! output snapshots are taken with.

#![allow(dead_code, reason = "each test file uses part of this module")]
#![allow(clippy::expect_used, reason = "a test fails loudly when the binary cannot run")]

use std::path::Path;
use std::process::Command;

pub struct Out {
    pub code: i32,
    pub stdout: String,
    pub stderr: String,
}

/// Run `attest` in `dir`, without colour and without a date from the environment.
pub fn attest_in(dir: &Path, args: &[&str]) -> Out {
    let out = Command::new(env!("CARGO_BIN_EXE_attest"))
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .env_remove("SOURCE_DATE_EPOCH")
        .output()
        .expect("attest runs");
    Out {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}

/// The policy set output snapshots are taken with: the starter pack, so that the
/// snapshots show the output formats and do not change each time the built-in
/// pack grows.
pub const STARTER: &[&str] = &[
    "--only",
    "aws-rds-storage-unencrypted",
    "--only",
    "aws-s3-bucket-unencrypted",
    "--only",
    "aws-security-group-admin-ports-open-to-world",
    "--only",
    "k8s-container-allows-privilege-escalation",
    "--only",
    "k8s-container-image-unpinned",
    "--only",
    "k8s-container-privileged",
    "--only",
    "k8s-container-runs-as-root",
    "--only",
    "k8s-pod-host-namespace",
];

pub fn with_starter<'a>(args: &[&'a str]) -> Vec<&'a str> {
    let mut v = args.to_vec();
    v.extend_from_slice(STARTER);
    v
}

/// Say on the terminal, not in the output the test harness captures, that a
/// test could not run and why, so that a skip is seen. Under CI (`CI` set),
/// what a test needs must be there: the test fails instead.
pub fn skipped(test: &str, why: &str) {
    use std::io::Write as _;
    assert!(std::env::var_os("CI").is_none(), "{test} cannot run under CI: {why} (see .ci/run)");
    let _ = writeln!(std::io::stderr(), "SKIPPED: {test}: {why}");
}

/// `../shared/corpus`, the real repositories beside this one on the project's
/// machines; when absent, the test says it skipped.
pub fn corpus() -> Option<std::path::PathBuf> {
    let corpus = Path::new(env!("CARGO_MANIFEST_DIR")).join("../shared/corpus");
    if corpus.is_dir() {
        return Some(corpus);
    }
    use std::io::Write as _;
    let _ = writeln!(std::io::stderr(), "SKIPPED: {} is absent, so the tests over the corpus did not run", corpus.display());
    None
}

/// The GitHub workflow `attest init` prints, from its standard output.
pub fn printed_workflow(stdout: &str) -> String {
    stdout
        .lines()
        .skip_while(|l| *l != "# .github/workflows/attest.yml")
        .skip(1)
        .take_while(|l| !l.is_empty())
        .map(|l| format!("{l}\n"))
        .collect()
}

/// A program on `PATH`, if the machine has it.
pub fn on_path(name: &str) -> Option<std::path::PathBuf> {
    let path = std::env::var_os("PATH").unwrap_or_default();
    std::env::split_paths(&path).map(|dir| dir.join(name)).find(|p| p.is_file())
}

/// Run `attest` in `dir` as `attest_in` does, with the renderers' settings
/// of the environment taken away and `env` set: on the spawned process
/// only, never on the tests' own.
pub fn attest_with_env(dir: &Path, args: &[&str], env: &[(&str, &std::ffi::OsStr)]) -> Out {
    let mut command = Command::new(env!("CARGO_BIN_EXE_attest"));
    command.args(args).current_dir(dir).env("NO_COLOR", "1").env_remove("SOURCE_DATE_EPOCH");
    for var in ["ATTEST_HELM", "ATTEST_KUSTOMIZE", "ATTEST_RENDER_TIMEOUT"] {
        command.env_remove(var);
    }
    command.envs(env.iter().copied());
    let out = command.output().expect("attest runs");
    Out {
        code: out.status.code().unwrap_or(-1),
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
    }
}
