# The pod template's annotations of a Terraform deployment are read as a
# manifest's.
resource "kubernetes_deployment_v1" "legacy" {
  metadata {
    name = "legacy"
  }
  spec {
    selector {
      match_labels = { app = "legacy" }
    }
    template {
      metadata {
        labels = { app = "legacy" }
        annotations = {
          "container.apparmor.security.beta.kubernetes.io/legacy" = "unconfined" # expect: k8s-container-apparmor-unconfined "container `legacy` of `kubernetes_deployment_v1.legacy`"
        }
      }
      spec {
        container {
          name  = "legacy"
          image = "registry.example.com/legacy:1.0"
        }
      }
    }
  }
}
