# Terraform's kubernetes provider writes each of `rules` as a `rule` block.
resource "kubernetes_cluster_role_v1" "volume_provisioner" {
  metadata {
    name = "volume-provisioner"
  }
  rule {
    api_groups = [""]
    resources  = ["persistentvolumes"]
    verbs      = ["get", "list", "watch", "create"] # expect: k8s-rbac-rule-allows-persistent-volume-creation "ClusterRole `volume-provisioner`"
  }
}

# A namespaced Role cannot grant a cluster-scoped resource.
resource "kubernetes_role" "claims" {
  metadata {
    name      = "claims"
    namespace = "shop"
  }
  rule {
    api_groups = [""]
    resources  = ["persistentvolumes", "persistentvolumeclaims"]
    verbs      = ["create"]
  }
}
