//! Helm charts and kustomizations: which files their renderers read, how
//! `helm template` names the template of each document it prints, and which
//! resource or patch an object kustomize printed comes from. Paths are shown
//! paths, as everywhere in `platform`; the engine runs the renderers.

use super::join;
use crate::doc::{Document, Node};
use crate::source::SourceFile;
use std::collections::{BTreeMap, BTreeSet};
use std::sync::Arc;

/// A Helm chart: a `Chart.yaml` with templates below it.
#[derive(Debug)]
pub struct Chart {
    /// The chart's folder (shown).
    pub folder: String,
    /// `name` of `Chart.yaml`, else the folder's name.
    pub name: String,
    /// `Chart.yaml`.
    pub file: Arc<SourceFile>,
}

/// The charts among `docs` whose folder has files under `templates/` among
/// `paths`, in path order; a chart vendored in another's `charts/` folder is
/// rendered with it, not on its own.
pub fn charts(docs: &[&Document], paths: &[&str]) -> Vec<Chart> {
    let mut out: Vec<Chart> = docs
        .iter()
        .filter(|d| d.index == 0 && super::is_chart_file(&d.file.path))
        .map(|d| {
            let folder = super::super::folder_of(&d.file.path).to_string();
            let name = d.root.get("name").and_then(Node::as_str).map(str::to_string);
            let name = name.unwrap_or_else(|| folder.rsplit('/').next().unwrap_or("release").to_string());
            Chart { folder, name, file: Arc::clone(&d.file) }
        })
        .filter(|c| paths.iter().any(|p| p.starts_with(&join(&c.folder, "templates/")) && p.len() > join(&c.folder, "templates/").len()))
        .collect();
    let folders: Vec<String> = out.iter().map(|c| c.folder.clone()).collect();
    out.retain(|c| !folders.iter().any(|f| c.folder.starts_with(&format!("{}/", join(f, "charts")))));
    out.sort_by(|a, b| a.folder.cmp(&b.folder));
    out
}

/// Whether `helm template` reads the file at `path` as part of the chart in
/// `folder`: its templates and its vendored charts.
pub fn chart_reads(folder: &str, path: &str) -> bool {
    ["templates", "charts"].iter().any(|sub| path.starts_with(&format!("{}/", join(folder, sub))))
}

/// What `helm template` printed for the chart in `folder`, by the template
/// each document came from (its `# Source: NAME/templates/x.yaml` comment,
/// below the chart's folder), in order of first appearance; `None` for
/// documents without a source comment.
pub fn helm_sources(folder: &str, output: &str) -> Vec<(Option<String>, String)> {
    let mut groups: Vec<(Option<String>, String)> = Vec::new();
    let mut current: Option<String> = None;
    let mut pending = String::new();
    for line in output.split_inclusive('\n') {
        if line.trim_end() == "---" {
            pending.push_str(line);
            continue;
        }
        if let Some(source) = line.strip_prefix("# Source: ") {
            // `NAME/templates/x.yaml`: the chart's name, then the path in it.
            let rel = source.trim().split_once('/').map_or(source.trim(), |(_, rest)| rest);
            current = Some(join(folder, rel));
        }
        let at = match groups.iter().position(|(s, _)| *s == current) {
            Some(i) => i,
            None => {
                groups.push((current.clone(), String::new()));
                groups.len() - 1
            }
        };
        if let Some((_, text)) = groups.get_mut(at) {
            text.push_str(&pending);
            text.push_str(line);
        }
        pending.clear();
    }
    groups.retain(|(_, text)| !text.trim().is_empty());
    groups
}

/// A kustomization file (`kustomization.yaml`, `kustomization.yml` or
/// `Kustomization`, which `kustomize build` reads) and what it names.
#[derive(Debug)]
pub struct Kustomization {
    pub file: Arc<SourceFile>,
    /// Its folder (shown): what other kustomizations name to use it.
    pub folder: String,
    /// `resources`, `bases` and `components`, shown: files or folders.
    pub refs: Vec<String>,
    /// The files it applies as patches (`super::patch_files`).
    pub patches: Vec<String>,
    /// A reference to something kustomize would fetch (a URL, a Git repository).
    pub remote: Option<String>,
    /// `kind: Component`: built only as part of a kustomization that names it.
    pub component: bool,
}

pub fn kustomizations(docs: &[&Document]) -> Vec<Kustomization> {
    let mut out: Vec<Kustomization> = docs
        .iter()
        .filter(|d| d.index == 0 && super::is_kustomization_file(&d.file.path))
        .map(|d| {
            let folder = super::super::folder_of(&d.file.path).to_string();
            let written: Vec<&str> = ["resources", "bases", "components"]
                .iter()
                .flat_map(|f| d.root.get(f).and_then(Node::as_list).unwrap_or_default())
                .filter_map(Node::as_str)
                .collect();
            let remote = written.iter().find(|r| is_remote(r)).map(|r| r.to_string());
            let refs = written.iter().filter(|r| !is_remote(r)).map(|r| join(&folder, r)).collect();
            let component = d.root.get("kind").and_then(Node::as_str) == Some("Component");
            Kustomization { file: Arc::clone(&d.file), folder, refs, patches: super::patch_files(d), remote, component }
        })
        .collect();
    out.sort_by(|a, b| a.folder.cmp(&b.folder));
    out
}

/// A reference kustomize would fetch over the network.
fn is_remote(r: &str) -> bool {
    r.contains("://")
        || r.contains("?ref=")
        || r.starts_with("git@")
        || ["github.com/", "gitlab.com/", "bitbucket.org/"].iter().any(|h| r.starts_with(h))
}

/// A top-level kustomization (one that no other kustomization of the scan
/// names) and everything `kustomize build` of it reads.
#[derive(Debug)]
pub struct Tree {
    /// Index of the top-level kustomization in the list given.
    pub top: usize,
    /// Every file of the tree: kustomization files, resources, patches.
    pub files: BTreeSet<String>,
    /// The patch files among them.
    pub patches: BTreeSet<String>,
    /// Every file or folder the tree names, for the engine to find on disk.
    pub refs: BTreeSet<String>,
    /// The first remote reference in the tree, if any: it is not built.
    pub remote: Option<String>,
}

/// The trees of the top-level kustomizations among `ks`, in their order.
pub fn kustomize_trees(ks: &[Kustomization]) -> Vec<Tree> {
    let named: BTreeSet<&str> = ks.iter().flat_map(|k| k.refs.iter().map(String::as_str)).collect();
    let by_folder = folders(ks);
    // A component no kustomization names is not built: its patches are
    // written for the resources of the kustomizations that include it, so
    // built alone it fails; its files are checked as written.
    (0..ks.len())
        .filter(|&i| ks.get(i).is_some_and(|k| !named.contains(k.folder.as_str()) && !k.component))
        .map(|top| tree_of(ks, &by_folder, top))
        .collect()
}

/// The trees of the kustomizations (not components) that the top of
/// `tree` names: built in its place when it cannot be built (it names a
/// remote base, say), so that one reference attest cannot follow does not
/// leave every overlay under it unbuilt.
pub fn kustomize_subtrees(ks: &[Kustomization], tree: &Tree) -> Vec<Tree> {
    let Some(top) = ks.get(tree.top) else { return Vec::new() };
    let by_folder = folders(ks);
    top.refs
        .iter()
        .filter_map(|r| by_folder.get(r.as_str()).copied())
        .filter(|&j| ks.get(j).is_some_and(|k| !k.component))
        .map(|j| tree_of(ks, &by_folder, j))
        .collect()
}

/// Each kustomization's index in `ks`, by its folder.
fn folders(ks: &[Kustomization]) -> BTreeMap<&str, usize> {
    ks.iter().enumerate().map(|(i, k)| (k.folder.as_str(), i)).collect()
}

/// The tree of the kustomization `ks[top]`: every file `kustomize build`
/// of it reads.
fn tree_of(ks: &[Kustomization], by_folder: &BTreeMap<&str, usize>, top: usize) -> Tree {
    let mut tree = Tree { top, files: BTreeSet::new(), patches: BTreeSet::new(), refs: BTreeSet::new(), remote: None };
    let mut seen = BTreeSet::new();
    let mut queue = vec![top];
    while let Some(i) = queue.pop() {
        let Some(k) = ks.get(i).filter(|_| seen.insert(i)) else { continue };
        tree.files.insert(k.file.path.clone());
        tree.files.extend(k.patches.iter().cloned());
        tree.patches.extend(k.patches.iter().cloned());
        tree.refs.extend(k.patches.iter().cloned());
        tree.remote = tree.remote.take().or_else(|| k.remote.clone());
        for r in &k.refs {
            tree.refs.insert(r.clone());
            match by_folder.get(r.as_str()) {
                Some(&j) => queue.push(j),
                None => {
                    tree.files.insert(r.clone());
                }
            }
        }
    }
    tree
}

/// Whether `source` (a resource or patch a kustomization read) declares the
/// object `rendered`: the same kind, and the same name or one kustomize made
/// from it with `namePrefix` or `nameSuffix`.
pub fn same_object(rendered: &Node, source: &Node) -> Option<Named> {
    let kind = |n: &Node| n.get("kind").and_then(Node::as_str).map(str::to_string);
    let name = |n: &Node| n.get("metadata").and_then(|m| m.get("name")).and_then(Node::as_str).map(str::to_string);
    match (kind(rendered), kind(source), name(rendered), name(source)) {
        (Some(a), Some(b), Some(x), Some(y)) if a == b && x == y => Some(Named::Exactly),
        (Some(a), Some(b), Some(x), Some(y)) if a == b && !y.is_empty() && x.contains(&y) => Some(Named::Within),
        (Some(_), Some(_), Some(x), Some(y)) if x == y && same_named_group(rendered, source) => Some(Named::OtherKind),
        _ => None,
    }
}

/// Whether two objects are of one named API group (`rbac.authorization.k8s.io`,
/// `apps`): a patch may turn one kind of it into another (a ClusterRole
/// into a Role); the core group's kinds are not one another's (a Secret a
/// generator makes is not a PersistentVolumeClaim of the same name).
fn same_named_group(a: &Node, b: &Node) -> bool {
    let group = |n: &Node| n.get("apiVersion").and_then(Node::as_str).and_then(|v| v.split_once('/')).map(|(g, _)| g.to_string());
    group(a).is_some_and(|g| group(b) == Some(g))
}

/// `Kind/name` of an object, as a notice names it.
pub fn kind_and_name(root: &Node) -> String {
    let kind = root.get("kind").and_then(Node::as_str).unwrap_or("?");
    let name = root.get("metadata").and_then(|m| m.get("name")).and_then(Node::as_str).unwrap_or("?");
    format!("{kind}/{name}")
}

/// How a rendered object's name holds a source object's, best first: the
/// same, or with a prefix or suffix a kustomization adds
/// (`namePrefix: prod-`), or the same name on an object of another kind of
/// the same named API group (a patch turned a ClusterRole into a Role).
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Named {
    Exactly,
    Within,
    OtherKind,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn helm_output_is_split_by_template() {
        let out = "---\n# Source: web/templates/service.yaml\nkind: Service\n---\n# Source: web/templates/deployment.yaml\nkind: Deployment\n---\n# Source: web/templates/service.yaml\nkind: Service\n";
        let groups = helm_sources("charts/web", out);
        let names: Vec<Option<&str>> = groups.iter().map(|(s, _)| s.as_deref()).collect();
        assert_eq!(names, [Some("charts/web/templates/service.yaml"), Some("charts/web/templates/deployment.yaml")]);
        assert_eq!(
            groups[0].1,
            "---\n# Source: web/templates/service.yaml\nkind: Service\n---\n# Source: web/templates/service.yaml\nkind: Service\n"
        );
        assert_eq!(helm_sources(".", "# Source: x/templates/a.yaml\na: 1\n")[0].0.as_deref(), Some("templates/a.yaml"));
    }

    /// A patch may turn a kind of a named API group into another of it; a
    /// core kind is not another core kind of the same name (a generated
    /// Secret and a PersistentVolumeClaim `db`).
    #[test]
    fn objects_are_named_alike_by_kind_group_and_name() {
        let object = |text: &str| {
            let file = crate::source::SourceFile::new("o.yaml", text);
            crate::load::parse(&file, crate::doc::Syntax::Yaml, &Default::default())
                .map(|p| p.docs[0].root.clone())
                .unwrap_or_else(|e| panic!("{}", e.message))
        };
        let role = object("apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata: {name: ctrl}\n");
        let cluster_role = object("apiVersion: rbac.authorization.k8s.io/v1\nkind: ClusterRole\nmetadata: {name: ctrl}\n");
        let prefixed = object("apiVersion: rbac.authorization.k8s.io/v1\nkind: Role\nmetadata: {name: prod-ctrl}\n");
        let secret = object("apiVersion: v1\nkind: Secret\nmetadata: {name: db}\n");
        let claim = object("apiVersion: v1\nkind: PersistentVolumeClaim\nmetadata: {name: db}\n");
        assert_eq!(same_object(&role, &role), Some(Named::Exactly));
        assert_eq!(same_object(&prefixed, &role), Some(Named::Within));
        assert_eq!(same_object(&role, &cluster_role), Some(Named::OtherKind));
        assert_eq!(same_object(&secret, &claim), None);
    }

    #[test]
    fn remote_references_are_recognised() {
        assert!(is_remote("github.com/kubernetes-sigs/kustomize/examples/multibases?ref=v1.0.6"));
        assert!(is_remote("https://example.com/app.yaml"));
        assert!(!is_remote("../../base"));
    }
}
