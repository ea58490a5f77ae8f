//! The generated parts of the book and the README. From the built-in policies:
//! an index (`book/src/policies.md`), a page per platform and per policy under
//! `book/src/policies/`, the criteria matrix (`book/src/criteria.md`), the
//! entries nested under "Built-in policies" in `book/src/SUMMARY.md`, and the
//! number of policies wherever the README and the book give it. From the
//! language's surface (`attest::policy::surface`): the tables of built-in
//! functions and collections in `language.md` and `platforms.md`
//! (`catalogue/sections.rs`).
//!
//! The test fails when a page on disk differs from what the code says;
//! `ATTEST_UPDATE_BOOK=1 cargo test --test catalogue` rewrites them (and
//! removes pages of policies that no longer exist).

#![allow(clippy::expect_used, clippy::unwrap_used, clippy::panic, reason = "a test fails loudly on broken fixtures")]

// Folders of their own, so that Cargo does not take them for test targets.
#[path = "catalogue/equivalents.rs"]
mod equivalents;
#[path = "catalogue/sections.rs"]
mod sections;

use attest::policy::Policy;
use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::path::{Path, PathBuf};
use std::sync::Arc;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

/// A platform as the catalogue presents it: the names `Meta::platforms` gives
/// (sorted, joined with `+`),
/// the page's title, its file name and what the reader should know about how
/// its policies read files.
struct Platform {
    key: &'static str,
    title: &'static str,
    page: &'static str,
    intro: &'static str,
}

const PLATFORMS: &[Platform] = &[
    Platform {
        key: "kubernetes",
        title: "Kubernetes",
        page: "kubernetes",
        intro: "\
The Kubernetes policies read manifests in YAML or JSON: every object of a
multi-document file, the items of a `List`, and the pod template of every
workload kind (Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job,
CronJob, ReplicationController). Container policies check init containers
and ephemeral containers as well as containers. Settings that Kubernetes
takes from the pod when a container does not set them (`runAsNonRoot`,
`runAsUser`, `seccompProfile`) are read the same way. Helm charts are
checked once rendered (`helm template ... > rendered.yaml`), since a template
with `{{ }}` is not YAML.

Checks that relate objects (a pod and its `ServiceAccount`) look at the
objects of the same file.",
    },
    Platform {
        key: "cloudformation",
        title: "AWS CloudFormation",
        page: "cloudformation",
        intro: "\
The CloudFormation policies read templates in YAML (with or without short
tags such as `!Ref`) and JSON. Properties may be written as strings
(`\"true\"`, `\"22\"`), as CloudFormation accepts. Before the policies run,
attest replaces a `Ref` to a template parameter with the parameter's
`Default`, which is its value unless the stack overrides it, and reads
`Fn::FindInMap` with literal keys. A `Ref` to a parameter without a default
or to a pseudo parameter (`AWS::Region`) is *unknown*: an assertion that
depends on it is reported unknown, neither pass nor fail. A property written
with a condition or an import (`Fn::If`, `Fn::ImportValue`) never fails a
policy. Where a missing property means a safe AWS default, the policy
passes it and says so in its description.

Checks that relate resources (a bucket and its bucket policy, a VPC and its
flow log) look at the resources of the same template. A policy that lives
in another stack is not seen; the policy's description says when that can
happen, and the finding can be waived with the name of that stack.

The logic of each check is written once in `policies/lib/aws.policy`
(protocols and ports, IAM statements, TLS policy names) with plain values
as arguments, so that the same check over Terraform can call the same
functions with Terraform's attribute names; `policies/lib/cfn.policy`
holds what is particular to CloudFormation.",
    },
    Platform {
        key: "cloudformation+terraform",
        title: "AWS: CloudFormation and Terraform",
        page: "aws",
        intro: "\
Each of these policies checks one AWS control wherever it is declared: in
CloudFormation templates (YAML or JSON) and in Terraform (HCL modules and
plans), with fixtures in both languages. What the CloudFormation and
Terraform pages say about how each reads its files holds here too. Where a
resource exists in one language only, the policy covers what exists, and it
is listed with that language.

A policy that replaced two single-language policies lists their ids as
`formerly`: waivers, `--only`/`--skip` patterns and baselines that name an
old id still apply to it, and `attest check` says which id to write instead.",
    },
    Platform {
        key: "dockerfile",
        title: "Dockerfile",
        page: "dockerfile",
        intro: "\
The Dockerfile policies read `Dockerfile`, `Containerfile`, `*.dockerfile`
and `Dockerfile.*`, with line continuations, here-documents, exec and shell
forms and multi-stage builds. Policies about the image that is shipped look
at the final stage only (with what it inherits from the stages it is built
on); policies about the build look at every instruction. A `FROM` that
still holds a build argument without a default is unknown, not a failure.",
    },
    Platform {
        key: "compose",
        title: "Docker Compose",
        page: "compose",
        intro: "\
The Compose policies read `docker-compose*.yml`, `compose*.yaml` and any
YAML document with a `services` map of images or builds. Compose allows
several spellings of the same setting, and each policy accepts all of
them: `environment` as a map or a list of `KEY=value`, `ports` and
`volumes` in the short string form or the long map form.",
    },
    Platform {
        key: "github",
        title: "GitHub Actions",
        page: "github-actions",
        intro: "\
The GitHub Actions policies read the workflows under `.github/workflows/`
(and any YAML document with `on` and `jobs`): the workflow, its jobs, and
their steps. Expressions `${{ }}` are read as text: a policy can tell which
context an expression reads, not what it will evaluate to.",
    },
    Platform {
        key: "terraform",
        title: "Terraform",
        page: "terraform",
        intro: "\
The Terraform policies read modules: all the `.tf` files of a folder (with
`terraform.tfvars` and `*.auto.tfvars`) are checked together, so a bucket
and the separate `aws_s3_bucket_*` resources that configure it (AWS provider
v4 and later) are seen as one. Variables with defaults, locals, known
templates and `jsonencode()` are evaluated; a value that depends on
something only known at apply time is *unknown*, and an assertion that
depends on it is reported unknown, neither pass nor fail. A resource with
`count` or `for_each` is checked once.

The policies over the `github` provider (`tf-github-*`) read branch
protection as GitHub applies it: classic rules (`github_branch_protection`,
`github_branch_protection_v3`) and rulesets (`github_repository_ruleset`,
`github_organization_ruleset`) add up, the most restrictive winning, so a
requirement that one protection lacks passes when another protection of the
module that applies to the same repository provides it, and what the
rulesets of a repository lack together is reported once, at the first of
them. Two protections apply to the same repository when they refer to the
same `github_repository` or name the same repository; one whose repository
is an unknown value may be any, and an organization ruleset applies to
every repository. Which branches each protection names is not compared.
Protection managed outside the module is not seen.",
    },
    Platform {
        key: "codeowners",
        title: "CODEOWNERS",
        page: "codeowners",
        intro: "\
The CODEOWNERS policies read the file GitHub uses for each repository: the
first of `.github/CODEOWNERS`, `CODEOWNERS` and `docs/CODEOWNERS`. A path's
owners are those of the last rule that matches it, and a rule that names no
owner leaves its paths without one. Lines GitHub skips (a `!` negation, a
`[ ]` range, an owner that is not `@user`, `@org/team` or an e-mail
address) are reported as `parse-error` and are not rules. A repository
without a CODEOWNERS file is not seen.",
    },
    Platform { key: "any", title: "Any file", page: "any", intro: "These policies read every loaded document, whatever its platform." },
];

fn platform(m: &attest::policy::Meta) -> &'static Platform {
    // A policy that also reads every document (`documents`) belongs with its platform.
    let mut names: Vec<&str> = m.platforms.iter().map(|p| &**p).filter(|p| *p != "any").collect();
    if names.is_empty() {
        names.push("any");
    }
    names.sort_unstable();
    let key = names.join("+");
    PLATFORMS.iter().find(|p| p.key == key).unwrap_or_else(|| PLATFORMS.last().expect("platforms"))
}

fn builtin() -> Vec<Arc<Policy>> {
    let mut loader = attest::builtin::loader().relative_to(root());
    loader.add_path(&root().join("policies")).expect("policies/ loads");
    let (policies, errors) = loader.finish();
    assert!(errors.is_empty(), "{}", errors.iter().map(|e| attest::diag::render(e, false, 100)).collect::<String>());
    policies
}

fn criterion_title(id: &str) -> &'static str {
    attest::criteria::CRITERIA.iter().find(|(c, _)| *c == id).map_or("", |(_, t)| t)
}

fn severity(p: &Policy) -> &'static str {
    p.meta.severity.map_or("—", attest::policy::Severity::name)
}

/// A fixture of a policy, with what the policy reports on it.
struct Example {
    /// `policies/ID/fail.yaml`.
    path: String,
    text: String,
    lang: &'static str,
    /// Line, status and message of each finding of the policy.
    findings: Vec<(usize, &'static str, String)>,
    kind: Kind,
}

/// What a fixture shows: findings (at least one failure), only unknown
/// outcomes, or nothing.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Kind {
    Failing,
    Unknown,
    Passing,
}

fn examples(policy: &Arc<Policy>) -> Vec<Example> {
    let Some(dir) = attest::testing::fixture_dir(policy, root()) else { return Vec::new() };
    let mut out = Vec::new();
    let mut inputs = attest::testing::fixture_files(&dir, root());
    inputs.sort_by(|a, b| a.path.cmp(&b.path));
    for input in inputs {
        let path = input.path.clone();
        let display = input.display.clone();
        let unit = attest::testing::load_fixture(&input, &Default::default(), root()).expect("the fixture loads");
        let loaded = unit.fixture();
        let sidecar = attest::testing::read_sidecar(&path, root());
        let mut errors = Vec::new();
        let bound = attest::testing::with_fixture_params(&loaded.file, sidecar.as_ref(), vec![Arc::clone(policy)], &mut errors);
        assert!(errors.is_empty(), "parameters of {}", path.display());
        let run = unit.own(attest::engine::run_policy(&bound[0], &attest::eval::Unit::new(&unit.docs()), &loaded.file));
        let mut findings: Vec<(usize, &'static str, String)> =
            run.findings.iter().map(|f| (f.file.line_col(f.span.start as usize).line, f.status.name(), f.message.clone())).collect();
        findings.sort();
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        let lang = if name.ends_with(".yaml") || name.ends_with(".yml") {
            "yaml"
        } else if name.ends_with(".json") {
            "json"
        } else if name.to_ascii_lowercase().contains("dockerfile") || name.to_ascii_lowercase().contains("containerfile") {
            "dockerfile"
        } else {
            "text"
        };
        let text = std::fs::read_to_string(&path).expect("fixture reads");
        let kind = if !(text.contains("expect:") || sidecar.is_some()) {
            Kind::Passing
        } else if findings.iter().any(|f| f.1 == "fail") {
            Kind::Failing
        } else {
            Kind::Unknown
        };
        out.push(Example { path: display, text: mark_expectations(&text, &policy.meta.id), lang, findings, kind });
    }
    out
}

/// The fixture as a reader sees it: `expect:` comments naming this policy
/// become `flagged`, others are dropped. Lines are neither added nor removed,
/// so the line numbers of the findings stay true.
fn mark_expectations(text: &str, id: &str) -> String {
    let mut out = String::new();
    for line in text.lines() {
        let marker = ["# expect:", "// expect:"].iter().find_map(|m| line.find(m).map(|at| (at, *m)));
        match marker {
            Some((at, m)) => {
                let before = &line[..at];
                let names_this = line[at + m.len()..].split(',').any(|e| e.split_whitespace().next() == Some(id));
                let comment = m.split(' ').next().unwrap_or("#");
                let own_line = before.trim().is_empty();
                match (names_this, own_line) {
                    (true, true) => {
                        let _ = writeln!(out, "{before}{comment} the next line is flagged");
                    }
                    (true, false) => {
                        let _ = writeln!(out, "{before}{comment} flagged");
                    }
                    (false, true) => {
                        let _ = writeln!(out, "{before}{comment}");
                    }
                    (false, false) => {
                        let _ = writeln!(out, "{}", before.trim_end());
                    }
                }
            }
            None => {
                let _ = writeln!(out, "{line}");
            }
        }
    }
    out
}

fn fence(out: &mut String, lang: &str, body: &str) {
    let ticks = if body.contains("```") { "````" } else { "```" };
    let _ = writeln!(out, "{ticks}{lang}\n{}{ticks}", if body.ends_with('\n') { body.to_string() } else { format!("{body}\n") });
}

fn criteria_links(p: &Policy, prefix: &str) -> String {
    p.meta.criteria.iter().map(|c| format!("[{c}]({prefix}criteria.md#{})", anchor(c))).collect::<Vec<_>>().join(", ")
}

/// The anchor mdbook gives a heading `CC6.1 …`: lower case, `.` dropped.
fn anchor(criterion: &str) -> String {
    criterion.to_ascii_lowercase().replace('.', "")
}

fn policy_page(p: &Arc<Policy>, peers: &[&str]) -> String {
    let m = &p.meta;
    let plat = platform(m);
    let mut out = String::new();
    let _ = writeln!(out, "# `{}`\n", m.id);
    let _ = writeln!(out, "**{}**\n", m.title);
    let _ = writeln!(out, "| Severity | Criteria | Platform | Source |");
    let _ = writeln!(out, "|---|---|---|---|");
    let _ = writeln!(
        out,
        "| {} | {} | [{}]({}.md) | `policies/{}.policy` |\n",
        severity(p),
        criteria_links(p, "../"),
        plat.title,
        plat.page,
        m.id
    );
    if !peers.is_empty() {
        let ids: Vec<String> = peers.iter().map(|id| format!("`{id}`")).collect();
        let _ = writeln!(out, "checkov checks the same with {} (see [Coming from checkov](../equivalents.md)).\n", ids.join(", "));
    }
    if !m.formerly.is_empty() {
        let ids: Vec<String> = m.formerly.iter().map(|id| format!("`{id}`")).collect();
        let _ = writeln!(out, "Formerly {}: waivers, selections and baselines that name an old id still apply.\n", ids.join(" and "));
    }
    if !m.waivable {
        let _ = writeln!(out, "Findings of this policy cannot be waived.\n");
    }
    let _ = writeln!(out, "## What it flags\n\n{}\n", m.texts().description.trim());
    let _ = writeln!(out, "## Why it matters for SOC 2\n");
    for c in &m.criteria {
        let _ = writeln!(out, "- **{c}** — {}", criterion_title(c));
    }
    let _ = writeln!(out, "\n{}\n", m.texts().rationale.trim());
    let examples = examples(p);
    for (kind, heading) in [(Kind::Failing, "Failing example"), (Kind::Passing, "Passing example"), (Kind::Unknown, "Undecided example")] {
        let chosen: Vec<&Example> = examples.iter().filter(|e| e.kind == kind).collect();
        if chosen.is_empty() {
            continue;
        }
        let _ = writeln!(out, "## {heading}{}\n", if chosen.len() > 1 { "s" } else { "" });
        if kind == Kind::Unknown {
            let _ = writeln!(out, "Values the files do not decide make the assertion unknown: reported as a note, not a failure.\n");
        }
        for e in chosen {
            let _ = writeln!(out, "`{}`:\n", e.path);
            fence(&mut out, e.lang, &e.text);
            if kind != Kind::Passing {
                let _ = writeln!(out, "\nattest reports:\n");
                for (line, status, message) in &e.findings {
                    let _ = writeln!(out, "- line {line}{}: {message}", if *status == "fail" { "" } else { " (unknown)" });
                }
            }
            let _ = writeln!(out);
        }
    }
    let _ = writeln!(out, "## Remediation\n\n{}\n", m.texts().remediation.trim());
    if !m.params.is_empty() {
        let _ = writeln!(out, "## Parameters\n\nSet in `attest.toml` under `[params]` (see [Parameters](../policies.md#parameters)).\n");
        let _ = writeln!(out, "| Parameter | Default | Meaning |\n|---|---|---|");
        for p in &m.params {
            let _ = writeln!(out, "| `{}` | `{}` | {} |", p.name, p.default.to_text(), p.description);
        }
        let _ = writeln!(out);
    }
    if !m.texts().references.is_empty() {
        let _ = writeln!(out, "## References\n");
        for r in &m.texts().references {
            let _ = writeln!(out, "- <{r}>");
        }
        let _ = writeln!(out);
    }
    let _ = writeln!(out, "## Source\n");
    let source = std::fs::read_to_string(&*m.source).expect("policy source reads");
    fence(&mut out, "text", &source);
    out
}

fn policy_table(out: &mut String, policies: &[&Arc<Policy>], link_prefix: &str, criteria_prefix: &str) {
    let _ = writeln!(out, "| Id | Severity | Criteria | Title |");
    let _ = writeln!(out, "|---|---|---|---|");
    for p in policies {
        let _ = writeln!(
            out,
            "| [`{id}`]({link_prefix}{id}.md) | {} | {} | {} |",
            severity(p),
            criteria_links(p, criteria_prefix),
            p.meta.title,
            id = p.meta.id
        );
    }
}

/// Platforms that have policies, in the order of `PLATFORMS`, each with its
/// policies sorted by id.
fn by_platform(policies: &[Arc<Policy>]) -> Vec<(&'static Platform, Vec<&Arc<Policy>>)> {
    let mut out = Vec::new();
    for plat in PLATFORMS {
        let mut ps: Vec<&Arc<Policy>> = policies.iter().filter(|p| std::ptr::eq(platform(&p.meta), plat)).collect();
        ps.sort_by(|a, b| a.meta.id.cmp(&b.meta.id));
        if !ps.is_empty() {
            out.push((plat, ps));
        }
    }
    out
}

fn platform_page(plat: &Platform, policies: &[&Arc<Policy>]) -> String {
    let mut out = String::new();
    let _ = writeln!(out, "# {}\n\n{}\n", plat.title, plat.intro);
    let _ = writeln!(out, "{} {}:\n", policies.len(), if policies.len() == 1 { "policy" } else { "policies" });
    policy_table(&mut out, policies, "", "../");
    out
}

fn index_page(policies: &[Arc<Policy>]) -> String {
    let groups = by_platform(policies);
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# Built-in policies

attest ships with the {} policies below, loaded unless `--no-builtin` is
given, and the built-in `parse-error`, `unparsed-file`, `duplicate-key` and
`invalid-waiver` findings. Their
sources are the `.policy` files in the repository's `policies/` folder, one
file per policy, with shared helpers in `policies/lib/` and the fixtures
each policy is tested against in a folder named after it. `attest explain
ID` prints a policy's documentation, and `attest policies` lists them.

Each policy's page says what it flags, why it matters for SOC 2 (what each
of its criteria asks, and how the check supports it), a failing and a
passing example taken from its test fixtures with what attest reports on
them, how to fix a finding, and the policy's source. The [criteria
matrix](criteria.md) lists the policies of each criterion, and the criteria
no policy covers. The processing-integrity criteria (PI1.x) matter only
when your SOC 2 report covers that category.

These pages are generated from the policies by `tests/catalogue.rs`; after
changing a policy, run `ATTEST_UPDATE_BOOK=1 cargo test --test catalogue`.
",
        policies.len()
    );
    let _ = writeln!(out, "| Platform | Policies |\n|---|---|");
    for (plat, ps) in &groups {
        let _ = writeln!(out, "| [{}](policies/{}.md) | {} |", plat.title, plat.page, ps.len());
    }
    let _ = writeln!(out);
    for (plat, ps) in &groups {
        let _ = writeln!(out, "## {}\n", plat.title);
        policy_table(&mut out, ps, "policies/", "");
        let _ = writeln!(out);
    }
    let _ = writeln!(
        out,
        "## Parameters

Some policies compare a value with a threshold that teams legitimately set
differently: how long logs are kept, which TLS versions are accepted, which
registries images may come from. These are parameters, declared in
`policies/lib/params.policy` with the default below; set another value in
`attest.toml`, and every policy that reads the parameter uses it:

```toml
[params]
log_retention_min_days = 90
allowed_registries = [\"ghcr.io/acme/\"]
```

A name no policy declares, or a value of the wrong type, is an error that
points into `attest.toml`. The evidence report of `attest report` records
the values a run used.

| Parameter | Default | Meaning | Policies |
|---|---|---|---|"
    );
    let mut params: BTreeMap<String, (attest::policy::params::ParamInfo, Vec<&str>)> = BTreeMap::new();
    for p in policies {
        for info in &p.meta.params {
            params.entry(info.name.clone()).or_insert_with(|| (info.clone(), Vec::new())).1.push(&p.meta.id);
        }
    }
    for (name, (info, ids)) in &params {
        let links: Vec<String> = ids.iter().map(|id| format!("[`{id}`](policies/{id}.md)")).collect();
        let _ = writeln!(out, "| `{name}` | `{}` | {} | {} |", info.default.to_text(), info.description, links.join(", "));
    }
    let _ = writeln!(
        out,
        "
## `parse-error`

Built into attest rather than written as a policy file. Each file attest
cannot read or parse (invalid YAML or JSON, a Dockerfile BuildKit would
refuse) and that is recognisably infrastructure configuration, by its name
(Terraform, Dockerfile, CODEOWNERS, Compose, GitHub workflow, kustomization)
or its content (`apiVersion`, `AWSTemplateFormatVersion`, `AWS::`,
`Resources`, `services:`, `runs-on`), is reported as a `parse-error`
finding, severity high, at the place where parsing failed. Such a file may
hide a violation, so it fails the run like any other finding of its
severity. So does a file that cannot be read at all (too large, binary, not
UTF-8), since nothing can be said of what it is. A line of a
`CODEOWNERS` file that GitHub cannot read (a `!` negation, a `[ ]` range, an
owner that is not `@user`, `@org/team` or an e-mail address) is reported the
same way, at the line, and left out as GitHub leaves it out; the rest of the
file is still checked.

## `unparsed-file`

Also built in: a YAML, JSON or TOML file that cannot be parsed and is not
recognisably infrastructure configuration (a test fixture, an arbitrary
JSON document) is noted as an `unparsed-file` finding, severity info, which
does not fail a run unless `--fail-on info` asks for it. A YAML or TOML file with
`{{{{ }}}}` or `{{% %}}` is a template (a Helm chart's, say), and so is one with
Terraform's directives (`%{{ for ... }}`, a file for `templatefile`) or
placeholders a script fills in (`@NAME@`, or `{{NAME}}` in capitals within a
value): it is configuration only once rendered, so it is noted the same
way; render it (`helm template`) and check the output. In a stream of YAML
documents (`---`), only the document that cannot be parsed is left out and
noted (as a template, or as a `parse-error`): the others are checked. JSON files may have comments and trailing commas, as the JSON files
of editors and build tools (`tsconfig.json`) do.

## `duplicate-key`

Also built in: a key given twice in the same YAML or JSON mapping, or in a
Terraform object, is reported as a `duplicate-key` finding, severity medium,
and the file is still checked with the later value. Tools disagree on which value wins, so
the value attest checks may not be the one that is deployed.

## `invalid-waiver`

Also built in: an `attest-waive` comment attest cannot read (no reason, an
expiry that is not a date, nothing after it to cover) waives nothing. It is
reported as an `invalid-waiver` finding, severity medium, at the comment,
and cannot itself be waived; the findings it meant to accept are reported
as well, and the rest of the run goes on."
    );
    out
}

fn criteria_page(policies: &[Arc<Policy>]) -> String {
    let mut by_criterion: BTreeMap<&str, Vec<&Arc<Policy>>> = BTreeMap::new();
    for p in policies {
        for c in &p.meta.criteria {
            by_criterion.entry(&**c).or_default().push(p);
        }
    }
    for ps in by_criterion.values_mut() {
        ps.sort_by(|a, b| a.meta.id.cmp(&b.meta.id));
    }
    let checkable = |c: &str| match attest::criteria::checkable(c) {
        attest::criteria::Checkable::Yes => "yes",
        attest::criteria::Checkable::Partly => "partly",
        attest::criteria::Checkable::No => "no",
    };
    let mut out = String::new();
    let covered = attest::criteria::CRITERIA.iter().filter(|(c, _)| by_criterion.contains_key(c)).count();
    let _ = writeln!(
        out,
        "# Criteria matrix

Which built-in policies support each SOC 2 criterion (2017 Trust Services
Criteria, 2022 points of focus), generated from the policies. {covered} of the
{} criteria have at least one policy. A policy counts for every criterion it
lists, and its page says why.

*From config* says how far configuration files can show that a criterion is
met: **yes**, decided by settings the files declare (encryption, access,
network exposure, logging); **partly**, the files show part of it and the
rest is process or runtime evidence; **no**, organisational (governance,
people, documents, physical security), which no configuration file can
show.
",
        attest::criteria::CRITERIA.len()
    );
    let _ = writeln!(out, "| Criterion | Title | From config | Policies |\n|---|---|---|---|");
    for (c, title) in attest::criteria::CRITERIA {
        let n = by_criterion.get(c).map_or(0, Vec::len);
        let _ = writeln!(
            out,
            "| [{c}](#{}) | {title} | {} | {} |",
            anchor(c),
            checkable(c),
            if n == 0 { "—".to_string() } else { n.to_string() }
        );
    }
    let gaps: Vec<&str> =
        attest::criteria::CRITERIA.iter().map(|(c, _)| *c).filter(|c| !by_criterion.contains_key(c) && checkable(c) != "no").collect();
    let _ = writeln!(out, "\n## Gaps\n\nCriteria that configuration can at least partly show, but that no built-in policy covers yet:\n");
    if gaps.is_empty() {
        let _ = writeln!(out, "None.");
    } else {
        for c in &gaps {
            let _ = writeln!(out, "- **{c}** — {} ({})", criterion_title(c), checkable(c));
        }
    }
    let organisational: Vec<&str> = attest::criteria::CRITERIA.iter().map(|(c, _)| *c).filter(|c| checkable(c) == "no").collect();
    let _ =
        writeln!(out, "\nThe {} organisational criteria have no policy by design: {}.\n", organisational.len(), organisational.join(", "));
    let mut category = "";
    for (c, title) in attest::criteria::CRITERIA {
        let cat = attest::criteria::category(c);
        if cat != category {
            let _ = writeln!(out, "## {cat}\n");
            category = cat;
        }
        let _ = writeln!(out, "### {c} {title} {{#{}}}\n", anchor(c));
        match by_criterion.get(c) {
            None => {
                let _ = writeln!(out, "No built-in policy ({} from config).\n", checkable(c));
            }
            Some(ps) => {
                let _ = writeln!(out, "{} {}:\n", ps.len(), if ps.len() == 1 { "policy" } else { "policies" });
                for p in ps {
                    let _ = writeln!(out, "- [`{id}`](policies/{id}.md) ({}) — {}", severity(p), p.meta.title, id = p.meta.id);
                }
                let _ = writeln!(out);
            }
        }
    }
    out
}

/// `SUMMARY.md` with the entries under "Built-in policies" replaced.
fn summary(current: &str, policies: &[Arc<Policy>]) -> String {
    let mut out = String::new();
    let mut lines = current.lines().peekable();
    let mut found = false;
    while let Some(line) = lines.next() {
        let _ = writeln!(out, "{line}");
        if line.trim_start().starts_with("- [Built-in policies](policies.md)") {
            found = true;
            while lines.peek().is_some_and(|l| l.starts_with("  ")) {
                lines.next();
            }
            let _ = writeln!(out, "  - [Criteria matrix](criteria.md)");
            for (plat, ps) in by_platform(policies) {
                let _ = writeln!(out, "  - [{}](policies/{}.md)", plat.title, plat.page);
                for p in ps {
                    let _ = writeln!(out, "    - [{id}](policies/{id}.md)", id = p.meta.id);
                }
            }
        }
    }
    assert!(found, "book/src/SUMMARY.md has no `- [Built-in policies](policies.md)` entry");
    out
}

/// Every generated file, by path relative to the repository.
fn generate() -> BTreeMap<PathBuf, String> {
    let policies = builtin();
    let mut files = BTreeMap::new();
    files.insert(PathBuf::from("book/src/policies.md"), index_page(&policies));
    files.insert(PathBuf::from("book/src/criteria.md"), criteria_page(&policies));
    for (plat, ps) in by_platform(&policies) {
        files.insert(PathBuf::from(format!("book/src/policies/{}.md", plat.page)), platform_page(plat, &ps));
    }
    let table = equivalents::read();
    let peers = equivalents::peers(&table);
    for p in &policies {
        let theirs = peers.get(&*p.meta.id).map_or(&[][..], Vec::as_slice);
        files.insert(PathBuf::from(format!("book/src/policies/{}.md", p.meta.id)), policy_page(p, theirs));
    }
    files.insert(PathBuf::from("book/src/equivalents.md"), equivalents::page(&table));
    let current = std::fs::read_to_string(root().join("book/src/SUMMARY.md")).expect("SUMMARY.md");
    files.insert(PathBuf::from("book/src/SUMMARY.md"), summary(&current, &policies));
    files.extend(sections::pages(policies.len()));
    files
}

/// `policies/equivalents.toml` answers each peer check once, with policies
/// of the pack, a reason, or the policy still to write.
#[test]
fn equivalents_are_whole_and_true_to_the_pack() {
    let problems = equivalents::problems(&equivalents::read(), &builtin());
    assert!(problems.is_empty(), "{}:\n  {}", equivalents::PATH, problems.join("\n  "));
}

/// The checks of the table catch what they are for: a table without an
/// answer, a policy the pack does not have, and catalogue rows missing or
/// out of order.
#[test]
fn equivalents_problems_are_found() {
    let table: equivalents::Table = toml::from_str(
        r#"
[[catalogue]]
row = "AWS-01"
check = "a"
criteria = ["CC6.1"]
policies = ["no-such-policy"]

[[catalogue]]
row = "AWS-03"
check = "b"
criteria = ["CC6.1"]
reason = "skips AWS-02"

[[catalogue]]
row = "GCP-01"
check = "c"
criteria = ["CC6.1"]

[[catalogue]]
row = "K8S-01"
check = "d"
criteria = ["CC6.1"]
reason = "skips the sections between"
"#,
    )
    .unwrap();
    assert_eq!(
        equivalents::problems(&table, &builtin()),
        [
            "[[catalogue]] `AWS-03` is out of place: keep the check list's sections in order and number each from 01 without gaps",
            "[[catalogue]] `K8S-01` is out of place: keep the check list's sections in order and number each from 01 without gaps",
            "[[catalogue]] `AWS-01` names `no-such-policy`, which is not a built-in policy",
            "[[catalogue]] `GCP-01` needs exactly one of `policies`, `reason` and `gap`",
        ]
    );
}

#[test]
fn book_catalogue_is_up_to_date() {
    let files = generate();
    let update = std::env::var_os("ATTEST_UPDATE_BOOK").is_some_and(|v| v == "1");
    let dir = root().join("book/src/policies");
    let stale_pages: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|entries| {
            entries
                .filter_map(Result::ok)
                .map(|e| e.path())
                .filter(|p| p.extension().is_some_and(|x| x == "md"))
                .filter_map(|p| p.strip_prefix(root()).ok().map(Path::to_path_buf))
                .filter(|p| !files.contains_key(p))
                .collect()
        })
        .unwrap_or_default();
    let mut stale = Vec::new();
    for (path, text) in &files {
        let abs = root().join(path);
        if std::fs::read_to_string(&abs).ok().as_deref() != Some(text.as_str()) {
            stale.push(path.display().to_string());
            if update {
                std::fs::create_dir_all(abs.parent().expect("parent")).expect("mkdir");
                std::fs::write(&abs, text).expect("write");
            }
        }
    }
    for p in &stale_pages {
        stale.push(format!("{} (no such policy)", p.display()));
        if update {
            std::fs::remove_file(root().join(p)).expect("remove");
        }
    }
    assert!(
        update || stale.is_empty(),
        "generated parts of the book and README are stale; run `ATTEST_UPDATE_BOOK=1 cargo test --test catalogue` and review the diff:\n  {}",
        stale.join("\n  ")
    );
}

/// Every policy page shows a failing example with at least one finding, and a
/// passing one; every threshold entry names a policy.
#[test]
fn every_policy_page_has_examples() {
    let policies = builtin();
    let mut problems = Vec::new();
    for p in &policies {
        let ex = examples(p);
        if !ex.iter().any(|e| e.kind == Kind::Failing) {
            problems.push(format!("{}: no failing example with a finding", p.meta.id));
        }
        if !ex.iter().any(|e| e.kind == Kind::Passing) {
            problems.push(format!("{}: no passing example", p.meta.id));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
