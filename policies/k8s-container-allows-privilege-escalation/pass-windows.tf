# A Windows pod written with Terraform's kubernetes provider.
resource "kubernetes_deployment_v1" "win" {
  metadata {
    name = "win"
  }
  spec {
    selector {
      match_labels = { app = "win" }
    }
    template {
      metadata {
        labels = { app = "win" }
      }
      spec {
        os {
          name = "windows"
        }
        container {
          name  = "app"
          image = "mcr.microsoft.com/windows/nanoserver:ltsc2022"
        }
      }
    }
  }
}
