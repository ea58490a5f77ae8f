//! The surface of the language: every built-in function and every collection,
//! with the arguments it takes and what it gives.
//!
//! This table is the one place they are listed. The checker reads it for names
//! and arities, `attest inspect` for the collections it shows, and
//! `tests/catalogue.rs` renders it into the book (the built-in functions of
//! `book/src/language.md`, the collections of `language.md` and
//! `platforms.md`). What the functions and collections do is answered
//! elsewhere: `eval::builtins::call` (with the evaluator, for the functions
//! that read the unit) and `platform::collect`; unit tests there fail when an
//! entry here is not answered.
//!
//! Texts are Markdown, as the book shows them. Links are relative to
//! `book/src/language.md`, the one page that shows the functions.

/// A built-in function.
#[derive(Debug)]
pub struct Builtin {
    pub name: &'static str,
    /// The parameters, named as the book names them. Every one is required.
    pub params: &'static [&'static str],
    /// What it returns.
    pub doc: &'static str,
    /// A use of it in a policy.
    pub example: &'static str,
}

impl Builtin {
    /// The least and the most number of arguments.
    /// A last parameter written `values...` takes any number of arguments.
    pub fn arity(&self) -> (usize, usize) {
        match self.params.last() {
            Some(p) if p.ends_with("...") => (self.params.len() - 1, usize::MAX),
            _ => (self.params.len(), self.params.len()),
        }
    }

    /// `cidr_contains(cidr, ip)`.
    pub fn signature(&self) -> String {
        format!("{}({})", self.name, self.params.join(", "))
    }
}

/// A collection a top-level `for` ranges over.
#[derive(Debug)]
pub struct Collection {
    /// `kubernetes.containers`: the platform's namespace and the collection, or
    /// one word for a collection of every platform (`documents`).
    pub name: &'static str,
    /// The one optional argument, when the collection takes one:
    /// `cloudformation.resources("TYPE")`.
    pub param: Option<&'static str>,
    /// What its elements are.
    pub elements: &'static str,
    /// The address of an element (`address(x)`).
    pub address: &'static str,
}

impl Collection {
    /// The least and the most number of arguments.
    pub fn arity(&self) -> (usize, usize) {
        (0, usize::from(self.param.is_some()))
    }

    /// The platform namespace, `kubernetes` for `kubernetes.containers`; `None`
    /// for a collection of every platform.
    pub fn platform(&self) -> Option<&'static str> {
        self.name.split_once('.').map(|(ns, _)| ns)
    }
}

pub fn builtin(name: &str) -> Option<&'static Builtin> {
    BUILTINS.iter().find(|b| b.name == name)
}

pub fn collection(name: &str) -> Option<&'static Collection> {
    COLLECTIONS.iter().find(|c| c.name == name)
}

/// Whether `name` is a platform namespace: `kubernetes` in `kubernetes.containers`
/// names collections, not a variable.
pub fn is_namespace(name: &str) -> bool {
    static NAMESPACES: std::sync::LazyLock<Vec<&'static str>> = std::sync::LazyLock::new(|| {
        let mut all: Vec<&str> = COLLECTIONS.iter().filter_map(Collection::platform).collect();
        all.dedup();
        all
    });
    NAMESPACES.contains(&name)
}

/// Whether `name` is a collection named by one word (`documents`).
pub fn is_root_collection(name: &str) -> bool {
    COLLECTIONS.iter().any(|c| c.name == name && !c.name.contains('.'))
}

/// Every built-in function, in the order the book lists them.
pub const BUILTINS: &[Builtin] = &[
    Builtin {
        name: "len",
        params: &["x"],
        doc: "The number of elements of a list, entries of a map, or characters of a string.",
        example: "len(role.rules) > 0",
    },
    Builtin { name: "lower", params: &["s"], doc: "The string in lower case.", example: r#"lower(r.Properties.Engine) == "mysql""# },
    Builtin { name: "upper", params: &["s"], doc: "The string in upper case.", example: r#"upper(l.Properties.Protocol) == "HTTPS""# },
    Builtin {
        name: "trim",
        params: &["s"],
        doc: "The string without leading and trailing whitespace.",
        example: r#"trim(v.hostPath.path) == "/""#,
    },
    Builtin { name: "keys", params: &["m"], doc: "The keys of a map, as a list.", example: r#"keys(o.metadata.labels) contains "team""# },
    Builtin {
        name: "values",
        params: &["m"],
        doc: "The values of a map, as a list.",
        example: r#"values(o.metadata.labels) contains "production""#,
    },
    Builtin {
        name: "replace",
        params: &["s", "from", "to"],
        doc: "`s` with every occurrence of `from` (which must not be empty) replaced by `to`.",
        example: r#"replace(r.Properties.EngineVersion, "-", ".")"#,
    },
    Builtin {
        name: "substring",
        params: &["s", "start", "length"],
        doc: "The `length` characters of `s` from character `start` (the first is 0); fewer at the end of `s`.",
        example: r#"substring(r.arn, 0, 12) == "arn:aws:iam:""#,
    },
    Builtin {
        name: "format",
        params: &["template", "values..."],
        doc: "The template with each `{}` replaced by the next value as text (`{{` and `}}` are braces). Absent when a \
              value is absent or the number of values is not the number of `{}` (an error when the template is written \
              in the policy).",
        example: r#"format("arn:aws:s3:::{}/*", b.bucket)"#,
    },
    Builtin {
        name: "trim_prefix",
        params: &["s", "prefix"],
        doc: "`s` without `prefix` at its start, or `s` unchanged when it does not start with it.",
        example: r#"trim_prefix(c.image, "docker.io/") starts_with "library/""#,
    },
    Builtin {
        name: "trim_suffix",
        params: &["s", "suffix"],
        doc: "`s` without `suffix` at its end, or `s` unchanged when it does not end with it.",
        example: r#"trim_suffix(b.bucket, "-logs")"#,
    },
    Builtin {
        name: "split",
        params: &["s", "sep"],
        doc: "The parts of `s` between occurrences of `sep` (which must not be empty), as a list.",
        example: r#"split(c.image, "/")[0]"#,
    },
    Builtin {
        name: "join",
        params: &["list", "sep"],
        doc: "The elements, as strings, joined with `sep`; unknown when an element is.",
        example: r#"join(c.command, " ") contains "--insecure""#,
    },
    Builtin {
        name: "snake_case",
        params: &["s"],
        doc: "The words of `s` in lower case joined by `_`: a word starts at a capital after a small letter or a digit, at \
              a capital followed by a small letter, at a digit after a letter, and after any character that is not a \
              letter or a digit.",
        example: r#"snake_case(p.name) == "db_password""#,
    },
    Builtin {
        name: "wildcard_match",
        params: &["pattern", "s"],
        doc: "`s` matches `pattern`, in which `*` stands for any run of characters and `?` for one character (IAM's \
              wildcards); compared as written, so lower both to compare without case.",
        example: r#"wildcard_match(lower(a), "iam:passrole")"#,
    },
    Builtin {
        name: "to_number",
        params: &["x"],
        doc: "A number from a number or numeric string.",
        example: "to_number(r.Properties.AllocatedStorage) >= 20",
    },
    Builtin { name: "to_string", params: &["x"], doc: "The value as a string.", example: r#"to_string(r.FromPort) == "22""# },
    Builtin {
        name: "default",
        params: &["x", "fallback"],
        doc: "`fallback` when `x` is absent or null, otherwise `x`; `fallback` is evaluated only when it is needed, so a function may recurse through it.",
        example: "default(r.Properties.MultiAZ, false) == true",
    },
    Builtin {
        name: "base64_decode",
        params: &["s"],
        doc: "The text that the base64 `s` encodes, whitespace ignored (a Secret's `data`); absent when `s` is not base64 or does not encode UTF-8 text.",
        example: r#"base64_decode(s.data.uri) starts_with "mongodb://""#,
    },
    Builtin {
        name: "parse_json",
        params: &["s"],
        doc: "The value of a JSON text, for JSON kept in a string.",
        example: r#"parse_json(cm.data["config.json"]).tls.enabled == true"#,
    },
    Builtin {
        name: "cidr_contains",
        params: &["cidr", "ip"],
        doc: "The address or range `ip` is inside `cidr`.",
        example: r#"cidr_contains("10.0.0.0/8", r.CidrIp)"#,
    },
    Builtin {
        name: "cidr_is_public",
        params: &["cidr"],
        doc: "The address or range is not entirely inside private (`10.0.0.0/8`, `172.16.0.0/12`, `192.168.0.0/16`, \
              `fc00::/7`), shared (`100.64.0.0/10`), loopback or link-local space: true for `0.0.0.0/0`, `::/0` and public ranges.",
        example: "cidr_is_public(r.CidrIp)",
    },
    Builtin {
        name: "port_range_includes",
        params: &["from", "to", "port"],
        doc: "`port` is in the range `from`..`to`, both ends included. As in AWS security group rules, `-1` for `from` or \
              `to` means every port.",
        example: "port_range_includes(r.FromPort, r.ToPort, 22)",
    },
    Builtin {
        name: "version_at_least",
        params: &["v", "min"],
        doc: "The dotted version `v` is `min` or later, compared number by number (`\"8.0.36\"` is at least `\"8.0.4\"`). \
              What comes before the first digit is ignored (`v1.2`, `TLSv1.2`), parts are separated by `.`, `-`, `+` or `_`, missing parts count as 0, and the comparison stops at the first part that is not \
              a number (`1.27.0-eks` is `1.27.0`).",
        example: r#"version_at_least(r.Properties.EngineVersion, "8.0.32")"#,
    },
    Builtin {
        name: "days_between",
        params: &["d1", "d2"],
        doc: "The number of days from the ISO date `d1` to the ISO date `d2` (`2026-01-31`; a time after the date is \
              ignored). Negative when `d2` is before `d1`.",
        example: r#"days_between(a["granted"], a["expires"]) <= 90"#,
    },
    Builtin {
        name: "address",
        params: &["x"],
        doc: "The address of a collection element: see [Collections](#collections).",
        example: r#""bucket {address(b)}""#,
    },
    Builtin {
        name: "document",
        params: &["x"],
        doc: "The whole document a collection element is in: from a GitHub Actions job to its workflow (`permissions`, `on`), \
              from a Dockerfile stage to the Dockerfile, from a Kubernetes container to its manifest.",
        example: r#"document(j).permissions exists"#,
    },
    Builtin {
        name: "file_name",
        params: &["x"],
        doc: "The name of the file a collection element is in, without its folders (the same from whatever folder attest runs).",
        example: r#"file_name(d) == "docker-compose.prod.yml""#,
    },
    Builtin {
        name: "file_path",
        params: &["x"],
        doc: "The path of the file a collection element is in, from the folder attest was asked to check, `/`-separated: \
              `k8s/app.yaml` for `infra/k8s/app.yaml` when `attest check infra` runs, the file's name for a file named \
              on the command line or a fixture file, the path in its case folder for a fixture in a subfolder. The same \
              from whatever folder attest runs.",
        example: r#"file_path(d) starts_with "prod/""#,
    },
    Builtin {
        name: "referenced_by",
        params: &["r", "type"],
        doc: "The resources of `type` in the same module or template that refer to the resource `r` (Terraform \
              references; CloudFormation `Ref`, `Fn::GetAtt`, `Fn::Sub`). See [Terraform](platforms.md#terraform).",
        example: r#"referenced_by(b, "aws_s3_bucket_versioning")"#,
    },
    Builtin {
        name: "references",
        params: &["r", "type"],
        doc: "The resources of `type` that the resource `r` refers to.",
        example: r#"references(a, "aws_lb")"#,
    },
    Builtin {
        name: "pod_spec",
        params: &["c"],
        doc: "The pod spec a Kubernetes container belongs to. See [Kubernetes](platforms.md#kubernetes).",
        example: "pod_spec(c).securityContext",
    },
    Builtin {
        name: "workload",
        params: &["c"],
        doc: "The workload (Deployment, CronJob, ...) a Kubernetes container belongs to.",
        example: r#"workload(c).kind == "CronJob""#,
    },
    Builtin {
        name: "parse_image",
        params: &["i"],
        doc: "A container image reference in parts, as Docker resolves it: `registry` (`docker.io` when none is written), \
              `repository` (`library/nginx` for an official image), `name` (registry and repository: \
              `docker.io/library/nginx`), `tag` and `digest` when written.",
        example: r#"parse_image(c.image).registry == "ghcr.io""#,
    },
    Builtin {
        name: "parse_uses",
        params: &["u"],
        doc: "A GitHub Actions `uses` in parts: `owner`, `repo`, `path`, `ref`, `is_sha`, `is_local`, `is_docker` (see \
              [GitHub Actions](platforms.md#github-actions)).",
        example: "parse_uses(s.uses).is_sha",
    },
];

const AS_OBJECTS: &str = "as `kubernetes.objects`";
const CONFIG: &str = "as `kubernetes.objects` when the object has a `metadata.name`; else the file's path: `nodes/kubelet.yaml`";

/// Every collection, grouped by platform.
pub const COLLECTIONS: &[Collection] = &[
    Collection {
        name: "documents",
        param: None,
        elements: "The root value of every loaded document: each document of a YAML file (a multi-document file gives \
                   several), and each JSON file, TOML file, Terraform file, Dockerfile or CODEOWNERS file, whatever its \
                   platform.",
        address: "the file path and the document's index in the file: `k8s/app.yaml#1`",
    },
    Collection {
        name: "kubernetes.objects",
        param: None,
        elements: "Every Kubernetes object (a mapping with `apiVersion` and `kind`); the items of a `List` are objects of \
                   their own.",
        address: "`Kind/namespace/name` of the object, or `Kind/name` without a namespace: `Deployment/shop/storefront`; an object named from `generateName` is `Job/shop/upgrade-*`",
    },
    Collection {
        name: "kubernetes.workloads",
        param: None,
        elements: "The objects that have a pod template: Pod, Deployment, StatefulSet, DaemonSet, ReplicaSet, Job, CronJob, \
                   ReplicationController, PodTemplate.",
        address: AS_OBJECTS,
    },
    Collection {
        name: "kubernetes.pod_specs",
        param: None,
        elements: "The pod spec of each workload (`spec` of a Pod, `spec.template.spec` of a Deployment, \
                   `spec.jobTemplate.spec.template.spec` of a CronJob, ...), with `hostNetwork`, `hostPID`, `volumes`, \
                   `serviceAccountName`, the pod-level `securityContext` and so on.",
        address: "the workload's: `Deployment/shop/storefront`",
    },
    Collection {
        name: "kubernetes.containers",
        param: None,
        elements: "Every container, init container and ephemeral container of every pod spec: the container mapping \
                   itself, with `name`, `image`, `securityContext`, `resources`, `ports`, ...",
        address: "the workload's address, the field and the container name: \
                  `Deployment/shop/storefront/containers/nginx`, `.../initContainers/migrate`",
    },
    Collection { name: "kubernetes.services", param: None, elements: "Services.", address: AS_OBJECTS },
    Collection { name: "kubernetes.ingresses", param: None, elements: "Ingresses.", address: AS_OBJECTS },
    Collection { name: "kubernetes.network_policies", param: None, elements: "NetworkPolicies.", address: AS_OBJECTS },
    Collection { name: "kubernetes.roles", param: None, elements: "RBAC Roles and ClusterRoles.", address: AS_OBJECTS },
    Collection {
        name: "kubernetes.role_bindings",
        param: None,
        elements: "RBAC RoleBindings and ClusterRoleBindings.",
        address: AS_OBJECTS,
    },
    Collection { name: "kubernetes.namespaces", param: None, elements: "Namespaces.", address: AS_OBJECTS },
    Collection { name: "kubernetes.service_accounts", param: None, elements: "ServiceAccounts.", address: AS_OBJECTS },
    Collection {
        name: "kubernetes.control_plane",
        param: None,
        elements: "The control-plane components that pods in `kube-system` run (the static pods of \
                   `/etc/kubernetes/manifests`, or a self-hosted control plane's workloads): one element per container \
                   whose `command` runs `kube-apiserver`, `kube-controller-manager`, `kube-scheduler`, `kubelet` or \
                   `etcd` (also through `hyperkube` or `sh -c`), with `component` (that name), `flags` and \
                   `container` (the container itself). `flags` are the command line's flags (`command`, then \
                   `args`) by name without dashes, `c.flags[\"anonymous-auth\"]`: values are strings, a bare flag is \
                   `\"true\"`, the last of a repeated flag wins; each value is at its place in the file, and a \
                   missing flag is reported at `command`.",
        address: "as `kubernetes.containers`: `Pod/kube-system/kube-apiserver/containers/kube-apiserver`",
    },
    Collection {
        name: "kubernetes.kubelet_configs",
        param: None,
        elements: "The kubelet's configuration files: objects of kind `KubeletConfiguration` of `kubelet.config.k8s.io`.",
        address: CONFIG,
    },
    Collection {
        name: "kubernetes.scheduler_configs",
        param: None,
        elements: "The scheduler's configuration files: `KubeSchedulerConfiguration` of `kubescheduler.config.k8s.io`.",
        address: CONFIG,
    },
    Collection {
        name: "kubernetes.encryption_configs",
        param: None,
        elements: "The API server's encryption at rest configuration (`--encryption-provider-config`): \
                   `EncryptionConfiguration` of `apiserver.config.k8s.io`.",
        address: CONFIG,
    },
    Collection {
        name: "kubernetes.audit_policies",
        param: None,
        elements: "The API server's audit policies (`--audit-policy-file`): `Policy` of `audit.k8s.io`.",
        address: CONFIG,
    },
    Collection {
        name: "cloudformation.resources",
        param: Some("TYPE"),
        elements: "Every resource of every CloudFormation template (YAML or JSON): the resource mapping, with `Type`, \
                   `Properties`, `Condition`, `DependsOn`, ... With a type, the resources of that type: \
                   `cloudformation.resources(\"AWS::S3::Bucket\")`; `*` matches any text: `\"AWS::EC2::*\"`.",
        address: "the logical id: `ReportsBucket`",
    },
    Collection {
        name: "cloudformation.parameters",
        param: None,
        elements: "Every entry of a template's `Parameters` (`Type`, `Default`, `NoEcho`, `AllowedValues`, ...), as written.",
        address: "`Parameters/` and the parameter's name: `Parameters/DBPassword`",
    },
    Collection {
        name: "dockerfile.stages",
        param: None,
        elements: "Every stage of every Dockerfile: each `FROM` and the instructions up to the next one.",
        address: "the stage's `AS` name, or `stage-N` (`N` from 0): `builder`",
    },
    Collection {
        name: "dockerfile.final_stages",
        param: None,
        elements: "The last stage of each Dockerfile: the image `docker build` produces unless `--target` says otherwise.",
        address: "as `dockerfile.stages`",
    },
    Collection {
        name: "dockerfile.instructions",
        param: None,
        elements: "Every instruction of every Dockerfile, in file order, including `FROM` and the `ARG`s before the first \
                   `FROM`.",
        address: "`STAGE/KIND[N]`: `builder/RUN[2]` is the third `RUN` of stage `builder`; `global/ARG[0]` for an `ARG` \
                  before the first `FROM`",
    },
    Collection {
        name: "compose.files",
        param: None,
        elements: "Every Docker Compose file, as a whole: `services`, `networks`, `volumes`, `secrets`, `configs`, ...",
        address: "the file's path",
    },
    Collection {
        name: "compose.services",
        param: None,
        elements: "Every entry of `services` of every Compose file that is a map; in the version 1 format (no `services` key, in a file named like a Compose file), every top-level entry with `image` or `build`.",
        address: "the service name: `web`",
    },
    Collection {
        name: "github.workflows",
        param: None,
        elements: "Every GitHub Actions workflow, as a whole: `name`, `on`, `permissions`, `env`, `concurrency`, `jobs`, ...",
        address: "the file name: `ci.yml`",
    },
    Collection {
        name: "github.jobs",
        param: None,
        elements: "Every job of every workflow: `runs-on`, `permissions`, `needs`, `if`, `environment`, `container`, \
                   `services`, `steps`, or `uses`, `with` and `secrets` for a job that calls a reusable workflow.",
        address: "`ci.yml:build`",
    },
    Collection {
        name: "github.steps",
        param: None,
        elements: "Every step of every job: `id`, `name`, `uses`, `with`, `run`, `shell`, `env`, `if`, ...",
        address: "`ci.yml:build/checkout` with the step's `id`, else `ci.yml:build/step-N` (`N` from 0)",
    },
    Collection {
        name: "codeowners.files",
        param: None,
        elements: "The CODEOWNERS file GitHub reads for each repository, as a whole: `rules`.",
        address: "its path in the repository: `.github/CODEOWNERS`",
    },
    Collection {
        name: "codeowners.rules",
        param: None,
        elements: "Every rule (pattern and owners) of the CODEOWNERS file in effect, in file order.",
        address: "its pattern: `/docs/`",
    },
    Collection {
        name: "terraform.resources",
        param: Some("TYPE"),
        elements: "Every `resource` block of every module, after static evaluation of the module; also the resources of a \
                   plan (`terraform show -json`). With a type, the resources of that type; `*` matches any text: \
                   `\"aws_s3_bucket*\"`.",
        address: "`aws_s3_bucket.logs`; in a plan, with the module path: `module.db.aws_db_instance.this`",
    },
    Collection {
        name: "terraform.data",
        param: Some("TYPE"),
        elements: "Every `data` block, and the data sources of a plan; with a type, those of that type.",
        address: "`data.aws_iam_policy_document.admin`",
    },
    Collection { name: "terraform.modules", param: None, elements: "`module` calls.", address: "`module.vpc`" },
    Collection { name: "terraform.variables", param: None, elements: "`variable` blocks (`type`, `default`, ...).", address: "`var.name`" },
    Collection { name: "terraform.outputs", param: None, elements: "`output` blocks.", address: "`output.name`" },
    Collection {
        name: "terraform.providers",
        param: None,
        elements: "`provider` blocks (several per provider with `alias`).",
        address: "`provider.aws`",
    },
];

/// The schema type of a collection's elements (`schema::named`), for the
/// checker's schema pass; a namespace alone (`tf:`) means the collection's
/// argument names the type. Collections not listed are not typed.
const SCHEMAS: &[(&str, &str)] = &[
    ("terraform.resources", "tf:"),
    ("terraform.data", "tfdata:"),
    ("cloudformation.resources", "cfn:"),
    ("kubernetes.containers", "k8s:attest.Container"),
    ("kubernetes.pod_specs", "k8s:io.k8s.api.core.v1.PodSpec"),
    ("kubernetes.services", "k8s:io.k8s.api.core.v1.Service"),
    ("kubernetes.namespaces", "k8s:io.k8s.api.core.v1.Namespace"),
    ("kubernetes.service_accounts", "k8s:io.k8s.api.core.v1.ServiceAccount"),
    ("kubernetes.ingresses", "k8s:io.k8s.api.networking.v1.Ingress"),
    ("kubernetes.network_policies", "k8s:io.k8s.api.networking.v1.NetworkPolicy"),
    ("kubernetes.roles", "k8s:attest.Role"),
    ("kubernetes.role_bindings", "k8s:attest.RoleBinding"),
];

/// The schema type of a collection's elements: see `SCHEMAS`.
pub fn schema_of(collection: &str) -> Option<&'static str> {
    SCHEMAS.iter().find(|(c, _)| *c == collection).map(|(_, s)| *s)
}

/// The schema type of what `pod_spec(c)` returns.
pub const POD_SPEC_SCHEMA: &str = "k8s:io.k8s.api.core.v1.PodSpec";

/// The text of a `format` template between its `{}` holes, `{{` and `}}`
/// read as braces: one piece more than there are holes. The checker counts
/// the holes of a template written in a policy, the evaluator fills them.
pub fn format_pieces(template: &str) -> Vec<String> {
    let mut pieces = Vec::new();
    let mut piece = String::new();
    let mut chars = template.chars().peekable();
    while let Some(c) = chars.next() {
        match (c, chars.peek()) {
            ('{', Some('{')) | ('}', Some('}')) => {
                chars.next();
                piece.push(c);
            }
            ('{', Some('}')) => {
                chars.next();
                pieces.push(std::mem::take(&mut piece));
            }
            _ => piece.push(c),
        }
    }
    pieces.push(piece);
    pieces
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_typed_collection_exists_and_its_type_is_in_the_schemas() {
        for (name, ty) in SCHEMAS {
            assert!(collection(name).is_some(), "{name}");
            assert!(ty.ends_with(':') || crate::schema::named(ty).is_some(), "{ty}");
        }
        assert!(crate::schema::named(POD_SPEC_SCHEMA).is_some());
    }

    #[test]
    fn names_are_unique() {
        let mut names: Vec<&str> = BUILTINS.iter().map(|b| b.name).chain(COLLECTIONS.iter().map(|c| c.name)).collect();
        names.sort_unstable();
        let before = names.len();
        names.dedup();
        assert_eq!(before, names.len(), "a name is listed twice");
    }

    /// The parser reads every collection as a collection.
    #[test]
    fn the_parser_reads_every_collection() {
        for c in COLLECTIONS {
            let file = crate::source::SourceFile::new("t", c.name);
            let expr = crate::policy::syntax::parse_expr(&file).unwrap_or_else(|e| panic!("`{}`: {}", c.name, e.message));
            assert!(
                matches!(&expr.kind, crate::policy::ast::ExprKind::Collection(n, _) if n == c.name),
                "`{}` is not read as a collection",
                c.name
            );
        }
    }

    /// The book's examples parse and call what they describe.
    #[test]
    fn examples_parse_and_call_their_function() {
        for b in BUILTINS {
            assert!(b.example.contains(&format!("{}(", b.name)), "the example of `{}` does not call it", b.name);
            let file = crate::source::SourceFile::new(b.name, b.example);
            if let Err(e) = crate::policy::syntax::parse_expr(&file) {
                panic!("the example of `{}` does not parse: {}", b.name, e.message);
            }
        }
    }
}
