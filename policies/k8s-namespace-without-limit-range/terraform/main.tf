resource "kubernetes_namespace_v1" "payments" {
  metadata {
    name = "payments"
  }
}

resource "kubernetes_limit_range" "payments" {
  metadata {
    name      = "container-defaults"
    namespace = "payments"
  }
  spec {
    limit {
      type = "Container"
      default = {
        cpu    = "500m"
        memory = "512Mi"
      }
    }
  }
}

resource "kubernetes_namespace" "reports" {
  metadata {
    name = "reports" # expect: k8s-namespace-without-limit-range fail "namespace `reports`"
  }
}
