# Terraform's kubernetes provider writes volumes as `volume` blocks.
resource "kubernetes_deployment_v1" "web" {
  metadata {
    name = "web"
  }
  spec {
    selector {
      match_labels = { app = "web" }
    }
    template {
      metadata {
        labels = { app = "web" }
      }
      spec {
        container {
          name  = "web"
          image = "nginx:1.27"
        }
        volume {
          name = "config"
          config_map {
            name = "web-config"
          }
        }
        volume {
          name = "shared"
          nfs { # expect: k8s-pod-volume-type-not-allowed "`kubernetes_deployment_v1.web` mounts volume `shared` of type `nfs`"
            server = "nfs.example.com"
            path   = "/exports/web"
          }
        }
      }
    }
  }
}
