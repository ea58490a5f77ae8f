//! `attest report` end to end: snapshots of the Markdown and JSON evidence over
//! `examples/`, byte-for-byte determinism, `--compare` across a fix and a waiver,
//! git details, and the HTML page in a real headless Chromium.

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic, reason = "a test fails loudly on broken fixtures")]

use std::path::{Path, PathBuf};
use std::process::Command;

mod common;
use common::{STARTER, attest_in};

const TIME: &str = "2026-01-01T00:00:00Z";

/// `examples/` copied to a folder outside any git repository, so the report does
/// not depend on this clone's commit.
fn examples() -> tempfile::TempDir {
    let dir = tempfile::tempdir().expect("tempdir");
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    for entry in walkdir::WalkDir::new(&src).into_iter().filter_map(Result::ok).filter(|e| e.file_type().is_file()) {
        let to = dir.path().join("examples").join(entry.path().strip_prefix(&src).unwrap());
        std::fs::create_dir_all(to.parent().unwrap()).unwrap();
        std::fs::copy(entry.path(), to).unwrap();
    }
    dir
}

fn report(dir: &Path, format: &str, extra: &[&str]) -> String {
    let mut args = vec!["report", "examples", "--timestamp", TIME, "--format", format];
    args.extend_from_slice(extra);
    args.extend_from_slice(STARTER);
    let out = attest_in(dir, &args);
    assert_eq!(out.code, 0, "{}", out.stderr);
    out.stdout
}

#[test]
fn markdown_report_over_the_examples() {
    let dir = examples();
    insta::assert_snapshot!(report(dir.path(), "md", &[]));
}

#[test]
fn json_report_over_the_examples() {
    let dir = examples();
    let text = report(dir.path(), "json", &[]);
    let v: serde_json::Value = serde_json::from_str(&text).unwrap();
    assert_eq!(v["version"], 1);
    assert_eq!(v["criteria"].as_array().unwrap().len(), attest::criteria::CRITERIA.len(), "every criterion is listed");
    // The digests are those of the files, as `sha256sum` gives them.
    for f in v["files"].as_array().unwrap() {
        let bytes = std::fs::read(dir.path().join(f["path"].as_str().unwrap())).unwrap();
        assert_eq!(f["sha256"].as_str().unwrap(), attest::evidence::sha256_hex(&bytes));
    }
    insta::assert_snapshot!(text);
}

#[test]
fn the_same_inputs_give_the_same_bytes() {
    let dir = examples();
    for format in ["html", "md", "json"] {
        let one = report(dir.path(), format, &["-j", "1"]);
        let four = report(dir.path(), format, &["-j", "4"]);
        assert_eq!(one, four, "{format} differs with the thread count");
        assert_eq!(one, report(dir.path(), format, &[]), "{format} differs between runs");
    }
    // A fixed time fixes the date waivers are checked against too.
    let v: serde_json::Value = serde_json::from_str(&report(dir.path(), "json", &[])).unwrap();
    assert_eq!(v["waivers_checked_on"], "2026-01-01");
}

#[test]
fn the_format_follows_the_output_extension() {
    let dir = examples();
    for (file, start) in [("r.html", "<!DOCTYPE html>"), ("r.json", "{"), ("r.md", "# SOC 2 evidence report"), ("r.txt", "# SOC 2")] {
        let out = attest_in(dir.path(), &["report", "examples", "--timestamp", TIME, "-o", file]);
        assert_eq!(out.code, 0, "{}", out.stderr);
        assert!(out.stderr.starts_with(&format!("wrote {file}: criteria ")), "{}", out.stderr);
        assert!(std::fs::read_to_string(dir.path().join(file)).unwrap().starts_with(start), "{file}");
    }
}

#[test]
fn no_source_leaves_excerpts_out() {
    let dir = examples();
    let with = report(dir.path(), "json", &[]);
    let without = report(dir.path(), "json", &["--no-source"]);
    assert!(with.contains("\"excerpt\"") && !without.contains("\"excerpt\""));
}

/// A file attest cannot parse is a gap in the evidence: said at the top, and
/// listed with its digest and the reason.
#[test]
fn files_that_cannot_be_checked_are_called_out() {
    let dir = examples();
    std::fs::write(dir.path().join("examples/kubernetes/broken.yaml"), "apiVersion: v1\nkind: [Pod\n").unwrap();
    let md = report(dir.path(), "md", &[]);
    assert!(md.contains("**Warning:** 1 file could not be checked, so no policy saw them: `examples/kubernetes/broken.yaml`."), "{md}");
    let v: serde_json::Value = serde_json::from_str(&report(dir.path(), "json", &[])).unwrap();
    let broken = v["files"].as_array().unwrap().iter().find(|f| f["path"] == "examples/kubernetes/broken.yaml").unwrap();
    assert!(broken["error"].is_string() && broken["sha256"].is_string(), "{broken:#}");
    assert!(report(dir.path(), "html", &[]).contains("<p class=\"warning\"><b>1 file could not be checked</b>"));
}

fn edit(dir: &Path, file: &str, from: &str, to: &str) {
    let path = dir.join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    assert!(text.contains(from), "{file} has no `{from}`");
    std::fs::write(&path, text.replacen(from, to, 1)).unwrap();
}

/// One violation fixed and another waived between two reports, then the waiver
/// expires: the comparison says each of these, and which criteria changed.
#[test]
fn compare_across_a_fix_and_a_waiver() {
    let dir = examples();
    std::fs::write(dir.path().join("old.json"), report(dir.path(), "json", &[])).unwrap();

    edit(dir.path(), "examples/kubernetes/deployment.yaml", "privileged: true", "privileged: false");
    edit(
        dir.path(),
        "examples/cloudformation/storage.yaml",
        "          CidrIp: 0.0.0.0/0",
        "          # attest-waive aws-security-group-admin-ports-open-to-world expires=2026-03-31 owner=net-team: partner SFTP until the VPN is live (CHG-1042)\n          CidrIp: 0.0.0.0/0",
    );
    let new = report(dir.path(), "json", &["--compare", "old.json"]);
    let v: serde_json::Value = serde_json::from_str(&new).unwrap();
    let c = &v["comparison"];
    let policies_of = |prints: &serde_json::Value| -> Vec<String> {
        prints
            .as_array()
            .unwrap()
            .iter()
            .map(|p| {
                let f = v["findings"].as_array().unwrap().iter().find(|f| &f["fingerprint"] == p).unwrap();
                f["policy"].as_str().unwrap().to_string()
            })
            .collect()
    };
    let resolved: Vec<&str> = c["resolved_findings"].as_array().unwrap().iter().map(|f| f["policy"].as_str().unwrap()).collect();
    assert_eq!(resolved, ["k8s-container-privileged"]);
    assert_eq!(policies_of(&c["newly_waived"]), ["aws-security-group-admin-ports-open-to-world"]);
    assert_eq!(c["new_findings"].as_array().unwrap().len(), 0);
    assert_eq!(c["waivers_added"], serde_json::json!(["examples/cloudformation/storage.yaml:150"]));
    let changed: Vec<(&str, &str, &str)> = c["criteria"]
        .as_array()
        .unwrap()
        .iter()
        .map(|x| (x["id"].as_str().unwrap(), x["before"].as_str().unwrap(), x["after"].as_str().unwrap()))
        .collect();
    assert_eq!(changed, [("CC6.6", "fails", "holds")], "CC6.6's only failure is now waived");
    let cc66 = v["criteria"].as_array().unwrap().iter().find(|x| x["id"] == "CC6.6").unwrap();
    assert_eq!(cc66["exceptions"], serde_json::json!(["examples/cloudformation/storage.yaml:150"]));
    let md = report(dir.path(), "md", &["--compare", "old.json"]);
    let changes = md.split("## Changes since").nth(1).unwrap().split("\n## ").next().unwrap();
    insta::assert_snapshot!("compare_fix_and_waiver", changes);

    // Three months on, the waiver has expired.
    std::fs::write(dir.path().join("waived.json"), new).unwrap();
    let mut args = vec!["report", "examples", "--timestamp", "2026-04-01T00:00:00Z", "-f", "json", "--compare", "waived.json"];
    args.extend_from_slice(STARTER);
    let later = attest_in(dir.path(), &args);
    let v: serde_json::Value = serde_json::from_str(&later.stdout).unwrap();
    let c = &v["comparison"];
    assert_eq!(c["waivers_expired"], serde_json::json!(["examples/cloudformation/storage.yaml:150"]));
    assert_eq!(policies_of(&c["no_longer_waived"]), ["aws-security-group-admin-ports-open-to-world"]);
    assert_eq!(c["criteria"][0]["id"], "CC6.6");
    assert_eq!(c["criteria"][0]["after"], "fails");
    let waiver = &v["waivers"][0];
    assert_eq!((waiver["state"].as_str(), waiver["owner"].as_str()), (Some("expired"), Some("net-team")));
}

/// A report of an earlier release, without the fields added since, still compares.
#[test]
fn compare_reads_reports_without_later_fields() {
    let dir = examples();
    let mut old: serde_json::Value = serde_json::from_str(&report(dir.path(), "json", &[])).unwrap();
    old["scope"].as_object_mut().unwrap().remove("categories");
    std::fs::write(dir.path().join("old.json"), old.to_string()).unwrap();
    let v: serde_json::Value = serde_json::from_str(&report(dir.path(), "json", &["--compare", "old.json"])).unwrap();
    assert_eq!(v["comparison"]["criteria"], serde_json::json!([]));
}

#[test]
fn compare_refuses_what_is_not_a_report() {
    let dir = examples();
    let check = attest_in(dir.path(), &["check", "examples", "-f", "json"]);
    std::fs::write(dir.path().join("check.json"), check.stdout).unwrap();
    let out = attest_in(dir.path(), &["report", "examples", "--compare", "check.json"]);
    assert_eq!(out.code, 2);
    assert_eq!(out.stderr, "error: `check.json` is not an attest report (write one with `attest report --format json`)\n");
    let out = attest_in(dir.path(), &["report", "examples", "--timestamp", "yesterday"]);
    assert_eq!(out.code, 2);
    assert!(out.stderr.starts_with("error: `--timestamp yesterday` is not an RFC 3339 time"), "{}", out.stderr);
}

fn git(dir: &Path, args: &[&str]) {
    let out = Command::new("git")
        .args(["-c", "user.name=t", "-c", "user.email=t@example.com", "-c", "commit.gpgsign=false"])
        .args(args)
        .current_dir(dir)
        .output()
        .expect("git runs");
    assert!(out.status.success(), "git {args:?}: {}", String::from_utf8_lossy(&out.stderr));
}

#[test]
fn the_header_names_repository_commit_and_branch() {
    let dir = examples();
    let plain: serde_json::Value = serde_json::from_str(&report(dir.path(), "json", &[])).unwrap();
    assert!(plain["scope"]["git"].is_null());
    assert!(report(dir.path(), "md", &[]).contains("| Repository | not a git repository |"));

    git(dir.path(), &["init", "-q", "-b", "audit"]);
    git(dir.path(), &["remote", "add", "origin", "https://bot:secret-token@git.example.com/acme/infra.git"]);
    git(dir.path(), &["add", "examples"]);
    git(dir.path(), &["commit", "-q", "-m", "examples"]);
    let head = Command::new("git").args(["rev-parse", "HEAD"]).current_dir(dir.path()).output().unwrap();
    let head = String::from_utf8_lossy(&head.stdout).trim().to_string();
    let v: serde_json::Value = serde_json::from_str(&report(dir.path(), "json", &[])).unwrap();
    assert_eq!(
        v["scope"]["git"],
        serde_json::json!({"repository": "https://git.example.com/acme/infra.git", "commit": head, "branch": "audit", "dirty": false})
    );
    edit(dir.path(), "examples/kubernetes/deployment.yaml", "privileged: true", "privileged: false");
    let v: serde_json::Value = serde_json::from_str(&report(dir.path(), "json", &[])).unwrap();
    assert_eq!(v["scope"]["git"]["dirty"], true);
}

/// Chromium, when the machine has it: the path in `CHROMIUM`, else the usual names.
fn chromium() -> Option<PathBuf> {
    if let Some(p) = std::env::var_os("CHROMIUM") {
        return Some(PathBuf::from(p));
    }
    ["chromium", "chromium-browser", "google-chrome", "google-chrome-stable"].iter().find_map(|name| common::on_path(name))
}

/// Run headless Chromium on a page with the given extra flags: (stdout, stderr).
fn headless(chromium: &Path, profile: &Path, page: &Path, flags: &[&str]) -> (String, String) {
    let out = Command::new(chromium)
        .args(["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking"])
        .args(["--disable-component-update", "--disable-sync", "--hide-scrollbars", "--enable-logging=stderr", "--v=0"])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(flags)
        .arg(format!("file://{}", page.display()))
        .output()
        .expect("chromium runs");
    (String::from_utf8_lossy(&out.stdout).into_owned(), String::from_utf8_lossy(&out.stderr).into_owned())
}

/// Every message the page wrote to the console (errors, CSP violations, logs).
fn console(stderr: &str) -> Vec<&str> {
    stderr.lines().filter(|l| l.contains(":CONSOLE")).collect()
}

#[test]
fn html_report_loads_in_headless_chromium() {
    let Some(chromium) = chromium() else {
        common::skipped("html_report_loads_in_headless_chromium", "needs chromium (apt-get install chromium, or set CHROMIUM)");
        return;
    };
    let out_dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join("report");
    std::fs::create_dir_all(&out_dir).unwrap();
    let profile = tempfile::tempdir().unwrap();
    let dir = examples();
    let html = report(dir.path(), "html", &[]);
    let page = out_dir.join("report.html");
    std::fs::write(&page, &html).unwrap();

    // The console check sees real errors: a page with one of each kind fails it.
    let bad = out_dir.join("bad.html");
    std::fs::write(&bad, html.replace("<main>", "<main><img src=\"https://example.com/x.png\"><script>missing();</script>")).unwrap();
    let (_, stderr) = headless(&chromium, profile.path(), &bad, &["--dump-dom"]);
    assert_eq!(console(&stderr).len(), 2, "chromium should report the blocked image and the script error:\n{stderr}");

    let (dom, stderr) = headless(&chromium, profile.path(), &page, &["--dump-dom"]);
    assert!(console(&stderr).is_empty(), "the page wrote to the console:\n{}", console(&stderr).join("\n"));
    assert!(dom.contains("data-ready=\"1\""), "the page's script did not run to its end");
    let rows = dom.matches("<tr class=\"criterion ").count();
    assert_eq!(rows, attest::criteria::CRITERIA.len(), "one matrix row per criterion");
    for (id, _) in attest::criteria::CRITERIA {
        assert!(dom.contains(&format!("data-criterion=\"{id}\"")), "no row for {id}");
    }
    assert!(!html.contains("src=\"http") && !html.contains("href=\"http"), "the page loads nothing from the network");

    let shot = out_dir.join("report.png");
    let _ = std::fs::remove_file(&shot);
    headless(&chromium, profile.path(), &page, &["--window-size=1280,2000", &format!("--screenshot={}", shot.display())]);
    let png = std::fs::read(&shot).expect("chromium wrote the screenshot");
    assert!(png.starts_with(b"\x89PNG") && png.len() > 20_000, "the screenshot is not a rendered page");
    eprintln!("screenshot: {}", shot.display());
}

/// The evidence names the parameter values a run used, and which ones the
/// configuration changed: an auditor sees every threshold that differs from
/// the pack's defaults.
#[test]
fn parameters_set_in_attest_toml_are_in_the_evidence() {
    let dir = examples();
    std::fs::write(dir.path().join("attest.toml"), "[params]\nsensitive_ports = [5432]\n").unwrap();
    let only = ["--only", "aws-security-group-sensitive-port-open-to-world"];
    let json: serde_json::Value = serde_json::from_str(&report(dir.path(), "json", &only)).unwrap();
    let params = json.pointer("/policy_pack/parameters").and_then(|p| p.as_array()).expect("parameters");
    let ports = params.iter().find(|p| p["name"] == "sensitive_ports").expect("sensitive_ports is read");
    assert_eq!(ports["value"], serde_json::json!([5432]));
    assert_eq!(ports["set_in_config"], true);
    assert!(params.iter().filter(|p| p["name"] != "sensitive_ports").all(|p| p["set_in_config"] == false && p["value"] == p["default"]));
    let md = report(dir.path(), "md", &only);
    assert!(md.contains("| Parameters | `sensitive_ports = [5432] (default [20,21,23,"), "{md}");
}
