resource "kubernetes_daemonset" "logs" {
  metadata {
    name = "logs"
  }
  spec {
    selector {
      match_labels = { app = "logs" }
    }
    template {
      metadata {
        labels = { app = "logs" }
      }
      spec {
        container {
          name  = "shipper"
          image = "registry.example.com/shipper:4.0.1"
        }
        volume {
          name = "varlog"
          host_path { # expect: k8s-pod-host-path-volume
            path = "/var/log"
          }
        }
        volume {
          name = "scratch"
          empty_dir {}
        }
      }
    }
  }
}
