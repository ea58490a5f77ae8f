# Terraform's kubernetes provider writes each of `rules` as a `rule` block.
resource "kubernetes_cluster_role_v1" "operator" {
  metadata {
    name = "operator"
  }
  rule {
    api_groups = ["apps"]
    resources  = ["deployments"]
    verbs      = ["*"] # expect: k8s-rbac-rule-grants-wildcard "ClusterRole `operator` has a rule that grants every verb"
  }
  rule {
    api_groups = [""]
    resources  = ["*"] # expect: k8s-rbac-rule-grants-wildcard "covers every resource"
    verbs      = ["get", "list"]
  }
}

resource "kubernetes_role" "reader" {
  metadata {
    name      = "reader"
    namespace = "shop"
  }
  rule {
    api_groups = [""]
    resources  = ["pods", "services"]
    verbs      = ["get", "list", "watch"]
  }
}
