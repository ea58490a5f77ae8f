//! Running the programs that render templated Kubernetes configuration:
//! `helm template` for a Helm chart, `kustomize build` (or `kubectl
//! kustomize`) for a kustomization. What they print is parsed by `load` and
//! checked like any other manifest (`engine/render.rs` decides what to render
//! and where its findings are reported).
//!
//! INVARIANT: the only module that starts programs, besides `evidence::git`.
//! A program runs without a shell, with a time limit and bounded output, and
//! never with a command that fetches anything (`helm dependency update`,
//! remote kustomize resources are never asked for).

use std::ffi::OsString;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

/// How long a renderer may run by default.
pub const DEFAULT_TIMEOUT: Duration = Duration::from_secs(60);

/// At most this much of a renderer's standard error is kept.
const MAX_STDERR: u64 = 64 * 1024;

/// The renderers a run may use; `Tools::default()` uses none (files are read
/// as written).
#[derive(Debug, Clone, Default)]
pub struct Tools {
    /// The `helm` program.
    pub helm: Option<PathBuf>,
    /// The `kustomize` program, or `kubectl` (run as `kubectl kustomize`).
    pub kustomize: Option<PathBuf>,
    /// How long one rendering may take.
    pub timeout: Option<Duration>,
}

/// Why a setting of the renderers cannot be used.
#[derive(Debug, thiserror::Error, miette::Diagnostic)]
pub enum ToolsError {
    #[error("`ATTEST_RENDER_TIMEOUT` must be a number of seconds from 1 to 3600, not `{0}`")]
    Timeout(String),
}

impl Tools {
    /// The renderers the environment gives: `ATTEST_HELM` and
    /// `ATTEST_KUSTOMIZE` name a program (empty: never render), else `helm`,
    /// and `kustomize` or `kubectl`, are looked for on `PATH`;
    /// `ATTEST_RENDER_TIMEOUT` is the time limit in seconds.
    pub fn from_env() -> Result<Tools, ToolsError> {
        let path = std::env::var_os("PATH").unwrap_or_default();
        let found = |names: &[&str]| names.iter().find_map(|n| on_path(&path, n));
        let chosen = |var: &str, names: &[&str]| match std::env::var_os(var) {
            Some(v) if v.is_empty() => None,
            Some(v) => Some(PathBuf::from(v)),
            None => found(names),
        };
        let timeout = match std::env::var("ATTEST_RENDER_TIMEOUT") {
            Ok(s) => match s.trim().parse::<u64>() {
                Ok(n) if (1..=3600).contains(&n) => Some(Duration::from_secs(n)),
                _ => return Err(ToolsError::Timeout(s)),
            },
            Err(_) => None,
        };
        Ok(Tools { helm: chosen("ATTEST_HELM", &["helm"]), kustomize: chosen("ATTEST_KUSTOMIZE", &["kustomize", "kubectl"]), timeout })
    }

    fn timeout(&self) -> Duration {
        self.timeout.unwrap_or(DEFAULT_TIMEOUT)
    }

    /// `helm template NAME DIR --skip-tests --namespace RELEASE_NAMESPACE`:
    /// the chart's templates with its default values, tests left out.
    /// Dependencies are never fetched: a chart whose dependencies are not in
    /// its `charts/` folder fails.
    pub fn helm(&self, chart: &Path, name: &str, limit: u64) -> Option<Result<String, RenderError>> {
        let helm = self.helm.as_ref()?;
        let args: Vec<OsString> = vec![
            "template".into(),
            release_name(name).into(),
            chart.into(),
            "--skip-tests".into(),
            "--namespace".into(),
            RELEASE_NAMESPACE.into(),
        ];
        Some(run(helm, &args, limit, self.timeout()))
    }

    /// `kustomize build DIR`, or `kubectl kustomize DIR` when the program is
    /// `kubectl`.
    pub fn kustomize(&self, dir: &Path, limit: u64) -> Option<Result<String, RenderError>> {
        let program = self.kustomize.as_ref()?;
        let kubectl = program.file_name().and_then(|n| n.to_str()).is_some_and(|n| n.starts_with("kubectl"));
        let args: Vec<OsString> = vec![if kubectl { "kustomize" } else { "build" }.into(), dir.into()];
        Some(run(program, &args, limit, self.timeout()))
    }

    /// The name a run of `kustomize` is shown with.
    pub fn kustomize_name(&self) -> &'static str {
        match self.kustomize.as_ref().and_then(|p| p.file_name()).and_then(|n| n.to_str()) {
            Some(n) if n.starts_with("kubectl") => "kubectl kustomize",
            _ => "kustomize build",
        }
    }
}

/// Why a rendering gave nothing to check.
#[derive(Debug, thiserror::Error)]
pub enum RenderError {
    #[error("`{program}` could not be started: {reason}")]
    Start { program: String, reason: String },
    #[error("failed: {0}")]
    Failed(String),
    #[error("ran longer than its time limit of {0} s (set `ATTEST_RENDER_TIMEOUT` to wait longer)")]
    TimedOut(u64),
    #[error("printed more than {0} bytes (raise `--max-file-size`)")]
    TooLarge(u64),
    #[error("printed text that is not UTF-8")]
    NotText,
}

/// A release name helm accepts, from a chart's name: lower case letters,
/// digits and `-`, at most 53 characters.
/// The namespace charts are rendered in: one no chart writes, so that what
/// `{{ .Release.Namespace }}` prints is told apart from a namespace written
/// in a template. A release's namespace is chosen when it is installed
/// (`helm install -n`), as for a manifest without one.
pub const RELEASE_NAMESPACE: &str = "attest-release-namespace";

fn release_name(name: &str) -> String {
    let clean: String = name.to_lowercase().chars().map(|c| if c.is_ascii_alphanumeric() { c } else { '-' }).take(53).collect();
    let clean = clean.trim_matches('-');
    if clean.is_empty() { "release".to_string() } else { clean.to_string() }
}

/// A program of that name in a folder of `path`.
fn on_path(path: &std::ffi::OsStr, name: &str) -> Option<PathBuf> {
    std::env::split_paths(path).map(|dir| dir.join(name)).find(|p| p.is_file())
}

/// Run `program` with `args` (no shell), and give its standard output when it
/// succeeds within `timeout` having printed at most `limit` bytes; else why
/// not, with what it said on standard error.
fn run(program: &Path, args: &[OsString], limit: u64, timeout: Duration) -> Result<String, RenderError> {
    let shown = program.display().to_string();
    let mut child = Command::new(program)
        .args(args)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| RenderError::Start { program: shown.clone(), reason: e.to_string().to_lowercase() })?;
    let deadline = Instant::now() + timeout;
    // Both pipes are read as the program writes, so that it never waits on
    // a full pipe; reading more than `limit` bytes stops, and the program
    // is ended.
    let stdout = child.stdout.take().map(|out| std::thread::spawn(move || read_at_most(out, limit + 1)));
    let stderr = child.stderr.take().map(|err| std::thread::spawn(move || read_at_most(err, MAX_STDERR)));
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break Some(status),
            Ok(None) if Instant::now() < deadline => std::thread::sleep(Duration::from_millis(10)),
            Ok(None) | Err(_) => break None,
        }
    };
    let Some(status) = status else {
        let _ = child.kill();
        let _ = child.wait();
        return Err(RenderError::TimedOut(timeout.as_secs()));
    };
    // A program that left a child of its own holding the pipes open is not
    // waited for beyond the deadline.
    let out = stdout.and_then(|t| joined(t, deadline)).unwrap_or_default();
    let err = stderr.and_then(|t| joined(t, deadline)).unwrap_or_default();
    // Output over the limit ends the program (its pipe is closed): that is
    // the reason, whatever its exit status says.
    if out.len() as u64 > limit {
        return Err(RenderError::TooLarge(limit));
    }
    if !status.success() {
        return Err(RenderError::Failed(said(&err).unwrap_or_else(|| format!("exit status {}", status.code().unwrap_or(-1)))));
    }
    String::from_utf8(out).map_err(|_| RenderError::NotText)
}

fn read_at_most(from: impl Read, limit: u64) -> Vec<u8> {
    let mut buf = Vec::new();
    let mut from = from;
    let _ = from.by_ref().take(limit).read_to_end(&mut buf);
    // The rest is drained, so that the program is not stopped by a full pipe
    // while it has something to say on the other one.
    if limit == MAX_STDERR {
        let _ = std::io::copy(&mut from, &mut std::io::sink());
    }
    buf
}

/// What a reading thread read, if it ends before `deadline`.
fn joined(t: std::thread::JoinHandle<Vec<u8>>, deadline: Instant) -> Option<Vec<u8>> {
    while !t.is_finished() {
        if Instant::now() >= deadline {
            return None;
        }
        std::thread::sleep(Duration::from_millis(10));
    }
    t.join().ok()
}

/// The lines of standard error that say what went wrong (not deprecation
/// warnings), joined, at most 600 characters, without the header Go's klog
/// puts before each line (`E1205 18:50:01.044370 23772 run.go:72] `: a time
/// and a process id, which would make the same run's notices differ).
fn said(stderr: &[u8]) -> Option<String> {
    static KLOG: std::sync::LazyLock<Option<regex::Regex>> =
        std::sync::LazyLock::new(|| regex::Regex::new(r"^[IWEF]\d{4} \d{2}:\d{2}:\d{2}\.\d+\s+\d+ [^\]\s]+\] ").ok());
    let text = String::from_utf8_lossy(stderr);
    let lines: Vec<&str> = text
        .lines()
        .map(str::trim)
        .map(|l| KLOG.as_ref().and_then(|r| r.find(l)).map_or(l, |m| &l[m.end()..]))
        .filter(|l| !l.is_empty() && !l.starts_with("# Warning") && !l.to_lowercase().starts_with("warning"))
        .collect();
    let joined = lines.join("; ");
    let mut out: String = joined.chars().take(600).collect();
    if out.len() < joined.len() {
        out.push('…');
    }
    (!out.is_empty()).then_some(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn release_names_are_what_helm_accepts() {
        assert_eq!(release_name("Web_App"), "web-app");
        assert_eq!(release_name("--"), "release");
        assert_eq!(release_name(&"a".repeat(80)).len(), 53);
    }

    #[test]
    fn what_a_program_said_is_the_same_from_run_to_run() {
        let stderr =
            b"E1205 18:50:01.044370   23772 run.go:72] error: accumulating resources: must build at directory\nWarning: x is deprecated\n";
        assert_eq!(said(stderr).as_deref(), Some("error: accumulating resources: must build at directory"));
        assert_eq!(said(b"plain message\n").as_deref(), Some("plain message"));
    }

    #[test]
    fn a_program_that_does_not_exist_is_an_error() {
        let e = run(Path::new("/no/such/helm"), &[], 10, Duration::from_secs(1));
        assert!(matches!(e, Err(RenderError::Start { .. })), "{e:?}");
    }

    #[cfg(unix)]
    #[test]
    fn output_is_bounded_and_a_hung_program_is_ended() {
        let yes = run(Path::new("/bin/sh"), &["-c".into(), "exec yes".into()], 1000, Duration::from_secs(10));
        assert!(matches!(yes, Err(RenderError::TooLarge(1000))), "{yes:?}");
        let started = Instant::now();
        let hung = run(Path::new("/bin/sh"), &["-c".into(), "exec sleep 30".into()], 1000, Duration::from_millis(300));
        assert!(matches!(hung, Err(RenderError::TimedOut(_))), "{hung:?}");
        assert!(started.elapsed() < Duration::from_secs(5));
        let failed = run(
            Path::new("/bin/sh"),
            &["-c".into(), "echo '# Warning: old' >&2; echo 'Error: no chart' >&2; exit 1".into()],
            1000,
            Duration::from_secs(10),
        );
        assert_eq!(failed.map_err(|e| e.to_string()), Err("failed: Error: no chart".to_string()));
    }
}
