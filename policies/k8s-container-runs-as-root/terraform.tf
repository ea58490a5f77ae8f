resource "kubernetes_deployment_v1" "api" {
  metadata {
    name = "api"
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
        security_context {
          run_as_non_root = true
        }
        container {
          name  = "api"
          image = "registry.example.com/api:3.2.1"
        }
        container {
          name  = "debug"
          image = "registry.example.com/debug:1.0.0"
          security_context {
            run_as_user = 0 # expect: k8s-container-runs-as-root
          }
        }
      }
    }
  }
}
