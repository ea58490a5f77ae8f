//! The structured generator: an arbitrary project of a few files (Terraform,
//! CloudFormation, Kubernetes, Compose, GitHub Actions), each a tree of maps,
//! lists and scalars whose keys, types and values are drawn from the words one
//! policy of the pack reads (`build.rs` harvests them), rendered as the text a
//! user would write. Byte fuzzing rarely gets through a parser to the
//! evaluator; this gets there on every input.

use crate::Input;
use arbitrary::Arbitrary;
use std::fmt::Write as _;

mod vocab {
    include!(concat!(env!("OUT_DIR"), "/vocab.rs"));
}

/// Deeper trees add little: the loaders' depth bound has its own target.
const MAX_DEPTH: usize = 8;
/// Bounds on breadth, so that one input stays small whatever its length.
const MAX_ITEMS: usize = 6;
const MAX_FILES: usize = 4;

/// A few files in one folder (one Terraform module, one Kubernetes unit).
#[derive(Arbitrary, Debug)]
pub struct Project {
    pub files: Vec<File>,
}

#[derive(Arbitrary, Debug)]
pub enum File {
    Terraform { blocks: Vec<TfBlock> },
    CloudFormation { json: bool, parameters: Vec<(Word, Tree)>, resources: Vec<Resource> },
    Kubernetes { objects: Vec<K8sObject> },
    Compose { policy: u16, services: Vec<(Word, Tree)> },
    Workflow { policy: u16, jobs: Vec<(Word, Tree)>, on: Tree },
    Yaml { policy: u16, tree: Tree },
}

/// A word: from the current policy's vocabulary (keys or values, by where it
/// is used), from any policy's, or raw text.
#[derive(Arbitrary, Debug, Clone)]
pub enum Word {
    Near(u16),
    Far(u16, u16),
    Raw(String),
}

#[derive(Arbitrary, Debug)]
pub enum Tree {
    Null,
    Bool(bool),
    Int(i64),
    Float(f64),
    /// A value word, quoted.
    Str(Word),
    /// A value word, unquoted where the syntax allows (`yes`, `0777`, `1e3`).
    Plain(Word),
    /// In Terraform, a map written as a nested block when `true`.
    Map(bool, Vec<(Word, Tree)>),
    List(Vec<Tree>),
    /// A reference: Terraform `var.`/`local.`/resource attribute, CloudFormation
    /// `Ref`/`Fn::GetAtt`/`Fn::Sub`; a plain string elsewhere.
    Ref(u8, Word),
    /// A Terraform expression around values: function call, conditional,
    /// `for`, template; a CloudFormation `Fn::If`/`Fn::Join`/`Fn::FindInMap`.
    Expr(u8, Vec<Tree>),
}

#[derive(Arbitrary, Debug)]
pub struct Resource {
    pub policy: u16,
    pub ty: u16,
    pub name: Word,
    pub properties: Tree,
}

#[derive(Arbitrary, Debug)]
pub enum TfBlock {
    Resource { data: bool, r: Resource, count: Option<Tree> },
    Variable { name: Word, default: Option<Tree> },
    Locals(Vec<(Word, Tree)>),
    Module { name: Word, args: Vec<(Word, Tree)> },
    Provider { policy: u16, body: Tree },
}

#[derive(Arbitrary, Debug)]
pub struct K8sObject {
    pub policy: u16,
    pub kind: u8,
    pub name: Word,
    /// The pod spec's containers, for a kind that has a pod spec.
    pub containers: Vec<Tree>,
    pub spec: Tree,
}

const KINDS: &[(&str, &str, &str)] = &[
    // kind, apiVersion, path from the object to its pod spec ("" when none)
    ("Pod", "v1", "spec"),
    ("Deployment", "apps/v1", "spec.template.spec"),
    ("StatefulSet", "apps/v1", "spec.template.spec"),
    ("DaemonSet", "apps/v1", "spec.template.spec"),
    ("ReplicaSet", "apps/v1", "spec.template.spec"),
    ("Job", "batch/v1", "spec.template.spec"),
    ("CronJob", "batch/v1", "spec.jobTemplate.spec.template.spec"),
    ("Service", "v1", ""),
    ("Ingress", "networking.k8s.io/v1", ""),
    ("NetworkPolicy", "networking.k8s.io/v1", ""),
    ("Role", "rbac.authorization.k8s.io/v1", ""),
    ("ClusterRole", "rbac.authorization.k8s.io/v1", ""),
    ("RoleBinding", "rbac.authorization.k8s.io/v1", ""),
    ("ClusterRoleBinding", "rbac.authorization.k8s.io/v1", ""),
    ("ServiceAccount", "v1", ""),
    ("Namespace", "v1", ""),
    ("Secret", "v1", ""),
    ("ConfigMap", "v1", ""),
    ("KubeletConfiguration", "kubelet.config.k8s.io/v1beta1", ""),
    ("EncryptionConfiguration", "apiserver.config.k8s.io/v1", ""),
    ("Policy", "audit.k8s.io/v1", ""),
    ("Kustomization", "kustomize.config.k8s.io/v1beta1", ""),
];

const TF_FUNCTIONS: &[&str] = &[
    "jsonencode",
    "lookup",
    "coalesce",
    "try",
    "keys",
    "values",
    "merge",
    "concat",
    "length",
    "tostring",
    "tolist",
    "toset",
    "format",
    "lower",
    "element",
    "flatten",
    "distinct",
    "contains",
    "join",
    "split",
    "cidrsubnet",
    "jsondecode",
    "can",
    "one",
    "zipmap",
];

/// The words a rendering draws from: one policy's, with every policy's as
/// the fallback.
#[derive(Clone, Copy)]
struct Vocab {
    policy: usize,
}

type Entry = (&'static [&'static str], &'static [&'static str], &'static [&'static str], &'static [&'static str]);

fn entry(i: usize) -> &'static Entry {
    &vocab::POLICIES[i % vocab::POLICIES.len()]
}

fn pick<'w>(list: &'w [&'static str], i: u16, fallback: &'w str) -> &'w str {
    if list.is_empty() { fallback } else { list[i as usize % list.len()] }
}

impl Vocab {
    /// A policy of the pack for `platform`, chosen by `n`.
    fn for_platform(platform: &str, n: u16) -> Vocab {
        let matching: Vec<usize> = (0..vocab::POLICIES.len()).filter(|&i| vocab::POLICIES[i].0.contains(&platform)).collect();
        let policy = if matching.is_empty() { n as usize } else { matching[n as usize % matching.len()] };
        Vocab { policy }
    }

    fn key(self, w: &Word) -> String {
        match w {
            Word::Near(i) => pick(entry(self.policy).2, *i, "name").to_string(),
            Word::Far(p, i) => pick(entry(*p as usize).2, *i, "name").to_string(),
            Word::Raw(s) => s.chars().take(32).collect(),
        }
    }

    fn value(self, w: &Word) -> String {
        match w {
            Word::Near(i) => pick(entry(self.policy).3, *i, "true").to_string(),
            Word::Far(p, i) => pick(entry(*p as usize).3, *i, "*").to_string(),
            Word::Raw(s) => s.chars().take(64).collect(),
        }
    }

    fn ty(self, i: u16, prefix: &str) -> String {
        let types: Vec<&str> = entry(self.policy).1.iter().copied().filter(|t| t.starts_with(prefix)).collect();
        match types.len() {
            0 => pick(entry(self.policy).1, i, if prefix == "AWS::" { "AWS::S3::Bucket" } else { "aws_s3_bucket" }).to_string(),
            n => types[i as usize % n].to_string(),
        }
    }
}

/// The files of a project, in one folder.
pub fn render(project: &Project) -> Vec<Input> {
    let mut out = Vec::new();
    for (n, file) in project.files.iter().take(MAX_FILES).enumerate() {
        let (path, text) = match file {
            File::Terraform { blocks } => (format!("gen/main{n}.tf"), terraform(blocks)),
            File::CloudFormation { json: true, parameters, resources } => {
                (format!("gen/template{n}.json"), cloudformation_json(parameters, resources))
            }
            File::CloudFormation { json: false, parameters, resources } => {
                (format!("gen/template{n}.yaml"), cloudformation_yaml(parameters, resources))
            }
            File::Kubernetes { objects } => (format!("gen/manifests{n}.yaml"), kubernetes(objects)),
            File::Compose { policy, services } => {
                let v = Vocab::for_platform("compose", *policy);
                let mut s = String::from("services:\n");
                for (name, tree) in services.iter().take(MAX_ITEMS) {
                    let _ = writeln!(s, "  {}:", yaml_key(&v.key(name)));
                    s.push_str("    image: nginx:1.27\n");
                    yaml_body(&mut s, v, tree, 2, 0);
                }
                (format!("gen/compose{n}.yaml"), s)
            }
            File::Workflow { policy, jobs, on } => {
                let v = Vocab::for_platform("github", *policy);
                let mut s = String::from("on:\n");
                yaml_body(&mut s, v, on, 1, 0);
                s.push_str("jobs:\n");
                for (name, tree) in jobs.iter().take(MAX_ITEMS) {
                    let _ = writeln!(s, "  {}:", yaml_key(&v.key(name)));
                    s.push_str("    runs-on: ubuntu-latest\n");
                    yaml_body(&mut s, v, tree, 2, 0);
                }
                (format!("gen/.github/workflows/ci{n}.yml"), s)
            }
            File::Yaml { policy, tree } => {
                let mut s = String::new();
                yaml_body(&mut s, Vocab { policy: *policy as usize }, tree, 0, 0);
                (format!("gen/other{n}.yaml"), s)
            }
        };
        out.push(Input { syntax: attest::load::syntax_of(std::path::Path::new(&path)), path, text });
    }
    out
}

// ---- YAML ----

fn yaml_key(k: &str) -> String {
    let plain = !k.is_empty()
        && k.chars().all(|c| c.is_ascii_alphanumeric() || "_-./".contains(c))
        && !k.starts_with(['-', '.'])
        && !["y", "n", "yes", "no", "on", "off", "true", "false", "null", "~"].contains(&k.to_ascii_lowercase().as_str());
    if plain { k.to_string() } else { json_str(k) }
}

fn json_str(s: &str) -> String {
    let mut out = String::from("\"");
    for c in s.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            c if (c as u32) < 0x20 || c == '\u{7f}' || c == '\u{feff}' => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

fn plain_scalar(s: &str) -> bool {
    !s.is_empty() && s.chars().all(|c| c.is_ascii_alphanumeric() || "_-./+*:".contains(c)) && !s.starts_with(['-', ':', '*'])
}

fn float(f: f64) -> String {
    if f.is_finite() { format!("{f:?}") } else { "0.5".to_string() }
}

/// A scalar or flow collection on one line (YAML flow style is JSON's).
fn yaml_inline(v: Vocab, t: &Tree, depth: usize) -> String {
    match t {
        Tree::Null => "null".into(),
        Tree::Bool(b) => b.to_string(),
        Tree::Int(i) => i.to_string(),
        Tree::Float(f) => float(*f),
        Tree::Str(w) => json_str(&v.value(w)),
        Tree::Plain(w) => {
            let s = v.value(w);
            if plain_scalar(&s) { s } else { json_str(&s) }
        }
        Tree::Ref(_, w) => json_str(&v.key(w)),
        Tree::Expr(_, items) | Tree::List(items) => {
            if depth >= MAX_DEPTH {
                return "[]".into();
            }
            let parts: Vec<String> = items.iter().take(MAX_ITEMS).map(|i| yaml_inline(v, i, depth + 1)).collect();
            format!("[{}]", parts.join(", "))
        }
        Tree::Map(_, entries) => {
            if depth >= MAX_DEPTH {
                return "{}".into();
            }
            let parts: Vec<String> =
                entries.iter().take(MAX_ITEMS).map(|(k, x)| format!("{}: {}", json_str(&v.key(k)), yaml_inline(v, x, depth + 1))).collect();
            format!("{{{}}}", parts.join(", "))
        }
    }
}

/// The entries of a map at `indent` (two spaces a level), in block style;
/// a tree that is not a map becomes one entry under a vocabulary key.
fn yaml_body(out: &mut String, v: Vocab, t: &Tree, indent: usize, depth: usize) {
    let pad = "  ".repeat(indent);
    let Tree::Map(flow, entries) = t else {
        let _ = writeln!(out, "{pad}{}: {}", yaml_key(&v.key(&Word::Near(0))), yaml_inline(v, t, depth));
        return;
    };
    for (k, x) in entries.iter().take(MAX_ITEMS) {
        let key = yaml_key(&v.key(k));
        match x {
            Tree::Map(_, e) if !flow && !e.is_empty() && depth < MAX_DEPTH => {
                let _ = writeln!(out, "{pad}{key}:");
                yaml_body(out, v, x, indent + 1, depth + 1);
            }
            Tree::List(items) if !flow && !items.is_empty() && depth < MAX_DEPTH => {
                let _ = writeln!(out, "{pad}{key}:");
                for item in items.iter().take(MAX_ITEMS) {
                    match item {
                        Tree::Map(_, e) if !e.is_empty() => {
                            // `- ` then the map's entries, the first on the dash's line.
                            let mut inner = String::new();
                            yaml_body(&mut inner, v, item, indent + 2, depth + 2);
                            let inner = inner.trim_start();
                            let _ = write!(out, "{pad}  - {inner}");
                        }
                        _ => {
                            let _ = writeln!(out, "{pad}  - {}", yaml_inline(v, item, depth + 1));
                        }
                    }
                }
            }
            _ => {
                let _ = writeln!(out, "{pad}{key}: {}", yaml_inline(v, x, depth + 1));
            }
        }
    }
}

fn kubernetes(objects: &[K8sObject]) -> String {
    let mut s = String::new();
    for o in objects.iter().take(MAX_ITEMS) {
        let v = Vocab::for_platform("kubernetes", o.policy);
        let (kind, api, pod_path) = KINDS[o.kind as usize % KINDS.len()];
        let _ = writeln!(s, "---\napiVersion: {api}\nkind: {kind}\nmetadata:\n  name: {}", yaml_key(&v.value(&o.name)));
        if pod_path.is_empty() {
            // Not a workload: the tree is the rest of the object (`spec`, `rules`, `subjects`, …).
            yaml_body(&mut s, v, &o.spec, 0, 0);
            continue;
        }
        let parts: Vec<&str> = pod_path.split('.').collect();
        for (i, part) in parts.iter().enumerate() {
            let _ = writeln!(s, "{}{part}:", "  ".repeat(i));
        }
        let indent = parts.len();
        let pad = "  ".repeat(indent);
        let _ = writeln!(s, "{pad}containers:{}", if o.containers.is_empty() { " []" } else { "" });
        for (n, c) in o.containers.iter().take(MAX_ITEMS).enumerate() {
            let _ = writeln!(s, "{pad}  - name: c{n}");
            let _ = writeln!(s, "{pad}    image: registry.example/app:1.{n}");
            yaml_body(&mut s, v, c, indent + 2, 2);
        }
        yaml_body(&mut s, v, &o.spec, indent, 1);
    }
    s
}

// ---- CloudFormation ----

fn cfn_json(v: Vocab, t: &Tree, depth: usize, names: &[String]) -> String {
    let name = |w: &Word| {
        names.get(match w {
            Word::Near(i) | Word::Far(_, i) => *i as usize % names.len().max(1),
            Word::Raw(_) => 0,
        })
    };
    match t {
        Tree::Ref(kind, w) if depth < MAX_DEPTH => {
            let target = name(w).cloned().unwrap_or_else(|| v.key(w));
            match kind % 4 {
                0 => format!("{{\"Ref\": {}}}", json_str(&target)),
                1 => format!("{{\"Fn::GetAtt\": [{}, {}]}}", json_str(&target), json_str(&v.key(w))),
                2 => format!("{{\"Fn::Sub\": {}}}", json_str(&format!("arn:aws:s3:::${{{target}}}/*"))),
                _ => format!("{{\"Fn::ImportValue\": {}}}", json_str(&target)),
            }
        }
        Tree::Expr(kind, items) if depth < MAX_DEPTH => {
            let parts: Vec<String> = items.iter().take(MAX_ITEMS).map(|i| cfn_json(v, i, depth + 1, names)).collect();
            let f = ["Fn::If", "Fn::Join", "Fn::FindInMap", "Fn::Select", "Fn::Equals", "Fn::Split", "Fn::Base64", "Fn::GetAZs"];
            let f = f[*kind as usize % f.len()];
            match f {
                "Fn::If" => format!("{{\"Fn::If\": [\"Cond\", {}]}}", parts.join(", ")),
                "Fn::Join" => format!("{{\"Fn::Join\": [\"\", [{}]]}}", parts.join(", ")),
                "Fn::Base64" | "Fn::GetAZs" => format!("{{{}: {}}}", json_str(f), parts.first().cloned().unwrap_or_else(|| "\"\"".into())),
                _ => format!("{{{}: [{}]}}", json_str(f), parts.join(", ")),
            }
        }
        Tree::List(items) if depth < MAX_DEPTH => {
            let parts: Vec<String> = items.iter().take(MAX_ITEMS).map(|i| cfn_json(v, i, depth + 1, names)).collect();
            format!("[{}]", parts.join(", "))
        }
        Tree::Map(_, entries) if depth < MAX_DEPTH => {
            let parts: Vec<String> = entries
                .iter()
                .take(MAX_ITEMS)
                .map(|(k, x)| format!("{}: {}", json_str(&v.key(k)), cfn_json(v, x, depth + 1, names)))
                .collect();
            format!("{{{}}}", parts.join(", "))
        }
        Tree::Plain(w) => json_str(&v.value(w)),
        other => yaml_inline(v, other, MAX_DEPTH),
    }
}

fn cfn_names(parameters: &[(Word, Tree)], resources: &[Resource]) -> Vec<String> {
    let v = Vocab { policy: 0 };
    let mut names: Vec<String> = parameters.iter().take(MAX_ITEMS).map(|(w, _)| format!("P{}", v.key(w))).collect();
    names.extend(resources.iter().take(MAX_ITEMS).map(|r| format!("R{}", v.key(&r.name))));
    names.iter_mut().for_each(|n| n.retain(|c| c.is_ascii_alphanumeric()));
    names
}

fn cloudformation_json(parameters: &[(Word, Tree)], resources: &[Resource]) -> String {
    let names = cfn_names(parameters, resources);
    let v0 = Vocab { policy: 0 };
    let params: Vec<String> = parameters
        .iter()
        .take(MAX_ITEMS)
        .zip(&names)
        .map(|((_, d), n)| format!("{}: {{\"Type\": \"String\", \"Default\": {}}}", json_str(n), cfn_json(v0, d, 1, &names)))
        .collect();
    let res: Vec<String> = resources
        .iter()
        .take(MAX_ITEMS)
        .zip(names.iter().skip(params.len()))
        .map(|(r, n)| {
            let v = Vocab::for_platform("cloudformation", r.policy);
            format!(
                "{}: {{\"Type\": {}, \"Properties\": {}}}",
                json_str(n),
                json_str(&v.ty(r.ty, "AWS::")),
                cfn_json(v, &r.properties, 1, &names)
            )
        })
        .collect();
    format!(
        "{{\"AWSTemplateFormatVersion\": \"2010-09-09\", \"Parameters\": {{{}}}, \"Mappings\": {{\"M\": {{\"K\": {{\"V\": \"x\"}}}}}}, \"Conditions\": {{\"Cond\": {{\"Fn::Equals\": [\"a\", \"a\"]}}}}, \"Resources\": {{{}}}}}\n",
        params.join(", "),
        res.join(", ")
    )
}

/// CloudFormation YAML with the short tags (`!Ref`, `!GetAtt`, `!Sub`) in
/// block style: the YAML loader turns them into the `Fn::` forms.
fn cloudformation_yaml(parameters: &[(Word, Tree)], resources: &[Resource]) -> String {
    let names = cfn_names(parameters, resources);
    let mut s = String::from("AWSTemplateFormatVersion: \"2010-09-09\"\nParameters:\n");
    let v0 = Vocab { policy: 0 };
    for ((_, d), n) in parameters.iter().take(MAX_ITEMS).zip(&names) {
        let _ = writeln!(s, "  {n}:\n    Type: String\n    Default: {}", cfn_yaml_inline(v0, d, 2, &names));
    }
    s.push_str("Resources:\n");
    for (r, n) in resources.iter().take(MAX_ITEMS).zip(names.iter().skip(parameters.len().min(MAX_ITEMS))) {
        let v = Vocab::for_platform("cloudformation", r.policy);
        let _ = writeln!(s, "  {n}:\n    Type: {}\n    Properties:", v.ty(r.ty, "AWS::"));
        match &r.properties {
            Tree::Map(_, e) if !e.is_empty() => cfn_yaml_body(&mut s, v, &r.properties, 3, 1, &names),
            _ => {
                let _ = writeln!(s, "      {}: {}", yaml_key(&v.key(&Word::Near(0))), cfn_yaml_inline(v, &r.properties, 2, &names));
            }
        }
    }
    s
}

fn cfn_yaml_inline(v: Vocab, t: &Tree, depth: usize, names: &[String]) -> String {
    match t {
        Tree::Ref(kind, w) => {
            let target = names.first().cloned().unwrap_or_else(|| "X".into());
            let target = match w {
                Word::Near(i) | Word::Far(_, i) => names.get(*i as usize % names.len().max(1)).cloned().unwrap_or(target),
                Word::Raw(_) => target,
            };
            match kind % 3 {
                0 => format!("!Ref {target}"),
                1 => format!("!GetAtt {target}.{}", v.key(w).replace([' ', ':', '#', ','], "")),
                _ => format!("!Sub {}", json_str(&format!("${{{target}}}-suffix"))),
            }
        }
        _ => cfn_json(v, t, depth, names),
    }
}

fn cfn_yaml_body(out: &mut String, v: Vocab, t: &Tree, indent: usize, depth: usize, names: &[String]) {
    let pad = "  ".repeat(indent);
    let Tree::Map(_, entries) = t else { return };
    for (k, x) in entries.iter().take(MAX_ITEMS) {
        let key = yaml_key(&v.key(k));
        match x {
            Tree::Map(_, e) if !e.is_empty() && depth < MAX_DEPTH => {
                let _ = writeln!(out, "{pad}{key}:");
                cfn_yaml_body(out, v, x, indent + 1, depth + 1, names);
            }
            Tree::List(items) if depth < MAX_DEPTH => {
                let _ = writeln!(out, "{pad}{key}:");
                for item in items.iter().take(MAX_ITEMS) {
                    let _ = writeln!(out, "{pad}  - {}", cfn_yaml_inline(v, item, depth + 1, names));
                }
                if items.is_empty() {
                    let _ = writeln!(out, "{pad}  - null");
                }
            }
            _ => {
                let _ = writeln!(out, "{pad}{key}: {}", cfn_yaml_inline(v, x, depth + 1, names));
            }
        }
    }
}

// ---- Terraform ----

fn ident(s: &str) -> String {
    let mut out: String = s.chars().filter(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-').take(40).collect();
    if !out.starts_with(|c: char| c.is_ascii_alphabetic() || c == '_') {
        out.insert(0, 'x');
    }
    out
}

fn hcl_str(s: &str) -> String {
    // A literal string: no interpolation or directive from a vocabulary word.
    json_str(s).replace("${", "$${").replace("%{", "%%{")
}

fn hcl_expr(v: Vocab, t: &Tree, depth: usize) -> String {
    match t {
        Tree::Null => "null".into(),
        Tree::Bool(b) => b.to_string(),
        Tree::Int(i) => i.to_string(),
        Tree::Float(f) => float(*f),
        Tree::Str(w) | Tree::Plain(w) => hcl_str(&v.value(w)),
        Tree::Ref(kind, w) => {
            let name = ident(&v.key(w));
            match kind % 6 {
                0 => format!("var.{name}"),
                1 => format!("local.{name}"),
                2 => format!("{}.this.{name}", ident(&v.ty(0, ""))),
                3 => format!("\"prefix-${{var.{name}}}\""),
                4 => format!("data.{}.this.{name}", ident(&v.ty(1, ""))),
                _ => format!("module.m.{name}"),
            }
        }
        Tree::List(items) if depth < MAX_DEPTH => {
            let parts: Vec<String> = items.iter().take(MAX_ITEMS).map(|i| hcl_expr(v, i, depth + 1)).collect();
            format!("[{}]", parts.join(", "))
        }
        Tree::Map(_, entries) if depth < MAX_DEPTH => {
            let parts: Vec<String> =
                entries.iter().take(MAX_ITEMS).map(|(k, x)| format!("{} = {}", hcl_str(&v.key(k)), hcl_expr(v, x, depth + 1))).collect();
            format!("{{ {} }}", parts.join(", "))
        }
        Tree::Expr(kind, items) if depth < MAX_DEPTH => {
            let parts: Vec<String> = items.iter().take(MAX_ITEMS).map(|i| hcl_expr(v, i, depth + 1)).collect();
            let first = parts.first().cloned().unwrap_or_else(|| "null".into());
            let second = parts.get(1).cloned().unwrap_or_else(|| "\"\"".into());
            match kind % 8 {
                0 => format!("{} ? {first} : {second}", parts.get(2).cloned().unwrap_or_else(|| "true".into())),
                1 => format!("[for x in {first} : x]"),
                2 => format!("{{ for k, x in {first} : k => x }}"),
                3 => format!("\"%{{ if {first} }}a%{{ endif }}${{{second}}}\""),
                4 => format!("({first} == {second})"),
                5 => format!("!{first}"),
                6 => format!("{first}[*].{}", ident(&v.key(&Word::Near(0)))),
                _ => format!("{}({})", TF_FUNCTIONS[(*kind as usize / 8) % TF_FUNCTIONS.len()], parts.join(", ")),
            }
        }
        Tree::List(_) => "[]".into(),
        Tree::Map(..) | Tree::Expr(..) => "{}".into(),
    }
}

/// The body of a block: map entries marked as blocks become nested blocks
/// (a list of such maps, repeated blocks), the rest attributes.
fn hcl_body(out: &mut String, v: Vocab, t: &Tree, indent: usize, depth: usize) {
    let pad = "  ".repeat(indent);
    let Tree::Map(_, entries) = t else {
        let _ = writeln!(out, "{pad}{} = {}", ident(&v.key(&Word::Near(0))), hcl_expr(v, t, depth));
        return;
    };
    for (k, x) in entries.iter().take(MAX_ITEMS) {
        let key = ident(&v.key(k));
        match x {
            Tree::Map(true, _) if depth < MAX_DEPTH => {
                let _ = writeln!(out, "{pad}{key} {{");
                hcl_body(out, v, x, indent + 1, depth + 1);
                let _ = writeln!(out, "{pad}}}");
            }
            Tree::List(items) if depth < MAX_DEPTH && !items.is_empty() && items.iter().all(|i| matches!(i, Tree::Map(true, _))) => {
                for item in items.iter().take(MAX_ITEMS) {
                    let _ = writeln!(out, "{pad}{key} {{");
                    hcl_body(out, v, item, indent + 1, depth + 2);
                    let _ = writeln!(out, "{pad}}}");
                }
            }
            Tree::Expr(kind, items) if kind % 16 == 15 && depth < MAX_DEPTH => {
                // A `dynamic` block over the first item.
                let over = items.first().map_or_else(|| "[]".into(), |i| hcl_expr(v, i, depth + 1));
                let _ = writeln!(out, "{pad}dynamic \"{key}\" {{\n{pad}  for_each = {over}\n{pad}  content {{");
                if let Some(body) = items.get(1) {
                    hcl_body(out, v, body, indent + 2, depth + 2);
                }
                let _ = writeln!(out, "{pad}  }}\n{pad}}}");
            }
            _ => {
                let _ = writeln!(out, "{pad}{key} = {}", hcl_expr(v, x, depth + 1));
            }
        }
    }
}

fn terraform(blocks: &[TfBlock]) -> String {
    let mut s = String::new();
    let v0 = Vocab { policy: 0 };
    for b in blocks.iter().take(MAX_ITEMS * 2) {
        match b {
            TfBlock::Resource { data, r, count } => {
                let v = Vocab::for_platform("terraform", r.policy);
                let ty = ident(&v.ty(r.ty, ""));
                let name = if matches!(r.name, Word::Near(0)) { "this".to_string() } else { ident(&v.key(&r.name)) };
                let _ = writeln!(s, "{} \"{ty}\" \"{name}\" {{", if *data { "data" } else { "resource" });
                if let Some(c) = count {
                    let _ = writeln!(s, "  {} = {}", if matches!(c, Tree::Int(_)) { "count" } else { "for_each" }, hcl_expr(v, c, 1));
                }
                hcl_body(&mut s, v, &r.properties, 1, 1);
                s.push_str("}\n");
            }
            TfBlock::Variable { name, default } => {
                let _ = writeln!(s, "variable \"{}\" {{", ident(&v0.key(name)));
                if let Some(d) = default {
                    let _ = writeln!(s, "  default = {}", hcl_expr(v0, d, 1));
                }
                s.push_str("}\n");
            }
            TfBlock::Locals(entries) => {
                s.push_str("locals {\n");
                for (k, x) in entries.iter().take(MAX_ITEMS) {
                    let _ = writeln!(s, "  {} = {}", ident(&v0.key(k)), hcl_expr(v0, x, 1));
                }
                s.push_str("}\n");
            }
            TfBlock::Module { name, args } => {
                let _ = writeln!(s, "module \"{}\" {{\n  source = \"./modules/{}\"", ident(&v0.key(name)), ident(&v0.key(name)));
                for (k, x) in args.iter().take(MAX_ITEMS) {
                    let _ = writeln!(s, "  {} = {}", ident(&v0.key(k)), hcl_expr(v0, x, 1));
                }
                s.push_str("}\n");
            }
            TfBlock::Provider { policy, body } => {
                let v = Vocab::for_platform("terraform", *policy);
                s.push_str("provider \"aws\" {\n");
                hcl_body(&mut s, v, body, 1, 1);
                s.push_str("}\n");
            }
        }
    }
    s
}
