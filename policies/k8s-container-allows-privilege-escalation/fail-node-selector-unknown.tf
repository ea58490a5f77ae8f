# A node selector the module is given is not known to pick Windows nodes:
# nearly all pods run on Linux, so the check stays a failure.
variable "node_selector" {
  type = map(string)
}

resource "kubernetes_deployment_v1" "app" {
  metadata {
    name = "app"
  }
  spec {
    selector {
      match_labels = { app = "app" }
    }
    template {
      metadata {
        labels = { app = "app" }
      }
      spec {
        node_selector = var.node_selector
        container {
          name  = "app"
          image = "registry.example.com/app:1.0"
          security_context { # expect: k8s-container-allows-privilege-escalation fail
            run_as_non_root = true
          }
        }
      }
    }
  }
}
