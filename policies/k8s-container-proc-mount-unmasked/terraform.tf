# Terraform's kubernetes provider writes `procMount` as `proc_mount`.
resource "kubernetes_deployment_v1" "builder" {
  metadata {
    name = "builder"
  }
  spec {
    selector {
      match_labels = { app = "builder" }
    }
    template {
      metadata {
        labels = { app = "builder" }
      }
      spec {
        container {
          name  = "buildkit"
          image = "moby/buildkit:v0.16.0-rootless"
          security_context {
            proc_mount = "Unmasked" # expect: k8s-container-proc-mount-unmasked "`kubernetes_deployment_v1.builder`"
          }
        }
        container {
          name  = "sidecar"
          image = "registry.example.com/sidecar:1.0"
          security_context {
            proc_mount = "Default"
          }
        }
      }
    }
  }
}
