resource "kubernetes_namespace_v1" "payments" {
  metadata {
    name = "payments"
  }
}

resource "kubernetes_resource_quota_v1" "payments" {
  metadata {
    name      = "compute"
    namespace = "payments"
  }
  spec {
    hard = {
      "requests.cpu" = "2"
      pods           = "10"
    }
  }
}

resource "kubernetes_namespace" "reports" {
  metadata {
    name = "reports" # expect: k8s-namespace-without-resource-quota fail "namespace `reports`"
  }
}
