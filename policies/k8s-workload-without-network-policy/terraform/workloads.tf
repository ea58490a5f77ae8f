# A module whose NetworkPolicy (in netpol.tf, beside this file) selects the
# pods of `api` but not those of `worker`.
resource "kubernetes_deployment_v1" "api" {
  metadata {
    name      = "api"
    namespace = "shop"
  }
  spec {
    selector {
      match_labels = { app = "api" }
    }
    template {
      metadata {
        labels = { app = "api" }
      }
      spec {
        container {
          name  = "api"
          image = "registry.example.com/api:3.2.1"
        }
      }
    }
  }
}

resource "kubernetes_deployment_v1" "worker" { # expect: k8s-workload-without-network-policy
  metadata {
    name      = "worker"
    namespace = "shop"
  }
  spec {
    selector {
      match_labels = { app = "worker" }
    }
    template {
      metadata {
        labels = { app = "worker" }
      }
      spec {
        container {
          name  = "worker"
          image = "registry.example.com/worker:3.2.1"
        }
      }
    }
  }
}
