# Terraform's kubernetes provider writes each of `rules` as a `rule` block.
resource "kubernetes_role_v1" "token_minter" {
  metadata {
    name      = "token-minter"
    namespace = "ci"
  }
  rule {
    api_groups = [""]
    resources  = ["serviceaccounts/token"]
    verbs      = ["create"] # expect: k8s-rbac-rule-allows-token-creation "Role `token-minter`"
  }
}

resource "kubernetes_cluster_role" "sa_viewer" {
  metadata {
    name = "sa-viewer"
  }
  rule {
    api_groups = [""]
    resources  = ["serviceaccounts", "serviceaccounts/token"]
    verbs      = ["get", "list"]
  }
}
