# Terraform's kubernetes provider writes `sysctls` as `sysctl` blocks.
resource "kubernetes_stateful_set_v1" "es" {
  metadata {
    name = "es"
  }
  spec {
    service_name = "es"
    selector {
      match_labels = { app = "es" }
    }
    template {
      metadata {
        labels = { app = "es" }
      }
      spec {
        security_context {
          sysctl {
            name  = "net.ipv4.tcp_keepalive_time"
            value = "600"
          }
          sysctl {
            name  = "vm.max_map_count" # expect: k8s-pod-unsafe-sysctls "`kubernetes_stateful_set_v1.es` sets the unsafe sysctl `vm.max_map_count`"
            value = "262144"
          }
        }
        container {
          name  = "es"
          image = "docker.elastic.co/elasticsearch/elasticsearch:8.15.1"
        }
      }
    }
  }
}
