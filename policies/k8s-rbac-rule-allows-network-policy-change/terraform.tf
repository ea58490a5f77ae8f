# Terraform's kubernetes provider writes each of `rules` as a `rule` block.
resource "kubernetes_cluster_role_v1" "platform_bot" {
  metadata {
    name = "platform-bot"
  }
  rule {
    api_groups = ["networking.k8s.io"]
    resources  = ["networkpolicies"]
    verbs      = ["get", "patch"] # expect: k8s-rbac-rule-allows-network-policy-change "ClusterRole `platform-bot` can `patch`"
  }
  rule {
    api_groups = ["networking.k8s.io"]
    resources  = ["ingresses"]
    verbs      = ["patch"]
  }
}
