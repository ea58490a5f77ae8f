//! Platform views: the collections policies range over, built from documents.
//! Their names and arities are in `policy::surface`, which the checker reads.
//!
//! INVARIANT: this is the only module that knows what Kubernetes, CloudFormation,
//! Dockerfile, Compose, GitHub Actions or CODEOWNERS documents look like. It sees
//! documents, never file syntax (a Dockerfile or CODEOWNERS document is told by
//! the syntax it was read from, since no other loader builds its shape).

pub mod cloudformation;
pub mod codeowners;
mod compose;
mod dockerfile;
mod github;
mod kubernetes;
mod serverless;
pub mod terraform;

use crate::doc::{DocRef, Document, Syntax};
use std::path::{Path, PathBuf};
use std::rc::Rc;

/// What a document is, by its content.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Kind {
    Kubernetes,
    CloudFormation,
    Dockerfile,
    Compose,
    GitHubActions,
    Terraform,
    CodeOwners,
    Other,
}

impl Kind {
    pub fn name(self) -> &'static str {
        match self {
            Kind::Kubernetes => "kubernetes",
            Kind::CloudFormation => "cloudformation",
            Kind::Dockerfile => "dockerfile",
            Kind::Compose => "compose",
            Kind::GitHubActions => "github",
            Kind::Terraform => "terraform",
            Kind::CodeOwners => "codeowners",
            Kind::Other => "other",
        }
    }
}

pub fn classify(doc: &Document) -> Kind {
    if terraform::is_terraform(doc) {
        Kind::Terraform
    } else if dockerfile::is_dockerfile(doc) {
        Kind::Dockerfile
    } else if codeowners::is_codeowners(doc) {
        Kind::CodeOwners
    } else if kubernetes::is_object(&doc.root) {
        Kind::Kubernetes
    } else if cloudformation::is_template(&doc.root) {
        Kind::CloudFormation
    } else if github::is_workflow(doc) {
        Kind::GitHubActions
    } else if compose::is_compose(doc) {
        Kind::Compose
    } else {
        Kind::Other
    }
}

/// The unit a file's documents are evaluated in, beyond the file itself: a
/// Terraform module is its folder; the Kubernetes manifests of one folder are
/// evaluated together, so that a policy can relate a workload to the
/// NetworkPolicies beside it; the CODEOWNERS files of one repository are one
/// unit. `None`: the file is its own unit.
///
/// INVARIANT: the one definition of a unit: grouping files for evaluation,
/// resolving Terraform modules and reading context for a named file all ask here.
pub fn unit_of(docs: &[Document]) -> Option<String> {
    let first = docs.first()?;
    terraform::module_of(first).or_else(|| codeowners::unit_of(first)).or_else(|| {
        docs.iter()
            .any(|d| kubernetes::is_object(&d.root) || kubernetes::is_kustomization(d))
            .then(|| format!("kubernetes manifests in {}", folder_of(&first.file.path)))
    })
}

/// The files that kustomizations among `docs` apply as patches: partial
/// objects, checked only once kustomize has merged them, never as workloads
/// of their own.
pub fn kustomize_patches<'d>(docs: impl Iterator<Item = &'d Document>) -> std::collections::BTreeSet<String> {
    docs.flat_map(kubernetes::patch_files).collect()
}

pub use kubernetes::rendered::{
    Chart, Kustomization, Named, Tree, chart_reads, charts, helm_sources, kind_and_name, kustomizations, kustomize_subtrees,
    kustomize_trees, same_object,
};
pub use kubernetes::{is_chart_file, is_kustomization_file, is_values_file};

/// What a file that could not be parsed is, by its name or its text.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Unparsed {
    /// Recognisably infrastructure configuration: it may hide a violation.
    Infrastructure,
    /// A YAML template (`{{ }}` or `{% %}`, as in a Helm chart or a Jinja
    /// file): YAML once rendered.
    Template,
    /// Anything else (a `tsconfig.json`, a test fixture, an empty
    /// Dockerfile): no policy would read it.
    Other,
}

/// What an unparsed file is. `text` is `None` when the file could not be read
/// as text (binary, too large, not UTF-8): a YAML or JSON file is then
/// infrastructure only by its name.
pub fn unparsed(path: &str, syntax: Option<Syntax>, text: Option<&str>) -> Unparsed {
    let read = text.is_some();
    let text = text.unwrap_or("");
    const MARKERS: &[&str] = &["apiVersion", "AWSTemplateFormatVersion", "AWS::", "Resources:", "\"Resources\"", "services:", "runs-on"];
    let recognised = || {
        path.contains(".github/workflows/")
            || compose::compose_name(path)
            || kubernetes::is_kustomization_file(path)
            || MARKERS.iter().any(|m| text.contains(m))
    };
    // A Dockerfile with no instruction (empty, or comments only) builds nothing.
    let no_instruction = || text.lines().map(str::trim).all(|l| l.is_empty() || l.starts_with('#'));
    match syntax {
        Some(Syntax::Dockerfile) if read && no_instruction() => Unparsed::Other,
        Some(Syntax::Hcl | Syntax::Dockerfile | Syntax::CodeOwners) => Unparsed::Infrastructure,
        Some(Syntax::Yaml | Syntax::Toml) if has_template_action(text) => Unparsed::Template,
        _ if recognised() => Unparsed::Infrastructure,
        _ => Unparsed::Other,
    }
}

/// The Kubernetes objects of a document's root: the object itself, or the
/// items of a `List`; none for anything else.
pub fn manifest_objects(root: &crate::doc::Node) -> Vec<&crate::doc::Node> {
    kubernetes::objects(root)
}

/// Whether YAML or TOML text holds a template's action (`{{ }}` or `{% %}`), a
/// Terraform template's directive (`%{ for ... }`, `%{~ if ... }`: a file
/// for `templatefile`) or a value that a script substitutes (`@NAME@`, as
/// `sed` and autoconf fill in, or `{NAME}` in capitals, within a value:
/// `clusterIP: {SERVICE_IP_PREFIX}.16`): not a GitHub Actions expression (`${{ }}`)
/// nor a CloudFormation dynamic reference (`{{resolve:ssm:...}}`), which
/// are text of the YAML itself.
fn has_template_action(text: &str) -> bool {
    const DIRECTIVES: [&str; 5] = ["for ", "if ", "else", "endfor", "endif"];
    let directive = |at: usize| DIRECTIVES.iter().any(|d| text[at + 2..].trim_start_matches('~').trim_start().starts_with(d));
    // The length of the name in capitals, digits and `_` that `rest` starts with.
    let caps = |rest: &str| rest.bytes().take_while(|b| b.is_ascii_uppercase() || b.is_ascii_digit() || *b == b'_').count();
    let placeholder = |at: usize| {
        let rest = &text[at + 1..];
        let name = caps(rest);
        name > 0 && rest[name..].starts_with('@') && text[..at].ends_with([' ', '"', '\''])
    };
    // `{NAME}` next to other text of a value (a flow mapping `{NAME}` alone
    // would parse); not `${NAME}`, a shell's or Compose's variable.
    let braced = |at: usize| {
        let rest = &text[at + 1..];
        let name = caps(rest);
        let after = rest[name..].strip_prefix('}').and_then(|r| r.chars().next());
        name > 1
            && rest.starts_with(|c: char| c.is_ascii_uppercase())
            && !text[..at].ends_with('$')
            && (after.is_some_and(|c| !c.is_whitespace() && c != ',') || !text[..at].ends_with([' ', '\t', '\n', '[', ',']))
    };
    text.contains("{%")
        || text.match_indices("{{").any(|(at, _)| !text[..at].ends_with('$') && !text[at + 2..].trim_start().starts_with("resolve:"))
        || text.match_indices("%{").any(|(at, _)| directive(at))
        || text.match_indices('@').any(|(at, _)| placeholder(at))
        || text.match_indices('{').any(|(at, _)| braced(at))
}

/// Where the other files of a unit may be, for a file named alone on the command
/// line (pre-commit passes only the changed files): the files of its folder, or
/// the other places GitHub reads CODEOWNERS from. The caller reads them and keeps
/// those whose `unit_of` is the named file's.
pub enum UnitPlaces {
    Folder,
    Files(Vec<PathBuf>),
}

/// See `UnitPlaces`; `None` for a file that is a unit of its own.
pub fn unit_places(docs: &[Document], path: &Path) -> Option<UnitPlaces> {
    let first = docs.first()?;
    unit_of(docs)?;
    Some(if codeowners::is_codeowners(first) { UnitPlaces::Files(codeowners::siblings(path)) } else { UnitPlaces::Folder })
}

/// What resolving gives beyond the documents themselves.
#[derive(Default)]
pub struct Resolved {
    /// Copies of the Terraform modules that module calls name, evaluated with
    /// the calls' arguments, by the index in `files` of the calling file.
    pub modules: Vec<(usize, Vec<Document>)>,
    /// Bounds of static evaluation reached (warnings, with their place).
    pub notices: Vec<crate::diag::Diag>,
}

/// Let each Terraform module resolve what it statically can (variables, locals,
/// policy documents, instances, the modules it calls) across its files, and
/// each CloudFormation template its parameters and mappings, before anything is
/// evaluated; the CloudFormation a Serverless Framework file carries is a
/// document of its own, a template. `files` holds the documents of each file, the folders of called
/// modules and their `.terraform/modules/modules.json` included.
pub fn resolve(files: Vec<&mut Vec<Document>>) -> Resolved {
    use rayon::prelude::*;
    let mut modules: std::collections::BTreeMap<String, Vec<(usize, &mut Document)>> = std::collections::BTreeMap::new();
    let mut others: Vec<&mut Document> = Vec::new();
    for (i, docs) in files.into_iter().enumerate() {
        docs.iter_mut().for_each(serverless::resolve);
        let templates: Vec<Document> = docs.iter().filter_map(serverless::template).collect();
        docs.extend(templates);
        match docs.first().and_then(terraform::module_of) {
            Some(key) => modules.entry(key).or_default().extend(docs.iter_mut().map(|d| (i, d))),
            None => others.extend(docs.iter_mut()),
        }
    }
    let folders = modules.iter().flat_map(|(folder, docs)| docs.iter().map(move |(_, d)| (folder.as_str(), &**d)));
    let library = terraform::Library::new(folders, others.iter().map(|d| &**d));
    let mut template_notices = Vec::new();
    others.into_iter().for_each(|doc| {
        cloudformation::resolve(doc, &mut template_notices);
        compose::resolve(doc);
    });
    type Called = Vec<(usize, Document)>;
    let results: Vec<(Called, Vec<crate::diag::Diag>)> = modules
        .into_par_iter()
        .map(|(folder, docs)| {
            let (index, mut docs): (Vec<usize>, Vec<&mut Document>) = docs.into_iter().unzip();
            let mut notices = Vec::new();
            let called = terraform::resolve_folder(&folder, &mut docs, &library, &mut notices);
            (called.into_iter().map(|(pos, d)| (index[pos], d)).collect(), notices)
        })
        .collect();
    // INVARIANT: in folder order, whatever the thread count.
    let mut out = Resolved { notices: template_notices, ..Resolved::default() };
    let mut by_file: std::collections::BTreeMap<usize, Vec<Document>> = std::collections::BTreeMap::new();
    for (called, notices) in results {
        called.into_iter().for_each(|(i, d)| by_file.entry(i).or_default().push(d));
        out.notices.extend(notices);
    }
    out.modules = by_file.into_iter().collect();
    out
}

/// Folders a unit's files name as modules they call (Terraform `module` blocks
/// with a local `source`), as written, relative to their folder: for the
/// engine to read, as context.
pub fn called_folders<'d>(docs: impl IntoIterator<Item = &'d Document>) -> Vec<String> {
    terraform::local_sources(docs)
}

/// The text of a file looks like a CloudFormation template, without parsing
/// it: it declares `AWSTemplateFormatVersion`, or `Resources` and types of
/// `AWS::` (for files whose name does not say, `*.template`).
pub fn is_cloudformation_text(text: &str) -> bool {
    text.contains("AWSTemplateFormatVersion") || (text.contains("Resources") && text.contains("AWS::"))
}

/// As `called_folders`, from the text of a Terraform file, without parsing it:
/// for grouping files before they are read (never for evaluation).
pub fn called_folders_in_text(text: &str) -> Vec<String> {
    terraform::local_sources_in_text(text)
}

/// The file below a unit's folder that lists the modules a tool downloaded
/// for it (`terraform init`'s `.terraform/modules/modules.json`).
pub fn module_list(folder: &Path) -> PathBuf {
    folder.join(".terraform/modules/modules.json")
}

/// The folders a module list names, relative to the folder of its unit.
pub fn listed_folders(doc: &Document) -> Vec<String> {
    terraform::downloaded(doc).into_iter().map(|(_, dir)| dir).collect()
}

/// A displayed folder joined with a relative path, `.` and `..` taken away
/// where they can be (`examples/complete` and `../..` give `.`).
pub fn join_folder(folder: &str, relative: &str) -> String {
    terraform::join(folder, relative)
}

/// The folder of a displayed path (`.` for a file in the working directory).
pub(crate) fn folder_of(path: &str) -> &str {
    path.rsplit_once('/').map_or(".", |(dir, _)| dir)
}

/// Whether the displayed folder `folder` is below `top` (and not `top` itself).
pub fn is_below(folder: &str, top: &str) -> bool {
    match top {
        "." => folder != "." && folder != ".." && !folder.starts_with("../") && !folder.starts_with('/'),
        _ => folder.strip_prefix(top).is_some_and(|rest| rest.starts_with('/')),
    }
}

/// The folders whose files may share a unit with the file at the displayed
/// `path`, known from the path alone: for a CODEOWNERS file, the places GitHub
/// weighs together (the repository root, `.github/` and `docs/`).
pub fn companion_folders(path: &str) -> Vec<String> {
    codeowners::companion_folders(path)
}

/// A collection item: a document value and its address.
fn item<'a>(node: &'a crate::doc::Node, doc: &'a Document, address: String) -> DocRef<'a> {
    DocRef { node, doc, address: Some(Rc::from(address)) }
}

/// The items of a collection over the documents of one unit; `filter` is the
/// collection's argument (a resource type, `*` globs allowed), if it has one.
pub fn collect<'a>(name: &str, filter: Option<&str>, unit: &[&'a Document]) -> Vec<DocRef<'a>> {
    let kinds: Vec<Kind> = unit.iter().map(|d| classify(d)).collect();
    collect_classified(name, filter, unit, &kinds)
}

/// What the documents of a unit are, known before anything is collected:
/// enough to answer most collections empty without reading them again
/// (every policy asks every unit for its collections).
pub struct Contents<'a> {
    /// The `classify` of each document.
    pub kinds: Vec<Kind>,
    /// The kinds in `kinds`, each once.
    present: Vec<Kind>,
    /// The resource types in the unit, by the collection that takes them as
    /// its argument (`terraform.resources`, `terraform.data`,
    /// `cloudformation.resources`); `None` when a document does not list
    /// them (a Terraform plan).
    types: Option<std::collections::HashSet<(&'static str, &'a str), foldhash::fast::RandomState>>,
}

/// The collections whose argument is a resource type.
const TYPED: [&str; 3] = ["terraform.resources", "terraform.data", "cloudformation.resources"];

impl<'a> Contents<'a> {
    pub fn of(docs: &[&'a Document]) -> Self {
        let kinds: Vec<Kind> = docs.iter().map(|d| classify(d)).collect();
        let mut present = kinds.clone();
        present.sort_unstable();
        present.dedup();
        let types = docs.iter().zip(&kinds).try_fold(std::collections::HashSet::default(), |mut types, (doc, kind)| {
            match kind {
                Kind::Terraform => types.extend(terraform::block_types(doc)?),
                Kind::CloudFormation => types.extend(cloudformation::resource_types(doc).map(|ty| ("cloudformation.resources", ty))),
                _ => {}
            }
            Some(types)
        });
        Contents { kinds, present, types }
    }

    /// False when collection `name` (of argument `filter`) surely has nothing
    /// in the unit; true when it may.
    pub fn may_hold(&self, name: &str, filter: Option<&str>) -> bool {
        if !self.present.iter().any(|&k| reads(name, k)) {
            return false;
        }
        match (filter, &self.types) {
            (Some(ty), Some(types)) if !ty.contains('*') && TYPED.contains(&name) => types.contains(&(name, ty)),
            _ => true,
        }
    }
}

/// Whether collection `name` reads documents of `kind`.
///
/// INVARIANT: a collection reads only the documents of its platform (a
/// Kubernetes manifest in a file named `compose.yaml` is not also a Compose
/// file); Kubernetes objects are also read from Terraform's kubernetes
/// provider.
pub fn reads(name: &str, kind: Kind) -> bool {
    reads_platform(name.split_once('.').map_or(name, |(p, _)| p), kind)
}

/// As `reads`, for the platform part of a collection's name.
fn reads_platform(platform: &str, kind: Kind) -> bool {
    matches!(
        (platform, kind),
        ("documents", _)
            | ("cloudformation", Kind::CloudFormation)
            | ("kubernetes", Kind::Kubernetes | Kind::Terraform)
            | ("terraform", Kind::Terraform)
            | ("dockerfile", Kind::Dockerfile)
            | ("codeowners", Kind::CodeOwners)
            | ("compose", Kind::Compose)
            | ("github", Kind::GitHubActions)
    )
}

/// As `collect`, with the `classify` of each document of `unit` in `kinds`:
/// every policy asks every unit for its collections, so the kinds are found
/// once per unit rather than again for each collection.
pub fn collect_classified<'a>(name: &str, filter: Option<&str>, unit: &[&'a Document], kinds: &[Kind]) -> Vec<DocRef<'a>> {
    let mut out = Vec::new();
    let (platform, what) = name.split_once('.').unwrap_or((name, ""));
    for (&doc, _) in unit.iter().zip(kinds).filter(|(_, k)| reads_platform(platform, **k)) {
        match platform {
            "documents" => out.push(item(&doc.root, doc, format!("{}#{}", doc.file.path, doc.index))),
            "cloudformation" if what == "resources" => cloudformation::resources(doc, filter, &mut out),
            "cloudformation" if what == "parameters" => cloudformation::parameters(doc, &mut out),
            "kubernetes" => kubernetes::collect(what, doc, &mut out),
            "terraform" => terraform::collect(what, filter, doc, &mut out),
            "dockerfile" => dockerfile::collect(what, doc, &mut out),
            "codeowners" => codeowners::collect(what, doc, unit, &mut out),
            "compose" => compose::collect(what, doc, &mut out),
            "github" => github::collect(what, doc, &mut out),
            _ => {}
        }
    }
    out
}

/// `AWS::S3::*` style matching: `*` matches any run of characters.
/// The first piece is a prefix, the last a suffix, and the pieces between are
/// found left to right, each at its first place: with `*` as the only
/// wildcard, the first place is never worse, so no backtracking is needed and
/// the work is linear in the text for each piece.
/// A pattern without `*` is compared as it is (most are: a policy's
/// `terraform.resources("aws_s3_bucket")` is matched against every resource
/// type of every unit).
pub(crate) fn glob_match(pattern: &str, text: &str) -> bool {
    let Some((first, after)) = pattern.split_once('*') else { return pattern == text };
    let Some(mut rest) = text.strip_prefix(first) else { return false };
    let (middle, last) = after.rsplit_once('*').unwrap_or(("", after));
    for piece in middle.split('*') {
        match rest.find(piece) {
            Some(at) => rest = &rest[at + piece.len()..],
            None => return false,
        }
    }
    rest.ends_with(last)
}

/// What the built-in function `function` (`workload` or `pod_spec`) answers
/// for a container: the element of `kubernetes.workloads` or
/// `kubernetes.pod_specs` whose address is the start of `inner`'s address.
pub fn enclosing<'a>(inner: &DocRef<'a>, function: &str) -> Option<DocRef<'a>> {
    let collection = match function {
        "workload" => "kubernetes.workloads",
        "pod_spec" => "kubernetes.pod_specs",
        _ => return None,
    };
    // The pod spec and workload of a container are in the container's own
    // document: looking there is linear in the document, not the unit, and two
    // files of a unit may hold objects of the same address.
    let addr = inner.address.as_deref()?;
    collect(collection, None, &[inner.doc])
        .into_iter()
        .find(|d| d.address.as_deref().is_some_and(|a| addr.starts_with(&format!("{a}/")) || a == addr))
}

/// What is known of an unknown value of `doc` written as `expression`: the
/// literal text it starts and ends with (a Terraform template,
/// `"serviceAccount:${google_service_account.ci.email}"`, a Dockerfile
/// image with a build argument, `${REGISTRY}/ubuntu`, or a Serverless
/// Framework value with a variable, `arn:aws:s3:::orders-${sls:stage}/*`).
pub fn unknown_affixes(doc: &Document, expression: &str) -> Option<(String, String)> {
    match doc.syntax {
        crate::doc::Syntax::Hcl => terraform::template_affixes(expression),
        crate::doc::Syntax::Dockerfile => crate::load::image_affixes(expression),
        _ if serverless::service_name(&doc.file.path) => serverless::affixes(expression),
        _ => None,
    }
}

/// Whether two unknown values, each of its document and written as its
/// expression, are one value: the same expression in one Terraform module,
/// meaning the same wherever it is written (`terraform::same_throughout_module`);
/// or the `Ref` of one parameter or pseudo parameter in one CloudFormation
/// template (`!Ref AWS::StackName` twice), which a stack gives one value.
pub fn same_unknown(a: (&Document, &str), b: (&Document, &str)) -> bool {
    let ((x, e), (y, f)) = (a, b);
    let terraform = || {
        x.syntax == crate::doc::Syntax::Hcl
            && y.syntax == crate::doc::Syntax::Hcl
            && x.scope == y.scope
            && folder_of(&x.file.path) == folder_of(&y.file.path)
            && terraform::same_throughout_module(e)
    };
    let template = || std::ptr::eq(x, y) && e.starts_with("Ref ") && cloudformation::is_template(&x.root);
    e == f && (terraform() || template())
}

/// The collection that holds the resources of type `ty` (`AWS::S3::Bucket`
/// in CloudFormation, `aws_s3_bucket` in Terraform), for `referenced_by`
/// and `references` to choose among.
pub fn resources_of_type(ty: &str) -> &'static str {
    if ty.contains("::") { "cloudformation.resources" } else { "terraform.resources" }
}

/// The `candidates` (the unit's resources of one type, `resources_of_type`)
/// that refer to `target` (Terraform references such as
/// `aws_s3_bucket.logs.id`; CloudFormation `Ref`, `Fn::GetAtt` and `${Name}`
/// in `Fn::Sub`).
pub fn referenced_by<'c, 'a: 'c>(target: &DocRef<'a>, candidates: impl Iterator<Item = &'c DocRef<'a>>) -> Vec<DocRef<'a>> {
    let Some(addr) = target.address.as_deref() else { return Vec::new() };
    let addr = local_address(target, addr);
    let single = single(target);
    candidates.filter(|c| c.doc.scope == target.doc.scope && mentions(c.node, addr, single)).cloned().collect()
}

/// The `candidates` (as for `referenced_by`) that `source` refers to.
pub fn references<'c, 'a: 'c>(source: &DocRef<'a>, candidates: impl Iterator<Item = &'c DocRef<'a>>) -> Vec<DocRef<'a>> {
    candidates
        .filter(|c| {
            c.doc.scope == source.doc.scope && c.address.as_deref().is_some_and(|a| mentions(source.node, local_address(c, a), single(c)))
        })
        .cloned()
        .collect()
}

/// An address as written inside its own module: references do not cross a
/// module call, and inside the copy of a module evaluated for a call
/// (`module.logs.aws_s3_bucket.this`) they are written without the call.
fn local_address<'s>(item: &DocRef<'_>, address: &'s str) -> &'s str {
    item.doc.scope.as_deref().and_then(|s| address.strip_prefix(s)).and_then(|a| a.strip_prefix('.')).unwrap_or(address)
}

/// Whether anything inside `node` refers to `address`.
/// Whether an item is a Terraform block without `count` or `for_each`, which
/// an index (`x["a"]`) cannot refer to.
fn single(item: &DocRef<'_>) -> bool {
    item.node.get("count").is_none() && item.node.get("for_each").is_none()
}

fn mentions(node: &crate::doc::Node, address: &str, single: bool) -> bool {
    use crate::doc::Value as V;
    match &node.value {
        V::Unknown(text) => terraform::refers_to(text, address, single),
        V::Map(m) => {
            let cfn = match (m.get("Ref"), m.get("Fn::GetAtt"), m.get("Fn::Sub")) {
                (Some(r), _, _) => r.as_str() == Some(address),
                (_, Some(g), _) => {
                    g.as_list().and_then(|l| l.first()).and_then(crate::doc::Node::as_str) == Some(address)
                        || g.as_str().is_some_and(|s| s.split('.').next() == Some(address))
                }
                (_, _, Some(s)) => {
                    let text = s.as_str().or_else(|| s.as_list().and_then(|l| l.first()).and_then(crate::doc::Node::as_str)).unwrap_or("");
                    text.contains(&format!("${{{address}}}")) || text.contains(&format!("${{{address}."))
                }
                _ => false,
            };
            cfn || m.values().any(|v| mentions(v, address, single))
        }
        V::List(items) => items.iter().any(|v| mentions(v, address, single)),
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn only_a_template_action_makes_unparsed_yaml_a_template() {
        use super::{Unparsed, unparsed};
        let yaml = Some(crate::doc::Syntax::Yaml);
        assert_eq!(unparsed("a.yaml", yaml, Some("name: {{ .Values.name }}\n")), Unparsed::Template);
        assert_eq!(unparsed("a.yaml", yaml, Some("{% if x %}\n")), Unparsed::Template);
        assert_eq!(unparsed("a.yaml", yaml, Some("users:\n%{ for u in users ~}\n  - ${u}\n%{ endfor ~}\n")), Unparsed::Template);
        assert_eq!(unparsed("a.yaml", yaml, Some("users:\n%{~if x}\n")), Unparsed::Template);
        assert_eq!(unparsed("a.yaml", yaml, Some("format: '%{http_code}'\n")), Unparsed::Other);
        assert_eq!(unparsed("a.yaml", yaml, Some("metadata:\n  name: @STS_NAME@\n")), Unparsed::Template);
        assert_eq!(unparsed("a.yaml", yaml, Some("owner: ops@example.com\nx: @\n")), Unparsed::Other);
        // `{NAME}` in capitals within a value, as `sed` fills in; not a
        // flow mapping alone, nor a shell's `${NAME}`.
        assert_eq!(unparsed("a.yaml", yaml, Some("spec:\n  clusterIP: {SERVICE_IP_PREFIX}.16\n")), Unparsed::Template);
        assert_eq!(unparsed("a.yaml", yaml, Some("image: registry/{IMAGE}:x\n  bad\n")), Unparsed::Template);
        assert_eq!(unparsed("a.yaml", yaml, Some("a: {FOO}\nb: [\n")), Unparsed::Other);
        assert_eq!(unparsed("a.yaml", yaml, Some("a: ${FOO}.x\nb: [\n")), Unparsed::Other);
        let toml = Some(crate::doc::Syntax::Toml);
        assert_eq!(unparsed("a.toml", toml, Some("[http]\n{{ range .Routers }}\n")), Unparsed::Template);
        // A CloudFormation dynamic reference and a GitHub Actions expression are YAML text.
        let cfn = "Resources:\n  B:\n    Name: '{{resolve:ssm:Name}}'\n    Key: '{{ resolve:secretsmanager:k }}'\n";
        assert_eq!(unparsed("t.yaml", yaml, Some(cfn)), Unparsed::Infrastructure);
        assert_eq!(unparsed("a.yaml", yaml, Some("run: echo ${{ github.sha }}\n")), Unparsed::Other);
    }

    #[test]
    fn globs_match_as_before_and_in_linear_time() {
        use super::glob_match;
        assert!(glob_match("AWS::S3::*", "AWS::S3::Bucket"));
        assert!(glob_match("aws_*_bucket*", "aws_s3_bucket_policy"));
        assert!(glob_match("*", ""));
        assert!(glob_match("a*b*c", "abc"));
        assert!(!glob_match("a*b*c", "acb"));
        assert!(!glob_match("AWS::S3::Bucket", "AWS::S3::BucketPolicy"));
        assert!(glob_match("*Policy", "AWS::S3::BucketPolicy"));
        assert!(!glob_match("ab*ba", "aba"));
        // Exponential for a backtracking matcher: many stars, no match.
        let pattern = format!("{}b", "*a".repeat(40));
        assert!(!glob_match(&pattern, &"a".repeat(10_000)));
    }

    use super::*;
    use crate::doc::Syntax;

    /// One small file of each platform, with at least one element of every
    /// collection.
    const FILES: &[(&str, Syntax, &str)] = &[
        (
            "k8s/app.yaml",
            Syntax::Yaml,
            "apiVersion: apps/v1\nkind: Deployment\nmetadata: {name: web}\nspec:\n  template:\n    spec:\n      containers: [{name: nginx, image: nginx}]\n\
             ---\napiVersion: v1\nkind: List\nitems:\n\
             - {apiVersion: v1, kind: Service, metadata: {name: a}}\n\
             - {apiVersion: networking.k8s.io/v1, kind: Ingress, metadata: {name: a}}\n\
             - {apiVersion: networking.k8s.io/v1, kind: NetworkPolicy, metadata: {name: a}}\n\
             - {apiVersion: rbac.authorization.k8s.io/v1, kind: Role, metadata: {name: a}}\n\
             - {apiVersion: rbac.authorization.k8s.io/v1, kind: RoleBinding, metadata: {name: a}}\n\
             - {apiVersion: v1, kind: Namespace, metadata: {name: a}}\n\
             - {apiVersion: v1, kind: ServiceAccount, metadata: {name: a}}\n\
             ---\napiVersion: v1\nkind: Pod\nmetadata: {name: kube-apiserver, namespace: kube-system}\n\
             spec: {containers: [{name: kube-apiserver, image: registry.k8s.io/kube-apiserver:v1.31.0, command: [kube-apiserver, --profiling=false]}]}\n\
             ---\napiVersion: kubelet.config.k8s.io/v1beta1\nkind: KubeletConfiguration\n\
             ---\napiVersion: kubescheduler.config.k8s.io/v1\nkind: KubeSchedulerConfiguration\n\
             ---\napiVersion: apiserver.config.k8s.io/v1\nkind: EncryptionConfiguration\nresources: []\n\
             ---\napiVersion: audit.k8s.io/v1\nkind: Policy\nrules: [{level: Metadata}]\n",
        ),
        ("cfn/stack.yaml", Syntax::Yaml, "Parameters:\n  Name: {Type: String}\nResources:\n  Bucket: {Type: AWS::S3::Bucket}\n"),
        ("Dockerfile", Syntax::Dockerfile, "FROM alpine AS build\nRUN true\nFROM alpine\n"),
        ("compose.yaml", Syntax::Yaml, "services:\n  web: {image: nginx}\n"),
        (
            ".github/workflows/ci.yml",
            Syntax::Yaml,
            "on: push\njobs:\n  build:\n    runs-on: ubuntu-latest\n    steps: [{uses: actions/checkout@v4}]\n",
        ),
        (".github/CODEOWNERS", Syntax::CodeOwners, "* @acme/platform\n"),
        (
            "main.tf",
            Syntax::Hcl,
            "resource \"aws_s3_bucket\" \"logs\" {}\ndata \"aws_caller_identity\" \"me\" {}\nmodule \"vpc\" { source = \"./vpc\" }\n\
             variable \"name\" {}\noutput \"id\" { value = 1 }\nprovider \"aws\" {}\n",
        ),
    ];

    /// The documents of `FILES`.
    fn sample_docs() -> Vec<Document> {
        FILES
            .iter()
            .flat_map(|(path, syntax, text)| {
                let file = crate::source::SourceFile::new(*path, *text);
                crate::load::parse(&file, *syntax, &Default::default()).unwrap_or_else(|e| panic!("{path}: {}", e.message)).docs
            })
            .collect()
    }

    /// Every collection of the surface is answered: the files above give each
    /// at least one element.
    #[test]
    fn every_collection_of_the_surface_is_collected() {
        let docs = sample_docs();
        for c in crate::policy::surface::COLLECTIONS {
            let unit: Vec<&Document> = docs.iter().filter(|d| c.platform().is_none_or(|ns| classify(d).name() == ns)).collect();
            assert!(!collect(c.name, None, &unit).is_empty(), "`{}` has no element in the sample files", c.name);
        }
    }

    /// `Contents::may_hold` answers empty only what is empty: every
    /// collection of the samples, unfiltered and by the type of each of its
    /// elements; a type no sample has is empty.
    #[test]
    fn contents_answer_empty_only_what_is_empty() {
        let docs = sample_docs();
        let unit: Vec<&Document> = docs.iter().collect();
        let contents = Contents::of(&unit);
        for c in crate::policy::surface::COLLECTIONS {
            assert!(contents.may_hold(c.name, None), "`{}` answered empty", c.name);
        }
        for (name, ty) in [
            ("terraform.resources", "aws_s3_bucket"),
            ("terraform.data", "aws_caller_identity"),
            ("cloudformation.resources", "AWS::S3::Bucket"),
        ] {
            assert!(!collect(name, Some(ty), &unit).is_empty());
            assert!(contents.may_hold(name, Some(ty)), "`{name}(\"{ty}\")` answered empty");
            assert!(contents.may_hold(name, Some("*")), "a glob is matched when collected");
            assert!(!contents.may_hold(name, Some("aws_nothing")), "`{name}(\"aws_nothing\")` may hold");
        }
        // A unit of Kubernetes manifests only has no Terraform.
        let manifests: Vec<&Document> = docs.iter().filter(|d| classify(d) == Kind::Kubernetes).collect();
        let contents = Contents::of(&manifests);
        assert!(contents.may_hold("kubernetes.objects", None));
        assert!(!contents.may_hold("terraform.resources", None) && !contents.may_hold("compose.services", None));
    }
}
