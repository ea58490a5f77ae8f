# Terraform's kubernetes provider writes each of `rules` as a `rule` block.
resource "kubernetes_role_v1" "deployer" {
  metadata {
    name      = "deployer"
    namespace = "shop"
  }
  rule {
    api_groups = [""]
    resources  = ["secrets"]
    verbs      = ["create", "delete"] # expect: k8s-rbac-rule-allows-secret-write "Role `deployer` can `create`, `delete`"
  }
  rule {
    api_groups     = [""]
    resources      = ["secrets"]
    resource_names = ["shop-tls"]
    verbs          = ["update"]
  }
}
