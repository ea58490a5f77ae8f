# Terraform's kubernetes provider writes `seLinuxOptions` as `se_linux_options`.
resource "kubernetes_pod_v1" "agent" {
  metadata {
    name = "agent"
  }
  spec {
    security_context {
      se_linux_options {
        type = "spc_t" # expect: k8s-pod-selinux-options-unsafe "`kubernetes_pod_v1.agent` runs its pod"
      }
    }
    container {
      name  = "agent"
      image = "registry.example.com/agent:2.1"
      security_context {
        se_linux_options {
          level = "s0:c1,c2"
          user  = "system_u" # expect: k8s-pod-selinux-options-unsafe "container `agent`"
        }
      }
    }
  }
}
