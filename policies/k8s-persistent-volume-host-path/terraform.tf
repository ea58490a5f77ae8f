resource "kubernetes_persistent_volume" "models" {
  metadata {
    name = "models"
  }
  spec {
    capacity = {
      storage = "10Gi"
    }
    access_modes = ["ReadWriteOnce"]
    persistent_volume_source {
      host_path {
        path = "/mnt/models" # expect: k8s-persistent-volume-host-path "`/mnt/models`"
      }
    }
  }
}
