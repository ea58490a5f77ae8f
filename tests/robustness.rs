//! Bad input and hostile conditions, each built by a small generator: attest
//! ends with a located message and the exit code its contract gives, never a
//! panic (exit 101), a hang or a lost finding.

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic, reason = "a test fails loudly")]

use std::process::{Command, Stdio};

mod common;

/// Output that cannot be written (a full disk) is an error with exit 2, not a
/// panic.
#[test]
fn a_failed_write_to_stdout_is_exit_2() {
    let Ok(full) = std::fs::OpenOptions::new().write(true).open("/dev/full") else {
        common::skipped("a_failed_write_to_stdout_is_exit_2", "needs /dev/full");
        return;
    };
    let out = Command::new(env!("CARGO_BIN_EXE_attest"))
        .args(["check", "examples"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdout(Stdio::from(full))
        .output()
        .expect("attest runs");
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(stderr.starts_with("error: cannot write to standard output"), "{stderr}");
}

/// A collection glob with many stars over a long type name: linear, not
/// exponential, so this ends at once.
#[test]
fn a_glob_with_many_stars_ends() {
    let dir = tempfile::tempdir().unwrap();
    let ty = "a".repeat(5_000);
    std::fs::write(dir.path().join("t.json"), format!("{{\"Resources\": {{\"R\": {{\"Type\": \"AWS::{ty}\"}}}}}}")).unwrap();
    let pattern = format!("AWS::{}b", "*a".repeat(30));
    std::fs::write(
        dir.path().join("glob.policy"),
        format!(
            "policy glob-test {{\n  title \"t\"\n  criteria CC6.1\n  severity low\n  description \"t\"\n  rationale \"t\"\n  remediation \"t\"\n  for r in cloudformation.resources(\"{pattern}\") {{\n    assert r.Type exists else \"never\"\n  }}\n}}\n"
        ),
    )
    .unwrap();
    let out = common::attest_in(dir.path(), &["check", ".", "--no-builtin", "-p", "glob.policy"]);
    assert_eq!(out.code, 0, "{}", out.stderr);
}

/// Expressions chained 20,000 deep (`not not …`, `a.b.c…`, `x or x or …`) are a
/// located error, not a stack overflow in the parser, checker or evaluator.
#[test]
fn deeply_chained_expressions_are_an_error_not_a_crash() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("pod.yaml"), "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\n").unwrap();
    let chains = [
        format!("{}d.x exists", "not ".repeat(20_000)),
        format!("d{} exists", ".a".repeat(20_000)),
        format!("{}d.x exists", "d.x exists or ".repeat(20_000)),
        format!("{}d.x exists", "d.x exists and ".repeat(20_000)),
        format!("d.x == {}1", "1 + ".repeat(0)) + &" or d.x == 1".repeat(20_000),
    ];
    for (i, cond) in chains.iter().enumerate() {
        let policy = format!(
            "policy deep-{i} {{\n  title \"t\"\n  criteria CC6.1\n  severity low\n  description \"t\"\n  rationale \"t\"\n  remediation \"t\"\n  for d in documents {{\n    assert {cond} else \"m\"\n  }}\n}}\n"
        );
        std::fs::write(dir.path().join("deep.policy"), policy).unwrap();
        let out = common::attest_in(dir.path(), &["check", "pod.yaml", "--no-builtin", "-p", "deep.policy"]);
        assert_eq!(out.code, 2, "chain {i}: {}", out.stderr);
        assert!(
            out.stderr.contains("nests more than") || out.stderr.contains("nested"),
            "chain {i}: {}",
            &out.stderr[..out.stderr.len().min(500)]
        );
    }
}

/// Functions calling each other nearly as deep as allowed, each body nested
/// nearly as deep as allowed, are evaluated to the end: the evaluator's stack
/// grows rather than overflowing a worker thread's (an abort, exit 134).
#[test]
fn deep_calls_of_deep_functions_do_not_overflow_the_stack() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("pod.yaml"), "apiVersion: v1\nkind: Pod\nmetadata: {name: p}\n").unwrap();
    let nots = "not ".repeat(300);
    let mut policy: String = (0..60).map(|i| format!("fn f{i}(d) = {nots}f{}(d)\n", i + 1)).collect();
    policy.push_str("fn f60(d) = d.metadata.name exists\n");
    policy.push_str(
        "policy deep-calls {\n  title \"t\"\n  criteria CC6.1\n  severity low\n  description \"t\"\n  rationale \"t\"\n  remediation \"t\"\n  for d in documents {\n    assert f0(d) else \"m\"\n  }\n}\n",
    );
    std::fs::write(dir.path().join("deep.policy"), policy).unwrap();
    let out = common::attest_in(dir.path(), &["check", "pod.yaml", "--no-builtin", "-p", "deep.policy"]);
    assert_eq!(out.code, 0, "{}", &out.stderr[..out.stderr.len().min(500)]);
}

/// A function that recurses through a document's maps and lists, each
/// branch guarded by a type test, explains a finding by the value it found:
/// the explanation does not follow the guarded side of an `and` whose left
/// side decided (a string is no list), which would call the function on the
/// same value again until the depth limit turned the finding into an error.
#[test]
fn a_recursive_function_explains_its_finding() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("cm.yaml"), "apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndata:\n  k: [a, {b: x}]\n").unwrap();
    let policy = "fn has_x(v) = v == \"x\" or (v is map and any k in keys(v) { has_x(v[k]) }) or (v is list and any e in v { has_x(e) })\n\
        policy recursive {\n  title \"t\"\n  criteria CC6.1\n  severity low\n  description \"t\"\n  rationale \"t\"\n  remediation \"t\"\n  for d in documents {\n    assert not has_x(d) else \"found\"\n  }\n}\n";
    std::fs::write(dir.path().join("recursive.policy"), policy).unwrap();
    let out = common::attest_in(dir.path(), &["check", "cm.yaml", "--no-builtin", "-p", "recursive.policy", "-f", "concise"]);
    assert_eq!(out.code, 1, "{}{}", out.stdout, out.stderr);
    assert!(out.stdout.contains("cm.yaml:5:"), "the finding is at the value: {}", out.stdout);
    assert!(!out.stdout.contains("could not evaluate"), "{}", out.stdout);
}

/// A file cannot write to the terminal through its snippet, its name or a
/// value in a message: control characters are shown, not sent.
#[test]
fn escape_sequences_in_input_do_not_reach_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let name = "pod\x1b[2J.yaml";
    std::fs::write(
        dir.path().join(name),
        "apiVersion: v1\nkind: Pod\nmetadata: {name: \"p\x1b]0;owned\x07\"}\nspec:\n  hostNetwork: true # \x1b[31mred\n  containers: []\n",
    )
    .unwrap();
    for format in ["text", "concise"] {
        let out = common::attest_in(dir.path(), &["check", ".", "--only", "k8s-pod-host-namespace", "--color", "never", "-f", format]);
        assert_eq!(out.code, 1, "{}", out.stderr);
        assert!(out.stdout.contains("k8s-pod-host-namespace"), "{}", out.stdout);
        assert!(!out.stdout.contains('\x1b') && !out.stdout.contains('\x07'), "{format}: {:?}", out.stdout);
    }
}

/// Terraform locals that double a list twenty-two times (a kilobyte of
/// text, four million values and gigabytes if evaluated), nested `for`s and
/// `dynamic` blocks over each other: static evaluation stops at its budget with
/// a warning at the place, and the resource is still checked.
#[test]
fn terraform_values_that_explode_stop_at_the_budget() {
    let dir = tempfile::tempdir().unwrap();
    let mut locals = vec!["  l0 = [\"a\", \"b\"]".to_string()];
    locals.extend((1..=22).map(|i| format!("  l{i} = concat(local.l{}, local.l{})", i - 1, i - 1)));
    locals.push("  r = [for i in range(0, 200) : i]".to_string());
    locals.extend((1..=4).map(|i| format!("  f{i} = [for x in local.l8 : [for y in local.l8 : \"${{x}}${{y}}\"]]")));
    let dynamic = (0..4).fold("ingress {\n  from_port = 22\n}".to_string(), |inner, i| {
        format!("dynamic \"d{i}\" {{\n  for_each = local.l8\n  content {{\n{inner}\n  }}\n}}")
    });
    let tf = format!(
        "locals {{\n{}\n}}\n\nresource \"aws_s3_bucket\" \"b\" {{\n  bucket = join(\",\", local.l22)\n}}\n\nresource \"aws_security_group\" \"g\" {{\n{dynamic}\n}}\n",
        locals.join("\n")
    );
    std::fs::write(dir.path().join("main.tf"), tf).unwrap();
    let out = common::attest_in(dir.path(), &["check", ".", "--only", "aws-s3-bucket-unencrypted"]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(out.stdout.contains("S3 bucket `aws_s3_bucket.b` declares no default encryption"), "{}", out.stdout);
    assert!(out.stdout.contains("static evaluation stopped here"), "{}", out.stdout);
}

/// Functions whose result is far larger, or whose work far longer, than
/// their arguments (a text doubled into 1 MiB, then `replace` of each
/// character by it; `join` or `formatlist` copying it 4,096 times;
/// `setproduct` of it; `jsondecode` of a long list; `trim` by a long set;
/// `regexall` with a counted repetition written out to 12,000; `toset` of
/// 65,536 texts) are charged before they are made: each call ends, its
/// value unknown past the budget, and the module's other values decide.
#[test]
fn terraform_functions_are_charged_before_they_make_their_value() {
    let dir = tempfile::tempdir().unwrap();
    let mut locals = vec!["  a0 = \"aaaaaaaaaaaaaaaa\"".to_string(), "  l0 = range(256)".to_string()];
    locals.extend((1..=8).map(|i| format!("  a{i} = \"${{local.a{p}}}${{local.a{p}}}${{local.a{p}}}${{local.a{p}}}\"", p = i - 1)));
    locals.extend((1..=4).map(|i| format!("  l{i} = concat(local.l{p}, local.l{p})", p = i - 1)));
    let calls = [
        "replace(local.a6, \"a\", local.a6)",
        "replace(local.a6, \"/a/\", local.a6)",
        "join(local.a8, local.l4)",
        "formatlist(\"%s%s\", local.a8, local.l4)",
        "setproduct([local.a8], [local.a8], [local.a8], range(200))",
        "jsondecode(\"[${replace(local.a8, \"a\", \"0,\")}0]\")",
        "trim(local.a8, \"${local.a8}b\")",
        "[for i in range(256) : regexall(\"a(?:[ab]{1000}){12}c\", local.a6)]",
        "toset(split(\",\", replace(local.a8, \"a\", \"x,\")))",
    ];
    // A folder each: a root module has a budget of its own.
    for (i, call) in calls.iter().enumerate() {
        let tf = format!(
            "locals {{\n{}\n  c = {call}\n}}\n\nresource \"null_resource\" \"uses\" {{\n  triggers = {{ c = local.c }}\n}}\n\nresource \"aws_s3_bucket\" \"b\" {{\n  bucket = \"b\"\n}}\n",
            locals.join("\n")
        );
        std::fs::create_dir(dir.path().join(format!("f{i}"))).unwrap();
        std::fs::write(dir.path().join(format!("f{i}/main.tf")), tf).unwrap();
    }
    let out = common::attest_in(dir.path(), &["check", ".", "--only", "aws-s3-bucket-unencrypted", "-f", "concise"]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    for (i, call) in calls.iter().enumerate() {
        assert!(out.stdout.contains(&format!("f{i}/main.tf")), "{call}: {}", out.stdout);
    }
}

/// A file whose locals spend the budget of static evaluation (a text
/// quadrupled into 16 MiB) beside one whose bucket reads a literal local
/// and a variable's default: the small values are still known (a reserve
/// past the budget), so the public bucket and the open port still fail.
#[test]
fn a_value_that_spends_the_budget_leaves_the_small_ones_known() {
    let dir = tempfile::tempdir().unwrap();
    let mut locals = vec!["  h0 = \"aaaaaaaaaaaaaaaa\"".to_string()];
    locals.extend((1..=10).map(|i| format!("  h{i} = \"${{local.h{p}}}${{local.h{p}}}${{local.h{p}}}${{local.h{p}}}\"", p = i - 1)));
    std::fs::write(dir.path().join("a_heavy.tf"), format!("locals {{\n{}\n}}\n", locals.join("\n"))).unwrap();
    let bucket = "locals {\n  acl = \"public-read\"\n}\n\nvariable \"open\" {\n  default = \"0.0.0.0/0\"\n}\n\n\
                  resource \"aws_s3_bucket\" \"b\" {\n  bucket = \"b\"\n  acl    = local.acl\n}\n\n\
                  resource \"aws_security_group\" \"sg\" {\n  ingress {\n    from_port   = 22\n    to_port     = 22\n    protocol    = \"tcp\"\n    cidr_blocks = [var.open]\n  }\n}\n";
    std::fs::write(dir.path().join("b_bucket.tf"), bucket).unwrap();
    let only =
        ["check", ".", "-f", "concise", "--only", "aws-s3-bucket-acl-public", "--only", "aws-security-group-admin-ports-open-to-world"];
    let out = common::attest_in(dir.path(), &only);
    assert_eq!(out.code, 1, "{}", out.stdout);
    assert!(out.stdout.contains("b_bucket.tf:11:12: high aws-s3-bucket-acl-public"), "{}", out.stdout);
    assert!(out.stdout.contains("high aws-security-group-admin-ports-open-to-world"), "{}", out.stdout);
    assert!(out.stdout.contains("static evaluation stopped here"), "{}", out.stdout);
}

/// `Fn::ForEach` loops that multiply (eight loops within each other, sixty
/// values each, the innermost writing nothing; a loop copying a large
/// resource a thousand times) stop at the bound on what loops copy, with a
/// warning at the loop, and the rest of the template is still checked.
#[test]
fn cloudformation_loops_that_explode_stop_at_their_bound() {
    let dir = tempfile::tempdir().unwrap();
    let values: Vec<String> = (0..60).map(|i| format!("\"v{i}\"")).collect();
    let values = format!("[{}]", values.join(", "));
    let nested =
        (0..8).fold("{}".to_string(), |inner, i| format!("{{\"Fn::ForEach::L{i}\": [\"I{i}\", {values}, {{\"K${{I{i}}}\": {inner}}}]}}"));
    let big = "x".repeat(100_000);
    let thousand: Vec<String> = (0..1000).map(|i| format!("\"b{i}\"")).collect();
    let template = format!(
        "{{\"AWSTemplateFormatVersion\": \"2010-09-09\", \"Resources\": {{\n\
         \"Fn::ForEach::Outer\": [\"O\", {values}, {{\"Fn::ForEach::Inner\": [\"X\", {values}, {nested}]}}],\n\
         \"Fn::ForEach::Big\": [\"B\", [{}], {{\"Big${{B}}\": {{\"Type\": \"AWS::SNS::Topic\", \"Properties\": {{\"DisplayName\": \"{big}\"}}}}}}],\n\
         \"Bucket\": {{\"Type\": \"AWS::S3::Bucket\"}}}}}}",
        thousand.join(", ")
    );
    std::fs::write(dir.path().join("template.json"), template).unwrap();
    let out = common::attest_in(dir.path(), &["check", ".", "--only", "aws-s3-bucket-unencrypted"]);
    assert_eq!(out.code, 1, "{}", out.stderr);
    assert!(out.stdout.contains("S3 bucket `Bucket` declares no default encryption"), "{}", out.stdout);
    assert!(out.stdout.contains("`Fn::ForEach::Big` is not expanded"), "{}", out.stdout);
}

/// A root module that calls a large module sixty times: the copies of the
/// module count toward the budget the root module and its module instances
/// share, so the calls past it are not evaluated (a warning at the call),
/// and what was evaluated is still checked.
#[test]
fn module_instances_share_the_budget_of_static_evaluation() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::create_dir(dir.path().join("big")).unwrap();
    // About 20,000 values per copy: 60 copies would be 1.2 million.
    let values = (0..5_000).map(|i| format!("  v{i} = [\"a\", \"b\", {i}]")).collect::<Vec<_>>().join("\n");
    let module =
        format!("variable \"name\" {{}}\n\nlocals {{\n{values}\n}}\n\nresource \"aws_s3_bucket\" \"b\" {{\n  bucket = var.name\n}}\n");
    std::fs::write(dir.path().join("big/main.tf"), module).unwrap();
    let keys = (0..60).map(|i| format!("k{i:02} = \"bucket-{i:02}\"")).collect::<Vec<_>>().join(", ");
    // The root module's own values are evaluated whatever its calls took.
    let root = format!(
        "module \"big\" {{\n  source   = \"./big\"\n  for_each = {{ {keys} }}\n  name     = each.value\n}}\n\n\
         locals {{\n  acl = \"public-read\"\n}}\n\nresource \"aws_s3_bucket\" \"root\" {{\n  bucket = \"root\"\n  acl    = local.acl\n}}\n"
    );
    std::fs::write(dir.path().join("main.tf"), root).unwrap();
    let out = common::attest_in(
        dir.path(),
        &["check", ".", "--only", "aws-s3-bucket-unencrypted", "--only", "aws-s3-bucket-acl-public", "-f", "concise"],
    );
    assert!(out.stdout.contains("S3 bucket `aws_s3_bucket.root` grants `public-read` through its ACL"), "{}", out.stdout);
    assert_eq!(out.code, 1, "{}", out.stderr);
    // The module checked on its own, and the 24 instances that fit, are one finding.
    assert!(out.stdout.contains("declares no default encryption (and 24 more from other instances"), "{}", out.stdout);
    assert!(
        out.stdout.contains("module calls would take more than 500000 values: `module.big[\"k24\"]` is not evaluated"),
        "{}",
        out.stdout
    );
}

/// Brackets inside a policy's strings and comments are text: they do not
/// count toward the nesting bound of the parser.
#[test]
fn brackets_in_strings_and_comments_are_not_nesting() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.yaml"), "x: 1\n").unwrap();
    let deep = "[{(".repeat(40);
    // A message's `{` opens a hole: its text has the other brackets only.
    let text = "[(".repeat(70);
    let policy = format!(
        "# {deep}\npolicy brackets {{\n  title \"t {deep}\"\n  criteria CC6.1\n  severity low\n  description \"\"\"{deep}\"\"\"\n  rationale \"t\"\n  remediation \"t\"\n  for d in documents {{\n    assert d.x != \"\\\"{deep}\" else \"m {text}\" // {deep}\n  }}\n}}\n"
    );
    std::fs::write(dir.path().join("b.policy"), policy).unwrap();
    let out = common::attest_in(dir.path(), &["check", "a.yaml", "--no-builtin", "-p", "b.policy"]);
    assert_eq!(out.code, 0, "{}{}", out.stdout, out.stderr);
}
