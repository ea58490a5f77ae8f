//! The book's examples cannot rot: every ```attest block parses and checks, the
//! sample output in the getting-started chapter is what attest prints, and every
//! built-in policy is listed.

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic, reason = "a test fails loudly on broken fixtures")]

use std::path::Path;

mod common;

fn chapters() -> Vec<(String, String)> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("book/src");
    let mut out: Vec<(String, String)> = std::fs::read_dir(&dir)
        .expect("book/src exists")
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.extension().is_some_and(|x| x == "md"))
        .map(|p| {
            (
                p.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default(),
                std::fs::read_to_string(&p).expect("chapter reads"),
            )
        })
        .collect();
    out.sort();
    out
}

/// Fenced blocks of one language: (line of the fence, body).
fn blocks<'a>(text: &'a str, lang: &str) -> Vec<(usize, String)> {
    let mut out = Vec::new();
    let mut current: Option<(usize, Vec<&'a str>)> = None;
    for (i, line) in text.lines().enumerate() {
        match &mut current {
            None if line.trim_start() == format!("```{lang}") => current = Some((i + 1, Vec::new())),
            Some((start, body)) if line.trim_start() == "```" => {
                out.push((*start, body.join("\n") + "\n"));
                current = None;
            }
            Some((_, body)) => body.push(line),
            None => {}
        }
    }
    out
}

#[test]
fn every_policy_block_parses_and_checks() {
    let mut count = 0;
    for (name, text) in chapters() {
        for (line, body) in blocks(&text, "attest") {
            count += 1;
            let mut loader = attest::builtin::loader();
            loader.add_text(&format!("book/src/{name}:{line}"), &body);
            let (_, errors) = loader.finish();
            let rendered: Vec<String> = errors.iter().map(|e| attest::diag::render(e, false, 100)).collect();
            assert!(errors.is_empty(), "the block at book/src/{name}:{line} has errors:\n{}", rendered.join("\n"));
        }
    }
    assert!(count >= 5, "expected the book to have policy examples, found {count}");
}

#[test]
fn sample_output_in_getting_started_is_real() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_attest"))
        .args(["check", "examples"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .env("NO_COLOR", "1")
        .output()
        .expect("attest runs");
    let stdout = String::from_utf8_lossy(&out.stdout);
    let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("book/src/getting-started.md")).expect("chapter");
    let samples: Vec<_> = blocks(&text, "text").into_iter().filter(|(_, b)| b.starts_with("checked ") || b.contains("  × ")).collect();
    assert!(samples.len() >= 2, "getting-started should show sample output");
    for (line, sample) in samples {
        assert!(
            stdout.contains(&sample),
            "the sample at book/src/getting-started.md:{line} is not what `attest check examples` prints:\n{sample}\n--- actual ---\n{stdout}"
        );
    }
}

/// The text and concise samples of the command-line reference are what
/// `attest check examples` prints.
#[test]
fn text_and_concise_samples_in_the_cli_reference_are_real() {
    let run = |format: &str| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_attest"))
            .args(["check", "examples", "-f", format])
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .env("NO_COLOR", "1")
            .output()
            .expect("attest runs");
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    let (text, concise) = (run("text"), run("concise"));
    let chapter = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("book/src/cli.md")).expect("chapter");
    let mut seen = 0;
    for (line, sample) in blocks(&chapter, "text") {
        let actual = if sample.split_once(' ').is_some_and(|(n, rest)| n.parse::<usize>().is_ok() && rest.starts_with("failed")) {
            &text
        } else if sample.starts_with("examples/") {
            &concise
        } else {
            continue;
        };
        seen += 1;
        assert!(
            actual.contains(&sample),
            "the sample at book/src/cli.md:{line} is not what attest prints:\n{sample}\n--- actual ---\n{actual}"
        );
    }
    assert_eq!(seen, 2, "cli.md shows a text summary and concise lines");
}

fn builtin() -> Vec<std::sync::Arc<attest::policy::Policy>> {
    let mut loader = attest::builtin::loader();
    attest::builtin::add_to(&mut loader);
    let (policies, errors) = loader.finish();
    assert!(errors.is_empty());
    policies
}

#[test]
fn every_builtin_policy_is_listed_in_the_book() {
    let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("book/src/policies.md")).expect("chapter");
    for p in builtin() {
        assert!(text.contains(&format!("`{}`", p.meta.id)), "book/src/policies.md does not list `{}`", p.meta.id);
    }
}

#[test]
fn json_sample_in_the_cli_reference_is_real() {
    let out = std::process::Command::new(env!("CARGO_BIN_EXE_attest"))
        .args(["check", "examples", "-f", "json"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("attest runs");
    let actual: serde_json::Value = serde_json::from_slice(&out.stdout).expect("JSON output");
    let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("book/src/cli.md")).expect("chapter");
    let (line, sample) = blocks(&text, "json").into_iter().next().expect("cli.md shows a JSON sample");
    let sample: serde_json::Value =
        serde_json::from_str(&sample).unwrap_or_else(|e| panic!("the JSON at book/src/cli.md:{line} does not parse: {e}"));
    assert_eq!(sample["version"], actual["version"]);
    assert_eq!(sample["summary"], actual["summary"], "the summary at book/src/cli.md:{line} is stale");
    let findings = actual["findings"].as_array().expect("findings");
    for f in sample["findings"].as_array().expect("sample findings") {
        assert!(findings.contains(f), "the finding at book/src/cli.md:{line} is not in the output:\n{f:#}");
    }
}

/// The testing tutorial, run for real: its files written to an empty folder,
/// `attest test` on them, and its sample outputs compared with what attest prints.
#[test]
fn testing_tutorial_runs() {
    let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("book/src/testing.md")).expect("chapter");
    let dir = tempfile::tempdir().expect("tempdir");
    let mut files = 0;
    let mut current: Option<(String, Vec<&str>)> = None;
    for line in text.lines() {
        match &mut current {
            None => {
                if let Some(name) =
                    line.trim_start().strip_prefix("```").and_then(|info| info.split_once(" file=")).map(|(_, f)| f.trim().to_string())
                {
                    current = Some((name, Vec::new()));
                }
            }
            Some((name, body)) if line.trim_start() == "```" => {
                let path = dir.path().join(&*name);
                std::fs::create_dir_all(path.parent().expect("parent")).expect("mkdir");
                std::fs::write(&path, body.join("\n") + "\n").expect("write");
                files += 1;
                current = None;
            }
            Some((_, body)) => body.push(line),
        }
    }
    assert_eq!(files, 3, "the tutorial should give a policy and two fixtures");
    let run = |dir: &Path, args: &[&str]| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_attest"))
            .args(args)
            .current_dir(dir)
            .env("NO_COLOR", "1")
            .output()
            .expect("runs");
        (out.status.code(), String::from_utf8_lossy(&out.stdout).into_owned())
    };
    let (code, tutorial) = run(dir.path(), &["test", "my-policies"]);
    assert_eq!(code, Some(0), "{tutorial}");
    let (_, mismatch) = run(Path::new(env!("CARGO_MANIFEST_DIR")), &["test", "tests/fixtures/testing/my-policies", "--only", "bucket-*"]);
    let (_, query) = run(Path::new(env!("CARGO_MANIFEST_DIR")), &["query", "kubernetes.containers[*].image", "examples"]);
    for (line, sample) in blocks(&text, "text") {
        let actual = if sample.starts_with("PASS k8s-container-no-memory-limit") {
            &tutorial
        } else if sample.starts_with("FAIL bucket-without-versioning") {
            &mismatch
        } else if sample.starts_with("examples/") {
            &query
        } else {
            continue;
        };
        assert!(
            actual.contains(&sample),
            "the sample at book/src/testing.md:{line} is not what attest prints:\n{sample}\n--- actual ---\n{actual}"
        );
    }
}

/// The configuration and waiver examples of the book are what attest accepts.
#[test]
fn configuration_and_waiver_examples_are_valid() {
    let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("book/src/waivers.md")).expect("chapter");
    let tomls = blocks(&text, "toml");
    assert!(!tomls.is_empty());
    for (line, body) in tomls {
        let file = attest::source::SourceFile::new(format!("book/src/waivers.md:{line}"), body);
        let settings = match attest::config::parse(&file) {
            Ok(c) => c,
            Err(e) => panic!("the attest.toml at book/src/waivers.md:{line} is not valid:\n{}", attest::diag::render(e.diag(), false, 100)),
        };
        // Its parameters are the built-in pack's, with values of their type.
        let settings = attest::policy::params::table_settings(&file.text, &settings.params);
        let (_, errors) = attest::policy::params::resolve(&file, settings, &attest::policy::params::declared(&builtin()));
        assert!(
            errors.is_empty(),
            "the [params] at book/src/waivers.md:{line}: {}",
            errors.iter().map(|e| attest::diag::render(e, false, 100)).collect::<String>()
        );
    }
    // The language chapter's settings name packs and parameters of its own
    // examples: they parse as configuration, and each names a parameter.
    let language = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("book/src/language.md")).expect("chapter");
    for (line, body) in blocks(&language, "toml") {
        let file = attest::source::SourceFile::new(format!("book/src/language.md:{line}"), body);
        let settings = attest::config::parse(&file).unwrap_or_else(|e| panic!("book/src/language.md:{line}: {}", e.diag().message));
        assert!(!attest::policy::params::table_settings(&file.text, &settings.params).is_empty(), "book/src/language.md:{line}");
    }
    let mut waivers = 0;
    for chapter in ["waivers.md", "ci.md"] {
        let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("book/src").join(chapter)).expect("chapter");
        for (line, body) in blocks(&text, "yaml").into_iter().filter(|(_, b)| b.contains("attest-waive")) {
            let file = attest::source::SourceFile::new(format!("book/src/{chapter}:{line}"), body);
            let mut errors = Vec::new();
            waivers += attest::waiver::inline(&file, &mut errors).len();
            assert!(errors.is_empty(), "the waiver at book/src/{chapter}:{line} is not valid");
        }
    }
    assert!(waivers >= 3, "the book shows inline waivers");
}

/// The audit chapter, run for real: its comparison is what `--compare` prints
/// after the change it describes, its JSON sample is part of the real report, and
/// every field of the real report is documented in it.
#[test]
fn audit_chapter_is_real() {
    let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("book/src/audit.md")).expect("chapter");
    let dir = tempfile::tempdir().expect("tempdir");
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    for entry in walkdir::WalkDir::new(&src).into_iter().filter_map(Result::ok).filter(|e| e.file_type().is_file()) {
        let to = dir.path().join("examples").join(entry.path().strip_prefix(&src).expect("below examples"));
        std::fs::create_dir_all(to.parent().expect("parent")).expect("mkdir");
        std::fs::copy(entry.path(), to).expect("copy");
    }
    let run = |args: &[&str]| {
        let out = std::process::Command::new(env!("CARGO_BIN_EXE_attest"))
            .args(args)
            .current_dir(dir.path())
            .env_remove("SOURCE_DATE_EPOCH")
            .output()
            .expect("attest runs");
        assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8_lossy(&out.stdout).into_owned()
    };
    run(&["report", "examples", "--timestamp", "2026-01-01T00:00:00Z", "-o", "january.json"]);

    // The change the chapter describes: one fix, and its waiver block in place of the file's.
    let edit = |file: &str, from: &str, to: &str| {
        let path = dir.path().join(file);
        let old = std::fs::read_to_string(&path).expect("read");
        assert!(old.contains(from), "book/src/audit.md: `{file}` has no\n{from}");
        std::fs::write(&path, old.replacen(from, to, 1)).expect("write");
    };
    edit("examples/kubernetes/deployment.yaml", "privileged: true", "privileged: false");
    let (_, waived) = blocks(&text, "yaml").into_iter().find(|(_, b)| b.contains("attest-waive")).expect("the chapter shows the waiver");
    let before: String = waived.lines().filter(|l| !l.contains("attest-waive")).map(|l| format!("{l}\n")).collect();
    edit("examples/cloudformation/storage.yaml", &before, &waived);

    let md = run(&["report", "examples", "--timestamp", "2026-02-01T00:00:00Z", "--compare", "january.json", "-f", "md"]);
    let samples = blocks(&text, "markdown");
    assert!(!samples.is_empty(), "the chapter shows a comparison");
    for (line, sample) in samples {
        assert!(md.contains(&sample), "the sample at book/src/audit.md:{line} is not what attest prints:\n{sample}\n--- actual ---\n{md}");
    }

    let actual: serde_json::Value =
        serde_json::from_str(&run(&["report", "examples", "--timestamp", "2026-02-01T00:00:00Z", "-f", "json"])).expect("JSON");
    let (line, sample) = blocks(&text, "json").into_iter().next().expect("the chapter shows a JSON report");
    let sample: serde_json::Value =
        serde_json::from_str(&sample).unwrap_or_else(|e| panic!("the JSON at book/src/audit.md:{line} does not parse: {e}"));
    let keys = |v: &serde_json::Value| v.as_object().map(|o| o.keys().cloned().collect::<Vec<_>>()).unwrap_or_default();
    assert_eq!(keys(&sample), keys(&actual), "the fields at book/src/audit.md:{line}");
    for field in ["version", "report", "generated", "waivers_checked_on", "tool", "scope", "config", "summary"] {
        assert_eq!(sample[field], actual[field], "`{field}` at book/src/audit.md:{line} is stale");
    }
    for list in ["/criteria", "/findings", "/waivers", "/files", "/policy_pack/policies"] {
        let all = actual.pointer(list).and_then(|v| v.as_array()).expect("a list");
        for item in sample.pointer(list).and_then(|v| v.as_array()).expect("a sample list") {
            let same_id = all.iter().find(|a| a.get("id").is_some() && a.get("id") == item.get("id"));
            assert!(
                all.contains(item),
                "this entry of `{list}` at book/src/audit.md:{line} is not in the report:\n{item:#}\nthe report has:\n{:#}",
                same_id.unwrap_or(&serde_json::Value::Null)
            );
        }
    }

    // Every field of a report, comparison included, is named in the chapter.
    let compared: serde_json::Value =
        serde_json::from_str(&run(&["report", "examples", "--compare", "january.json", "-f", "json"])).expect("JSON");
    fn fields(v: &serde_json::Value, out: &mut std::collections::BTreeSet<String>) {
        match v {
            // A map of counts is keyed by values (platforms, statuses), not fields.
            serde_json::Value::Object(o) if !o.values().all(serde_json::Value::is_number) => {
                for (k, v) in o {
                    out.insert(k.clone());
                    fields(v, out);
                }
            }
            serde_json::Value::Array(a) => a.iter().for_each(|v| fields(v, out)),
            _ => {}
        }
    }
    let mut all = std::collections::BTreeSet::new();
    fields(&compared, &mut all);
    let missing: Vec<&String> = all.iter().filter(|k| !text.contains(&format!("`{k}`"))).collect();
    assert!(missing.is_empty(), "book/src/audit.md does not document these fields of the JSON report: {missing:?}");
}

/// The workflow in the CI chapter is the one `attest init` prints.
#[test]
fn the_ci_chapter_shows_the_workflow_attest_init_prints() {
    let dir = tempfile::tempdir().expect("tempdir");
    let stdout = common::attest_in(dir.path(), &["init"]).stdout;
    let workflow = common::printed_workflow(&stdout);
    assert!(workflow.contains("runs-on"), "attest init prints a workflow:\n{stdout}");
    let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("book/src/ci.md")).expect("chapter");
    assert!(
        blocks(&text, "yaml").iter().any(|(_, b)| *b == workflow),
        "book/src/ci.md does not show the workflow `attest init` prints:\n{workflow}"
    );
}

/// The command-line chapter follows `attest --help`: every option a command's
/// help lists is named in that command's section (long form, or the short
/// one), and every option a section's tables name exists.
#[test]
fn the_cli_chapter_names_every_option_of_every_command() {
    let chapter = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("book/src/cli.md")).unwrap();
    let option = regex::Regex::new(r"(?m)^\s+(?:(-\w), )?(--[a-z][a-z-]+)").unwrap();
    let long = regex::Regex::new(r"--[a-z][a-z-]+").unwrap();
    let mut problems = Vec::new();
    for command in ["check", "test", "query", "inspect", "policies", "explain", "report", "init", "baseline write"] {
        let mut args: Vec<&str> = command.split(' ').collect();
        args.push("--help");
        let out = common::attest_in(Path::new(env!("CARGO_MANIFEST_DIR")), &args);
        assert_eq!(out.code, 0, "{command} --help: {}", out.stderr);
        let heading = format!("## `attest {command}`");
        let section = chapter.split(&heading).nth(1).unwrap_or_else(|| panic!("no section {heading}"));
        let section = section.split("\n## ").next().unwrap_or_default();
        let mut listed = Vec::new();
        for c in option.captures_iter(&out.stdout) {
            let long = &c[2];
            if long == "--help" || long == "--version" {
                continue;
            }
            listed.push(long.to_string());
            let short = c.get(1).map(|s| format!("`{}`", s.as_str()));
            if !section.contains(long) && !short.is_some_and(|s| section.contains(&s)) {
                problems.push(format!("`attest {command}`: {long} is not in the chapter"));
            }
        }
        let in_tables = section.lines().filter(|l| l.starts_with("| `"));
        for line in in_tables {
            for named in long.find_iter(line.split('|').nth(1).unwrap_or_default()) {
                if !listed.iter().any(|l| l == named.as_str()) {
                    problems.push(format!("`attest {command}`: the chapter names {} which --help does not list", named.as_str()));
                }
            }
        }
    }
    assert!(problems.is_empty(), "book/src/cli.md and --help differ:\n{}", problems.join("\n"));
}
