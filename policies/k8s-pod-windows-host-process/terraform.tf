# Terraform's kubernetes provider writes `windowsOptions.hostProcess` as
# `windows_options { host_process }`.
resource "kubernetes_daemon_set_v1" "agent" {
  metadata {
    name = "agent"
  }
  spec {
    selector {
      match_labels = { app = "agent" }
    }
    template {
      metadata {
        labels = { app = "agent" }
      }
      spec {
        host_network = true
        container {
          name  = "agent"
          image = "registry.example.com/win-agent:1.0"
          security_context {
            windows_options {
              host_process = true # expect: k8s-pod-windows-host-process "container `agent` of `kubernetes_daemon_set_v1.agent`"
            }
          }
        }
      }
    }
  }
}
