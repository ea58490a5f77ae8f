//! Kubernetes objects written with Terraform's kubernetes provider
//! (`kubernetes_deployment_v1`, `kubernetes_role`, `kubernetes_manifest`, …),
//! made into the objects the API server would receive, so that every
//! Kubernetes policy reads them as it reads a manifest.
//!
//! The provider writes the API's fields in snake case, nested objects as
//! blocks (lists of one map) and lists by their singular (`container`,
//! `port`); the Kubernetes schema (`schema`) says which field each name is
//! and whether it holds one object or a list. Every value keeps the span of
//! the text it came from, so findings point into the `.tf` file.

use crate::doc::Map;
use crate::doc::{Document, Node, Value as V};
use crate::schema::{self, Ty};

/// The provider's resource types (also with the `_v1` suffix) and the kind
/// and API definition of the object each makes.
const KINDS: &[(&str, &str, &str, &str)] = &[
    ("kubernetes_pod", "Pod", "v1", "io.k8s.api.core.v1.Pod"),
    ("kubernetes_deployment", "Deployment", "apps/v1", "io.k8s.api.apps.v1.Deployment"),
    ("kubernetes_daemonset", "DaemonSet", "apps/v1", "io.k8s.api.apps.v1.DaemonSet"),
    ("kubernetes_daemon_set", "DaemonSet", "apps/v1", "io.k8s.api.apps.v1.DaemonSet"),
    ("kubernetes_stateful_set", "StatefulSet", "apps/v1", "io.k8s.api.apps.v1.StatefulSet"),
    ("kubernetes_replication_controller", "ReplicationController", "v1", "io.k8s.api.core.v1.ReplicationController"),
    ("kubernetes_job", "Job", "batch/v1", "io.k8s.api.batch.v1.Job"),
    ("kubernetes_cron_job", "CronJob", "batch/v1", "io.k8s.api.batch.v1.CronJob"),
    ("kubernetes_service", "Service", "v1", "io.k8s.api.core.v1.Service"),
    ("kubernetes_ingress", "Ingress", "networking.k8s.io/v1", "io.k8s.api.networking.v1.Ingress"),
    ("kubernetes_network_policy", "NetworkPolicy", "networking.k8s.io/v1", "io.k8s.api.networking.v1.NetworkPolicy"),
    ("kubernetes_role", "Role", "rbac.authorization.k8s.io/v1", "io.k8s.api.rbac.v1.Role"),
    ("kubernetes_cluster_role", "ClusterRole", "rbac.authorization.k8s.io/v1", "io.k8s.api.rbac.v1.ClusterRole"),
    ("kubernetes_role_binding", "RoleBinding", "rbac.authorization.k8s.io/v1", "io.k8s.api.rbac.v1.RoleBinding"),
    ("kubernetes_cluster_role_binding", "ClusterRoleBinding", "rbac.authorization.k8s.io/v1", "io.k8s.api.rbac.v1.ClusterRoleBinding"),
    ("kubernetes_namespace", "Namespace", "v1", "io.k8s.api.core.v1.Namespace"),
    ("kubernetes_service_account", "ServiceAccount", "v1", "io.k8s.api.core.v1.ServiceAccount"),
    ("kubernetes_pod_disruption_budget", "PodDisruptionBudget", "policy/v1", "io.k8s.api.policy.v1.PodDisruptionBudget"),
    ("kubernetes_limit_range", "LimitRange", "v1", "io.k8s.api.core.v1.LimitRange"),
    ("kubernetes_resource_quota", "ResourceQuota", "v1", "io.k8s.api.core.v1.ResourceQuota"),
    ("kubernetes_secret", "Secret", "v1", "io.k8s.api.core.v1.Secret"),
    ("kubernetes_config_map", "ConfigMap", "v1", "io.k8s.api.core.v1.ConfigMap"),
    ("kubernetes_persistent_volume", "PersistentVolume", "v1", "io.k8s.api.core.v1.PersistentVolume"),
    ("kubernetes_persistent_volume_claim", "PersistentVolumeClaim", "v1", "io.k8s.api.core.v1.PersistentVolumeClaim"),
    ("kubernetes_storage_class", "StorageClass", "storage.k8s.io/v1", "io.k8s.api.storage.v1.StorageClass"),
    (
        "kubernetes_horizontal_pod_autoscaler",
        "HorizontalPodAutoscaler",
        "autoscaling/v2",
        "io.k8s.api.autoscaling.v2.HorizontalPodAutoscaler",
    ),
    ("kubernetes_priority_class", "PriorityClass", "scheduling.k8s.io/v1", "io.k8s.api.scheduling.v1.PriorityClass"),
    ("kubernetes_ingress_class", "IngressClass", "networking.k8s.io/v1", "io.k8s.api.networking.v1.IngressClass"),
    (
        "kubernetes_validating_webhook_configuration",
        "ValidatingWebhookConfiguration",
        "admissionregistration.k8s.io/v1",
        "io.k8s.api.admissionregistration.v1.ValidatingWebhookConfiguration",
    ),
    (
        "kubernetes_mutating_webhook_configuration",
        "MutatingWebhookConfiguration",
        "admissionregistration.k8s.io/v1",
        "io.k8s.api.admissionregistration.v1.MutatingWebhookConfiguration",
    ),
    // Removed from Kubernetes in 1.25, so not in the schema: converted by
    // name (`UNTYPED`).
    ("kubernetes_pod_security_policy", "PodSecurityPolicy", "policy/v1beta1", "io.k8s.api.policy.v1beta1.PodSecurityPolicy"),
    (
        "kubernetes_certificate_signing_request",
        "CertificateSigningRequest",
        "certificates.k8s.io/v1",
        "io.k8s.api.certificates.v1.CertificateSigningRequest",
    ),
];

/// `kubernetes_manifest`: the object itself, already in the API's shape.
const MANIFEST: &str = "kubernetes_manifest";

fn kind_of(ty: &str) -> Option<&'static (&'static str, &'static str, &'static str, &'static str)> {
    let base = ty.strip_suffix("_v1").unwrap_or(ty);
    KINDS.iter().find(|(t, ..)| *t == base)
}

/// The objects of a Terraform document, with their Terraform addresses.
pub(super) fn objects(doc: &Document) -> Vec<(String, Node)> {
    let wanted = |ty: &str| ty == MANIFEST || kind_of(ty).is_some();
    let mut out = Vec::new();
    for (address, ty, body) in crate::platform::terraform::blocks(doc, "resource", "", &wanted) {
        if ty == MANIFEST {
            if let Some(manifest) = body.get("manifest").filter(|m| matches!(m.value, V::Map(_))) {
                out.push((address, manifest.clone()));
            }
            continue;
        }
        let Some((_, kind, api_version, definition)) = kind_of(ty) else { continue };
        let mut object = match (schema::named(&format!("k8s:{definition}")), *kind) {
            (Some(ty), "PersistentVolume") => object(&volume_source_inline(body), &ty),
            (Some(ty), _) => object(body, &ty),
            (None, _) => untyped(body),
        };
        if let V::Map(m) = &mut object.value {
            let at = body.key_span.unwrap_or(body.span);
            m.insert("apiVersion".into(), Node { span: at, key_span: None, value: V::Str((*api_version).into()) });
            m.insert("kind".into(), Node { span: at, key_span: None, value: V::Str((*kind).into()) });
            let last = m.len() - 1;
            m.move_index(last, 0);
            m.move_index(last, 0);
            default_namespace(m, kind);
        }
        out.push((address, object));
    }
    out
}

/// The provider puts a namespaced object whose `metadata` names no
/// namespace in `default` (unlike `kubectl apply`, which uses the context's):
/// the object says so, at its `metadata` block.
fn default_namespace(object: &mut Map<Node>, kind: &str) {
    if !namespaced(kind) {
        return;
    }
    let Some(Node { span, value: V::Map(meta), .. }) = object.get_mut("metadata") else { return };
    if !meta.contains_key("namespace") {
        let at = *span;
        meta.insert("namespace".into(), Node { span: at, key_span: None, value: V::Str("default".into()) });
    }
}

/// A `kubernetes_persistent_volume` with the fields of its
/// `spec.persistent_volume_source` block in `spec`, where the API has them
/// (`spec.hostPath`, `spec.nfs`, ...).
fn volume_source_inline(body: &Node) -> Node {
    let mut body = body.clone();
    if let V::Map(fields) = &mut body.value
        && let Some(Node { value: V::List(blocks), .. }) = fields.get_mut("spec")
        && let [Node { value: V::Map(spec), .. }] = &mut blocks[..]
        && let Some(Node { value: V::List(sources), .. }) = spec.shift_remove("persistent_volume_source")
        && let [Node { value: V::Map(source), .. }] = &sources[..]
    {
        spec.extend(source.clone());
    }
    body
}

/// Whether objects of `kind` (one of `KINDS`) live in a namespace.
fn namespaced(kind: &str) -> bool {
    !matches!(
        kind,
        "Namespace"
            | "ClusterRole"
            | "ClusterRoleBinding"
            | "PersistentVolume"
            | "StorageClass"
            | "PriorityClass"
            | "IngressClass"
            | "ValidatingWebhookConfiguration"
            | "MutatingWebhookConfiguration"
            | "CertificateSigningRequest"
            | "PodSecurityPolicy"
    )
}

/// The fields of the kinds the schema does not know (`PodSecurityPolicy`)
/// whose names the provider does not make by camel case alone, and the
/// fields that hold a list of objects (each written as a block).
const UNTYPED_NAMES: &[(&str, &str)] =
    &[("host_pid", "hostPID"), ("host_ipc", "hostIPC"), ("range", "ranges"), ("allowed_csi_driver", "allowedCSIDrivers")];
const UNTYPED_LISTS: &[&str] = &["hostPorts", "allowedHostPaths", "allowedFlexVolumes", "allowedCSIDrivers", "ranges"];

/// A map of the provider's fields, for a kind the schema does not know:
/// the names of blocks and their arguments in camel case (`UNTYPED_NAMES`
/// where the API spells them otherwise), a block an object unless the field
/// is a list of objects (`UNTYPED_LISTS`); an argument's value as written.
fn untyped(node: &Node) -> Node {
    let V::Map(fields) = &node.value else { return node.clone() };
    let mut out = Map::with_capacity_and_hasher(fields.len(), Default::default());
    for (key, value) in fields {
        let name = UNTYPED_NAMES.iter().find(|(k, _)| k == key).map_or_else(|| camel_case(key), |(_, n)| (*n).to_string());
        let value = match &value.value {
            V::List(items) if items.iter().all(|i| matches!(i.value, V::Map(_))) && !items.is_empty() => {
                if UNTYPED_LISTS.contains(&name.as_str()) {
                    Node { span: value.span, key_span: value.key_span, value: V::List(items.iter().map(untyped).collect()) }
                } else {
                    let mut one = untyped(&items[0]);
                    one.key_span = value.key_span;
                    one
                }
            }
            // An attribute's map (`labels`, `annotations`) is data: its keys stay.
            _ => value.clone(),
        };
        out.insert(name, value);
    }
    Node { span: node.span, key_span: node.key_span, value: V::Map(out) }
}

/// A map of the provider's fields as the object `ty` of the API.
fn object(node: &Node, ty: &Ty) -> Node {
    let V::Map(fields) = &node.value else { return node.clone() };
    let known = schema::keys(ty);
    let mut out = Map::with_capacity_and_hasher(fields.len(), Default::default());
    for (key, value) in fields {
        let (name, field_ty) = match ty {
            // A map from any key (labels, limits): the keys are data.
            Ty::Map(inner) => (key.clone(), (**inner).clone()),
            Ty::Obj(_) => field(key, &known, ty),
            _ => (key.clone(), Ty::Any),
        };
        out.insert(name, value_as(value, &field_ty));
    }
    Node { span: node.span, key_span: node.key_span, value: V::Map(out) }
}

/// A value as the field type `ty`: a block (a list of one map) for an object
/// is that map; a list for a list, element by element.
fn value_as(node: &Node, ty: &Ty) -> Node {
    match (&node.value, ty) {
        (V::List(items), Ty::List(inner)) => {
            Node { span: node.span, key_span: node.key_span, value: V::List(items.iter().map(|i| value_as(i, inner)).collect()) }
        }
        (V::List(items), Ty::Obj(_)) if items.len() == 1 => {
            let mut one = object(&items[0], ty);
            one.key_span = node.key_span;
            one
        }
        (V::Map(_), _) => object(node, ty),
        _ => node.clone(),
    }
}

/// The API's name and type of the provider's field `key` of an object with
/// the fields `known`: `run_as_non_root` is `runAsNonRoot`, `host_pid` is
/// `hostPID`, and a list written by its singular (`container`) is the plural
/// (`containers`). A name the schema does not know is kept, in camel case.
fn field(key: &str, known: &[&str], ty: &Ty) -> (String, Ty) {
    let camel = camel_case(key);
    for candidate in [camel.clone(), format!("{camel}s"), format!("{camel}es")] {
        if let Some(name) = known.iter().find(|k| k.eq_ignore_ascii_case(&candidate)) {
            let t = match schema::field(ty, name) {
                Some(schema::Field::Known(t)) => t,
                _ => Ty::Any,
            };
            return ((*name).to_string(), t);
        }
    }
    (camel, Ty::Any)
}

fn camel_case(key: &str) -> String {
    let mut out = String::with_capacity(key.len());
    let mut upper = false;
    for c in key.chars() {
        if c == '_' {
            upper = true;
        } else if upper {
            out.extend(c.to_uppercase());
            upper = false;
        } else {
            out.push(c);
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_follow_the_api() {
        let spec = schema::named("k8s:io.k8s.api.core.v1.PodSpec").unwrap();
        let known = schema::keys(&spec);
        assert_eq!(field("host_pid", &known, &spec).0, "hostPID");
        assert_eq!(field("container", &known, &spec).0, "containers");
        assert_eq!(field("init_container", &known, &spec).0, "initContainers");
        assert_eq!(field("automount_service_account_token", &known, &spec).0, "automountServiceAccountToken");
        assert_eq!(field("wait_for_rollout", &known, &spec).0, "waitForRollout");
        assert_eq!(camel_case("run_as_non_root"), "runAsNonRoot");
    }

    /// A kind the schema does not know is read by name: blocks are objects
    /// but for the API's lists, acronyms as the API spells them, and an
    /// argument's map (labels) keeps its keys.
    #[test]
    fn a_pod_security_policy_is_read_by_name() {
        let text = "resource \"kubernetes_pod_security_policy\" \"p\" {\n  metadata {\n    name = \"p\"\n    labels = { \"team_name\" = \"a\" }\n  }\n  spec {\n    host_pid = true\n    run_as_user {\n      rule = \"MustRunAs\"\n      range {\n        min = 1\n        max = 9\n      }\n    }\n    host_ports {\n      min = 80\n      max = 80\n    }\n  }\n}\n";
        let file = crate::source::SourceFile::new("psp.tf", text);
        let docs = crate::load::parse(&file, crate::doc::Syntax::Hcl, &Default::default()).unwrap_or_else(|e| panic!("{}", e.message)).docs;
        let found = objects(&docs[0]);
        let (address, psp) = &found[0];
        assert_eq!(address, "kubernetes_pod_security_policy.p");
        assert_eq!(psp.get("kind").and_then(Node::as_str), Some("PodSecurityPolicy"));
        assert!(psp.get("metadata").and_then(|m| m.get("labels")).and_then(|l| l.get("team_name")).is_some());
        let spec = psp.get("spec").expect("spec is an object");
        assert!(matches!(spec.get("hostPID").map(|n| &n.value), Some(V::Bool(true))));
        let ranges = spec.get("runAsUser").and_then(|r| r.get("ranges")).and_then(Node::as_list).expect("ranges is a list");
        assert_eq!(ranges.len(), 1);
        assert!(ranges[0].get("min").is_some());
        assert_eq!(spec.get("hostPorts").and_then(Node::as_list).map(<[Node]>::len), Some(1));
    }
}
