# Terraform's kubernetes provider writes `fsGroup` as `fs_group`.
resource "kubernetes_pod_v1" "tools" {
  metadata {
    name = "tools"
  }
  spec {
    security_context {
      run_as_user = 10001
      fs_group    = 0 # expect: k8s-pod-runs-as-root-group "`kubernetes_pod_v1.tools` gives its volumes"
    }
    container {
      name  = "shell"
      image = "busybox:1.36"
      security_context {
        run_as_group = 0 # expect: k8s-pod-runs-as-root-group "container `shell` of `kubernetes_pod_v1.tools`"
      }
    }
  }
}
