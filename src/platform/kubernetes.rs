//! Kubernetes objects, workloads, pod specs and containers; the control
//! plane's components and configuration files.

mod control_plane;
pub(super) mod rendered;
mod terraform;

use super::item;
use crate::doc::DocRef;
use crate::doc::{Document, Node};

/// An object of the Kubernetes API: an `apiVersion` and a `kind`, and not
/// one of the tools' configuration files written in the same form but never
/// sent to a cluster (`NOT_OBJECTS`).
pub(super) fn is_object(root: &Node) -> bool {
    let (Some(version), Some(kind)) = (root.get("apiVersion").and_then(Node::as_str), root.get("kind").and_then(Node::as_str)) else {
        return false;
    };
    let group = version.split_once('/').map_or("", |(g, _)| g);
    !(NOT_OBJECTS.contains(&group) || version == "v1" && kind == "Config")
}

/// API groups of configuration files that borrow the form of Kubernetes
/// objects: a kubeconfig (`v1` `Config`, kept apart in `is_object`), and
/// the files of Backstage's catalog, kind, k3d, Skaffold, Tanka, kpt, krew,
/// operator-sdk's scorecard and controller-runtime's manager.
const NOT_OBJECTS: &[&str] = &[
    "backstage.io",
    "kind.x-k8s.io",
    "k3d.io",
    "skaffold",
    "tanka.dev",
    "kpt.dev",
    "krew.googlecontainertools.github.com",
    "scorecard.operatorframework.io",
    "controller-runtime.sigs.k8s.io",
];

/// A kustomization: `kustomization.yaml` (often without `apiVersion`), or an
/// object of kind `Kustomization`.
pub(super) fn is_kustomization(doc: &Document) -> bool {
    is_kustomization_file(&doc.file.path) || doc.root.get("kind").and_then(Node::as_str) == Some("Kustomization")
}

/// A file `kustomize build` reads as the kustomization of its folder, by its (shown) path.
pub fn is_kustomization_file(path: &str) -> bool {
    matches!(path.rsplit('/').next(), Some("kustomization.yaml" | "kustomization.yml" | "Kustomization"))
}

/// A Helm chart's `Chart.yaml`, by its (shown) path.
pub fn is_chart_file(path: &str) -> bool {
    path.rsplit('/').next() == Some("Chart.yaml")
}

/// A Helm values file, by its (shown) path: `values.yaml`, `values-prod.yaml`,
/// `prod-values.yaml`, `prod.values.yml`.
pub fn is_values_file(path: &str) -> bool {
    let name = path.rsplit('/').next().unwrap_or(path);
    let Some(stem) = name.strip_suffix(".yaml").or_else(|| name.strip_suffix(".yml")) else { return false };
    stem == "values" || stem.starts_with("values-") || stem.starts_with("values.") || stem.ends_with("-values") || stem.ends_with(".values")
}

/// The files a kustomization applies as patches (`patches[].path`,
/// `patchesStrategicMerge`, `patchesJson6902[].path`), as paths shown like its
/// own: relative to its folder, `..` resolved. Inline patches name no file.
pub(super) fn patch_files(doc: &Document) -> Vec<String> {
    if !is_kustomization(doc) {
        return Vec::new();
    }
    let named = |field: &str| -> Vec<&str> {
        doc.root
            .get(field)
            .and_then(Node::as_list)
            .unwrap_or_default()
            .iter()
            .filter_map(|p| p.as_str().or_else(|| p.get("path").and_then(Node::as_str)))
            // An inline strategic-merge patch is YAML text, not a path.
            .filter(|p| !p.contains('\n'))
            .collect()
    };
    let folder = super::folder_of(&doc.file.path);
    ["patches", "patchesStrategicMerge", "patchesJson6902"].iter().flat_map(|f| named(f)).map(|rel| join(folder, rel)).collect()
}

/// `folder/rel` with `.` and `..` resolved, as a shown path.
fn join(folder: &str, rel: &str) -> String {
    let mut parts: Vec<&str> = if folder == "." { Vec::new() } else { folder.split('/').collect() };
    for seg in rel.split('/') {
        match seg {
            "" | "." => {}
            ".." if parts.last().is_some_and(|p| *p != "..") => {
                parts.pop();
            }
            other => parts.push(other),
        }
    }
    parts.join("/")
}

/// Objects of a document: the object itself, or the items of a list: `List`,
/// or a typed list such as `PodList` or `RoleList` (a kind ending in `List`
/// with `items`), as `kubectl get -o yaml` writes them.
pub(super) fn objects(root: &Node) -> Vec<&Node> {
    if !is_object(root) {
        return Vec::new();
    }
    let kind = root.get("kind").and_then(Node::as_str).unwrap_or("");
    if kind == "List" || (kind.ends_with("List") && root.get("items").and_then(Node::as_list).is_some()) {
        return root.get("items").and_then(Node::as_list).map(|items| items.iter().filter(|i| is_object(i)).collect()).unwrap_or_default();
    }
    vec![root]
}

/// `Kind/namespace/name`, or `Kind/name` without a namespace; an object
/// named by the API server from `generateName` (a hook's Job) is
/// `generateName*`.
fn address(obj: &Node) -> String {
    let kind = obj.get("kind").and_then(Node::as_str).unwrap_or("?");
    let meta = obj.get("metadata");
    let generated = || meta?.get("generateName")?.as_str().map(|prefix| format!("{prefix}*"));
    let name = meta.and_then(|m| m.get("name")).and_then(Node::as_str).map(str::to_string).or_else(generated);
    let name = name.as_deref().unwrap_or("?");
    match meta.and_then(|m| m.get("namespace")).and_then(Node::as_str) {
        Some(ns) => format!("{kind}/{ns}/{name}"),
        None => format!("{kind}/{name}"),
    }
}

/// The pod spec of a workload object: `None` for a fragment, a spec whose
/// containers all leave out `image` (the API refuses such a pod), which is
/// a patch to merge into one (kubeadm's `patches/`, a kustomization's
/// strategic-merge patch), not a pod.
fn pod_spec(obj: &Node) -> Option<&Node> {
    let spec = workload_spec(obj)?;
    let containers =
        ["containers", "initContainers", "ephemeralContainers"].map(|k| spec.get(k).and_then(Node::as_list).unwrap_or_default());
    let listed = containers.iter().any(|c| !c.is_empty());
    (!listed || containers.iter().flat_map(|c| c.iter()).any(|c| c.get("image").is_some())).then_some(spec)
}

/// The pod spec a workload object writes, whole or not.
fn workload_spec(obj: &Node) -> Option<&Node> {
    let spec = || obj.get("spec");
    match obj.get("kind").and_then(Node::as_str)? {
        "Pod" => spec(),
        // `DeploymentConfig`: OpenShift's (`apps.openshift.io/v1`) Deployment.
        "Deployment" | "StatefulSet" | "DaemonSet" | "ReplicaSet" | "ReplicationController" | "Job" | "DeploymentConfig" => {
            spec()?.get("template")?.get("spec")
        }
        "CronJob" => spec()?.get("jobTemplate")?.get("spec")?.get("template")?.get("spec"),
        "PodTemplate" => obj.get("template")?.get("spec"),
        _ => None,
    }
}

/// The configuration file kinds of the control plane, by collection: the
/// kind and the API group of its `apiVersion`.
fn config_kind(what: &str) -> Option<(&'static str, &'static str)> {
    Some(match what {
        "kubelet_configs" => ("KubeletConfiguration", "kubelet.config.k8s.io"),
        "scheduler_configs" => ("KubeSchedulerConfiguration", "kubescheduler.config.k8s.io"),
        "encryption_configs" => ("EncryptionConfiguration", "apiserver.config.k8s.io"),
        "audit_policies" => ("Policy", "audit.k8s.io"),
        _ => return None,
    })
}

/// Whether the component a container of workload `obj` runs belongs to a
/// control plane (`component`: which one; `with_other_component`: whether
/// the same pod runs another component). In `kube-system`, where kubeadm and
/// self-hosted control planes put them, or in a workload labelled
/// `tier: control-plane` (kubeadm's label), in any namespace (a hosted control
/// plane's). Without a namespace, where the manifest is applied decides: a
/// static pod manifest (`/etc/kubernetes/manifests`) or a chart's control
/// plane is often written so, and the API server, controller manager and
/// kubelet run nowhere else; etcd is also many an application's database,
/// and a scheduler alone in a Deployment an application's own (JupyterHub's
/// user scheduler), so they count there only in a bare Pod (a static pod)
/// or beside another component. A workload in another namespace that runs
/// one of them (a test API server in `ci`) is not the cluster's.
fn in_control_plane(obj: &Node, component: &str, with_other_component: bool) -> bool {
    let meta = obj.get("metadata");
    let tier = |labels: Option<&Node>| labels.and_then(|l| l.get("tier")).and_then(Node::as_str) == Some("control-plane");
    let template = obj.get("spec").and_then(|s| s.get("template")).and_then(|t| t.get("metadata"));
    match meta.and_then(|m| m.get("namespace")).and_then(Node::as_str) {
        Some("kube-system") => true,
        _ if tier(meta.and_then(|m| m.get("labels"))) || tier(template.and_then(|m| m.get("labels"))) => true,
        Some(_) => false,
        None => {
            !matches!(component, "etcd" | "kube-scheduler") || with_other_component || obj.get("kind").and_then(Node::as_str) == Some("Pod")
        }
    }
}

/// The control-plane components the containers of `doc` run, each with its
/// address, made once per document.
fn control_plane(doc: &Document) -> &[(String, Node)] {
    doc.derived.get_or_init(|| {
        let mut out = Vec::new();
        for obj in objects(&doc.root) {
            let Some(spec) = pod_spec(obj) else { continue };
            let addr = address(obj);
            let found: Vec<(String, Node)> = spec
                .get("containers")
                .and_then(Node::as_list)
                .unwrap_or_default()
                .iter()
                .filter_map(|c| {
                    let element = control_plane::element(c, &doc.file)?;
                    let name = c.get("name").and_then(Node::as_str).unwrap_or("?");
                    Some((format!("{addr}/containers/{name}"), element))
                })
                .collect();
            let component = |e: &Node| e.get("component").and_then(Node::as_str).unwrap_or("").to_string();
            let components: std::collections::BTreeSet<String> = found.iter().map(|(_, e)| component(e)).collect();
            out.extend(found.into_iter().filter(|(_, e)| {
                let own = component(e);
                in_control_plane(obj, &own, components.iter().any(|c| *c != own))
            }));
        }
        out
    })
}

pub(super) fn collect<'a>(what: &str, doc: &'a Document, out: &mut Vec<DocRef<'a>>) {
    // Objects written with Terraform's kubernetes provider, by their Terraform
    // addresses; they run no control plane.
    // An object's address is made only for the objects a collection keeps
    // (each unit is asked for every collection).
    let found: Vec<(Option<&String>, &Node)> = if super::terraform::is_terraform(doc) {
        if what == "control_plane" {
            return;
        }
        doc.derived.get_or_init(|| terraform::objects(doc)).iter().map(|(addr, obj)| (Some(addr), obj)).collect()
    } else if what == "control_plane" {
        out.extend(control_plane(doc).iter().map(|(addr, node)| item(node, doc, addr.clone())));
        return;
    } else {
        objects(&doc.root).into_iter().map(|obj| (None, obj)).collect()
    };
    for (known, obj) in found {
        let addr = || known.cloned().unwrap_or_else(|| address(obj));
        if let Some((kind, group)) = config_kind(what) {
            let version = obj.get("apiVersion").and_then(Node::as_str).unwrap_or("");
            if obj.get("kind").and_then(Node::as_str) == Some(kind) && version.split('/').next() == Some(group) {
                // A configuration file seldom names itself.
                let named = obj.get("metadata").and_then(|m| m.get("name")).is_some();
                out.push(item(obj, doc, if named { addr() } else { doc.file.path.clone() }));
            }
            continue;
        }
        match what {
            "objects" => out.push(item(obj, doc, addr())),
            "workloads" if pod_spec(obj).is_some() => out.push(item(obj, doc, addr())),
            "pod_specs" => {
                if let Some(spec) = pod_spec(obj) {
                    out.push(item(spec, doc, addr()));
                }
            }
            "services" | "ingresses" | "network_policies" | "roles" | "role_bindings" | "namespaces" | "service_accounts" => {
                let kinds: &[&str] = match what {
                    "services" => &["Service"],
                    "ingresses" => &["Ingress"],
                    "network_policies" => &["NetworkPolicy"],
                    "roles" => &["Role", "ClusterRole"],
                    "role_bindings" => &["RoleBinding", "ClusterRoleBinding"],
                    "namespaces" => &["Namespace"],
                    _ => &["ServiceAccount"],
                };
                if obj.get("kind").and_then(Node::as_str).is_some_and(|k| kinds.contains(&k)) {
                    out.push(item(obj, doc, addr()));
                }
            }
            "containers" => {
                let Some(spec) = pod_spec(obj) else { continue };
                let addr = addr();
                for field in ["initContainers", "containers", "ephemeralContainers"] {
                    for c in spec.get(field).and_then(Node::as_list).unwrap_or_default() {
                        let name = c.get("name").and_then(Node::as_str).unwrap_or("?");
                        out.push(item(c, doc, format!("{addr}/{field}/{name}")));
                    }
                }
            }
            _ => {}
        }
    }
}
