resource "kubernetes_cluster_role_binding_v1" "ci" {
  metadata {
    name = "ci-admin"
  }
  role_ref {
    api_group = "rbac.authorization.k8s.io"
    kind      = "ClusterRole"
    name      = "cluster-admin" # expect: k8s-rbac-binds-cluster-admin
  }
  subject {
    kind      = "ServiceAccount"
    name      = "deployer"
    namespace = "ci"
  }
}

resource "kubernetes_role_binding" "view" {
  metadata {
    name      = "viewers"
    namespace = "shop"
  }
  role_ref {
    api_group = "rbac.authorization.k8s.io"
    kind      = "ClusterRole"
    name      = "view"
  }
  subject {
    kind = "Group"
    name = "shop-viewers"
  }
}

resource "kubernetes_cluster_role_v1" "root" {
  metadata {
    name = "platform-root"
  }
  rule {
    api_groups = ["*"]
    resources  = ["*"]
    verbs      = ["*"]
  }
}

# A copy of cluster-admin, named in the binding as written.
resource "kubernetes_cluster_role_binding_v1" "bot" {
  metadata {
    name = "bot-root"
  }
  role_ref {
    api_group = "rbac.authorization.k8s.io"
    kind      = "ClusterRole"
    name      = "platform-root" # expect: k8s-rbac-binds-cluster-admin fail "grants `platform-root`, which allows every verb"
  }
  subject {
    kind      = "ServiceAccount"
    name      = "bot"
    namespace = "ci"
  }
}

# Named through a reference that attest does not resolve: one unknown, from
# the assertion on cluster-admin, not a second one.
resource "kubernetes_cluster_role_binding_v1" "bot_ref" {
  metadata {
    name = "bot-root-ref"
  }
  role_ref {
    api_group = "rbac.authorization.k8s.io"
    kind      = "ClusterRole"
    name      = kubernetes_cluster_role_v1.root.metadata[0].name # expect: k8s-rbac-binds-cluster-admin unknown "grants `kubernetes_cluster_role_v1.root.metadata[0].name`: "
  }
  subject {
    kind      = "ServiceAccount"
    name      = "bot"
    namespace = "ci"
  }
}
