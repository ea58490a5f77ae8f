//! End-to-end tests of the real binary: output, exit codes and bad input.

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic, reason = "a test fails loudly on broken fixtures")]

use std::path::Path;

mod common;
use common::{Out, attest_in, with_starter};

fn attest(args: &[&str]) -> Out {
    attest_in(Path::new(env!("CARGO_MANIFEST_DIR")), args)
}

#[test]
fn check_examples_text() {
    let out = attest(&with_starter(&["check", "examples"]));
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert_eq!(out.stderr, "");
    insta::assert_snapshot!(out.stdout);
}

#[test]
fn check_examples_json() {
    let out = attest(&with_starter(&["check", "examples", "--format", "json"]));
    assert_eq!(out.code, 1);
    let v: serde_json::Value = serde_json::from_str(&out.stdout).expect("valid JSON");
    assert_eq!(v["version"], 1);
    insta::assert_snapshot!(out.stdout);
}

#[test]
fn sarif_validates_against_the_official_schema() {
    let out = attest(&["check", "examples", "--format", "sarif"]);
    assert_eq!(out.code, 1);
    let log: serde_json::Value = serde_json::from_str(&out.stdout).expect("valid JSON");
    let schema: serde_json::Value = serde_json::from_str(include_str!("schemas/sarif-schema-2.1.0.json")).expect("schema parses");
    let validator = jsonschema::validator_for(&schema).expect("schema compiles");
    let errors: Vec<String> = validator.iter_errors(&log).map(|e| format!("{} at {}", e, e.instance_path())).collect();
    assert!(errors.is_empty(), "SARIF output does not validate:\n{}", errors.join("\n"));

    let driver = &log["runs"][0]["tool"]["driver"];
    assert_eq!(driver["name"], "attest");
    let rule = driver["rules"].as_array().expect("rules").iter().find(|r| r["id"] == "k8s-container-privileged").expect("rule");
    let tags = rule["properties"]["tags"].as_array().expect("tags");
    assert!(tags.contains(&"CC6.1".into()) && tags.contains(&"kubernetes".into()), "{tags:?}");
    assert!(rule["properties"]["security-severity"].is_string());
    let results = log["runs"][0]["results"].as_array().expect("results");
    for r in results {
        let i = r["ruleIndex"].as_u64().expect("ruleIndex") as usize;
        assert_eq!(driver["rules"][i]["id"], r["ruleId"], "ruleIndex points at the rule");
        assert!(r["locations"][0]["physicalLocation"]["region"]["startLine"].as_u64().is_some());
    }
    insta::assert_snapshot!(attest(&with_starter(&["check", "examples", "--format", "sarif"])).stdout);
}

#[test]
fn output_is_the_same_whatever_the_thread_count() {
    let one = attest(&["check", "examples", "-f", "json", "-j", "1"]);
    let two = attest(&["check", "examples", "-f", "json", "-j", "2"]);
    let four = attest(&["check", "examples", "-f", "sarif", "-j", "4"]);
    let sarif = attest(&["check", "examples", "-f", "sarif"]);
    assert_eq!(one.stdout, two.stdout);
    assert_eq!(four.stdout, sarif.stdout);
    // One unit and more threads than units: its policies are evaluated on
    // every thread, and merged in their order.
    let single = |jobs: &str| attest(&["check", "examples/cloudformation/storage.yaml", "-f", "json", "-j", jobs]);
    let (serial, spread) = (single("1"), single("4"));
    assert_eq!(serial.code, 1, "{}", serial.stderr);
    assert_eq!(serial.stdout, spread.stdout);
}

#[test]
fn output_is_the_same_whatever_the_thread_count_over_many_groups() {
    // Forty folders, each a group of files of its own: the threads finish
    // them in any order, the run gathers them in folder order.
    let dir = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).expect("tempdir");
    let examples = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    for n in 0..40 {
        let folder = dir.path().join(format!("team-{n:02}"));
        std::fs::create_dir_all(&folder).expect("folder");
        for file in ["kubernetes/deployment.yaml", "cloudformation/database.json", "cloudformation/storage.yaml"] {
            let name = Path::new(file).file_name().expect("a file name");
            std::fs::copy(examples.join(file), folder.join(name)).expect("copy");
        }
    }
    let one = attest_in(dir.path(), &["check", ".", "-f", "json", "-j", "1"]);
    let two = attest_in(dir.path(), &["check", ".", "-f", "json", "-j", "2"]);
    assert_eq!(one.code, 1, "{}", one.stderr);
    assert_eq!(one.stdout, two.stdout);
    let v: serde_json::Value = serde_json::from_str(&one.stdout).expect("json");
    assert_eq!(v["summary"]["files"], 120);
    let paths: Vec<&str> = v["findings"].as_array().expect("findings").iter().filter_map(|f| f["path"].as_str()).collect();
    assert!(paths.windows(2).all(|w| w[0] <= w[1]) && paths.last().is_some_and(|p| p.starts_with("team-39/")), "{paths:?}");
}

#[test]
fn files_git_tracks_are_checked_even_where_an_ignore_file_matches_them() {
    // git applies `.gitignore` to untracked files only: a line `kustomize`
    // meant for a downloaded tool also matches the tracked `kustomize/`.
    let dir = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).expect("tempdir");
    let git = |args: &[&str]| std::process::Command::new("git").arg("-C").arg(dir.path()).args(args).output();
    if git(&["init", "-q"]).is_err() {
        eprintln!("SKIPPED files_git_tracks_are_checked_even_where_an_ignore_file_matches_them: git is not installed");
        return;
    }
    let pod = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\n  namespace: shop\nspec:\n  containers:\n    - name: a\n      image: nginx:1.27\n";
    for folder in ["kustomize", "build"] {
        std::fs::create_dir_all(dir.path().join(folder)).expect("folder");
        std::fs::write(dir.path().join(folder).join("pod.yaml"), pod).expect("write");
    }
    std::fs::write(dir.path().join(".gitignore"), "kustomize\nbuild/\n").expect("write");
    let added = git(&["add", "-f", "kustomize/pod.yaml"]).expect("git add");
    assert!(added.status.success(), "{}", String::from_utf8_lossy(&added.stderr));
    let out = attest_in(dir.path(), &["check", ".", "-f", "json"]);
    let v: serde_json::Value = serde_json::from_str(&out.stdout).expect("json");
    let paths: std::collections::BTreeSet<&str> =
        v["findings"].as_array().expect("findings").iter().filter_map(|f| f["path"].as_str()).collect();
    // The untracked `build/` stays ignored.
    assert_eq!((v["summary"]["files"].as_u64(), paths.into_iter().collect::<Vec<_>>()), (Some(1), vec!["kustomize/pod.yaml"]));
}

#[test]
fn a_template_document_in_a_stream_leaves_the_other_documents_checked() {
    // A privileged Deployment, then a Secret with a placeholder a script
    // fills in: the Deployment is checked, the Secret noted as a template.
    let dir = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).expect("tempdir");
    let stream = "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: vllm\n  namespace: ml\nspec:\n  template:\n    spec:\n      containers:\n        - name: vllm\n          image: vllm/vllm-openai:v0.8.0\n          securityContext:\n            privileged: true\n---\napiVersion: v1\nkind: Secret\nmetadata:\n  name: hf\nstringData:\n  token: {{HF_TOKEN}}\n";
    std::fs::write(dir.path().join("vllm.yaml"), stream).expect("write");
    let out = attest_in(
        dir.path(),
        &["check", ".", "-f", "json", "--only", "k8s-container-privileged", "--only", "unparsed-file", "--only", "parse-error"],
    );
    let v: serde_json::Value = serde_json::from_str(&out.stdout).expect("json");
    let found: Vec<(&str, u64)> = v["findings"]
        .as_array()
        .expect("findings")
        .iter()
        .map(|f| (f["policy"].as_str().unwrap_or(""), f["start"]["line"].as_u64().unwrap_or(0)))
        .collect();
    assert_eq!(found, [("k8s-container-privileged", 13), ("unparsed-file", 20)], "{}", out.stdout);
}

#[test]
fn the_built_in_policies_about_input_are_explained_too() {
    for id in ["parse-error", "unparsed-file", "duplicate-key", "invalid-waiver"] {
        let out = attest(&["explain", id]);
        assert_eq!(out.code, 0, "{id}: {}", out.stderr);
        assert!(out.stdout.starts_with(&format!("{id}: ")) && out.stdout.contains("source:    builtin"), "{}", out.stdout);
    }
}

#[test]
fn fail_on_raises_the_bar_for_exit_1() {
    assert_eq!(attest(&["check", "examples", "--fail-on", "high"]).code, 1);
    assert_eq!(attest(&["check", "examples", "--fail-on", "critical"]).code, 0);
}

#[test]
fn only_and_skip_select_by_id_and_criterion_globs() {
    let only = attest(&["check", "examples", "-f", "json", "--only", "CC6.6"]);
    let v: serde_json::Value = serde_json::from_str(&only.stdout).expect("json");
    let ids: Vec<&str> = v["findings"].as_array().expect("findings").iter().map(|f| f["policy"].as_str().unwrap_or("")).collect();
    assert_eq!(ids, ["aws-security-group-admin-ports-open-to-world"]);

    let skip = attest(&["check", "examples", "-f", "json", "--skip", "k8s-*", "--skip", "PI1.*", "--skip", "aws-rds-*"]);
    let v: serde_json::Value = serde_json::from_str(&skip.stdout).expect("json");
    let ids: Vec<&str> = v["findings"].as_array().expect("findings").iter().map(|f| f["policy"].as_str().unwrap_or("")).collect();
    assert_eq!(ids, ["aws-s3-bucket-allows-http", "aws-s3-bucket-logging-disabled", "aws-security-group-admin-ports-open-to-world"]);
}

#[test]
fn output_file_gets_the_report() {
    let dir = tempfile::tempdir().expect("tempdir");
    let target = dir.path().join("out.sarif");
    let out = attest(&["check", "examples", "-f", "sarif", "-o", target.to_str().expect("utf8")]);
    assert_eq!(out.code, 1);
    assert_eq!(out.stdout, "");
    assert!(std::fs::read_to_string(target).expect("written").contains("\"2.1.0\""));
}

#[test]
fn a_bad_argument_is_one_line_and_exit_2() {
    let out = attest(&["check", "--format", "xml"]);
    assert_eq!(out.code, 2);
    assert_eq!(out.stderr.lines().count(), 1, "{}", out.stderr);
    insta::assert_snapshot!(out.stderr);
}

#[test]
fn a_missing_path_is_exit_2() {
    let out = attest(&["check", "no/such/dir"]);
    assert_eq!(out.code, 2);
    assert_eq!(out.stderr, "error: `no/such/dir` does not exist\n");
}

#[test]
fn a_policy_with_three_mistakes_reports_all_three() {
    let out = attest(&["check", "examples", "--no-builtin", "-p", "tests/fixtures/three-mistakes.policy"]);
    assert_eq!(out.code, 2);
    assert_eq!(out.stdout, "");
    insta::assert_snapshot!(out.stderr);
}

#[test]
fn policies_and_explain() {
    let list = attest(&["policies"]);
    assert_eq!(list.code, 0);
    insta::assert_snapshot!("policies", list.stdout);
    let explain = attest(&["explain", "k8s-container-privileged"]);
    assert_eq!(explain.code, 0);
    insta::assert_snapshot!("explain", explain.stdout);
    let typo = attest(&["explain", "k8s-container-privileged2"]);
    assert_eq!(typo.code, 2);
    assert!(typo.stderr.contains("did you mean `k8s-container-privileged`"), "{}", typo.stderr);
}

/// A CloudFormation template named `*.template` (AWS Solutions, Quick
/// Starts) is found in a folder, JSON or YAML; another `.template` is not read.
#[test]
fn cloudformation_templates_named_template_are_checked() {
    let dir = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).expect("tempdir");
    let yaml = "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  Web:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      GroupDescription: web\n      SecurityGroupIngress:\n        - IpProtocol: tcp\n          FromPort: 22\n          ToPort: 22\n          CidrIp: 0.0.0.0/0\n";
    let json = "{\"Resources\": {\"Web\": {\"Type\": \"AWS::EC2::SecurityGroup\", \"Properties\": {\"GroupDescription\": \"web\", \"SecurityGroupIngress\": [{\"IpProtocol\": \"tcp\", \"FromPort\": 22, \"ToPort\": 22, \"CidrIp\": \"0.0.0.0/0\"}]}}}}\n";
    std::fs::write(dir.path().join("site.template"), yaml).expect("write");
    std::fs::write(dir.path().join("stack.template"), json).expect("write");
    std::fs::write(dir.path().join("page.template"), "<html>{{ title }}: Resources</html>\n").expect("write");
    let out = common::attest_in(dir.path(), &["check", "-f", "concise", "--only", "aws-security-group-admin-ports-open-to-world"]);
    assert_eq!(out.code, 1, "{}{}", out.stdout, out.stderr);
    for checked in ["site.template:11", "stack.template:1"] {
        assert!(out.stdout.lines().any(|l| l.starts_with(checked)), "{checked} not in {}", out.stdout);
    }
    assert!(!out.stdout.contains("page.template") && out.stdout.contains("checked 2 files"), "{}", out.stdout);
}

/// In a git repository its `.gitignore` is obeyed, but not the user's global
/// excludes file (`core.excludesFile` of `~/.gitconfig`): the same
/// repository gives the same findings on every machine.
#[test]
fn the_repository_decides_what_is_ignored_not_the_user() {
    let dir = tempfile::tempdir_in(env!("CARGO_TARGET_TMPDIR")).expect("tempdir");
    let (home, repo) = (dir.path().join("home"), dir.path().join("repo"));
    let bucket = "resource \"aws_s3_bucket\" \"b\" {\n  bucket = \"b\"\n}\n";
    let write = |path: std::path::PathBuf, text: &str| {
        std::fs::create_dir_all(path.parent().expect("a parent")).expect("mkdir");
        std::fs::write(path, text).expect("write");
    };
    write(home.join(".gitconfig"), &format!("[core]\n\texcludesFile = {}\n", home.join("excludes").display()));
    write(home.join("excludes"), "*.tf\n");
    std::fs::create_dir_all(repo.join(".git")).expect("mkdir");
    write(repo.join(".gitignore"), "ignored.tf\n");
    // Folders are walked apart (on the run's threads): the repository's
    // `.gitignore` still applies in them.
    for dir in [repo.clone(), repo.join("a"), repo.join("a/b")] {
        write(dir.join("main.tf"), bucket);
        write(dir.join("ignored.tf"), bucket);
    }
    let env = [("HOME", home.as_os_str()), ("XDG_CONFIG_HOME", home.as_os_str())];
    let out = common::attest_with_env(&repo, &["check", "-f", "concise", "--only", "aws-s3-bucket-unencrypted"], &env);
    assert_eq!(out.code, 1, "{}{}", out.stdout, out.stderr);
    for checked in ["main.tf:1", "a/main.tf:1", "a/b/main.tf:1"] {
        assert!(out.stdout.lines().any(|l| l.starts_with(checked)), "{checked} not in {}", out.stdout);
    }
    assert!(!out.stdout.contains("ignored.tf"), "{}", out.stdout);
}

/// Garbage and adversarial files: each is reported as `parse-error`, nothing
/// panics, and the good file beside them is still checked.
#[test]
fn bad_files_are_findings_and_the_rest_is_still_checked() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    let write = |name: &str, bytes: &[u8]| std::fs::write(d.join(name), bytes).expect("write");
    write("good.yaml", b"apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec:\n  containers:\n    - name: c\n      image: nginx:1.27\n      securityContext: {privileged: true}\n");
    write("deep.json", format!("{}{}", "[".repeat(100_000), "]".repeat(100_000)).as_bytes());
    write("deep.yaml", format!("a: {}{}", "[".repeat(100_000), "]".repeat(100_000)).as_bytes());
    write("deep.toml", format!("a = {}{}", "[".repeat(100_000), "]".repeat(100_000)).as_bytes());
    let mut bomb = String::from("a0: &a0 [x, x, x, x, x, x, x, x, x]\n");
    for i in 1..10 {
        bomb.push_str(&format!("a{i}: &a{i} [*a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}, *a{p}]\n", p = i - 1));
    }
    write("bomb.yaml", bomb.as_bytes());
    write("binary.yaml", &[0x7f, b'E', b'L', b'F', 0, 0, 1, 2]);
    write("latin1.yaml", b"name: caf\xe9\n");
    write("empty.yaml", b"");
    write("empty.json", b"");
    write("huge.yaml", "k: v\n".repeat(300_000).as_bytes());
    write("malformed.yaml", b"a: [1, 2\nb: c\n");
    write("malformed.json", b"{\"a\": 1,}\n");
    write("malformed.toml", b"a = \n");
    // A duplicate key where a platform reads the file is a finding; in a
    // file no platform claims, it is no one's concern.
    write("dupe.json", b"{\"apiVersion\": \"v1\", \"kind\": \"ConfigMap\", \"data\": {\"a\": \"1\", \"a\": \"2\"}}\n");
    write("dupe-other.json", b"{\"a\": 1, \"a\": 2}\n");
    // Helm reads a values file: its duplicates are reported.
    write("values-prod.yaml", b"replicas: 1\nreplicas: 3\n");
    // A file that cannot be read as a whole (binary, too large) is
    // infrastructure by its name only: a parse-error for `compose.yaml`, an
    // unparsed file for `binary.yaml` and `huge.yaml`.
    write("compose.yaml", &[b's', 0, 0]);
    // A Dockerfile is infrastructure by its name, even one not read as text.
    write("Dockerfile", b"FROM ubuntu:24.04\n# caf\xe9\nUSER root\n");
    // Recognisably infrastructure, by content or by name: a parse-error. A
    // template and an editor's JSON with comments are not.
    write("broken-pod.yaml", b"apiVersion: v1\nkind: Pod\nspec: [\n");
    write("broken.tf", b"resource \"aws_s3_bucket\" \"b\" {\n");
    write(
        "deployment-template.yaml",
        b"apiVersion: apps/v1\nkind: Deployment\nspec:\n  replicas: {{ .Values.replicas }}\n  {{- if .Values.x }}\n",
    );
    write("tsconfig.json", b"{\n  // the compiler's options\n  \"compilerOptions\": {\"strict\": true,},\n}\n");
    let out = attest_in(d, &with_starter(&["check", "--max-file-size", "1000000", "--only", "duplicate-key", "--only", "unparsed-file"]));
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(out.stdout.contains("k8s-container-privileged"), "the good file is still checked");
    insta::assert_snapshot!(out.stdout);
}

#[test]
fn query_prints_values_with_locations() {
    let images = attest(&["query", "kubernetes.containers[*].image", "examples"]);
    assert_eq!(images.code, 0, "{}", images.stderr);
    let missing = attest(&["query", "cloudformation.resources(\"AWS::S3::Bucket\")[? .Properties.BucketEncryption is absent]", "examples"]);
    let nothing = attest(&["query", "kubernetes.containers[? .name == \"no-such\"]", "examples"]);
    assert_eq!(nothing.code, 1);
    assert_eq!(nothing.stdout, "");
    assert!(nothing.stderr.contains("selects nothing"), "{}", nothing.stderr);
    // A mistyped key: where the path stops, and the key that is there.
    let near = attest(&["query", "cloudformation.resources[0].Propertes.Engine", "examples/cloudformation/database.json"]);
    assert!(near.stdout.contains("`Propertes.Engine` is missing here; did you mean `Properties`?"), "{}", near.stdout);
    // JSON lines carry the value as JSON, whole.
    let json = attest(&[
        "query",
        "cloudformation.resources[0].Properties.AllocatedStorage * 2",
        "examples/cloudformation/database.json",
        "-f",
        "json",
    ]);
    let v: serde_json::Value = serde_json::from_str(json.stdout.trim()).expect("one JSON line");
    assert!(v["value"].is_number(), "{}", json.stdout);
    let short = attest(&["query", "cloudformation.resources[0].Properties", "examples/cloudformation/database.json", "--max-width", "12"]);
    assert!(short.stdout.trim_end().ends_with(": {DBInstan..."), "{}", short.stdout);
    let typo = attest(&["query", "kubernetes.container", "examples"]);
    assert_eq!(typo.code, 2);
    assert!(typo.stderr.contains("did you mean `kubernetes.containers`"), "{}", typo.stderr);
    insta::assert_snapshot!(format!("{}---\n{}", images.stdout, missing.stdout));
}

/// `query -p` loads a library: its functions and its parameters, at their
/// defaults, can be tried on real files before a policy uses them.
#[test]
fn query_uses_the_functions_and_parameters_of_a_library() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("lib")).unwrap();
    std::fs::write(
        dir.path().join("lib/retention.policy"),
        "param min_days = 365 \"days logs are kept at least\"\n\nfn too_short(days) = days < params.min_days\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("logs.yaml"),
        "Resources:\n  L:\n    Type: AWS::Logs::LogGroup\n    Properties:\n      RetentionInDays: 30\n",
    )
    .unwrap();
    let days = "cloudformation.resources(\"AWS::Logs::LogGroup\")[0].Properties.RetentionInDays";
    let out = common::attest_in(dir.path(), &["query", "-p", "lib/retention.policy", &format!("too_short({days})"), "logs.yaml"]);
    assert_eq!((out.code, out.stdout.as_str()), (0, "logs.yaml: true (computed)\n"), "{}", out.stderr);
    let out = common::attest_in(dir.path(), &["query", "-p", "lib", "params.min_days * 2", "logs.yaml"]);
    assert_eq!(out.stdout, "logs.yaml: 730 (computed)\n", "{}", out.stderr);
    // Without the library, the function is unknown, and said so before any file is read.
    let out = common::attest_in(dir.path(), &["query", &format!("too_short({days})"), "logs.yaml"]);
    assert_eq!(out.code, 2);
    assert!(out.stderr.contains("unknown function `too_short`"), "{}", out.stderr);
}

/// Pre-commit passes only the changed files of a Terraform module: the rest of
/// the module is read for context (variables, tfvars, references), and only the
/// named files report.
#[test]
fn a_changed_terraform_file_is_checked_with_its_module() {
    let policy = "tests/fixtures/lang/terraform.policy";
    let main = attest(&["check", "--no-builtin", "-p", policy, "-f", "json", "tests/fixtures/lang/terraform/main.tf"]);
    let v: serde_json::Value = serde_json::from_str(&main.stdout).expect("json");
    let findings = v["findings"].as_array().expect("findings");
    assert!(findings.iter().all(|f| f["path"] == "tests/fixtures/lang/terraform/main.tf"));
    // `admin_cidrs` comes from terraform.tfvars, which was not named.
    assert!(findings.iter().any(|f| f["policy"] == "tf-ssh-open-to-world-test" && f["status"] == "fail"), "{}", main.stdout);
    let vars = attest(&["check", "--no-builtin", "-p", policy, "-f", "json", "tests/fixtures/lang/terraform/variables.tf"]);
    let v: serde_json::Value = serde_json::from_str(&vars.stdout).expect("json");
    assert_eq!(v["findings"].as_array().map(Vec::len), Some(0), "findings of main.tf are not reported: {}", vars.stdout);
}

#[test]
fn inspect_shows_the_platform_view() {
    let out = attest(&["inspect", "examples", "tests/fixtures/lang/terraform", "--unknowns"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    insta::assert_snapshot!(out.stdout);
}

/// The Kubernetes manifests of a folder are one unit: a NetworkPolicy in one file
/// covers the workload in another, also when only the workload's file is named
/// (as a pre-commit hook does), and the unnamed file reports nothing.
#[test]
fn a_changed_manifest_is_checked_with_the_manifests_beside_it() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    let deployment = |name: &str| {
        format!(
            "apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: {name}\n  namespace: shop\nspec:\n  template:\n    metadata:\n      labels:\n        app: {name}\n    spec:\n      containers:\n        - name: {name}\n          image: ghcr.io/acme/{name}:1.0.0\n"
        )
    };
    std::fs::write(d.join("api.yaml"), deployment("api")).unwrap();
    std::fs::write(d.join("web.yaml"), deployment("web")).unwrap();
    std::fs::write(
        d.join("netpol.yaml"),
        "apiVersion: networking.k8s.io/v1\nkind: NetworkPolicy\nmetadata:\n  name: api\n  namespace: shop\nspec:\n  podSelector:\n    matchLabels:\n      app: api\n",
    )
    .unwrap();
    let only = ["--only", "k8s-workload-without-network-policy", "-f", "json"];
    let paths = |out: &Out| -> Vec<String> {
        let v: serde_json::Value = serde_json::from_str(&out.stdout).expect("json");
        v["findings"].as_array().expect("findings").iter().map(|f| f["path"].as_str().unwrap_or("").to_string()).collect()
    };
    let all = attest_in(d, &[&["check", "."][..], &only].concat());
    assert_eq!(paths(&all), ["web.yaml"], "{}", all.stdout);
    let api = attest_in(d, &[&["check", "api.yaml"][..], &only].concat());
    assert_eq!(paths(&api), Vec::<String>::new(), "the NetworkPolicy beside it covers api: {}", api.stdout);
    let web = attest_in(d, &[&["check", "web.yaml"][..], &only].concat());
    assert_eq!(paths(&web), ["web.yaml"], "{}", web.stdout);
}

/// GitHub reads the first of `.github/CODEOWNERS`, `CODEOWNERS` and
/// `docs/CODEOWNERS`: the others are loaded (their lines are still checked)
/// but no policy sees them, whether the folder is walked or one file is named.
#[test]
fn only_the_codeowners_file_github_reads_is_checked() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    std::fs::create_dir_all(d.join(".github")).expect("mkdir");
    std::fs::create_dir_all(d.join("docs")).expect("mkdir");
    std::fs::write(d.join(".github/CODEOWNERS"), "* @acme/maintainers\n").expect("write");
    std::fs::write(d.join("docs/CODEOWNERS"), "/src/ @acme/backend\n!/secrets/ @acme/security\n").expect("write");
    let only = ["--only", "codeowners-*", "--only", "parse-error", "-f", "json"];
    let paths = |out: &Out| -> Vec<String> {
        let v: serde_json::Value = serde_json::from_str(&out.stdout).expect("json");
        let findings = v["findings"].as_array().expect("findings");
        findings.iter().map(|f| format!("{} {}", f["policy"].as_str().unwrap_or(""), f["path"].as_str().unwrap_or(""))).collect()
    };
    let walked = attest_in(d, &[&["check", "."], &only[..]].concat());
    assert_eq!(paths(&walked), ["parse-error docs/CODEOWNERS"], "{}", walked.stdout);
    let named = attest_in(d, &[&["check", "docs/CODEOWNERS"], &only[..]].concat());
    assert_eq!(paths(&named), ["parse-error docs/CODEOWNERS"], "{}", named.stdout);
    std::fs::remove_file(d.join(".github/CODEOWNERS")).expect("remove");
    let alone = attest_in(d, &[&["check", "docs/CODEOWNERS"], &only[..]].concat());
    assert!(paths(&alone).contains(&"codeowners-default-owner-missing docs/CODEOWNERS".to_string()), "{}", alone.stdout);
}

/// The built-in findings about input obey `--only` and `--skip`: a duplicate
/// key is reported only when `duplicate-key` is selected; a file that cannot be
/// parsed always is, unless `parse-error` is skipped.
#[test]
fn selection_applies_to_the_built_in_input_findings() {
    let dir = tempfile::tempdir().expect("tempdir");
    let d = dir.path();
    std::fs::write(d.join("dup.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c, namespace: x}\ndata:\n  a: 1\n  a: 2\n")
        .unwrap();
    std::fs::write(d.join("broken.yaml"), "apiVersion: v1\nkind: [1, 2\n").unwrap();
    std::fs::write(d.join("notes.yaml"), "a: [1, 2\n").unwrap();
    let ids = |args: &[&str]| -> Vec<String> {
        let out = attest_in(d, &[&["check", ".", "-f", "json"], args].concat());
        let v: serde_json::Value = serde_json::from_str(&out.stdout).expect("json");
        v["findings"].as_array().expect("findings").iter().map(|f| f["policy"].as_str().unwrap_or("").to_string()).collect()
    };
    assert_eq!(ids(&["--only", "k8s-container-privileged"]), ["parse-error"]);
    assert_eq!(ids(&["--only", "duplicate-key"]), ["parse-error", "duplicate-key"]);
    // A file that is not infrastructure is noted only when asked for.
    assert_eq!(ids(&["--only", "unparsed-file"]), ["parse-error", "unparsed-file"]);
    assert_eq!(ids(&["--skip", "parse-error", "--skip", "duplicate-key", "--only", "k8s-*"]), Vec::<String>::new());
}

/// A reader that goes away (`attest check | head -1`) ends the output quietly:
/// the exit code still follows the findings, nothing panics. The read end is
/// closed before attest writes, so every write meets a closed pipe.
#[test]
fn a_closed_pipe_ends_output_quietly_with_the_exit_code_of_the_findings() {
    use std::process::{Command, Stdio};
    let cases: &[(&[&str], i32)] = &[
        (&["check", "examples"], 1),
        (&["check", "examples", "--only", "no-such-policy"], 0),
        (&["report", "examples", "--timestamp", "2026-01-01T00:00:00Z"], 0),
        (&["inspect", "examples"], 0),
        (&["policies"], 0),
        (&["explain", "k8s-container-privileged"], 0),
        (&["query", "kubernetes.containers[*].image", "examples"], 0),
    ];
    for (args, code) in cases {
        let mut child = Command::new(env!("CARGO_BIN_EXE_attest"))
            .args(*args)
            .current_dir(env!("CARGO_MANIFEST_DIR"))
            .env("NO_COLOR", "1")
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("attest runs");
        drop(child.stdout.take());
        let out = child.wait_with_output().expect("attest ends");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert_eq!(out.status.code(), Some(*code), "attest {}: {stderr}", args.join(" "));
        assert!(!stderr.contains("panicked") && !stderr.contains("Broken pipe"), "attest {}: {stderr}", args.join(" "));
    }
}

/// Triage on a large run: the text and concise formats show the most severe
/// findings first (`--sort path` gives the order by file back), concise prints
/// one line per finding, and `--quiet` leaves out the summary.
#[test]
fn concise_format_and_order() {
    let concise = attest(&with_starter(&["check", "examples", "-f", "concise"]));
    assert_eq!(concise.code, 1);
    assert_eq!(concise.stderr, "");
    let by_path = attest(&with_starter(&["check", "examples", "-f", "concise", "--sort", "path"]));
    assert_eq!(by_path.code, 1);
    insta::assert_snapshot!(format!("{}---\n{}", concise.stdout, by_path.stdout));

    let quiet = attest(&with_starter(&["check", "examples", "-f", "concise", "--quiet"]));
    assert_eq!((quiet.code, quiet.stderr.as_str()), (1, ""));
    assert_eq!(quiet.stdout, concise.stdout.split("\n\n").next().unwrap().to_string() + "\n", "findings only");
    let text = attest(&with_starter(&["check", "examples", "-q"]));
    assert!(text.stdout.contains("  × ") && !text.stdout.contains("checked 3 files"), "{}", text.stdout);

    // The machine formats keep their order by path whatever `--sort` says.
    let json = attest(&with_starter(&["check", "examples", "-f", "json"]));
    assert_eq!(json.stdout, attest(&with_starter(&["check", "examples", "-f", "json", "--sort", "severity"])).stdout);
    assert_eq!(json.stdout, attest(&with_starter(&["check", "examples", "-f", "json", "--sort", "path"])).stdout);
}

/// `--min-severity` (or `min-severity` in attest.toml) hides findings below it
/// from every format and the summary counts them; the exit code still follows
/// `--fail-on`, over every finding.
#[test]
fn min_severity_hides_findings_but_not_from_fail_on() {
    let high = attest(&with_starter(&["check", "examples", "-f", "concise", "--min-severity", "high"]));
    assert_eq!(high.code, 1);
    let none = attest(&with_starter(&["check", "examples", "-f", "concise", "--min-severity", "critical"]));
    assert_eq!(none.code, 1, "the hidden findings still fail the run at `--fail-on low`");
    insta::assert_snapshot!(format!("{}---\n{}", high.stdout, none.stdout));
    let gate = attest(&with_starter(&["check", "examples", "--min-severity", "critical", "--fail-on", "critical"]));
    assert_eq!(gate.code, 0);

    let json = attest(&with_starter(&["check", "examples", "-f", "json", "--min-severity", "high"]));
    let v: serde_json::Value = serde_json::from_str(&json.stdout).expect("json");
    let severities: Vec<&str> = v["findings"].as_array().expect("findings").iter().map(|f| f["severity"].as_str().unwrap()).collect();
    assert_eq!(severities, ["high", "high", "high"]);
    assert_eq!(v["summary"]["below_min_severity"], 4);

    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("attest.toml"), "paths = [\"examples\"]\nmin-severity = \"high\"\n").unwrap();
    let examples = Path::new(env!("CARGO_MANIFEST_DIR")).join("examples");
    let config = dir.path().join("attest.toml");
    let from_config = attest(&with_starter(&["check", examples.to_str().unwrap(), "--config", config.to_str().unwrap(), "-f", "json"]));
    let v: serde_json::Value = serde_json::from_str(&from_config.stdout).expect("json");
    assert_eq!(v["summary"]["below_min_severity"], 4, "{}", from_config.stderr);
}

/// The summary counts failures by severity, criterion and policy, most
/// findings first and ten policies at most, and the unknown outcomes apart.
#[test]
fn the_summary_counts_failures_and_unknowns_apart_by_policy() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(
        dir.path().join("main.tf"),
        r#"variable "cidr" {}
variable "encrypted" {}

resource "aws_security_group" "db" {
  ingress {
    from_port   = 22
    to_port     = 22
    protocol    = "tcp"
    cidr_blocks = [var.cidr]
  }
}

resource "aws_db_instance" "main" {
  storage_encrypted = var.encrypted
}
"#,
    )
    .unwrap();
    let only: Vec<&str> = [
        "aws-security-group-admin-ports-open-to-world",
        "aws-rds-storage-unencrypted",
        "aws-rds-instance-single-az",
        "aws-rds-backup-retention-short",
    ]
    .iter()
    .flat_map(|id| ["--only", id])
    .collect();
    let unknown = attest_in(dir.path(), &[&["check", "-f", "concise"][..], &only].concat());
    assert_eq!(unknown.code, 1, "{}", unknown.stderr);

    // Twelve policies over the examples: the two with the most findings first.
    let ids = [
        "aws-rds-iam-authentication-disabled",
        "k8s-container-cpu-unlimited",
        "k8s-container-memory-unlimited",
        "k8s-container-privileged",
        "k8s-container-runs-as-root",
        "k8s-container-image-unpinned",
        "aws-rds-storage-unencrypted",
        "aws-rds-instance-single-az",
        "aws-rds-logs-not-exported",
        "aws-s3-bucket-unencrypted",
        "aws-s3-bucket-logging-disabled",
        "aws-security-group-admin-ports-open-to-world",
    ];
    let only: Vec<&str> = ids.iter().flat_map(|id| ["--only", id]).collect();
    let many = attest(&[&["check", "examples", "-f", "concise"][..], &only].concat());
    let (_, summary) = many.stdout.split_once("\n\n").expect("the findings, then the summary");
    insta::assert_snapshot!(format!("{}---\n{}", unknown.stdout, summary));
}

/// `attest query FILE` and `attest inspect FILE` show that file only, though
/// the rest of its folder is read as context.
#[test]
fn query_and_inspect_of_a_named_file_show_that_file_only() {
    let dir = tempfile::tempdir().expect("tempdir");
    let pod = |name: &str| {
        format!("apiVersion: v1\nkind: Pod\nmetadata: {{name: {name}}}\nspec:\n  containers: [{{name: {name}-c, image: nginx}}]\n")
    };
    std::fs::write(dir.path().join("a.yaml"), pod("a")).expect("write");
    std::fs::write(dir.path().join("b.yaml"), pod("b")).expect("write");
    let query = attest_in(dir.path(), &["query", "kubernetes.containers[*].name", "a.yaml"]);
    assert_eq!(query.stdout, "a.yaml:5:23: \"a-c\"\n", "{}", query.stderr);
    let inspect = attest_in(dir.path(), &["inspect", "a.yaml"]);
    assert!(inspect.stdout.starts_with("a.yaml") && !inspect.stdout.contains("b.yaml"), "{}", inspect.stdout);
}

/// The module calls whose modules are not read (a registry module before
/// `terraform init`, a folder that is not there) are named in one warning
/// per folder, at the first: their resources are not checked, and a run
/// that says "no findings" says why.
#[test]
fn a_module_that_is_not_read_is_named_in_a_warning() {
    let dir = tempfile::tempdir().expect("tempdir");
    let calls = "module \"vpc\" {\n  source  = \"terraform-aws-modules/vpc/aws\"\n  version = \"5.0.0\"\n}\n\n\
                 module \"logs\" {\n  source = \"./logs\"\n}\n";
    std::fs::write(dir.path().join("main.tf"), calls).expect("write");
    let out = attest_in(dir.path(), &["check", ".", "-f", "concise"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let warnings: Vec<&str> = out.stdout.lines().filter(|l| l.contains(": warning ")).collect();
    assert_eq!(
        warnings,
        [
            "main.tf:1:8: warning module `vpc` comes from `terraform-aws-modules/vpc/aws`, which is not downloaded here (`terraform init` puts it in `.terraform/modules`): its resources are not checked; nor are those of the call `logs`, whose module is not read either",
        ]
    );
}

/// `inspect` and `query` read the files `check` reads: a `*.template` found
/// by walking a folder only when it is a CloudFormation template (a
/// Dockerfile template with `%%VARIANT%%` lines is not read).
#[test]
fn inspect_reads_the_templates_check_reads() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(dir.path().join("Dockerfile-alpine.template"), "FROM alpine:3.20\n%%VARIANT_EXTRAS%%\n").expect("write");
    let bucket = "AWSTemplateFormatVersion: '2010-09-09'\nResources:\n  B:\n    Type: AWS::S3::Bucket\n";
    std::fs::write(dir.path().join("stack.template"), bucket).expect("write");
    let inspect = attest_in(dir.path(), &["inspect", "."]);
    assert!(inspect.stdout.starts_with("stack.template (yaml)"), "{}", inspect.stdout);
    assert!(!inspect.stdout.contains("Dockerfile-alpine"), "{}", inspect.stdout);
    let check = attest_in(dir.path(), &["check", ".", "-f", "json"]);
    assert!(check.stdout.contains("\"files\": 1,"), "{}", check.stdout);
}

/// An assertion that could not be evaluated (an error in the policy) is an
/// `error` outcome: shown as an error, counted apart, and the run exits 2
/// unless `--allow-errors`; in `attest test` it fails the policy's test. A
/// parameter used as a pattern is checked when attest.toml sets it.
#[test]
fn an_evaluation_error_fails_the_run_and_the_test() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("rules/named")).unwrap();
    let policy = "param env_pattern = \"^prod-\" \"names of production workloads\"\n\
        policy named {\n  title \"Workload not named for its environment\"\n  criteria CC8.1\n  severity low\n  \
        description \"d\"\n  rationale \"r\"\n  remediation \"m\"\n\n  for d in kubernetes.workloads {\n    \
        assert d.metadata.name matches params.env_pattern else \"not named\"\n    \
        assert d.metadata.name matches join([params.env_pattern, \"(\"], \"\") else \"never decided\"\n  }\n}\n";
    std::fs::write(dir.path().join("rules/named.policy"), policy).unwrap();
    let pod = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: prod-api\nspec:\n  containers:\n    - name: a\n      image: a\n";
    std::fs::write(dir.path().join("pod.yaml"), pod).unwrap();
    std::fs::write(dir.path().join("rules/named/pass.yaml"), pod).unwrap();

    let out = common::attest_in(dir.path(), &["check", "--no-builtin", "-p", "rules", "-f", "concise", "pod.yaml"]);
    assert_eq!(out.code, 2, "{}{}", out.stdout, out.stderr);
    assert!(out.stdout.contains("low named could not evaluate: invalid regular expression"), "{}", out.stdout);
    assert!(out.stdout.contains("(error)"), "{}", out.stdout);
    assert!(out.stdout.contains("1 assertion could not be evaluated: 1 low"), "{}", out.stdout);
    let allowed = common::attest_in(dir.path(), &["check", "--no-builtin", "-p", "rules", "--allow-errors", "pod.yaml"]);
    assert_eq!(allowed.code, 0, "{}", allowed.stdout);
    let json = common::attest_in(dir.path(), &["check", "--no-builtin", "-p", "rules", "-f", "json", "pod.yaml"]);
    let v: serde_json::Value = serde_json::from_str(&json.stdout).expect("json");
    assert_eq!(v["findings"][0]["status"], "error", "{}", json.stdout);
    assert_eq!(v["summary"]["findings"]["error"], 1, "{}", json.stdout);

    // In the evidence report, the criterion is not shown to hold.
    let report = common::attest_in(dir.path(), &["report", "--no-builtin", "-p", "rules", "-f", "json", "pod.yaml"]);
    let r: serde_json::Value = serde_json::from_str(&report.stdout).expect("report json");
    let cc81 = r["criteria"].as_array().and_then(|c| c.iter().find(|c| c["id"] == "CC8.1")).expect("CC8.1");
    assert_eq!(cc81["status"], "fails", "{cc81}");

    let test = common::attest_in(dir.path(), &["test", "rules"]);
    assert_eq!(test.code, 1, "{}{}", test.stdout, test.stderr);
    assert!(test.stdout.contains("`named` could not be evaluated"), "{}", test.stdout);

    std::fs::write(dir.path().join("attest.toml"), "[params]\nenv_pattern = \"^(prod\"\n").unwrap();
    let bad = common::attest_in(dir.path(), &["check", "--no-builtin", "-p", "rules", "pod.yaml"]);
    assert_eq!(bad.code, 2);
    assert!(bad.stderr.contains("parameter `env_pattern` is not a regular expression"), "{}", bad.stderr);
    assert!(bad.stderr.contains("attest.toml:2:15"), "{}", bad.stderr);
}

/// A mismatch names where the policy raised its finding instead, when no
/// other expectation accounts for that finding.
#[test]
fn a_finding_on_another_line_is_named_by_the_mismatch() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("rules/pod-named/")).unwrap();
    let policy = "policy pod-named {\n  title \"Pod not named for production\"\n  criteria CC8.1\n  severity low\n  \
        description \"d\"\n  rationale \"r\"\n  remediation \"m\"\n\n  for d in kubernetes.workloads {\n    \
        assert d.metadata.name starts_with \"prod-\" else \"`{address(d)}` is not named for production\"\n  }\n}\n";
    std::fs::write(dir.path().join("rules/pod-named.policy"), policy).unwrap();
    let fixture = "# expect: pod-named\napiVersion: v1\nkind: Pod\nmetadata:\n  name: api\nspec:\n  containers: []\n";
    std::fs::write(dir.path().join("rules/pod-named/fail.yaml"), fixture).unwrap();
    let out = common::attest_in(dir.path(), &["test", "rules"]);
    assert_eq!(out.code, 1, "{}{}", out.stdout, out.stderr);
    assert!(out.stdout.contains("it was raised on line 5 instead: `Pod/api` is not named for production"), "{}", out.stdout);
}

/// A company pack's policy with parameters of the same names as the built-in
/// pack's, and a pod it fails at their defaults.
const COMPANY_TLS: &str = "param tls_min_version = \"1.3\" \"the company's minimum\"\n\
    param owner_label = \"team\" \"the label that names the owner\"\n\
    policy company-tls {\n  title \"t\"\n  criteria CC6.7\n  severity low\n  description \"d\"\n  rationale \"r\"\n  \
    remediation \"m\"\n\n  for c in kubernetes.containers {\n    \
    assert c.env[0].value == params.tls_min_version else \"{params.tls_min_version} {params.owner_label}\"\n  }\n}\n";
const TLS_POD: &str = "apiVersion: v1\nkind: Pod\nmetadata:\n  name: api\nspec:\n  containers:\n    - name: a\n      image: a:1\n      env: [{name: TLS, value: \"1.0\"}]\n";

/// Each pack has its own parameters: a company pack's `tls_min_version` is
/// not the built-in pack's. A setting that could mean either is an error
/// until a `[params.PACK]` table says which; one only a single pack declares
/// needs no table.
#[test]
fn parameters_of_two_packs_with_one_name_are_two_parameters() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("company")).unwrap();
    std::fs::write(dir.path().join("company/tls.policy"), COMPANY_TLS).unwrap();
    std::fs::write(dir.path().join("pod.yaml"), TLS_POD).unwrap();
    let check = |toml: &str| {
        std::fs::write(dir.path().join("attest.toml"), toml).unwrap();
        common::attest_in(dir.path(), &["check", "-p", "company", "--only", "company-*", "-f", "concise", "pod.yaml"])
    };
    let both = check("[params]\ntls_min_version = \"1.2\"\n");
    assert_eq!(both.code, 2, "{}", both.stdout);
    assert!(both.stderr.contains("parameter `tls_min_version` is declared by several packs"), "{}", both.stderr);
    assert!(both.stderr.contains("`builtin` and `company`"), "{}", both.stderr);
    let company = check("[params]\nowner_label = \"owner\"\n\n[params.company]\ntls_min_version = \"1.1\"\n");
    assert_eq!(company.code, 1, "{}", company.stderr);
    assert!(company.stdout.contains("company-tls 1.1 owner"), "{}", company.stdout);
    let builtin = check("[params.builtin]\ntls_min_version = \"1.1\"\n");
    assert!(builtin.stdout.contains("company-tls 1.3 team"), "{}{}", builtin.stdout, builtin.stderr);
    let wrong = check("[params.builtin]\nowner_label = \"x\"\n");
    assert!(wrong.stderr.contains("pack `builtin` declares no parameter `owner_label`"), "{}", wrong.stderr);
    assert!(wrong.stderr.contains("attest.toml:2:1"), "at the entry, not the table: {}", wrong.stderr);
}

/// A fixture's `# param: PACK.NAME = VALUE` comment sets one pack's parameter.
#[test]
fn a_fixture_comment_names_the_pack_of_its_parameter() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("company/company-tls")).unwrap();
    std::fs::write(dir.path().join("company/company-tls.policy"), COMPANY_TLS).unwrap();
    let pod = |param: &str| format!("# param: {param} = \"1.0\"\n{TLS_POD}");
    std::fs::write(dir.path().join("company/company-tls/pass.yaml"), pod("company.tls_min_version")).unwrap();
    let out = common::attest_in(dir.path(), &["test", "company"]);
    assert_eq!(out.code, 0, "{}{}", out.stdout, out.stderr);
    std::fs::write(dir.path().join("company/company-tls/pass.yaml"), pod("other.tls_min_version")).unwrap();
    let out = common::attest_in(dir.path(), &["test", "company", "--color", "never"]);
    assert!(out.stdout.contains("pack `other` declares no parameter `tls_min_version`"), "{}", out.stdout);
}

/// Coverage counts branches: an alternative of `or` no fixture made hold, a
/// filter that never skipped; a function the policy calls is taken when called. `--min-coverage` and
/// `--min-branch-coverage` say by how much they were missed, and take
/// percentages only.
#[test]
fn branch_coverage_names_the_branches_no_fixture_took() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir_all(dir.path().join("rules/pinned")).unwrap();
    let policy = "fn digest(i) = i matches \"@sha256:\"\nfn unused(i) = i == \"x\"\n\
        policy pinned {\n  title \"t\"\n  criteria CC8.1\n  severity low\n  description \"d\"\n  rationale \"r\"\n  remediation \"m\"\n\n  \
        for c in kubernetes.containers where c.image exists {\n    \
        assert digest(c.image) or c.image ends_with \":stable\" else \"`{c.image}` is not pinned\"\n  }\n}\n";
    std::fs::write(dir.path().join("rules/pinned.policy"), policy).unwrap();
    let pod = |image: &str| {
        format!("apiVersion: v1\nkind: Pod\nmetadata:\n  name: p\nspec:\n  containers:\n    - name: a\n      image: {image}\n")
    };
    std::fs::write(dir.path().join("rules/pinned/fail.yaml"), pod("nginx:latest # expect: pinned")).unwrap();
    std::fs::write(dir.path().join("rules/pinned/pass.yaml"), pod("nginx@sha256:abc")).unwrap();

    let out = common::attest_in(dir.path(), &["test", "rules", "--min-branch-coverage", "100"]);
    assert_eq!(out.code, 1, "{}{}", out.stdout, out.stderr);
    assert!(
        out.stdout.contains("rules/pinned.policy:11 `c.image exists`: no fixture made this filter both keep and skip an element"),
        "{}",
        out.stdout
    );
    assert!(out.stdout.contains("`c.image ends_with \":stable\"`: no fixture made this alternative of `or` hold"), "{}", out.stdout);
    assert!(!out.stdout.contains("`digest(c.image)`: no fixture"), "{}", out.stdout);
    assert!(out.stdout.contains("coverage 100% of assertions, 50% of branches"), "{}", out.stdout);
    assert!(out.stderr.contains("coverage of branches is 50.0%, 50.0 points below --min-branch-coverage 100"), "{}", out.stderr);
    let json = common::attest_in(dir.path(), &["test", "rules", "-f", "json"]);
    let v: serde_json::Value = serde_json::from_str(&json.stdout).expect("json");
    assert_eq!(v["branch_coverage"], 50.0, "{}", json.stdout);
    assert_eq!(v["policies"][0]["branches"][0]["kind"], "filter", "{}", json.stdout);
    let bad = common::attest_in(dir.path(), &["test", "rules", "--min-coverage", "150"]);
    assert_eq!(bad.code, 2);
    assert!(bad.stderr.contains("150 is not a percentage from 0 to 100"), "{}", bad.stderr);
}

/// `file_path(x)` is the path from the folder checked: the same whichever
/// folder attest runs from, also for a module the checked folder calls and
/// for a manifest read as context of a named one; a named file is its name.
#[test]
fn file_path_is_the_same_from_any_working_folder() {
    let dir = tempfile::tempdir().expect("tempdir");
    let write = |path: &str, text: &str| {
        let at = dir.path().join(path);
        std::fs::create_dir_all(at.parent().expect("parent")).expect("mkdir");
        std::fs::write(at, text).expect("write");
    };
    write("infra/main.tf", "module \"m\" {\n  source = \"./modules/m\"\n}\nresource \"aws_s3_bucket\" \"a\" {}\n");
    write("infra/modules/m/main.tf", "resource \"aws_s3_bucket\" \"b\" {}\n");
    write("infra/k8s/pod.yaml", "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\nspec: {containers: [{name: c, image: nginx}]}\n");
    write(
        "p/paths.policy",
        "policy paths {\n  title \"t\"\n  criteria CC8.1\n  severity low\n  description \"d\"\n  rationale \"r\"\n  remediation \"m\"\n\n  \
         for r in terraform.resources(\"aws_s3_bucket\") {\n    assert file_path(r) == \"\" else \"{file_path(r)}\"\n  }\n  \
         for o in kubernetes.objects {\n    assert file_path(o) == \"\" else \"{file_path(o)}\"\n  }\n}\n",
    );
    let messages = |cwd: &Path, args: &[&str]| {
        let policy = dir.path().join("p/paths.policy");
        let mut all = vec!["check", "--no-builtin", "-p", policy.to_str().expect("utf-8"), "-f", "json"];
        all.extend(args);
        let out = attest_in(cwd, &all);
        let v: serde_json::Value = serde_json::from_str(&out.stdout).unwrap_or_else(|e| panic!("{e}: {}", out.stderr));
        let found = v["findings"].as_array().expect("findings").iter().map(|f| {
            // The module's resource is found by walking and through the call.
            f["message"].as_str().unwrap_or("").split(" (and 1 more").next().unwrap_or("").to_string()
        });
        let mut found: Vec<String> = found.collect();
        found.sort();
        found
    };
    let expected = ["k8s/pod.yaml", "main.tf", "modules/m/main.tf"];
    assert_eq!(messages(dir.path(), &["infra"]), expected);
    assert_eq!(messages(&dir.path().join("infra"), &["."]), expected);
    assert_eq!(messages(&dir.path().join("infra/k8s"), &["../"]), expected);
    assert_eq!(messages(dir.path(), &["infra/k8s/pod.yaml"]), ["pod.yaml"]);
}

/// `inspect -p` names, under each document, the policies that range over it
/// (a Kubernetes policy also over the Kubernetes objects of a Terraform
/// file); `--json` gives the same view as one JSON object per file;
/// `--max-width` shortens the expressions of `--unknowns`, printed whole by default.
#[test]
fn inspect_lists_policies_and_prints_json() {
    let dir = tempfile::tempdir().expect("tempdir");
    std::fs::write(
        dir.path().join("k8s.policy"),
        "policy no-latest {\n  title \"t\"\n  criteria CC8.1\n  severity low\n  description \"d\"\n  rationale \"r\"\n  \
         remediation \"m\"\n\n  for c in kubernetes.containers {\n    assert not (c.image ends_with \":latest\") else \"latest\"\n  }\n}\n",
    )
    .expect("write");
    let long = "x".repeat(200);
    std::fs::write(
        dir.path().join("main.tf"),
        format!(
            "variable \"image\" {{}}\nresource \"kubernetes_pod\" \"p\" {{\n  metadata {{\n    name = \"p\"\n  }}\n  spec {{\n    \
             container {{\n      name  = \"c\"\n      image = \"${{var.image}}-{long}\"\n    }}\n  }}\n}}\nresource \"aws_s3_bucket\" \"b\" {{}}\n"
        ),
    )
    .expect("write");
    std::fs::write(dir.path().join("ci.yml"), "on: push\njobs: {}\n").expect("write");
    let out = attest_in(dir.path(), &["inspect", "-p", "k8s.policy", "main.tf", "ci.yml", "--unknowns"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
    let (ci, main) = out.stdout.split_once("main.tf (hcl)").unwrap_or_default();
    assert!(main.contains("kubernetes.containers") && main.contains("policies: no-latest"), "{}", out.stdout);
    assert!(main.contains(&format!("-{long}")), "printed whole: {}", out.stdout);
    assert!(ci.ends_with("policies: none\n"), "{}", out.stdout);
    let cut = attest_in(dir.path(), &["inspect", "main.tf", "--unknowns", "--max-width", "30"]);
    let line = cut.stdout.lines().find(|l| l.contains("unknown")).unwrap_or_default();
    assert!(line.ends_with("...") && !line.contains(&long), "{line}");
    let json = attest_in(dir.path(), &["inspect", "-p", "k8s.policy", "main.tf", "--format", "json"]);
    let v: serde_json::Value = serde_json::from_str(&json.stdout).unwrap_or_else(|e| panic!("{e}: {}", json.stdout));
    assert_eq!(v["path"], "main.tf");
    let doc = &v["documents"][0];
    assert_eq!(doc["platform"], "terraform");
    assert_eq!(doc["policies"], serde_json::json!(["no-latest"]));
    let container = doc["elements"].as_array().and_then(|e| e.iter().find(|e| e["collection"] == "kubernetes.containers"));
    assert_eq!(container.map(|c| c["line"].clone()), Some(serde_json::json!(7)), "{}", json.stdout);
}
